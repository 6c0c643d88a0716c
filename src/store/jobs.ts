/**
 * The jobs aggregate: durable timers (reminders, erasure follow-ups) that survive a restart, swept by
 * node-cron (never setTimeout) and leased so that two sweepers never run the same one.
 */

export interface JobRecord {
  id: number;
  kind: string;
  /** Unique: scheduling the same key twice is a no-op (reminders fire once per case and threshold). */
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: Date;
  status: "pending" | "running" | "done" | "cancelled" | "failed";
  attempts: number;
  leaseUntil: Date | null;
  lastError: string | null;
}

export interface NewJob {
  kind: string;
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: Date;
}

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
