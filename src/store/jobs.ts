/**
 * The jobs aggregate: durable timers (reminders, erasure follow-ups) that survive a restart, swept by
 * node-cron (never setTimeout) and leased so that two sweepers never run the same one. The records are
 * in records/job-record.ts.
 */
import type { JobRecord, NewJob } from "../records/job-record.js";

export type { JobRecord, NewJob } from "../records/job-record.js";

export interface JobStore {
  /** False when a job with this dedupe key was already scheduled. */
  scheduleJob(job: NewJob): Promise<boolean>;
  /** Leases due jobs so that two sweepers never run the same one. Due pending jobs, and running jobs whose
   * lease ran out (their sweeper died); attempts counts claims. */
  claimDueJobs(now: Date, limit: number, leaseMs: number): Promise<JobRecord[]>;
  completeJob(id: number): Promise<void>;
  failJob(id: number, retryAt: Date | null, error: string): Promise<void>;
  cancelJobs(dedupeKeyPrefix: string): Promise<number>;
}
