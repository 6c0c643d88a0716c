/**
 * The service-level rule, as a pure function of a case, its events and the time: is somebody waiting
 * beyond a service level, and since when? The durable timers (case-timers.ts) fire when it becomes true;
 * the console shows it on every case that it holds for, whether a timer has fired yet or not.
 *
 * - "untaken": an open case nobody took — after `urgentMinutes` when it is urgent, after `untakenHours`
 *   in any case — counted from its opening (or its reopening);
 * - "resident-waiting": an active case where the resident's first message since the agents' last answer
 *   has waited `residentWaitingHours`.
 * Stage 1 is the reminder to the agents; stage 2, at twice the delay, the escalation to the supervisors.
 */
import type { CaseEvent, CaseRecord } from "../records/case-record.js";
import type { ServiceLevelSettings } from "./core-deps.js";

export type ReminderReason = "untaken" | "resident-waiting";

export interface CaseReminder {
  caseId: string;
  reason: ReminderReason;
  /** The urgent case's shorter delay was the one passed (untaken cases only). */
  urgent: boolean;
  /** 1: the agents are reminded; 2 (twice the delay): the supervisors are told. */
  stage: 1 | 2;
  /** Since when the case has waited to be taken, or the resident for an answer. */
  since: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The most pressing reminder a case calls for now, if any (a later stage first, then an untaken case). */
export function pendingReminder(record: CaseRecord, events: readonly CaseEvent[], now: Date, levels: ServiceLevelSettings): CaseReminder | null {
  if (record.status !== "open" && record.status !== "claimed") return null;
  const candidates: CaseReminder[] = [];
  if (record.status === "open") {
    const since = openSince(record, events);
    const waited = now.getTime() - since.getTime();
    const anyStage = stageAfter(waited, levels.untakenHours * HOUR);
    const urgentStage = record.urgency === "urgent" ? stageAfter(waited, levels.urgentMinutes * MINUTE) : 0;
    if (anyStage > 0 && anyStage >= urgentStage) candidates.push({ caseId: record.id, reason: "untaken", urgent: false, stage: anyStage as 1 | 2, since });
    else if (urgentStage > 0) candidates.push({ caseId: record.id, reason: "untaken", urgent: true, stage: urgentStage as 1 | 2, since });
  }
  const written = firstUnanswered(record, events);
  if (written) {
    const stage = stageAfter(now.getTime() - written.createdAt.getTime(), levels.residentWaitingHours * HOUR);
    if (stage > 0) candidates.push({ caseId: record.id, reason: "resident-waiting", urgent: false, stage: stage as 1 | 2, since: written.createdAt });
  }
  return candidates.sort((a, b) => b.stage - a.stage)[0] ?? null;
}

function stageAfter(waitedMs: number, delayMs: number): 0 | 1 | 2 {
  if (waitedMs >= 2 * delayMs) return 2;
  return waitedMs >= delayMs ? 1 : 0;
}

/** When the case was last put up to be taken: its opening, or the latest reopening. */
export function openSince(record: CaseRecord, events: readonly CaseEvent[]): Date {
  const reopened = events.filter((e) => e.kind === "status" && e.text === "reopened").at(-1);
  return reopened && reopened.createdAt > record.createdAt ? reopened.createdAt : record.createdAt;
}

/**
 * The resident's first message since the agents last answered (in this spell of the case: a reopened
 * case does not count what was written before it closed) — the one a waiting resident is counted from.
 */
export function firstUnanswered(record: CaseRecord, events: readonly CaseEvent[]): CaseEvent | undefined {
  const since = openSince(record, events);
  let first: CaseEvent | undefined;
  for (const event of events) {
    if (event.createdAt < since) continue;
    if (event.kind === "agent-message") first = undefined;
    else if (event.kind === "resident-message") first ??= event;
  }
  return first;
}
