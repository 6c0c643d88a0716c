/**
 * Service levels, as durable jobs (rows of the jobs table swept by node-cron, never timers in memory):
 * - an urgent case nobody took after SLA_URGENT_MINUTES: a ping in its thread (broadcast to the
 *   channel), then after twice that a message to the supervisor;
 * - any case nobody took after SLA_UNTAKEN_HOURS: the same, in hours;
 * - a resident waiting for an answer SLA_RESIDENT_WAITING_HOURS after writing: a ping in the thread
 *   (naming the agent who holds the case), then the supervisor.
 * Each (case, threshold, stage) is one job with a unique dedupe key, so it is scheduled once however
 * often scheduling runs (a restart reconciles open cases), and what it sends is enqueued with the same
 * key, so it is sent once even if the job runs twice. The core cancels `case:<id>:untaken…` jobs when a
 * case is taken and every `case:<id>:` job when it is closed; handlers check the case anyway.
 */
import type { JobHandler } from "../../jobs/job-sweeper.js";
import type { Clock } from "../../core/clock.js";
import type { CaseEvent, CaseRecord, JobRecord, Store } from "../../store/store.js";
import type { SlackOutbox } from "./slack-outbox.js";
import type { SlackSettings } from "./slack-settings.js";
import { formatDuration, type SlackStrings } from "./slack-strings.js";
import { z } from "zod";

export const SLA_JOBS = {
  untaken: "slack.case-untaken",
  waiting: "slack.resident-waiting",
  prune: "slack.outbox-prune",
} as const;

const untakenPayload = z.object({ caseId: z.string(), threshold: z.enum(["urgent", "any"]), stage: z.union([z.literal(1), z.literal(2)]) });
const waitingPayload = z.object({ caseId: z.string(), eventId: z.number().int(), stage: z.union([z.literal(1), z.literal(2)]) });

/** Sent Slack outbox rows are kept this long (they are the dedupe memory of recent posts). */
const OUTBOX_KEEP_MS = 7 * 24 * 3_600_000;

export interface ServiceLevelsDeps {
  store: Store;
  clock: Clock;
  outbox: SlackOutbox;
  settings: SlackSettings;
  strings: SlackStrings;
}

export function createServiceLevels(deps: ServiceLevelsDeps) {
  const { store, settings, strings: s, outbox } = deps;
  const minute = 60_000;
  const hour = 60 * minute;

  async function caseOpened(record: CaseRecord): Promise<void> {
    if (record.status !== "open") return;
    const created = record.createdAt.getTime();
    const plans: Array<{ threshold: "urgent" | "any"; afterMs: number; key: string }> = [];
    if (record.urgency === "urgent") plans.push({ threshold: "urgent", afterMs: settings.sla.urgentMinutes * minute, key: "untaken-urgent" });
    plans.push({ threshold: "any", afterMs: settings.sla.untakenHours * hour, key: "untaken" });
    for (const plan of plans) {
      for (const stage of [1, 2] as const) {
        await store.scheduleJob({
          kind: SLA_JOBS.untaken,
          dedupeKey: `case:${record.id}:${plan.key}:${stage}`,
          payload: { caseId: record.id, threshold: plan.threshold, stage },
          runAt: new Date(created + plan.afterMs * stage),
        });
      }
    }
  }

  async function residentWrote(record: CaseRecord, event: CaseEvent): Promise<void> {
    if (record.status !== "open" && record.status !== "claimed") return;
    const afterMs = settings.sla.residentWaitingHours * hour;
    for (const stage of [1, 2] as const) {
      await store.scheduleJob({
        kind: SLA_JOBS.waiting,
        dedupeKey: `case:${record.id}:resident-waiting:${event.id}:${stage}`,
        payload: { caseId: record.id, eventId: event.id, stage },
        runAt: new Date(event.createdAt.getTime() + afterMs * stage),
      });
    }
  }

  function link(record: CaseRecord): string {
    const { slackChannel, slackTs } = record.externalRefs;
    if (!slackChannel || !slackTs) return record.reference;
    const origin = settings.apiUrl ? new URL(settings.apiUrl).origin.replace("://api.", "://") : "https://slack.com";
    return `<${origin}/archives/${slackChannel}/p${slackTs.replace(".", "")}|${record.reference}>`;
  }

  /** Stage 2 goes to the supervisors' channel, or is broadcast from the thread when there is none. */
  async function toSupervisor(record: CaseRecord, text: string, dedupeKey: string): Promise<void> {
    if (settings.supervisorChannel) {
      await outbox.enqueue(settings.supervisorChannel, { kind: "message", channel: settings.supervisorChannel, text }, { dedupeKey });
    } else {
      await outbox.enqueue(settings.agentsChannel, { kind: "case-thread", caseId: record.id, text, broadcast: true }, { dedupeKey });
    }
  }

  async function untaken(job: JobRecord): Promise<void> {
    const payload = untakenPayload.parse(job.payload);
    const record = await store.getCase(payload.caseId);
    if (!record || record.status !== "open") return; // taken, closed or cancelled meanwhile
    const duration = formatDuration(s, deps.clock.now().getTime() - record.createdAt.getTime());
    const dedupeKey = `reminder:${job.dedupeKey}`;
    if (payload.stage === 1) {
      const text = s(payload.threshold === "urgent" ? "reminder.untaken_urgent" : "reminder.untaken", { duration });
      await outbox.enqueue(settings.agentsChannel, { kind: "case-thread", caseId: record.id, text, broadcast: payload.threshold === "urgent" }, { dedupeKey });
    } else {
      const text = s("reminder.supervisor_untaken", { reference: record.reference, urgency: s(`case.urgency.${record.urgency}`), duration, link: link(record) });
      await toSupervisor(record, text, dedupeKey);
    }
  }

  async function waiting(job: JobRecord): Promise<void> {
    const payload = waitingPayload.parse(job.payload);
    const record = await store.getCase(payload.caseId);
    if (!record || (record.status !== "open" && record.status !== "claimed")) return;
    const events = await store.listCaseEvents(record.id);
    const written = events.find((e) => e.id === payload.eventId);
    if (!written) return;
    if (events.some((e) => e.id > payload.eventId && e.kind === "agent-message")) return; // answered
    // Several unanswered messages in a row: only the first one's reminders speak.
    const lastAnswer = Math.max(0, ...events.filter((e) => e.id < payload.eventId && e.kind === "agent-message").map((e) => e.id));
    if (events.some((e) => e.kind === "resident-message" && e.id > lastAnswer && e.id < payload.eventId)) return;
    const duration = formatDuration(s, deps.clock.now().getTime() - written.createdAt.getTime());
    const dedupeKey = `reminder:${job.dedupeKey}`;
    if (payload.stage === 1) {
      const agent = record.assignedAgentId?.startsWith("slack:") ? `<@${record.assignedAgentId.slice("slack:".length)}>` : undefined;
      const text = agent ? s("reminder.resident_waiting_agent", { agent, duration }) : s("reminder.resident_waiting", { duration });
      await outbox.enqueue(settings.agentsChannel, { kind: "case-thread", caseId: record.id, text }, { dedupeKey });
    } else {
      await toSupervisor(record, s("reminder.supervisor_waiting", { reference: record.reference, duration, link: link(record) }), dedupeKey);
    }
  }

  async function scheduleNextPrune(): Promise<void> {
    const next = new Date(deps.clock.now().getTime() + 24 * hour);
    await store.scheduleJob({ kind: SLA_JOBS.prune, dedupeKey: `slack:outbox-prune:${next.toISOString().slice(0, 10)}`, payload: {}, runAt: next });
  }

  async function prune(): Promise<void> {
    await store.pruneSlackOutbox(new Date(deps.clock.now().getTime() - OUTBOX_KEEP_MS));
    await scheduleNextPrune();
  }

  const handlers: Record<string, JobHandler> = {
    [SLA_JOBS.untaken]: untaken,
    [SLA_JOBS.waiting]: waiting,
    [SLA_JOBS.prune]: prune,
  };

  return { caseOpened, residentWrote, handlers, scheduleNextPrune };
}

export type ServiceLevels = ReturnType<typeof createServiceLevels>;
