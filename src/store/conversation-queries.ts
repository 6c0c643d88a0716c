/**
 * Conversations, inbound ids already handled, and the transcript.
 * Query functions over one Kysely handle (the store's, or its transaction's); KyselyStore delegates here.
 */
import { randomUUID } from "node:crypto";
import { type Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type { ConversationRecord, TranscriptMessage } from "./store.js";
import type { Database } from "./database.js";
import { toConversation, toMs, toTranscriptMessage } from "./row-mappers.js";

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

export async function saveConversation(db: Kysely<Database>, id: string, changes: Partial<Pick<ConversationRecord, "locale" | "state" | "channelReference" | "unreachable" | "lastInboundAt">>, now: Date): Promise<void> {
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

export async function recordInbound(db: Kysely<Database>, channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto("inbound_ids")
    .values({ channel, platform_message_id: platformMessageId, received_at: toMs(now) })
    .onConflict((oc) => oc.columns(["channel", "platform_message_id"]).doNothing())
    .returning("channel")
    .executeTakeFirst();
  return row !== undefined;
}

export async function appendMessage(db: Kysely<Database>, m: Omit<TranscriptMessage, "seq">): Promise<number> {
  const row = await db
    .insertInto("transcript")
    .values({
      conversation_id: m.conversationId,
      direction: m.direction,
      author: m.author,
      author_name: m.authorName,
      body: JSON.stringify(m.body),
      created_at: toMs(m.createdAt),
    })
    .returning("seq")
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

export async function listMessages(db: Kysely<Database>, conversationId: string, options: { afterSeq?: number; since?: Date; limit?: number } = {}): Promise<TranscriptMessage[]> {
  let query = db.selectFrom("transcript").selectAll().where("conversation_id", "=", conversationId);
  if (options.afterSeq !== undefined) query = query.where("seq", ">", options.afterSeq);
  if (options.since !== undefined) query = query.where("created_at", ">=", toMs(options.since));
  query = query.orderBy("seq", "asc");
  if (options.limit !== undefined) query = query.limit(options.limit);
  return (await query.execute()).map(toTranscriptMessage);
}
