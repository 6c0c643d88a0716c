/**
 * Writes a case's service-level timers as rows of the store's jobs table (in the caller's transaction),
 * one per (case, delay, stage) under a unique dedupe key, so calling this again — at every resident
 * message, at a reopening, at start-up for every active case — schedules nothing twice.
 *
 * Keys start with `case:<id>:` (closing, cancelling or erasing the case cancels them all) and the
 * untaken ones with `case:<id>:untaken` (taking the case cancels those). A reopened case waits to be
 * taken again: its untaken timers carry the reopening time in their key.
 */
import { z } from "zod";
import type { Store } from "../store/store.js";
import type { CaseEvent, CaseRecord } from "../records/case-record.js";
import { firstUnanswered, openSince } from "./case-reminder.js";
import type { ServiceLevelSettings } from "./core-deps.js";

/** The jobs' kinds, run by the app's sweeper through the core's case timers. */
export const CASE_TIMER_JOBS = {
  untaken: "case.untaken",
  waiting: "case.resident-waiting",
} as const;

export type CaseTimerKind = (typeof CASE_TIMER_JOBS)[keyof typeof CASE_TIMER_JOBS];

const stage = z.union([z.literal(1), z.literal(2)]);
/** `since` (ms) is absent from timers written before reopened cases had their own. */
export const untakenPayload = z.object({ caseId: z.string(), threshold: z.enum(["urgent", "any"]), stage, since: z.number().int().optional() });
export const waitingPayload = z.object({ caseId: z.string(), eventId: z.number().int(), stage });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export async function scheduleCaseTimers(store: Store, levels: ServiceLevelSettings, record: CaseRecord, events: readonly CaseEvent[]): Promise<void> {
  if (record.status === "open") {
    const since = openSince(record, events);
    // The first opening keeps the keys reminders always had; a reopening gets its own.
    const spell = since.getTime() === record.createdAt.getTime() ? "" : `@${since.getTime()}`;
    const plans: Array<{ threshold: "urgent" | "any"; afterMs: number; key: string }> = [];
    if (record.urgency === "urgent") plans.push({ threshold: "urgent", afterMs: levels.urgentMinutes * MINUTE, key: `untaken-urgent${spell}` });
    plans.push({ threshold: "any", afterMs: levels.untakenHours * HOUR, key: `untaken${spell}` });
    for (const plan of plans) {
      for (const n of [1, 2] as const) {
        await store.scheduleJob({
          kind: CASE_TIMER_JOBS.untaken,
          dedupeKey: `case:${record.id}:${plan.key}:${n}`,
          payload: { caseId: record.id, threshold: plan.threshold, stage: n, ...(spell ? { since: since.getTime() } : {}) },
          runAt: new Date(since.getTime() + plan.afterMs * n),
        });
      }
    }
  }
  const written = record.status === "open" || record.status === "claimed" ? firstUnanswered(record, events) : undefined;
  if (written) {
    const afterMs = levels.residentWaitingHours * HOUR;
    for (const n of [1, 2] as const) {
      await store.scheduleJob({
        kind: CASE_TIMER_JOBS.waiting,
        dedupeKey: `case:${record.id}:resident-waiting:${written.id}:${n}`,
        payload: { caseId: record.id, eventId: written.id, stage: n },
        runAt: new Date(written.createdAt.getTime() + afterMs * n),
      });
    }
  }
}
