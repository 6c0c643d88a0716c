/**
 * How Slack shows the core's service-level reminders (core/case-timers.ts decides when a case waits too
 * long; this only writes it): stage 1 is a line in the case's thread — broadcast to the channel for an
 * urgent case nobody took, naming the agent who holds the case when a resident waits for an answer —
 * and stage 2 a message to the supervisors' channel (or, without one, broadcast from the thread).
 * Each goes through the Slack outbox under the reminder's own key, so a job run twice posts once.
 */
import type { CaseReminderNotice, ReminderListener } from "../../core/case-timers.js";
import type { CaseRecord } from "../../records/case-record.js";
import type { SlackOutbox } from "./slack-outbox.js";
import type { SlackSettings } from "./slack-settings.js";
import { formatDuration, type SlackStrings } from "./slack-strings.js";

export interface ReminderPostsDeps {
  outbox: SlackOutbox;
  settings: SlackSettings;
  strings: SlackStrings;
}

export function createReminderPosts(deps: ReminderPostsDeps): ReminderListener {
  const { outbox, settings, strings: s } = deps;

  function link(record: CaseRecord): string {
    const { slackChannel, slackTs } = record.externalRefs;
    if (!slackChannel || !slackTs) return record.reference;
    const origin = settings.apiUrl ? new URL(settings.apiUrl).origin.replace("://api.", "://") : "https://slack.com";
    return `<${origin}/archives/${slackChannel}/p${slackTs.replace(".", "")}|${record.reference}>`;
  }

  async function toSupervisor(record: CaseRecord, text: string, dedupeKey: string): Promise<void> {
    if (settings.supervisorChannel) {
      await outbox.enqueue(settings.supervisorChannel, { kind: "message", channel: settings.supervisorChannel, text }, { dedupeKey });
    } else {
      await outbox.enqueue(settings.agentsChannel, { kind: "case-thread", caseId: record.id, text, broadcast: true }, { dedupeKey });
    }
  }

  return async (notice: CaseReminderNotice, record: CaseRecord): Promise<void> => {
    const duration = formatDuration(s, notice.at.getTime() - notice.since.getTime());
    const dedupeKey = `reminder:${notice.key}`;
    if (notice.reason === "untaken") {
      if (notice.stage === 1) {
        const text = s(notice.urgent ? "reminder.untaken_urgent" : "reminder.untaken", { duration });
        await outbox.enqueue(settings.agentsChannel, { kind: "case-thread", caseId: record.id, text, broadcast: notice.urgent }, { dedupeKey });
      } else {
        const text = s("reminder.supervisor_untaken", { reference: record.reference, urgency: s(`case.urgency.${record.urgency}`), duration, link: link(record) });
        await toSupervisor(record, text, dedupeKey);
      }
      return;
    }
    if (notice.stage === 1) {
      const agent = record.assignedAgentId?.startsWith("slack:") ? `<@${record.assignedAgentId.slice("slack:".length)}>` : undefined;
      const text = agent ? s("reminder.resident_waiting_agent", { agent, duration }) : s("reminder.resident_waiting", { duration });
      await outbox.enqueue(settings.agentsChannel, { kind: "case-thread", caseId: record.id, text }, { dedupeKey });
    } else {
      await toSupervisor(record, s("reminder.supervisor_waiting", { reference: record.reference, duration, link: link(record) }), dedupeKey);
    }
  };
}
