/**
 * Volunteer questions and the platform threads that mirror a case or a question (migration 0002).
 * Query functions over one Kysely handle (the store's, or its transaction's); same conventions as the
 * other *-queries.ts files (unique constraints with ON CONFLICT DO NOTHING).
 */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Database } from "./database.js";
import type { ExternalThread, NewVolunteerQuestion, VolunteerQuestion, VolunteerQuestionChanges } from "./volunteers.js";
import type { VolunteerQuestionsTable } from "./volunteer-slack-tables.js";

const redactionsSchema = z.array(z.object({ kind: z.string(), count: z.number().int() }));
const wordsSchema = z.array(z.string());
const refsSchema = z.record(z.string(), z.string());

export function toQuestion(row: Selectable<VolunteerQuestionsTable>): VolunteerQuestion {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    sourceSeq: Number(row.source_seq),
    language: row.language,
    text: row.text,
    redactions: redactionsSchema.parse(JSON.parse(row.redactions)),
    unknownWords: wordsSchema.parse(JSON.parse(row.unknown_words)),
    status: row.status as VolunteerQuestion["status"],
    answerCount: Number(row.answer_count),
    externalRefs: refsSchema.parse(JSON.parse(row.external_refs)),
    createdAt: new Date(Number(row.created_at)),
    answeredAt: row.answered_at === null ? null : new Date(Number(row.answered_at)),
  };
}

// ---------------------------------------------------------------- volunteer questions

export async function insertVolunteerQuestion(db: Kysely<Database>, q: NewVolunteerQuestion, now: Date): Promise<VolunteerQuestion | undefined> {
  const row = await db
    .insertInto("volunteer_questions")
    .values({
      id: randomUUID(),
      conversation_id: q.conversationId,
      source_seq: q.sourceSeq,
      language: q.language,
      text: q.text,
      redactions: JSON.stringify(q.redactions),
      unknown_words: JSON.stringify(q.unknownWords),
      status: q.status,
      answer_count: 0,
      external_refs: "{}",
      created_at: now.getTime(),
      answered_at: null,
    })
    .onConflict((oc) => oc.columns(["conversation_id", "source_seq"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && toQuestion(row);
}

export async function selectVolunteerQuestion(db: Kysely<Database>, id: string): Promise<VolunteerQuestion | undefined> {
  const row = await db.selectFrom("volunteer_questions").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toQuestion(row);
}

export async function updateVolunteerQuestionRow(
  db: Kysely<Database>,
  id: string,
  changes: VolunteerQuestionChanges,
): Promise<void> {
  const values = {
    ...(changes.status !== undefined && { status: changes.status }),
    ...(changes.text !== undefined && { text: changes.text }),
    ...(changes.answerCount !== undefined && { answer_count: changes.answerCount }),
    ...(changes.answeredAt !== undefined && { answered_at: changes.answeredAt === null ? null : changes.answeredAt.getTime() }),
    ...(changes.externalRefs !== undefined && { external_refs: JSON.stringify(changes.externalRefs) }),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable("volunteer_questions").set(values).where("id", "=", id).execute();
}

// ---------------------------------------------------------------- external threads

export async function insertExternalThread(db: Kysely<Database>, t: ExternalThread): Promise<void> {
  await db
    .insertInto("external_threads")
    .values({ platform: t.platform, channel: t.channel, thread_id: t.threadId, subject_kind: t.subjectKind, subject_id: t.subjectId })
    .onConflict((oc) => oc.columns(["platform", "channel", "thread_id"]).doNothing())
    .execute();
}

export async function selectExternalThread(db: Kysely<Database>, platform: string, channel: string, threadId: string): Promise<ExternalThread | undefined> {
  const row = await db
    .selectFrom("external_threads")
    .selectAll()
    .where("platform", "=", platform)
    .where("channel", "=", channel)
    .where("thread_id", "=", threadId)
    .executeTakeFirst();
  return row && { platform: row.platform, channel: row.channel, threadId: row.thread_id, subjectKind: row.subject_kind as ExternalThread["subjectKind"], subjectId: row.subject_id };
}
