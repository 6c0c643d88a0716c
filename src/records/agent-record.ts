/**
 * A console agent and the audit log of what agents did to cases (migration 0005). The core checks an
 * agent's role and writes the audit; the console signs agents in and reads the audit; the store keeps
 * both.
 */

export interface AgentRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: "agent" | "supervisor";
  createdAt: Date;
  disabledAt: Date | null;
}

export type NewAgent = Omit<AgentRecord, "id" | "createdAt" | "disabledAt">;

export type AuditAction = "opened" | "read" | "answered" | "noted" | "claimed" | "reassigned" | "reopened" | "closed";

export const AUDIT_ACTIONS = ["opened", "read", "answered", "noted", "claimed", "reassigned", "reopened", "closed"] as const satisfies readonly AuditAction[];

export interface AuditEntry {
  id: number;
  at: Date;
  /** A console agent's id, a channel-scoped id ("slack:U123"), or null when the resident opened the case. */
  agentId: string | null;
  action: AuditAction;
  caseId: string;
  /** Never personal data: an outcome, agent ids, the channel. */
  detail: Record<string, string>;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `beforeId` for the next (older) page; null when there is none. */
  nextBeforeId: number | null;
}

export interface AuditQuery {
  caseId?: string;
  beforeId?: number;
  limit: number;
}
