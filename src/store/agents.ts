/**
 * The agents aggregate: console accounts and their roles, sessions and one-time setup tokens, failed
 * sign-ins (the progressive delay), and the audit log of what agents did to cases (migration 0005).
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

export interface AgentStore {
  // Agents
  createAgent(a: NewAgent, now: Date): Promise<AgentRecord>;
  getAgent(id: string): Promise<AgentRecord | undefined>;
  findAgentByUsername(username: string): Promise<AgentRecord | undefined>;
  countAgents(): Promise<number>;
  /** Every agent, by username. */
  listAgents(): Promise<AgentRecord[]>;
  /** Disables (a date) or re-enables (null) an agent; false when there is no such agent. */
  setAgentDisabled(agentId: string, disabledAt: Date | null): Promise<boolean>;

  // Sessions
  createSession(tokenHash: string, agentId: string, expiresAt: Date, now: Date): Promise<void>;
  /** The session until its absolute end; the idle timeout is the caller's to apply (lastSeenAt). */
  findSession(tokenHash: string, now: Date): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Writes that the session was used now (the idle timeout counts from it). */
  touchSession(tokenHash: string, now: Date): Promise<void>;
  /** Ends every session of an agent at once; returns how many there were. */
  deleteAgentSessions(agentId: string): Promise<number>;
  /** Deletes sessions past their absolute end, or unused since `idleSince`. */
  pruneSessions(now: Date, idleSince: Date): Promise<number>;

  // Setup tokens (the one-time link that creates a supervisor account)
  createSetupToken(tokenHash: string, expiresAt: Date): Promise<void>;
  /** When the latest still-valid setup token expires; null when none is valid. */
  setupTokenValidUntil(now: Date): Promise<Date | null>;
  /** True once: the token is deleted when consumed. */
  consumeSetupToken(tokenHash: string, now: Date): Promise<boolean>;
  /** Deletes setup tokens that have expired (used ones are deleted when used). */
  pruneSetupTokens(now: Date): Promise<number>;

  // Failed sign-ins (the progressive delay; see agents/login-throttle.ts, which passes the username hashed)
  recordLoginFailure(username: string, address: string, at: Date): Promise<void>;
  countLoginFailures(username: string, address: string, since: Date): Promise<LoginFailureCounts>;
  /** After a successful sign-in: this username's failures from this address are forgotten. */
  clearLoginFailures(username: string, address: string): Promise<void>;
  pruneLoginFailures(before: Date): Promise<number>;
}

export interface AuditStore {
  recordAudit(entry: Omit<AuditEntry, "id">): Promise<void>;
  /** Newest first; `caseId` narrows to one case; `beforeId` pages back. */
  listAudit(query: AuditQuery): Promise<AuditPage>;
  /** When this agent last did this to this case, if ever (to write "read" once in a while, not at every refresh). */
  lastAuditAt(caseId: string, agentId: string, action: AuditAction): Promise<Date | null>;
}
