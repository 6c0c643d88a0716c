/**
 * Deletes, every hour, what sign-in leaves behind once it is of no use: sessions past their absolute
 * lifetime or idle too long, setup tokens that expired unused (used ones are deleted when used), and
 * failed sign-ins older than the throttling window. Like the retention purge, the schedule is a row in
 * the jobs table per hour (dedupe key: the hour), so a restart neither skips nor repeats a run and two
 * instances never run the same hour twice; each run schedules the next.
 */
import type { Logger } from "pino";
import type { Clock } from "../core/clock.js";
import type { JobRecord, Store } from "../store/store.js";
import { LOGIN_FAILURE_WINDOW_MS } from "../agents/login-throttle.js";
import type { AppConfig } from "./config.js";

export const SIGN_IN_CLEANUP_JOB = "sign-in-cleanup";
const HOUR_MS = 3_600_000;

export async function scheduleSignInCleanup(store: Store, clock: Clock): Promise<void> {
  const now = clock.now();
  // This hour's run (at once if its time has passed) and the next: one is always pending.
  await scheduleFor(store, now);
  await scheduleFor(store, new Date(now.getTime() + HOUR_MS));
}

async function scheduleFor(store: Store, at: Date): Promise<void> {
  const runAt = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  await store.scheduleJob({ kind: SIGN_IN_CLEANUP_JOB, dedupeKey: `${SIGN_IN_CLEANUP_JOB}:${runAt.toISOString().slice(0, 13)}`, payload: {}, runAt });
}

export function signInCleanupHandlers(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  config: Pick<AppConfig, "CONSOLE_SESSION_IDLE_MINUTES">;
}): Record<string, (job: JobRecord) => Promise<void>> {
  return {
    [SIGN_IN_CLEANUP_JOB]: async () => {
      const now = deps.clock.now();
      const sessions = await deps.store.pruneSessions(now, new Date(now.getTime() - deps.config.CONSOLE_SESSION_IDLE_MINUTES * 60_000));
      const setupTokens = await deps.store.pruneSetupTokens(now);
      const loginFailures = await deps.store.pruneLoginFailures(new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS));
      deps.logger.info({ sessions, setupTokens, loginFailures }, "sign-in clean-up done");
      await scheduleFor(deps.store, new Date(now.getTime() + HOUR_MS));
    },
  };
}
