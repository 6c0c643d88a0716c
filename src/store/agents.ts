/**
 * The agents aggregate: console accounts and their roles, sessions and one-time setup tokens, failed
 * sign-ins (the progressive delay), and the audit log of what agents did to cases (migration 0005).
 * The accounts' interface is declared by the agents' folder (agents/agent-store.ts) and the records by
 * the core (records/agent-record.ts); the store implements them.
 */
import type { AuditAction, AuditEntry, AuditPage, AuditQuery } from "../records/agent-record.js";

export { AUDIT_ACTIONS } from "../records/agent-record.js";
export type { AgentRecord, AuditAction, AuditEntry, AuditPage, AuditQuery, NewAgent } from "../records/agent-record.js";
export type { AgentStore, LoginFailureCounts, SessionRecord } from "../agents/agent-store.js";

export interface AuditStore {
  recordAudit(entry: Omit<AuditEntry, "id">): Promise<void>;
  /** Newest first; `caseId` narrows to one case; `beforeId` pages back. */
  listAudit(query: AuditQuery): Promise<AuditPage>;
  /** When this agent last did this to this case, if ever (to write "read" once in a while, not at every refresh). */
  lastAuditAt(caseId: string, agentId: string, action: AuditAction): Promise<Date | null>;
}
