/**
 * Purges on a schedule (RGPD: keep the minimum, for a stated time). The schedule is a row in the jobs
 * table, one per day (its dedupe key is the date), so a restart neither skips nor repeats a purge and
 * two instances never run the same day twice. Each run schedules the next.
 */
import type { Logger } from "pino";
import type { Clock } from "../core/clock.js";
import { ERASE_PLATFORM_TRACES_JOB } from "../core/records/job-record.js";
import type { JobRecord, Store } from "../store/store.js";
import type { AppConfig } from "./config.js";

const JOB_KIND = "retention-purge";
/** Inbound platform ids are only needed while a platform may still redeliver (Telegram keeps 24 h). */
export const INBOUND_ID_DAYS = 7;
const DAY_MS = 86_400_000;
/** The turn statistics (no personal data) make a year of indicators, then go. */
export const TURN_STATS_DAYS = 366;
/** Purges run at night, when nobody is writing. */
const PURGE_HOUR_UTC = 2;

export async function scheduleRetention(store: Store, clock: Clock): Promise<void> {
  const now = clock.now();
  // Today's purge (runs at once if the hour has passed) and tomorrow's: at least one is always pending.
  await scheduleFor(store, now);
  await scheduleFor(store, new Date(now.getTime() + DAY_MS));
}

async function scheduleFor(store: Store, day: Date): Promise<void> {
  const runAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), PURGE_HOUR_UTC));
  await store.scheduleJob({ kind: JOB_KIND, dedupeKey: `${JOB_KIND}:${runAt.toISOString().slice(0, 10)}`, payload: {}, runAt });
}

export function retentionHandlers(deps: { store: Store; clock: Clock; logger: Logger; config: Pick<AppConfig, "RETENTION_DAYS" | "CASE_RETENTION_DAYS"> }): Record<string, (job: JobRecord) => Promise<void>> {
  return {
    // Without Slack there is nothing posted to blank (the Slack channel, when on, replaces this handler).
    [ERASE_PLATFORM_TRACES_JOB]: async (job) => {
      deps.logger.warn({ jobId: job.id }, "an erasure left posts on Slack to blank, but Slack is not configured: remove them by hand");
    },
    [JOB_KIND]: async () => {
      const now = deps.clock.now();
      const conversations = await deps.store.purgeInactiveConversations(new Date(now.getTime() - deps.config.RETENTION_DAYS * DAY_MS));
      const cases = await deps.store.purgeClosedCases(new Date(now.getTime() - deps.config.CASE_RETENTION_DAYS * DAY_MS));
      const turnStats = await deps.store.purgeTurnStats(new Date(now.getTime() - TURN_STATS_DAYS * DAY_MS));
      // The questions not understood are redacted, but they are a resident's words: kept like conversations.
      const unanswered = await deps.store.purgeUnansweredQuestions(new Date(now.getTime() - deps.config.RETENTION_DAYS * DAY_MS));
      const inboundIds = await deps.store.pruneInboundIds(new Date(now.getTime() - INBOUND_ID_DAYS * DAY_MS));
      // Handled platform updates (with their text) are kept only as long as a redelivery can come.
      const inbox = await deps.store.pruneInbox(new Date(now.getTime() - DAY_MS));
      // The purged words leave the database files too (SQLite's write-ahead log).
      await deps.store.flushErasures();
      deps.logger.info({ conversations, cases, turnStats, unanswered, inboundIds, inbox }, "retention purge done");
      await scheduleFor(deps.store, new Date(now.getTime() + DAY_MS));
    },
  };
}
