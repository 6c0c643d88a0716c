/**
 * Durable jobs (timers that survive a restart), leased so that two sweepers never run the same one.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import { sql, type Kysely } from "kysely";
import type { JobRecord, NewJob } from "./jobs.js";
import type { Database, SqlDialectName } from "./database.js";
import { newQueueRow } from "./queue-queries.js";
import { toJob, toMs } from "./row-mappers.js";

export async function scheduleJob(db: Kysely<Database>, job: NewJob): Promise<boolean> {
  const row = await db
    .insertInto("jobs")
    .values({
      kind: job.kind,
      dedupe_key: job.dedupeKey,
      payload: JSON.stringify(job.payload),
      ...newQueueRow("run_at", job.runAt),
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function claimDueJobs(db: Kysely<Database>, dialect: SqlDialectName, now: Date, limit: number, leaseMs: number): Promise<JobRecord[]> {
  const nowMs = toMs(now);
  const claimable = db
    .selectFrom("jobs")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "pending"), eb("run_at", "<=", nowMs)]),
        eb.and([eb("status", "=", "running"), eb("lease_until", "<=", nowMs)]),
      ]),
    )
    .orderBy("run_at")
    .orderBy("id")
    .limit(limit)
    .$call((q) => (dialect === "postgres" ? q.forUpdate().skipLocked() : q));
  const rows = await db
    .with("claimable", () => claimable) // evaluated once, see claimDueOutbox
    .updateTable("jobs")
    .set((eb) => ({ status: "running", lease_until: nowMs + leaseMs, attempts: eb("attempts", "+", 1) }))
    .where("id", "in", (eb) => eb.selectFrom("claimable").select("claimable.id"))
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "pending"), eb("run_at", "<=", nowMs)]),
        eb.and([eb("status", "=", "running"), eb("lease_until", "<=", nowMs)]),
      ]),
    )
    .returningAll()
    .execute();
  return rows.map(toJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

export async function completeJob(db: Kysely<Database>, id: number): Promise<void> {
  await db.updateTable("jobs").set({ status: "done", lease_until: null }).where("id", "=", id).execute();
}

export async function failJob(db: Kysely<Database>, id: number, retryAt: Date | null, error: string): Promise<void> {
  await db
    .updateTable("jobs")
    .set(
      retryAt === null
        ? { status: "failed", lease_until: null, last_error: error }
        : { status: "pending", run_at: toMs(retryAt), lease_until: null, last_error: error },
    )
    .where("id", "=", id)
    .execute();
}

export async function cancelJobs(db: Kysely<Database>, dedupeKeyPrefix: string): Promise<number> {
  // substr rather than LIKE: no wildcard escaping, and LIKE is case-insensitive on SQLite only.
  const length = [...dedupeKeyPrefix].length;
  const result = await db
    .updateTable("jobs")
    .set({ status: "cancelled", lease_until: null })
    .where("status", "=", "pending")
    .where(sql<string>`substr(dedupe_key, 1, cast(${length} as integer))`, "=", dedupeKeyPrefix)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
