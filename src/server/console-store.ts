/**
 * What the console's and the operators' routes need kept, declared here and implemented by the store
 * (the app hands the store over as this): the console accounts (agents/agent-store.ts), the audit log
 * as supervisors read it, the indicators' rows, the outboxes' state, and a round trip for readiness.
 * Cases, conversations and transcripts are not here: the console reads and changes them through the
 * core, like every agents' channel, so both always show the same state.
 */
import type { AgentAccounts } from "../agents/agent-store.js";
import type { AuditPage, AuditQuery } from "../records/agent-record.js";
import type { DeadLetter, OutboxStats } from "../records/outbox-record.js";
import type { IndicatorReader } from "./indicators.js";

export interface AuditReader {
  /** Newest first; `caseId` narrows to one case; `beforeId` pages back. */
  listAudit(query: AuditQuery): Promise<AuditPage>;
}

export interface DeliveryStatus {
  /** Outbox backlog per channel (resident channels and Slack). */
  outboxStats(): Promise<OutboxStats[]>;
  /** Messages given up on, in both outboxes, oldest first. */
  listDeadLetters(): Promise<DeadLetter[]>;
}

export interface ConsoleStore extends AgentAccounts, AuditReader, IndicatorReader, DeliveryStatus {
  /** A round trip to the database; throws when it does not answer. */
  ping(): Promise<void>;
}
