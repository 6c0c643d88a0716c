/**
 * What operators look at: is the database answering, how far behind are the outboxes, and the
 * per-conversation lock that lets several instances share one PostgreSQL.
 */
import { sql, type Kysely } from "kysely";
import type { Database, SqlDialectName } from "./database.js";
import type { DeadLetter, OutboxQueue, OutboxStats } from "./outbox.js";

/** A round trip to the database (and the migrations table exists: the schema is there). */
export async function ping(db: Kysely<Database>): Promise<void> {
  await db.selectFrom("jobs").select("id").limit(1).execute();
}

/**
 * Serialises the turns of one conversation across processes, until the transaction ends. On PostgreSQL a
 * transaction-scoped advisory lock on a hash of the key: a second instance receiving the same chat at
 * the same moment waits here, then sees the first turn's state. SQLite allows one instance per file
 * (see instance-lock.ts), whose turns the core already serialises in memory.
 */
export async function lockConversation(db: Kysely<Database>, dialect: SqlDialectName, key: string): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
}

/** Pending and dead items per channel, with the age of the oldest pending one, for both outboxes. */
export async function outboxStats(db: Kysely<Database>): Promise<OutboxStats[]> {
  const resident = await db
    .selectFrom("outbox")
    .select(["channel", "status", sql<number>`count(*)`.as("n"), sql<number | null>`min(created_at)`.as("oldest")])
    .where("status", "in", ["pending", "dead"])
    .groupBy(["channel", "status"])
    .execute();
  const slack = await db
    .selectFrom("slack_outbox")
    .select(["status", sql<number>`count(*)`.as("n"), sql<number | null>`min(created_at)`.as("oldest")])
    .where("status", "in", ["pending", "dead"])
    .groupBy("status")
    .execute();
  const stats = new Map<string, OutboxStats>();
  const add = (channel: string, status: string, n: number, oldest: number | null): void => {
    const s = stats.get(channel) ?? { channel, pending: 0, dead: 0, oldestPendingAt: null };
    if (status === "pending") {
      s.pending += Number(n);
      if (oldest !== null) s.oldestPendingAt = new Date(Number(oldest));
    } else s.dead += Number(n);
    stats.set(channel, s);
  };
  for (const row of resident) add(row.channel, row.status, row.n, row.oldest);
  // Agents' and volunteers' messages to Slack wait in their own table.
  for (const row of slack) add("slack", row.status, row.n, row.oldest);
  return [...stats.values()];
}

/** Messages given up on, both outboxes, oldest first (what `accueil outbox list` shows). */
export async function listDeadLetters(db: Kysely<Database>): Promise<DeadLetter[]> {
  const resident = await db
    .selectFrom("outbox")
    .select(["id", "channel", "conversation_id", "attempts", "last_error", "created_at"])
    .where("status", "=", "dead")
    .orderBy("id")
    .execute();
  const slack = await db.selectFrom("slack_outbox").select(["id", "slack_channel", "attempts", "last_error", "created_at"]).where("status", "=", "dead").orderBy("id").execute();
  return [
    ...resident.map((r) => ({ queue: "resident" as const, id: Number(r.id), channel: r.channel, target: r.conversation_id, attempts: Number(r.attempts), lastError: r.last_error, createdAt: new Date(Number(r.created_at)) })),
    ...slack.map((r) => ({ queue: "slack" as const, id: Number(r.id), channel: "slack", target: r.slack_channel, attempts: Number(r.attempts), lastError: r.last_error, createdAt: new Date(Number(r.created_at)) })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * Puts dead letters back in line, to be sent at once (and given another day): those listed, or all.
 * A resident's message goes back behind nothing: it is due now, and its conversation's order is kept by
 * id. Returns how many were requeued.
 */
export async function retryDeadLetters(db: Kysely<Database>, now: Date, which: { queue: OutboxQueue; id: number }[] | "all"): Promise<number> {
  const nowMs = now.getTime();
  const residentIds = which === "all" ? null : which.filter((w) => w.queue === "resident").map((w) => w.id);
  const slackIds = which === "all" ? null : which.filter((w) => w.queue === "slack").map((w) => w.id);
  let count = 0;
  if (residentIds === null || residentIds.length > 0) {
    let q = db.updateTable("outbox").set({ status: "pending", attempts: 0, available_at: nowMs, created_at: nowMs, lease_until: null }).where("status", "=", "dead");
    if (residentIds) q = q.where("id", "in", residentIds);
    count += Number((await q.executeTakeFirst()).numUpdatedRows);
  }
  if (slackIds === null || slackIds.length > 0) {
    let q = db.updateTable("slack_outbox").set({ status: "pending", attempts: 0, available_at: nowMs, created_at: nowMs, lease_until: null }).where("status", "=", "dead");
    if (slackIds) q = q.where("id", "in", slackIds);
    count += Number((await q.executeTakeFirst()).numUpdatedRows);
  }
  return count;
}

/** Frees every outbox lease (both outboxes): at the start of a SQLite file's one server, whoever held them
 * is dead, and their messages should go now rather than when the lease runs out. */
export async function releaseOutboxLeases(db: Kysely<Database>): Promise<number> {
  const a = await db.updateTable("outbox").set({ lease_until: null }).where("status", "=", "pending").where("lease_until", "is not", null).executeTakeFirst();
  const b = await db.updateTable("slack_outbox").set({ lease_until: null }).where("status", "=", "pending").where("lease_until", "is not", null).executeTakeFirst();
  return Number(a.numUpdatedRows) + Number(b.numUpdatedRows);
}
