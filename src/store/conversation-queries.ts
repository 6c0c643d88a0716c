/**
 * Conversations and the residents' consents.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import { randomUUID } from "node:crypto";
import { type Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type { ConversationChanges, ConversationRecord } from "./conversations.js";
import type { Database } from "./database.js";
import { toConversation, toMs } from "./row-mappers.js";

export async function findOrCreateConversation(db: Kysely<Database>, channel: ChannelName, externalId: string, now: Date): Promise<ConversationRecord> {
  const nowMs = toMs(now);
  // Two first messages of the same chat may race: the unique (channel, external_id) keeps one row.
  await db
    .insertInto("conversations")
    .values({
      id: randomUUID(),
      channel,
      external_id: externalId,
      locale: null,
      state: "null",
      channel_reference: null,
      unreachable: 0,
      created_at: nowMs,
      updated_at: nowMs,
      last_inbound_at: null,
    })
    .onConflict((oc) => oc.columns(["channel", "external_id"]).doNothing())
    .execute();
  const found = await findConversation(db, channel, externalId);
  if (!found) throw new Error(`Conversation ${channel}/${externalId} vanished right after creation`);
  return found;
}

export async function getConversation(db: Kysely<Database>, id: string): Promise<ConversationRecord | undefined> {
  const row = await db.selectFrom("conversations").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toConversation(row);
}

export async function findConversation(db: Kysely<Database>, channel: ChannelName, externalId: string): Promise<ConversationRecord | undefined> {
  const row = await db
    .selectFrom("conversations")
    .selectAll()
    .where("channel", "=", channel)
    .where("external_id", "=", externalId)
    .executeTakeFirst();
  return row && toConversation(row);
}

export async function saveConversation(db: Kysely<Database>, id: string, changes: ConversationChanges, now: Date): Promise<void> {
  await db
    .updateTable("conversations")
    .set({
      updated_at: toMs(now),
      ...(changes.locale !== undefined && { locale: changes.locale }),
      ...("state" in changes && { state: JSON.stringify(changes.state ?? null) }),
      ...(changes.channelReference !== undefined && {
        channel_reference: changes.channelReference === null ? null : JSON.stringify(changes.channelReference),
      }),
      ...(changes.unreachable !== undefined && { unreachable: changes.unreachable ? 1 : 0 }),
      ...(changes.lastInboundAt !== undefined && {
        last_inbound_at: changes.lastInboundAt === null ? null : toMs(changes.lastInboundAt),
      }),
    })
    .where("id", "=", id)
    .execute();
}

export async function recordConsent(db: Kysely<Database>, conversationId: string, purpose: string, now: Date): Promise<void> {
  const nowMs = toMs(now);
  await db
    .insertInto("consents")
    .values({ conversation_id: conversationId, purpose, given_at: nowMs, withdrawn_at: null })
    .onConflict((oc) => oc.columns(["conversation_id", "purpose"]).doUpdateSet({ given_at: nowMs, withdrawn_at: null }))
    .execute();
}

export async function withdrawConsent(db: Kysely<Database>, conversationId: string, purpose: string, now: Date): Promise<void> {
  await db
    .updateTable("consents")
    .set({ withdrawn_at: toMs(now) })
    .where("conversation_id", "=", conversationId)
    .where("purpose", "=", purpose)
    .where("withdrawn_at", "is", null)
    .execute();
}
