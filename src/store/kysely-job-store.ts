/** The jobs part of the Kysely store (job-queries.ts). */
import type { JobStore } from "./jobs.js";
import type { KyselyHandle } from "./kysely-handle.js";
import * as jobs from "./job-queries.js";

export function kyselyJobStore({ db, dialect }: KyselyHandle): JobStore {
  return {
    scheduleJob: (job) => jobs.scheduleJob(db, job),
    claimDueJobs: (now, limit, leaseMs) => jobs.claimDueJobs(db, dialect, now, limit, leaseMs),
    completeJob: (id) => jobs.completeJob(db, id),
    failJob: (id, retryAt, error) => jobs.failJob(db, id, retryAt, error),
    cancelJobs: (dedupeKeyPrefix) => jobs.cancelJobs(db, dedupeKeyPrefix),
  };
}
