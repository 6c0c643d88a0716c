/**
 * Service levels, channel-neutral: a case nobody takes, or a resident nobody answers, raises a reminder
 * — to the agents, then (at twice the delay) to the supervisors — whatever channels the CCAS runs.
 *
 * Timers are durable: rows of the store's jobs table (schedule-case-timers.ts, written in the same
 * transaction as the case or the resident's message), swept by the app's node-cron job runner, never
 * timers in memory — so a restart loses none and two instances never run one twice. When one comes due
 * the case is read again; if it still waits (pendingReminder's rule), the reminder is raised:
 * - a `case` core event ("reminder"), so live views (the console's list) re-read the case at once;
 * - every listener a channel registered (onReminder) is awaited with the neutral notice: a listener that
 *   fails makes the job run again, so listeners dedupe on the notice's key.
 * The console shows the rule itself on each case (remindersFor), so it needs nothing more.
 */
import type { CaseRecord } from "../records/case-record.js";
import type { JobRecord } from "../records/job-record.js";
import { firstUnanswered, pendingReminder, type CaseReminder } from "./case-reminder.js";
import type { CoreDeps } from "./core-deps.js";
import { CASE_TIMER_JOBS, scheduleCaseTimers, untakenPayload, waitingPayload, type CaseTimerKind } from "./schedule-case-timers.js";

export interface CaseReminderNotice extends CaseReminder {
  /** When the reminder was raised. */
  at: Date;
  /** Stable id of this reminder (one per case, delay and stage): a channel rendering it dedupes on it. */
  key: string;
}

/** What a channel does with a reminder (post it where its agents are). Throwing runs the job again. */
export type ReminderListener = (notice: CaseReminderNotice, record: CaseRecord) => Promise<void>;

export interface CaseTimers {
  /** The durable jobs' handlers, by kind, for the app's job runner. */
  readonly handlers: Readonly<Record<CaseTimerKind, (job: JobRecord) => Promise<void>>>;
  /** A channel renders reminders; returns how to stop. */
  onReminder(listener: ReminderListener): () => void;
  /** Schedules the timers of every active case (at start-up: cases opened before, or by a tool). */
  reconcile(): Promise<void>;
  /** The reminder each of these cases calls for now (absent: none), for agents' views. */
  remindersFor(records: readonly CaseRecord[]): Promise<Map<string, CaseReminder>>;
}

export function createCaseTimers(deps: Pick<CoreDeps, "store" | "clock" | "events" | "logger" | "settings">): CaseTimers {
  const { store, clock } = deps;
  const levels = () => deps.settings.serviceLevels;
  const listeners = new Set<ReminderListener>();

  async function raise(notice: CaseReminderNotice, record: CaseRecord): Promise<void> {
    deps.logger.info({ caseId: record.id, reason: notice.reason, stage: notice.stage, urgent: notice.urgent }, "service-level reminder");
    deps.events.emit("case", { caseId: record.id, change: "reminder" });
    for (const listener of listeners) await listener(notice, record);
  }

  async function untaken(job: JobRecord): Promise<void> {
    const payload = untakenPayload.parse(job.payload);
    const record = await store.getCase(payload.caseId);
    if (!record || record.status !== "open") return; // taken, closed or cancelled meanwhile
    const since = payload.since === undefined ? record.createdAt : new Date(payload.since);
    const { caseId, stage } = payload;
    await raise({ caseId, reason: "untaken", urgent: payload.threshold === "urgent", stage, since, at: clock.now(), key: job.dedupeKey }, record);
  }

  async function waiting(job: JobRecord): Promise<void> {
    const payload = waitingPayload.parse(job.payload);
    const record = await store.getCase(payload.caseId);
    if (!record || (record.status !== "open" && record.status !== "claimed")) return;
    // Answered meanwhile, or not the first of several unanswered messages: nothing to say.
    const written = firstUnanswered(record, await store.listCaseEvents(record.id));
    if (!written || written.id !== payload.eventId) return;
    const { caseId, stage } = payload;
    await raise({ caseId, reason: "resident-waiting", urgent: false, stage, since: written.createdAt, at: clock.now(), key: job.dedupeKey }, record);
  }

  return {
    handlers: { [CASE_TIMER_JOBS.untaken]: untaken, [CASE_TIMER_JOBS.waiting]: waiting },
    onReminder(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async reconcile() {
      for (const record of await store.listCases({ status: ["open", "claimed"] })) {
        await scheduleCaseTimers(store, levels(), record, await store.listCaseEvents(record.id));
      }
    },
    async remindersFor(records) {
      const now = clock.now();
      const found = new Map<string, CaseReminder>();
      for (const record of records) {
        if (record.status !== "open" && record.status !== "claimed") continue;
        const reminder = pendingReminder(record, await store.listCaseEvents(record.id), now, levels());
        if (reminder) found.set(record.id, reminder);
      }
      return found;
    },
  };
}
