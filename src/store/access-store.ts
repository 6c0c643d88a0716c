/**
 * The part of the Store that roles, the audit log and sign-in hygiene need (migration 0005): listing,
 * disabling and re-enabling agents, ending an agent's sessions, the audit log, failed sign-ins, and the
 * clean-up of what has expired. Kept apart from store.ts so that the Store stays readable.
 */
import type { AgentRecord } from "./store.js";

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

export interface SessionRecord {
  agentId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end of the session. */
  expiresAt: Date;
}

export interface LoginFailureCounts {
  /** Failures for this username from this address. */
  pair: { count: number; lastAt: Date | null };
  /** Failures from this address, whatever the username. */
  address: { count: number; lastAt: Date | null };
}

export interface AccessStore {
  // Agents
  /** Every agent, by username. */
  listAgents(): Promise<AgentRecord[]>;
  /** Disables (a date) or re-enables (null) an agent; false when there is no such agent. */
  setAgentDisabled(agentId: string, disabledAt: Date | null): Promise<boolean>;

  // Sessions
  /** Writes that the session was used now (the idle timeout counts from it). */
  touchSession(tokenHash: string, now: Date): Promise<void>;
  /** Ends every session of an agent at once; returns how many there were. */
  deleteAgentSessions(agentId: string): Promise<number>;
  /** Deletes sessions past their absolute end, or unused since `idleSince`. */
  pruneSessions(now: Date, idleSince: Date): Promise<number>;
  /** Deletes setup tokens that have expired (used ones are deleted when used). */
  pruneSetupTokens(now: Date): Promise<number>;

  // Failed sign-ins (the progressive delay; see agents/login-throttle.ts, which passes the username hashed)
  recordLoginFailure(username: string, address: string, at: Date): Promise<void>;
  countLoginFailures(username: string, address: string, since: Date): Promise<LoginFailureCounts>;
  /** After a successful sign-in: this username's failures from this address are forgotten. */
  clearLoginFailures(username: string, address: string): Promise<void>;
  pruneLoginFailures(before: Date): Promise<number>;

  // The audit log
  recordAudit(entry: Omit<AuditEntry, "id">): Promise<void>;
  /** Newest first; `caseId` narrows to one case; `beforeId` pages back. */
  listAudit(query: { caseId?: string; beforeId?: number; limit: number }): Promise<AuditPage>;
  /** When this agent last did this to this case, if ever (to write "read" once in a while, not at every refresh). */
  lastAuditAt(caseId: string, agentId: string, action: AuditAction): Promise<Date | null>;
}
