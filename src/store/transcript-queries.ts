/**
 * The transcript: every message in and out of a conversation, numbered by one sequence per store.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import type { Kysely } from "kysely";
import type { Database } from "./database.js";
import type { TranscriptMessage, TranscriptQuery } from "./transcript.js";
import { toMs, toTranscriptMessage } from "./row-mappers.js";

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

export async function listMessages(db: Kysely<Database>, conversationId: string, options: TranscriptQuery = {}): Promise<TranscriptMessage[]> {
  let query = db.selectFrom("transcript").selectAll().where("conversation_id", "=", conversationId);
  if (options.afterSeq !== undefined) query = query.where("seq", ">", options.afterSeq);
  if (options.since !== undefined) query = query.where("created_at", ">=", toMs(options.since));
  query = query.orderBy("seq", "asc");
  if (options.limit !== undefined) query = query.limit(options.limit);
  return (await query.execute()).map(toTranscriptMessage);
}
