/**
 * Erasure and retention: the queries behind Store.eraseConversation and the purge* methods.
 * Each function expects to run inside one transaction (the store opens it), so that a crash never
 * leaves half a conversation behind.
 *
 * Child rows are deleted explicitly rather than left to ON DELETE CASCADE: the cascade only works on
 * SQLite while `PRAGMA foreign_keys` is on, and an erasure must not depend on a connection setting.
 */
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import { deleteAuditForCases } from "./audit-queries.js";
import { deleteCaseReads } from "./indicator-queries.js";
import { ERASED_MARKER } from "../records/case-record.js";
import { ERASE_PLATFORM_TRACES_JOB, type PlatformTraces } from "../records/job-record.js";
import { scheduleJob } from "./job-queries.js";

// The marker and the job are declared with the records: the Slack channel reads what an erasure leaves.
export { ERASED_MARKER };

/** Case event kinds whose text may carry personal data (a status change carries none). */
const PERSONAL_EVENT_KINDS = ["resident-message", "agent-message", "volunteer-message", "note"];

/** Large IN lists are split so that SQLite's bound-parameter limit is never reached. */
const CHUNK = 500;

export async function eraseConversationRows(db: Kysely<Database>, conversationId: string, nowMs: number): Promise<void> {
  const traces = await deleteConversationRows(db, [conversationId]);
  const caseIds = (await db.selectFrom("cases").select("id").where("conversation_id", "=", conversationId).execute()).map((r) => r.id);
  // An erased case cannot be followed up (nobody to answer, nothing left to read): active ones end here.
  await db
    .updateTable("cases")
    .set({ status: "cancelled", closed_at: nowMs })
    .where("conversation_id", "=", conversationId)
    .where("status", "in", ["open", "claimed"])
    .execute();
  traces.caseIds.push(...(await anonymiseCases(db, caseIds, nowMs)));
  await scheduleTraceErasure(db, traces, nowMs);
}

/** Conversations with no activity since `before` and no open or claimed case. */
export async function purgeInactiveConversationRows(db: Kysely<Database>, beforeMs: number): Promise<number> {
  const rows = await db
    .selectFrom("conversations as c")
    .select("c.id")
    .where("c.updated_at", "<", beforeMs)
    .where((eb) => eb.or([eb("c.last_inbound_at", "is", null), eb("c.last_inbound_at", "<", beforeMs)]))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("transcript as t").select("t.seq").whereRef("t.conversation_id", "=", "c.id").where("t.created_at", ">=", beforeMs))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("cases as k").select("k.id").whereRef("k.conversation_id", "=", "c.id").where("k.status", "in", ["open", "claimed"]))),
    )
    .execute();
  const ids = rows.map((r) => r.id);
  await scheduleTraceErasure(db, await deleteConversationRows(db, ids), beforeMs);
  return ids.length;
}

/** Closed (or cancelled) cases that ended before `before` and are not anonymised yet. */
export async function purgeClosedCaseRows(db: Kysely<Database>, beforeMs: number): Promise<number> {
  const rows = await db
    .selectFrom("cases")
    .select("id")
    .where("anonymised_at", "is", null)
    .where("status", "in", ["closed", "cancelled"])
    .where(sql<number>`coalesce(closed_at, created_at)`, "<", beforeMs)
    .execute();
  const ids = rows.map((r) => r.id);
  // No clock here (the interface gives only the cutoff): the cutoff marks when retention caught the case.
  const mirrored = await anonymiseCases(db, ids, beforeMs);
  await scheduleTraceErasure(db, { caseIds: mirrored, posts: [] }, beforeMs);
  return ids.length;
}

/** Deletes the conversations and every row holding their words; returns what platforms still show. */
async function deleteConversationRows(db: Kysely<Database>, ids: string[]): Promise<PlatformTraces> {
  const traces: PlatformTraces = { caseIds: [], posts: [] };
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    // Questions shared with volunteers: their posts are blanked, their rows and queued lines deleted.
    // Questions not understood are redacted, yet a resident's words: they go with the conversation.
    await db.deleteFrom("unanswered_questions").where("conversation_id", "in", chunk).execute();
    const questions = await db.selectFrom("volunteer_questions").select(["id", "external_refs"]).where("conversation_id", "in", chunk).execute();
    for (const q of questions) {
      const refs = parseRefs(q.external_refs);
      if (refs.volunteersChannel && refs.volunteersTs) traces.posts.push({ platform: "slack", channel: refs.volunteersChannel, ts: refs.volunteersTs });
      if (refs.reviewChannel && refs.reviewTs) traces.posts.push({ platform: "slack", channel: refs.reviewChannel, ts: refs.reviewTs });
    }
    const questionIds = questions.map((q) => q.id);
    if (questionIds.length > 0) {
      await deletePersonalSlackOps(db, questionIds.map((id) => `question:${id}`));
      await db.deleteFrom("external_threads").where("subject_kind", "=", "question").where("subject_id", "in", questionIds).execute();
      await db.deleteFrom("volunteer_questions").where("id", "in", questionIds).execute();
    }
    // The platform updates the inbox still holds for these chats carry the residents' words too.
    const chats = await db.selectFrom("conversations").select(["channel", "external_id"]).where("id", "in", chunk).execute();
    for (const chat of chats) await db.deleteFrom("inbox").where("channel", "=", chat.channel).where("conversation_key", "=", chat.external_id).execute();
    await db.deleteFrom("transcript").where("conversation_id", "in", chunk).execute();
    await db.deleteFrom("outbox").where("conversation_id", "in", chunk).execute();
    await db.deleteFrom("consents").where("conversation_id", "in", chunk).execute();
    await db.deleteFrom("conversations").where("id", "in", chunk).execute();
  }
  return traces;
}

/**
 * Replaces every word of the resident (and of the agents about them) in these cases; returns the ids of
 * those mirrored on Slack, whose thread must be blanked too.
 */
async function anonymiseCases(db: Kysely<Database>, caseIds: string[], atMs: number): Promise<string[]> {
  const mirrored: string[] = [];
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    const chunk = caseIds.slice(i, i + CHUNK);
    await db
      .updateTable("cases")
      .set({
        summary: ERASED_MARKER,
        description: ERASED_MARKER,
        contact_value: sql<string | null>`case when contact_value is null then null else ${ERASED_MARKER} end`,
        // Free text too ("le soir, demandez X au 07…"): it is the resident's words like the description.
        contact_time: sql<string | null>`case when contact_time is null then null else ${ERASED_MARKER} end`,
        anonymised_at: atMs,
      })
      .where("id", "in", chunk)
      .execute();
    await db
      .updateTable("case_events")
      .set({ text: ERASED_MARKER })
      .where("case_id", "in", chunk)
      .where("kind", "in", PERSONAL_EVENT_KINDS)
      .execute();
    await deleteAuditForCases(db, chunk);
    await deleteCaseReads(db, chunk);
    await deletePersonalSlackOps(db, chunk.map((id) => `case:${id}`));
    const rows = await db.selectFrom("cases").select(["id", "external_refs"]).where("id", "in", chunk).execute();
    for (const row of rows) if (parseRefs(row.external_refs).slackTs) mirrored.push(row.id);
  }
  return mirrored;
}

/** Queued or sent Slack lines that quote someone about these subjects, whatever their state. */
async function deletePersonalSlackOps(db: Kysely<Database>, subjects: string[]): Promise<void> {
  if (subjects.length === 0) return;
  await db.deleteFrom("slack_outbox").where("subject", "in", subjects).where("personal", "=", 1).execute();
}

async function scheduleTraceErasure(db: Kysely<Database>, traces: PlatformTraces, atMs: number): Promise<void> {
  if (traces.caseIds.length === 0 && traces.posts.length === 0) return;
  await scheduleJob(db, { kind: ERASE_PLATFORM_TRACES_JOB, dedupeKey: `${ERASE_PLATFORM_TRACES_JOB}:${randomUUID()}`, payload: { ...traces }, runAt: new Date(atMs) });
}

function parseRefs(json: string): Record<string, string | undefined> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, string | undefined>) : {};
  } catch {
    return {};
  }
}
