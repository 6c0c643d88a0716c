/**
 * The audit log as supervisors read it: each entry with the name of who acted (a console agent's name,
 * or a Slack member's id), the case's reference, and the names behind the agent ids of a reassignment.
 * Names are looked up once per page, through the core.
 */
import type { AuditEntry } from "../records/agent-record.js";
import type { AccueilCore } from "../core/accueil-core.js";

export interface AuditItem {
  id: number;
  at: string;
  action: AuditEntry["action"];
  caseId: string;
  caseReference: string | null;
  /** null: the resident (who opened the case). */
  agentId: string | null;
  /** A console agent's name, "Slack U123" for a Slack member, null for the resident. */
  agentName: string | null;
  detail: Record<string, string>;
}

export async function auditView(core: Pick<AccueilCore, "agentName" | "getCase">, entries: readonly AuditEntry[]): Promise<AuditItem[]> {
  const names = new Map<string, Promise<string>>();
  const references = new Map<string, Promise<string | null>>();
  const nameOf = (id: string): Promise<string> => {
    let name = names.get(id);
    if (!name) {
      name = id.startsWith("slack:") ? Promise.resolve(`Slack ${id.slice("slack:".length)}`) : core.agentName(id).then((name) => name ?? id);
      names.set(id, name);
    }
    return name;
  };
  const referenceOf = (caseId: string): Promise<string | null> => {
    let reference = references.get(caseId);
    if (!reference) {
      reference = core.getCase(caseId).then((c) => c?.reference ?? null);
      references.set(caseId, reference);
    }
    return reference;
  };
  return Promise.all(
    entries.map(async (entry) => {
      const detail = { ...entry.detail };
      if (detail.from) detail.fromName = await nameOf(detail.from);
      if (detail.to) detail.toName = await nameOf(detail.to);
      return {
        id: entry.id,
        at: entry.at.toISOString(),
        action: entry.action,
        caseId: entry.caseId,
        caseReference: await referenceOf(entry.caseId),
        agentId: entry.agentId,
        agentName: entry.agentId === null ? null : await nameOf(entry.agentId),
        detail,
      };
    }),
  );
}
