/**
 * The resident outbox: messages for channels that push (Telegram, Teams), one head per conversation.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import { type Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type { NewOutboxItem, OutboxItem } from "./outbox.js";
import type { Database, SqlDialectName } from "./database.js";
import { leaseDueHeads, markDead, markRetry, newQueueRow } from "./queue-queries.js";
import { toMs, toOutboxItem } from "./row-mappers.js";

/**
 * How long a claimed outbox item stays reserved for the worker that took it. A worker that dies while
 * sending leaves the item to be sent again after this (at-least-once delivery) — at once when the only
 * server of a SQLite file restarts (releaseOutboxLeases). Longer than a send may take (30 s timeout).
 */
export const OUTBOX_LEASE_MS = 45_000;

export async function enqueueOutbox(db: Kysely<Database>, item: NewOutboxItem): Promise<number> {
  const row = await db
    .insertInto("outbox")
    .values({
      conversation_id: item.conversationId,
      channel: item.channel,
      message: JSON.stringify(item.message),
      ...newQueueRow("available_at", item.availableAt),
      sent_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function claimDueOutbox(db: Kysely<Database>, dialect: SqlDialectName, channel: ChannelName, now: Date, limit: number): Promise<OutboxItem[]> {
  const rows = await leaseDueHeads(db, dialect, { table: "outbox", fifo: "conversation_id", channel }, now, limit, OUTBOX_LEASE_MS);
  return rows.map(toOutboxItem);
}

export async function markOutboxSent(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "sent", sent_at: toMs(now), lease_until: null })
    .where("id", "=", id)
    .execute();
}

export async function markOutboxRetry(db: Kysely<Database>, id: number, availableAt: Date, error: string): Promise<void> {
  await markRetry(db, "outbox", id, availableAt, error);
}

export async function markOutboxDead(db: Kysely<Database>, id: number, error: string): Promise<void> {
  await markDead(db, "outbox", id, error);
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
