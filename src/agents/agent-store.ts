/**
 * What console accounts need kept: agents and their roles, sign-in sessions, one-time setup tokens and
 * failed sign-ins (the progressive delay). Declared here, beside the rules that use it (agent-session.ts,
 * login-throttle.ts, add-agent.ts…), and implemented by the store; the app hands the store over, so
 * neither this folder nor the console's routes depend on how or where it is kept.
 */
import type { AgentRecord, NewAgent } from "../records/agent-record.js";

export type { AgentRecord, NewAgent } from "../records/agent-record.js";

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

  // Failed sign-ins (the progressive delay; see login-throttle.ts, which passes the username hashed)
  recordLoginFailure(username: string, address: string, at: Date): Promise<void>;
  countLoginFailures(username: string, address: string, since: Date): Promise<LoginFailureCounts>;
  /** After a successful sign-in: this username's failures from this address are forgotten. */
  clearLoginFailures(username: string, address: string): Promise<void>;
  pruneLoginFailures(before: Date): Promise<number>;
}

/** The accounts, with transactions: disabling an agent ends their sessions at once, the first-start setup
 * consumes its token and creates the account together. */
export interface AgentAccounts extends AgentStore {
  /** Runs fn in one transaction; the accounts passed to fn must be used inside it. */
  transaction<T>(fn: (tx: AgentAccounts) => Promise<T>): Promise<T>;
}
