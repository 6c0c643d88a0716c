/**
 * Purges on a schedule (RGPD: keep the minimum, for a stated time): a daily periodic job (its dedupe key
 * is the date, see jobs/periodic-job.ts).
 */
import type { Logger } from "pino";
import type { Clock } from "../core/clock.js";
import { ERASE_PLATFORM_TRACES_JOB } from "../records/job-record.js";
import type { Store } from "../store/store.js";
import type { JobHandler } from "../jobs/job-sweeper.js";
import { periodicJob } from "../jobs/periodic-job.js";
import type { AppConfig } from "./config.js";

/** Inbound platform ids are only needed while a platform may still redeliver (Telegram keeps 24 h). */
export const INBOUND_ID_DAYS = 7;
const DAY_MS = 86_400_000;
/** The turn statistics (no personal data) make a year of indicators, then go. */
export const TURN_STATS_DAYS = 366;
/** Purges run at night, when nobody is writing. */
const PURGE_HOUR_UTC = 2;
const PURGE = periodicJob("retention-purge", "day", PURGE_HOUR_UTC * 3_600_000);

export async function scheduleRetention(store: Store, clock: Clock): Promise<void> {
  await PURGE.schedule(store, clock);
}

export function retentionHandlers(deps: { store: Store; clock: Clock; logger: Logger; config: Pick<AppConfig, "RETENTION_DAYS" | "CASE_RETENTION_DAYS"> }): Record<string, JobHandler> {
  const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);
  return {
    // Without Slack there is nothing posted to blank (the Slack channel, when on, replaces this handler).
    [ERASE_PLATFORM_TRACES_JOB]: async (job) => {
      deps.logger.warn({ jobId: job.id }, "an erasure left posts on Slack to blank, but Slack is not configured: remove them by hand");
    },
    ...PURGE.handlers(deps, async (now) => {
      const conversations = await deps.store.purgeInactiveConversations(daysAgo(now, deps.config.RETENTION_DAYS));
      const cases = await deps.store.purgeClosedCases(daysAgo(now, deps.config.CASE_RETENTION_DAYS));
      const turnStats = await deps.store.purgeTurnStats(daysAgo(now, TURN_STATS_DAYS));
      // The questions not understood are redacted, but they are a resident's words: kept like conversations.
      const unanswered = await deps.store.purgeUnansweredQuestions(daysAgo(now, deps.config.RETENTION_DAYS));
      const inboundIds = await deps.store.pruneInboundIds(daysAgo(now, INBOUND_ID_DAYS));
      // Handled platform updates (with their text) are kept only as long as a redelivery can come.
      const inbox = await deps.store.pruneInbox(daysAgo(now, 1));
      // The purged words leave the database files too (SQLite's write-ahead log).
      await deps.store.flushErasures();
      deps.logger.info({ conversations, cases, turnStats, unanswered, inboundIds, inbox }, "retention purge done");
    }),
  };
}
