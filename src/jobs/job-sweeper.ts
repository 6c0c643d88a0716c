/**
 * Runs durable timers: rows of the `jobs` table (reminders, purges, follow-ups) whose time has come.
 * node-cron only decides when to look (every 30 s by default); what is due lives in the store, so a
 * restart loses nothing — a job that came due while the process was down runs at the first sweep.
 *
 * Each due job is leased (claimDueJobs), its handler run, then completed, or failed with a retry after
 * exponential backoff and, after maxAttempts runs, failed for good. Delivery is at-least-once: a sweeper
 * that dies mid-handler leaves the lease to run out and the job runs again, so handlers must be
 * idempotent (check the case state before reminding, for instance).
 */
import { schedule, validate, type ScheduledTask } from "node-cron";
import type { Clock } from "../core/clock.js";
import type { Store } from "../store/store.js";
import type { JobRecord } from "../records/job-record.js";
import { retryDelayMs, type RetryDelayOptions } from "../delivery/retry-delay.js";
import type { WorkerLogger } from "../delivery/outbox-worker.js";

export type JobHandler = (job: JobRecord) => Promise<void>;

export interface JobSweeperOptions {
  store: Store;
  clock: Clock;
  handlers: Record<string, JobHandler>;
  /** node-cron expression (with seconds). Default every 30 s. Use "" to disable the schedule (tests). */
  cron?: string;
  /** Jobs claimed per round. Default 20. */
  batchSize?: number;
  /** How long a claimed job is reserved for this sweeper. Default 5 minutes. */
  leaseMs?: number;
  /** Runs after which a failing job is failed for good. Default 5. */
  maxAttempts?: number;
  retry?: RetryDelayOptions;
  logger?: WorkerLogger;
}

export interface JobSweeper {
  stop(): Promise<void>;
  /** Runs every job due now; resolves to how many jobs were run (or failed for an unknown kind). */
  sweepOnce(): Promise<number>;
}

export const DEFAULT_SWEEP_CRON = "*/30 * * * * *";

const consoleLogger: WorkerLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

export function startJobSweeper(options: JobSweeperOptions): JobSweeper {
  const { store, clock, handlers } = options;
  const cronExpression = options.cron ?? DEFAULT_SWEEP_CRON;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const logger = options.logger ?? consoleLogger;
  if (cronExpression !== "" && !validate(cronExpression)) {
    throw new Error(`Invalid cron expression for the job sweeper: "${cronExpression}"`);
  }

  async function run(job: JobRecord): Promise<void> {
    const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
    if (!handler) {
      const known = Object.keys(handlers).join(", ") || "none";
      await store.failJob(job.id, null, `No handler for job kind "${job.kind}" (known kinds: ${known})`);
      logger.error({ jobId: job.id, kind: job.kind }, "job of unknown kind failed");
      return;
    }
    try {
      await handler(job);
      await store.completeJob(job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // job.attempts counts claims, this one included.
      if (job.attempts >= maxAttempts) {
        await store.failJob(job.id, null, message);
        logger.error({ jobId: job.id, kind: job.kind, attempts: job.attempts, error: message }, "job failed for good");
      } else {
        const retryAt = new Date(clock.now().getTime() + retryDelayMs(job.attempts, options.retry));
        await store.failJob(job.id, retryAt, message);
        logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, retryAt, error: message }, "job failed; will retry");
      }
    }
  }

  // Sweeps never overlap within this process (cron ticks and manual calls share one chain); other
  // processes are kept apart by the leases.
  let chain: Promise<unknown> = Promise.resolve();
  function sweepOnce(): Promise<number> {
    const sweep = chain.then(async () => {
      let total = 0;
      for (;;) {
        const jobs = await store.claimDueJobs(clock.now(), batchSize, leaseMs);
        for (const job of jobs) await run(job);
        total += jobs.length;
        if (jobs.length < batchSize) return total;
      }
    });
    chain = sweep.catch(() => undefined);
    return sweep;
  }

  let task: ScheduledTask | undefined;
  if (cronExpression !== "") {
    task = schedule(
      cronExpression,
      async () => {
        try {
          await sweepOnce();
        } catch (error) {
          logger.error({ error }, "job sweep failed");
        }
      },
      { name: "accueil-job-sweeper", noOverlap: true },
    );
  }

  return {
    async stop() {
      await task?.stop();
      await task?.destroy();
      await chain;
    },
    sweepOnce,
  };
}
