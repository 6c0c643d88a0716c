/**
 * The Store, written once with Kysely for SQLite and PostgreSQL (same queries; see database.ts for the
 * storage conventions and open-store.ts for connections and migrations).
 *
 * Concurrency rests on the database, not on this process:
 * - unique constraints deduplicate (inbound ids, job dedupe keys, case references) with
 *   INSERT … ON CONFLICT DO NOTHING RETURNING, which never aborts a PostgreSQL transaction;
 * - outbox items and jobs are leased with one UPDATE … WHERE id IN (<free rows> LIMIT n) AND <still free>
 *   RETURNING. On PostgreSQL the inner select takes FOR UPDATE SKIP LOCKED, so concurrent workers pass
 *   over each other's rows instead of all picking the same first n, and the outer WHERE is re-checked on
 *   the latest row version, so a row is never leased twice; on SQLite writers are serialised by the
 *   database lock (and FOR UPDATE does not exist).
 */
import { sql, type Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type {
  AgentRecord,
  CaseEvent,
  CaseRecord,
  CaseStatus,
  ConversationRecord,
  JobRecord,
  NewCase,
  OutboxItem,
  OutboxStats,
  DeadLetter,
  InboxItem,
  NewInboxItem,
  Store,
  TranscriptMessage,
} from "./store.js";
import type { Database, SqlDialectName } from "./database.js";
import { toMs } from "./row-mappers.js";
import { eraseConversationRows, purgeClosedCaseRows, purgeInactiveConversationRows } from "./retention-queries.js";
import type {
  ResidentRecords,
  ExternalThread,
  NewSlackOutboxItem,
  NewVolunteerQuestion,
  SlackOutboxItem,
  VolunteerQuestion,
} from "./store.js";
import * as extra from "./volunteer-slack-queries.js";
import * as ops from "./operations-queries.js";
import * as inbox from "./inbox-queries.js";
import * as conversation_queries from "./conversation-queries.js";
import * as outbox_queries from "./outbox-queries.js";
import * as case_queries from "./case-queries.js";
import * as agent_queries from "./agent-queries.js";
import * as job_queries from "./job-queries.js";
import { listResidentRecords } from "./resident-records-queries.js";
import type { AuditAction, AuditEntry, AuditPage, LoginFailureCounts, SessionRecord } from "./access-store.js";
import * as audit from "./audit-queries.js";
import * as signIn from "./sign-in-queries.js";
import * as indicators from "./indicator-queries.js";
import type { CaseActivity, CaseTimings, NewTurnStat, NewUnansweredQuestion, TurnStatCount, UnansweredQuestion } from "./store.js";

export { OUTBOX_LEASE_MS } from "./outbox-queries.js";

const URGENCY_RANK = sql<number>`case urgency when 'urgent' then 0 when 'high' then 1 else 2 end`;

export class KyselyStore implements Store {
  /**
   * @param db the Kysely instance, or a transaction of it (then `transaction()` reuses it).
   * @param onClose releases what the opener acquired (connections, the SQLite instance lock).
   */
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: SqlDialectName,
    private readonly onClose: () => Promise<void> = async () => {},
    /** This process holds the SQLite file's instance lock (see instance-lock.ts). */
    readonly exclusive = false,
  ) {}

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((trx) => fn(new KyselyStore(trx, this.dialect, async () => {}, this.exclusive)));
  }

  /** Runs several statements atomically, joining the current transaction when there is one. */
  private inTransaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this.db);
    return this.db.transaction().execute((trx) => fn(trx));
  }

  async close(): Promise<void> {
    if (this.db.isTransaction) throw new Error("close() called on a transaction store");
    await this.onClose();
  }

  ping(): Promise<void> {
    return ops.ping(this.db);
  }

  lockConversation(key: string): Promise<void> {
    return ops.lockConversation(this.db, this.dialect, key);
  }

  outboxStats(): Promise<OutboxStats[]> {
    return ops.outboxStats(this.db);
  }

  releaseOutboxLeases(): Promise<number> {
    return ops.releaseOutboxLeases(this.db);
  }

  listDeadLetters(): Promise<DeadLetter[]> {
    return ops.listDeadLetters(this.db);
  }

  retryDeadLetters(now: Date, which: { queue: "resident" | "slack"; id: number }[] | "all"): Promise<number> {
    return ops.retryDeadLetters(this.db, now, which);
  }

  admitInbound(item: NewInboxItem): Promise<boolean> {
    return inbox.admitInbound(this.db, item);
  }

  claimStaleInbox(channel: string, now: Date, limit: number, leaseMs: number, options: { orphans?: boolean } = {}): Promise<InboxItem[]> {
    return inbox.claimStaleInbox(this.db, this.dialect, channel, now, limit, leaseMs, options.orphans ?? false);
  }

  finishInbound(channel: string, dedupeKey: string, outcome: { done: true; now: Date } | { done: false; error: string }): Promise<void> {
    return inbox.finishInbound(this.db, channel, dedupeKey, outcome);
  }

  dropInbound(channel: string, dedupeKey: string): Promise<void> {
    return inbox.dropInbound(this.db, channel, dedupeKey);
  }

  pruneInbox(before: Date): Promise<number> {
    return inbox.pruneInbox(this.db, before);
  }

  inboxBacklog(): Promise<{ channel: string; pending: number; dead: number }[]> {
    return inbox.inboxBacklog(this.db);
  }

  // ---------------------------------------------------------------- conversations

  findOrCreateConversation(channel: ChannelName, externalId: string, now: Date): Promise<ConversationRecord> {
    return conversation_queries.findOrCreateConversation(this.db, channel, externalId, now);
  }

  getConversation(id: string): Promise<ConversationRecord | undefined> {
    return conversation_queries.getConversation(this.db, id);
  }

  findConversation(channel: ChannelName, externalId: string): Promise<ConversationRecord | undefined> {
    return conversation_queries.findConversation(this.db, channel, externalId);
  }

  saveConversation(
    id: string,
    changes: Partial<Pick<ConversationRecord, "locale" | "state" | "channelReference" | "unreachable" | "lastInboundAt">>,
    now: Date,
  ): Promise<void> {
    return conversation_queries.saveConversation(this.db, id, changes, now);
  }

  async eraseConversation(id: string, now: Date): Promise<void> {
    await this.inTransaction((db) => eraseConversationRows(db, id, toMs(now)));
  }

  listResidentRecords(conversationId: string): Promise<ResidentRecords> {
    return listResidentRecords(this.db, conversationId);
  }

  async flushErasures(): Promise<void> {
    if (this.db.isTransaction) throw new Error("flushErasures() must run after the erasure's transaction has committed");
    // The WAL holds the erased pages' earlier images until a checkpoint copies them back and it restarts;
    // TRUNCATE empties the file. PostgreSQL keeps dead row versions until (auto)vacuum: see README.
    if (this.dialect === "sqlite") await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(this.db);
  }

  // ---------------------------------------------------------------- inbound dedupe

  recordInbound(channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean> {
    return conversation_queries.recordInbound(this.db, channel, platformMessageId, now);
  }

  // ---------------------------------------------------------------- transcript

  appendMessage(m: Omit<TranscriptMessage, "seq">): Promise<number> {
    return conversation_queries.appendMessage(this.db, m);
  }

  /** Oldest first; `limit` keeps the first messages after the cursor (afterSeq and/or since). */
  listMessages(
    conversationId: string,
    options: { afterSeq?: number; since?: Date; limit?: number } = {},
  ): Promise<TranscriptMessage[]> {
    return conversation_queries.listMessages(this.db, conversationId, options);
  }

  // ---------------------------------------------------------------- outbox

  enqueueOutbox(item: {
    conversationId: string;
    channel: ChannelName;
    message: OutboxItem["message"];
    availableAt: Date;
  }): Promise<number> {
    return outbox_queries.enqueueOutbox(this.db, item);
  }

  /**
   * Takes, for each conversation of the channel, its oldest pending item — only if that item is due and
   * not leased. A later item never overtakes an earlier one that waits for a retry.
   */
  claimDueOutbox(channel: ChannelName, now: Date, limit: number): Promise<OutboxItem[]> {
    return outbox_queries.claimDueOutbox(this.db, this.dialect, channel, now, limit);
  }

  markOutboxSent(id: number, now: Date): Promise<void> {
    return outbox_queries.markOutboxSent(this.db, id, now);
  }

  markOutboxRetry(id: number, availableAt: Date, error: string): Promise<void> {
    return outbox_queries.markOutboxRetry(this.db, id, availableAt, error);
  }

  markOutboxDead(id: number, error: string): Promise<void> {
    return outbox_queries.markOutboxDead(this.db, id, error);
  }

  deadLetterConversation(conversationId: string, error: string): Promise<number> {
    return outbox_queries.deadLetterConversation(this.db, conversationId, error);
  }

  // ---------------------------------------------------------------- cases

  createCase(c: NewCase, now: Date): Promise<CaseRecord> {
    return case_queries.createCase(this.db, c, now);
  }

  getCase(id: string): Promise<CaseRecord | undefined> {
    return case_queries.getCase(this.db, id);
  }

  /** Accepts what a person typed or dictated: "k7m 4px", "K7M4PX", "K7M-4PX". */
  getCaseByReference(reference: string): Promise<CaseRecord | undefined> {
    return case_queries.getCaseByReference(this.db, reference);
  }

  findActiveCase(conversationId: string): Promise<CaseRecord | undefined> {
    return case_queries.findActiveCase(this.db, conversationId);
  }

  listCases(filter: { status?: CaseStatus[] }): Promise<CaseRecord[]> {
    return case_queries.listCases(this.db, filter);
  }

  updateCase(
    id: string,
    changes: Partial<
      Pick<CaseRecord, "status" | "assignedAgentId" | "outcome" | "claimedAt" | "closedAt" | "externalRefs" | "urgency" | "crisis">
    >,
  ): Promise<void> {
    return case_queries.updateCase(this.db, id, changes);
  }

  addCaseEvent(e: Omit<CaseEvent, "id">): Promise<number> {
    return case_queries.addCaseEvent(this.db, e);
  }

  listCaseEvents(caseId: string): Promise<CaseEvent[]> {
    return case_queries.listCaseEvents(this.db, caseId);
  }

  markCaseRead(caseId: string, agentId: string, now: Date): Promise<Date | null> {
    return this.inTransaction((db) => indicators.markCaseRead(db, caseId, agentId, now));
  }

  caseActivity(caseIds: readonly string[], agentId: string): Promise<Map<string, CaseActivity>> {
    return indicators.selectCaseActivity(this.db, caseIds, agentId);
  }

  recordTurnStat(stat: NewTurnStat): Promise<void> {
    return indicators.insertTurnStat(this.db, stat);
  }

  recordUnansweredQuestion(q: NewUnansweredQuestion): Promise<void> {
    return this.inTransaction((db) => indicators.insertUnansweredQuestion(db, q));
  }

  turnStatCounts(from: Date, to: Date): Promise<TurnStatCount[]> {
    return indicators.selectTurnStatCounts(this.db, toMs(from), toMs(to));
  }

  listUnansweredQuestions(from: Date, to: Date): Promise<UnansweredQuestion[]> {
    return indicators.selectUnansweredQuestions(this.db, toMs(from), toMs(to));
  }

  caseTimings(from: Date, to: Date): Promise<CaseTimings[]> {
    return indicators.selectCaseTimings(this.db, toMs(from), toMs(to));
  }

  purgeTurnStats(before: Date): Promise<number> {
    return indicators.purgeTurnStats(this.db, toMs(before));
  }

  purgeUnansweredQuestions(before: Date): Promise<number> {
    return indicators.purgeUnansweredQuestions(this.db, toMs(before));
  }

  // ---------------------------------------------------------------- agents, sessions, setup tokens

  createAgent(a: Omit<AgentRecord, "id" | "createdAt" | "disabledAt">, now: Date): Promise<AgentRecord> {
    return agent_queries.createAgent(this.db, a, now);
  }

  getAgent(id: string): Promise<AgentRecord | undefined> {
    return agent_queries.getAgent(this.db, id);
  }

  findAgentByUsername(username: string): Promise<AgentRecord | undefined> {
    return agent_queries.findAgentByUsername(this.db, username);
  }

  countAgents(): Promise<number> {
    return agent_queries.countAgents(this.db);
  }

  createSession(tokenHash: string, agentId: string, expiresAt: Date, now: Date): Promise<void> {
    return agent_queries.createSession(this.db, tokenHash, agentId, expiresAt, now);
  }

  findSession(tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
    return agent_queries.findSession(this.db, tokenHash, now);
  }

  deleteSession(tokenHash: string): Promise<void> {
    return agent_queries.deleteSession(this.db, tokenHash);
  }

  setupTokenValidUntil(now: Date): Promise<Date | null> {
    return agent_queries.setupTokenValidUntil(this.db, now);
  }

  createSetupToken(tokenHash: string, expiresAt: Date): Promise<void> {
    return agent_queries.createSetupToken(this.db, tokenHash, expiresAt);
  }

  consumeSetupToken(tokenHash: string, now: Date): Promise<boolean> {
    return agent_queries.consumeSetupToken(this.db, tokenHash, now);
  }

  // ---------------------------------------------------------------- consents

  recordConsent(conversationId: string, purpose: string, now: Date): Promise<void> {
    return agent_queries.recordConsent(this.db, conversationId, purpose, now);
  }

  withdrawConsent(conversationId: string, purpose: string, now: Date): Promise<void> {
    return agent_queries.withdrawConsent(this.db, conversationId, purpose, now);
  }

  // ---------------------------------------------------------------- durable jobs

  scheduleJob(job: { kind: string; dedupeKey: string; payload: Record<string, unknown>; runAt: Date }): Promise<boolean> {
    return job_queries.scheduleJob(this.db, job);
  }

  /** Due pending jobs, and running jobs whose lease ran out (their sweeper died); attempts counts claims. */
  claimDueJobs(now: Date, limit: number, leaseMs: number): Promise<JobRecord[]> {
    return job_queries.claimDueJobs(this.db, this.dialect, now, limit, leaseMs);
  }

  completeJob(id: number): Promise<void> {
    return job_queries.completeJob(this.db, id);
  }

  failJob(id: number, retryAt: Date | null, error: string): Promise<void> {
    return job_queries.failJob(this.db, id, retryAt, error);
  }

  cancelJobs(dedupeKeyPrefix: string): Promise<number> {
    return job_queries.cancelJobs(this.db, dedupeKeyPrefix);
  }

  // ---------------------------------------------------------------- volunteers and Slack (volunteer-slack-queries.ts)

  createVolunteerQuestion(q: NewVolunteerQuestion, now: Date): Promise<VolunteerQuestion | undefined> {
    return extra.insertVolunteerQuestion(this.db, q, now);
  }
  getVolunteerQuestion(id: string): Promise<VolunteerQuestion | undefined> {
    return extra.selectVolunteerQuestion(this.db, id);
  }
  updateVolunteerQuestion(id: string, changes: Parameters<Store["updateVolunteerQuestion"]>[1]): Promise<void> {
    return extra.updateVolunteerQuestionRow(this.db, id, changes);
  }
  linkExternalThread(thread: ExternalThread): Promise<void> {
    return extra.insertExternalThread(this.db, thread);
  }
  findExternalThread(platform: string, channel: string, threadId: string): Promise<ExternalThread | undefined> {
    return extra.selectExternalThread(this.db, platform, channel, threadId);
  }
  enqueueSlackOutbox(item: NewSlackOutboxItem): Promise<number | undefined> {
    return extra.insertSlackOutbox(this.db, item);
  }
  claimDueSlackOutbox(now: Date, limit: number, leaseMs: number): Promise<SlackOutboxItem[]> {
    return extra.claimSlackOutbox(this.db, this.dialect, now, limit, leaseMs);
  }
  markSlackOutboxSent(id: number, now: Date, nextInChannelAt: Date): Promise<void> {
    return this.inTransaction((db) => extra.markSlackSent(db, id, now, nextInChannelAt));
  }
  markSlackOutboxRetry(id: number, availableAt: Date, error: string): Promise<void> {
    return extra.markSlackRetry(this.db, id, availableAt, error);
  }
  markSlackOutboxDead(id: number, error: string): Promise<void> {
    return extra.markSlackDead(this.db, id, error);
  }
  pruneSlackOutbox(before: Date): Promise<number> {
    return extra.pruneSlackRows(this.db, before);
  }
  forgetInbound(channel: ChannelName, platformMessageId: string): Promise<void> {
    return extra.deleteInboundId(this.db, channel, platformMessageId);
  }

  // ---------------------------------------------------------------- retention

  async purgeInactiveConversations(before: Date): Promise<number> {
    return this.inTransaction((db) => purgeInactiveConversationRows(db, toMs(before)));
  }

  async purgeClosedCases(before: Date): Promise<number> {
    return this.inTransaction((db) => purgeClosedCaseRows(db, toMs(before)));
  }

  async pruneInboundIds(before: Date): Promise<number> {
    const result = await this.db.deleteFrom("inbound_ids").where("received_at", "<", toMs(before)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  // ---------------------------------------------------------------- roles, audit, sign-in (access-store.ts)

  listAgents(): Promise<AgentRecord[]> {
    return signIn.selectAgents(this.db);
  }
  setAgentDisabled(agentId: string, disabledAt: Date | null): Promise<boolean> {
    return signIn.updateAgentDisabled(this.db, agentId, disabledAt);
  }
  touchSession(tokenHash: string, now: Date): Promise<void> {
    return signIn.updateSessionSeen(this.db, tokenHash, now);
  }
  deleteAgentSessions(agentId: string): Promise<number> {
    return signIn.deleteSessionsOf(this.db, agentId);
  }
  pruneSessions(now: Date, idleSince: Date): Promise<number> {
    return signIn.deleteExpiredSessions(this.db, now, idleSince);
  }
  pruneSetupTokens(now: Date): Promise<number> {
    return signIn.deleteExpiredSetupTokens(this.db, now);
  }
  recordLoginFailure(username: string, address: string, at: Date): Promise<void> {
    return signIn.insertLoginFailure(this.db, username, address, at);
  }
  countLoginFailures(username: string, address: string, since: Date): Promise<LoginFailureCounts> {
    return signIn.countFailures(this.db, username, address, since);
  }
  clearLoginFailures(username: string, address: string): Promise<void> {
    return signIn.deleteFailuresOf(this.db, username, address);
  }
  pruneLoginFailures(before: Date): Promise<number> {
    return signIn.deleteFailuresBefore(this.db, before);
  }
  recordAudit(entry: Omit<AuditEntry, "id">): Promise<void> {
    return audit.insertAudit(this.db, entry);
  }
  listAudit(query: { caseId?: string; beforeId?: number; limit: number }): Promise<AuditPage> {
    return audit.selectAudit(this.db, query);
  }
  lastAuditAt(caseId: string, agentId: string, action: AuditAction): Promise<Date | null> {
    return audit.selectLastAuditAt(this.db, caseId, agentId, action);
  }
}
