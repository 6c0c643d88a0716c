/**
 * Deletes, every hour, what sign-in leaves behind once it is of no use: sessions past their absolute
 * lifetime or idle too long, setup tokens that expired unused (used ones are deleted when used), and
 * failed sign-ins older than the throttling window. Like the retention purge, an hourly periodic job
 * (its dedupe key is the hour, see jobs/periodic-job.ts).
 */
import type { Logger } from "pino";
import type { Clock } from "../core/clock.js";
import type { Store } from "../store/store.js";
import type { JobHandler } from "../jobs/job-sweeper.js";
import { periodicJob } from "../jobs/periodic-job.js";
import { LOGIN_FAILURE_WINDOW_MS } from "../agents/login-throttle.js";
import type { AppConfig } from "./config.js";

export const SIGN_IN_CLEANUP_JOB = "sign-in-cleanup";
const CLEANUP = periodicJob(SIGN_IN_CLEANUP_JOB, "hour");

export async function scheduleSignInCleanup(store: Store, clock: Clock): Promise<void> {
  await CLEANUP.schedule(store, clock);
}

export function signInCleanupHandlers(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  config: Pick<AppConfig, "CONSOLE_SESSION_IDLE_MINUTES">;
}): Record<string, JobHandler> {
  return CLEANUP.handlers(deps, async (now) => {
    const sessions = await deps.store.pruneSessions(now, new Date(now.getTime() - deps.config.CONSOLE_SESSION_IDLE_MINUTES * 60_000));
    const setupTokens = await deps.store.pruneSetupTokens(now);
    const loginFailures = await deps.store.pruneLoginFailures(new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS));
    deps.logger.info({ sessions, setupTokens, loginFailures }, "sign-in clean-up done");
  });
}
