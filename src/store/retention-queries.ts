/**
 * Erasure and retention: the queries behind Store.eraseConversation and the purge* methods.
 * Each function expects to run inside one transaction (the store opens it), so that a crash never
 * leaves half a conversation behind.
 *
 * Child rows are deleted explicitly rather than left to ON DELETE CASCADE: the cascade only works on
 * SQLite while `PRAGMA foreign_keys` is on, and an erasure must not depend on a connection setting.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import { deleteAuditForCases } from "./audit-queries.js";

/** What replaces a resident's words and contact data in a case that was erased or purged. */
export const ERASED_MARKER = "[effacé à la demande de la personne]";

/** Case event kinds whose text may carry personal data (a status change carries none). */
const PERSONAL_EVENT_KINDS = ["resident-message", "agent-message", "volunteer-message", "note"];

/** Large IN lists are split so that SQLite's bound-parameter limit is never reached. */
const CHUNK = 500;

export async function eraseConversationRows(db: Kysely<Database>, conversationId: string, nowMs: number): Promise<void> {
  await deleteConversationRows(db, [conversationId]);
  const caseIds = (await db.selectFrom("cases").select("id").where("conversation_id", "=", conversationId).execute()).map((r) => r.id);
  // An erased case cannot be followed up (nobody to answer, nothing left to read): active ones end here.
  await db
    .updateTable("cases")
    .set({ status: "cancelled", closed_at: nowMs })
    .where("conversation_id", "=", conversationId)
    .where("status", "in", ["open", "claimed"])
    .execute();
  await anonymiseCases(db, caseIds, nowMs);
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
  await deleteConversationRows(db, ids);
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
  await anonymiseCases(db, ids, beforeMs);
  return ids.length;
}

async function deleteConversationRows(db: Kysely<Database>, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    // The platform updates the inbox still holds for these chats carry the residents' words too.
    const chats = await db.selectFrom("conversations").select(["channel", "external_id"]).where("id", "in", chunk).execute();
    for (const chat of chats) await db.deleteFrom("inbox").where("channel", "=", chat.channel).where("conversation_key", "=", chat.external_id).execute();
    await db.deleteFrom("transcript").where("conversation_id", "in", chunk).execute();
    await db.deleteFrom("outbox").where("conversation_id", "in", chunk).execute();
    await db.deleteFrom("consents").where("conversation_id", "in", chunk).execute();
    await db.deleteFrom("conversations").where("id", "in", chunk).execute();
  }
}

async function anonymiseCases(db: Kysely<Database>, caseIds: string[], atMs: number): Promise<void> {
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    const chunk = caseIds.slice(i, i + CHUNK);
    await db
      .updateTable("cases")
      .set({
        summary: ERASED_MARKER,
        description: ERASED_MARKER,
        contact_value: sql<string | null>`case when contact_value is null then null else ${ERASED_MARKER} end`,
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
  }
}
