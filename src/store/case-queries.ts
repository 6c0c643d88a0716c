/**
 * Cases and their events.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { CaseChanges, CaseEvent, CaseRecord, CaseStatus, NewCase } from "./cases.js";
import type { Database } from "./database.js";
import { toCase, toCaseEvent, toMs } from "./row-mappers.js";
import { generateCaseReference, normaliseCaseReference } from "./case-reference.js";

const URGENCY_RANK = sql<number>`case urgency when 'urgent' then 0 when 'high' then 1 else 2 end`;

export async function createCase(db: Kysely<Database>, c: NewCase, now: Date): Promise<CaseRecord> {
  const nowMs = toMs(now);
  for (let attempt = 0; attempt < 20; attempt++) {
    const row = await db
      .insertInto("cases")
      .values({
        id: randomUUID(),
        reference: generateCaseReference(),
        conversation_id: c.conversationId,
        status: "open",
        urgency: c.urgency,
        level: c.level,
        entry_id: c.entryId,
        crisis: c.crisis,
        summary: c.summary,
        contact_method: c.contactMethod,
        contact_value: c.contactValue,
        contact_time: c.contactTime,
        description: c.description,
        language: c.language,
        consent_at: toMs(c.consentAt),
        assigned_agent_id: null,
        outcome: null,
        created_at: nowMs,
        claimed_at: null,
        closed_at: null,
        external_refs: "{}",
        anonymised_at: null,
      })
      // A reference already taken: draw another one (no aborted transaction on PostgreSQL).
      .onConflict((oc) => oc.column("reference").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return toCase(row);
  }
  throw new Error("Could not draw a free case reference after 20 attempts");
}

export async function getCase(db: Kysely<Database>, id: string): Promise<CaseRecord | undefined> {
  const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toCase(row);
}

export async function getCaseByReference(db: Kysely<Database>, reference: string): Promise<CaseRecord | undefined> {
  const normalised = normaliseCaseReference(reference);
  if (normalised === null) return undefined;
  const row = await db.selectFrom("cases").selectAll().where("reference", "=", normalised).executeTakeFirst();
  return row && toCase(row);
}

export async function findActiveCase(db: Kysely<Database>, conversationId: string): Promise<CaseRecord | undefined> {
  const row = await db
    .selectFrom("cases")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("status", "in", ["open", "claimed"])
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && toCase(row);
}

export async function listCases(db: Kysely<Database>, filter: { status?: CaseStatus[] }): Promise<CaseRecord[]> {
  if (filter.status && filter.status.length === 0) return [];
  let query = db.selectFrom("cases").selectAll();
  if (filter.status) query = query.where("status", "in", filter.status);
  const rows = await query.orderBy(URGENCY_RANK).orderBy("created_at", "asc").orderBy("id").execute();
  return rows.map(toCase);
}

export async function updateCase(db: Kysely<Database>, id: string, changes: CaseChanges): Promise<void> {
  const values = {
    ...(changes.status !== undefined && { status: changes.status }),
    ...(changes.urgency !== undefined && { urgency: changes.urgency }),
    ...(changes.crisis !== undefined && { crisis: changes.crisis }),
    ...(changes.assignedAgentId !== undefined && { assigned_agent_id: changes.assignedAgentId }),
    ...(changes.outcome !== undefined && { outcome: changes.outcome }),
    ...(changes.claimedAt !== undefined && { claimed_at: changes.claimedAt === null ? null : toMs(changes.claimedAt) }),
    ...(changes.closedAt !== undefined && { closed_at: changes.closedAt === null ? null : toMs(changes.closedAt) }),
    ...(changes.externalRefs !== undefined && { external_refs: JSON.stringify(changes.externalRefs) }),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable("cases").set(values).where("id", "=", id).execute();
}

export async function addCaseEvent(db: Kysely<Database>, e: Omit<CaseEvent, "id">): Promise<number> {
  const row = await db
    .insertInto("case_events")
    .values({
      case_id: e.caseId,
      kind: e.kind,
      agent_id: e.agentId,
      author_name: e.authorName,
      text: e.text,
      created_at: toMs(e.createdAt),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listCaseEvents(db: Kysely<Database>, caseId: string): Promise<CaseEvent[]> {
  const rows = await db.selectFrom("case_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute();
  return rows.map(toCaseEvent);
}
