/**
 * A job that runs once per period (a day, an hour) at a fixed time in it, kept as rows of the jobs
 * table: one per period, its dedupe key naming the period, so a restart neither skips nor repeats a run
 * and two instances never run the same period twice. The current period's run (at once if its time has
 * passed) and the next one are always scheduled, and each run schedules the one after.
 */
import type { Clock } from "../core/clock.js";
import type { Store } from "../store/store.js";
import type { JobHandler } from "./job-sweeper.js";

type JobScheduler = Pick<Store, "scheduleJob">;

const PERIODS = {
  // The dedupe key ends with the run time's date (YYYY-MM-DD) or its hour (YYYY-MM-DDTHH).
  day: { ms: 86_400_000, keyLength: 10 },
  hour: { ms: 3_600_000, keyLength: 13 },
} as const;

export interface PeriodicJob {
  /** Schedules this period's run and the next (scheduling twice is harmless). */
  schedule(store: JobScheduler, clock: Clock): Promise<void>;
  /** The sweeper's handler: does the work at `now`, then schedules the next period's run. */
  handlers(deps: { store: JobScheduler; clock: Clock }, work: (now: Date) => Promise<void>): Record<string, JobHandler>;
}

/** `kind` runs every `period`, `offsetMs` after the period starts (UTC). */
export function periodicJob(kind: string, period: keyof typeof PERIODS, offsetMs = 0): PeriodicJob {
  const { ms, keyLength } = PERIODS[period];
  async function scheduleFor(store: JobScheduler, at: Date): Promise<void> {
    const runAt = new Date(Math.floor(at.getTime() / ms) * ms + offsetMs);
    await store.scheduleJob({ kind, dedupeKey: `${kind}:${runAt.toISOString().slice(0, keyLength)}`, payload: {}, runAt });
  }
  return {
    async schedule(store, clock) {
      const now = clock.now();
      await scheduleFor(store, now);
      await scheduleFor(store, new Date(now.getTime() + ms));
    },
    handlers(deps, work) {
      return {
        [kind]: async () => {
          const now = deps.clock.now();
          await work(now);
          await scheduleFor(deps.store, new Date(now.getTime() + ms));
        },
      };
    },
  };
}
