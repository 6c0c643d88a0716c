/**
 * The resident outbox: messages for channels that push (Telegram, Teams), one head per conversation.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import { type Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type { NewOutboxItem, OutboxItem } from "./outbox.js";
import type { Database, SqlDialectName } from "./database.js";
import { toMs, toOutboxItem } from "./row-mappers.js";

/**
 * How long a claimed outbox item stays reserved for the worker that took it. A worker that dies while
 * sending leaves the item to be sent again after this (at-least-once delivery) — at once when the only
 * server of a SQLite file restarts (releaseOutboxLeases). Longer than a send may take (30 s timeout).
 */
export const OUTBOX_LEASE_MS = 45_000;

export async function enqueueOutbox(db: Kysely<Database>, item: NewOutboxItem): Promise<number> {
  const availableAt = toMs(item.availableAt);
  const row = await db
    .insertInto("outbox")
    .values({
      conversation_id: item.conversationId,
      channel: item.channel,
      message: JSON.stringify(item.message),
      attempts: 0,
      status: "pending",
      available_at: availableAt,
      lease_until: null,
      last_error: null,
      // The enqueue time is the best "now" we have without a clock argument.
      created_at: availableAt,
      sent_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function claimDueOutbox(db: Kysely<Database>, dialect: SqlDialectName, channel: ChannelName, now: Date, limit: number): Promise<OutboxItem[]> {
  const nowMs = toMs(now);
  const heads = db
    .selectFrom("outbox")
    .select((eb) => eb.fn.min("id").as("head_id"))
    .where("channel", "=", channel)
    .where("status", "=", "pending")
    .groupBy("conversation_id");
  const due = db
    .selectFrom("outbox")
    .select("id")
    .where("id", "in", heads)
    .where("available_at", "<=", nowMs)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
    .orderBy("id")
    .limit(limit)
    .$call((q) => (dialect === "postgres" ? q.forUpdate().skipLocked() : q));
  // The selection is a CTE so that PostgreSQL evaluates it exactly once: as a plain IN subquery it
  // may be re-run during the UPDATE and hand out more than `limit` rows.
  const rows = await db
    .with("due", () => due)
    .updateTable("outbox")
    .set({ lease_until: nowMs + OUTBOX_LEASE_MS })
    .where("id", "in", (eb) => eb.selectFrom("due").select("due.id"))
    // Re-checked against the row a concurrent worker may just have leased (see the file comment).
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
    .returningAll()
    .execute();
  return rows.map(toOutboxItem).sort((a, b) => a.id - b.id);
}

export async function markOutboxSent(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "sent", sent_at: toMs(now), lease_until: null })
    .where("id", "=", id)
    .execute();
}

export async function markOutboxRetry(db: Kysely<Database>, id: number, availableAt: Date, error: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      available_at: toMs(availableAt),
      lease_until: null,
      last_error: error,
    }))
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}

export async function markOutboxDead(db: Kysely<Database>, id: number, error: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({ status: "dead", attempts: eb("attempts", "+", 1), lease_until: null, last_error: error }))
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}

export async function deadLetterConversation(db: Kysely<Database>, conversationId: string, error: string): Promise<number> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "dead", lease_until: null, last_error: error })
    .where("conversation_id", "=", conversationId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
