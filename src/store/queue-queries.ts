/**
 * What the leased queues do alike. The outboxes and the jobs start a row the same way; the two outboxes — the resident outbox (outbox-queries.ts, one FIFO per conversation of a
 * channel) and the Slack outbox (slack-outbox-queries.ts, one FIFO per Slack channel) — also lease their
 * due heads, put an item back to wait with its error and give one up the same way. Query functions over
 * one Kysely handle (the store's, or its transaction's).
 *
 * Leases are taken with one UPDATE … RETURNING over a CTE that PostgreSQL evaluates once, with FOR UPDATE
 * SKIP LOCKED on PostgreSQL, and re-checked in the UPDATE, so two workers never hold the same item.
 */
import type { Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type { Database, SqlDialectName } from "./database.js";
import { toMs } from "./row-mappers.js";

/** An outbox, and the column whose equal values make one FIFO (only its oldest pending item is sent). */
export type DeliveryQueue = { table: "outbox"; fifo: "conversation_id"; channel: ChannelName } | { table: "slack_outbox"; fifo: "slack_channel" };

/**
 * The columns of a row just queued in the outboxes or the jobs: due at `due` (in its due column, a job's
 * run_at or an outbox item's available_at), pending, never tried, free. The store has no clock: the time
 * the row is first due stands in for its creation time.
 */
export function newQueueRow<C extends "run_at" | "available_at">(dueColumn: C, due: Date) {
  const dueMs = toMs(due);
  const dueAt = { [dueColumn]: dueMs } as Record<C, number>;
  return { ...dueAt, status: "pending", attempts: 0, lease_until: null, last_error: null, created_at: dueMs } as const;
}

/** The heads of the queue's FIFOs that are due and free, leased until now + leaseMs, at most `limit`. */
export async function leaseDueHeads(db: Kysely<Database>, dialect: SqlDialectName, queue: DeliveryQueue, now: Date, limit: number, leaseMs: number) {
  const nowMs = toMs(now);
  const rows = db.selectFrom(queue.table);
  const heads = (queue.table === "outbox" ? rows.where("channel", "=", queue.channel) : rows)
    .select((eb) => eb.fn.min("id").as("head_id"))
    .where("status", "=", "pending")
    .groupBy(queue.fifo);
  const due = db
    .selectFrom(queue.table)
    .select("id")
    .where("id", "in", heads)
    .where("available_at", "<=", nowMs)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
    .orderBy("id")
    .limit(limit)
    .$call((q) => (dialect === "postgres" ? q.forUpdate().skipLocked() : q));
  // The selection is a CTE so that PostgreSQL evaluates it exactly once: as a plain IN subquery it
  // may be re-run during the UPDATE and hand out more than `limit` rows.
  const leased = await db
    .with("due", () => due)
    .updateTable(queue.table)
    .set({ lease_until: nowMs + leaseMs })
    .where("id", "in", (eb) => eb.selectFrom("due").select("due.id"))
    // Re-checked against the row a concurrent worker may just have leased.
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
    .returningAll()
    .execute();
  return leased.sort((a, b) => Number(a.id) - Number(b.id));
}

/** A failed send: the item waits until availableAt, free for the next worker, its error kept. */
export async function markRetry(db: Kysely<Database>, table: DeliveryQueue["table"], id: number, availableAt: Date, error: string): Promise<void> {
  await db
    .updateTable(table)
    .set((eb) => ({ attempts: eb("attempts", "+", 1), available_at: toMs(availableAt), lease_until: null, last_error: error }))
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}

/** A send that will never succeed: the item is dead-lettered with its error (operators may requeue it). */
export async function markDead(db: Kysely<Database>, table: DeliveryQueue["table"], id: number, error: string): Promise<void> {
  await db
    .updateTable(table)
    .set((eb) => ({ status: "dead", attempts: eb("attempts", "+", 1), lease_until: null, last_error: error }))
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}
