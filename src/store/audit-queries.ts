/**
 * The audit log's queries (see migrations/0005-roles-and-sessions.ts): written by the core in the same
 * transaction as the action it records, read by supervisors, and deleted with the case's personal data.
 */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { AuditAction, AuditEntry, AuditPage } from "./agents.js";
import type { AuditLogTable } from "./access-tables.js";
import type { Database } from "./database.js";

const detailSchema = z.record(z.string(), z.string());

/** Large IN lists are split so that SQLite's bound-parameter limit is never reached. */
const CHUNK = 500;

function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(row.id),
    at: new Date(Number(row.at)),
    agentId: row.agent_id,
    action: row.action as AuditAction,
    caseId: row.case_id,
    detail: detailSchema.parse(JSON.parse(row.detail)),
  };
}

export async function insertAudit(db: Kysely<Database>, entry: Omit<AuditEntry, "id">): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({ at: entry.at.getTime(), agent_id: entry.agentId, action: entry.action, case_id: entry.caseId, detail: JSON.stringify(entry.detail) })
    .execute();
}

export async function selectAudit(db: Kysely<Database>, query: { caseId?: string; beforeId?: number; limit: number }): Promise<AuditPage> {
  let q = db.selectFrom("audit_log").selectAll();
  if (query.caseId !== undefined) q = q.where("case_id", "=", query.caseId);
  if (query.beforeId !== undefined) q = q.where("id", "<", query.beforeId);
  // One more row than asked tells whether an older page exists.
  const rows = await q.orderBy("id", "desc").limit(query.limit + 1).execute();
  const entries = rows.slice(0, query.limit).map(toAuditEntry);
  return { entries, nextBeforeId: rows.length > query.limit ? (entries.at(-1)?.id ?? null) : null };
}

export async function selectLastAuditAt(db: Kysely<Database>, caseId: string, agentId: string, action: AuditAction): Promise<Date | null> {
  const row = await db
    .selectFrom("audit_log")
    .select("at")
    .where("case_id", "=", caseId)
    .where("agent_id", "=", agentId)
    .where("action", "=", action)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? new Date(Number(row.at)) : null;
}

/** The audit of these cases goes with their personal data (erasure, retention). */
export async function deleteAuditForCases(db: Kysely<Database>, caseIds: readonly string[]): Promise<void> {
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    await db.deleteFrom("audit_log").where("case_id", "in", caseIds.slice(i, i + CHUNK)).execute();
  }
}
