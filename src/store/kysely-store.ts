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
import { randomUUID } from "node:crypto";
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
import { generateCaseReference, normaliseCaseReference } from "./case-reference.js";
import {
  fromMs,
  toAgent,
  toCase,
  toCaseEvent,
  toConversation,
  toJob,
  toMs,
  toOutboxItem,
  toTranscriptMessage,
} from "./row-mappers.js";
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
import { listResidentRecords } from "./resident-records-queries.js";
import type { AuditAction, AuditEntry, AuditPage, LoginFailureCounts, SessionRecord } from "./access-store.js";
import * as audit from "./audit-queries.js";
import * as signIn from "./sign-in-queries.js";

/**
 * How long a claimed outbox item stays reserved for the worker that took it. A worker that dies while
 * sending leaves the item to be sent again after this (at-least-once delivery) — at once when the only
 * server of a SQLite file restarts (releaseOutboxLeases). Longer than a send may take (30 s timeout).
 */
export const OUTBOX_LEASE_MS = 45_000;

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

  async findOrCreateConversation(channel: ChannelName, externalId: string, now: Date): Promise<ConversationRecord> {
    const nowMs = toMs(now);
    // Two first messages of the same chat may race: the unique (channel, external_id) keeps one row.
    await this.db
      .insertInto("conversations")
      .values({
        id: randomUUID(),
        channel,
        external_id: externalId,
        locale: null,
        state: "null",
        channel_reference: null,
        unreachable: 0,
        created_at: nowMs,
        updated_at: nowMs,
        last_inbound_at: null,
      })
      .onConflict((oc) => oc.columns(["channel", "external_id"]).doNothing())
      .execute();
    const found = await this.findConversation(channel, externalId);
    if (!found) throw new Error(`Conversation ${channel}/${externalId} vanished right after creation`);
    return found;
  }

  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    const row = await this.db.selectFrom("conversations").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toConversation(row);
  }

  async findConversation(channel: ChannelName, externalId: string): Promise<ConversationRecord | undefined> {
    const row = await this.db
      .selectFrom("conversations")
      .selectAll()
      .where("channel", "=", channel)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    return row && toConversation(row);
  }

  async saveConversation(
    id: string,
    changes: Partial<Pick<ConversationRecord, "locale" | "state" | "channelReference" | "unreachable" | "lastInboundAt">>,
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable("conversations")
      .set({
        updated_at: toMs(now),
        ...(changes.locale !== undefined && { locale: changes.locale }),
        ...("state" in changes && { state: JSON.stringify(changes.state ?? null) }),
        ...(changes.channelReference !== undefined && {
          channel_reference: changes.channelReference === null ? null : JSON.stringify(changes.channelReference),
        }),
        ...(changes.unreachable !== undefined && { unreachable: changes.unreachable ? 1 : 0 }),
        ...(changes.lastInboundAt !== undefined && {
          last_inbound_at: changes.lastInboundAt === null ? null : toMs(changes.lastInboundAt),
        }),
      })
      .where("id", "=", id)
      .execute();
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

  async recordInbound(channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean> {
    const row = await this.db
      .insertInto("inbound_ids")
      .values({ channel, platform_message_id: platformMessageId, received_at: toMs(now) })
      .onConflict((oc) => oc.columns(["channel", "platform_message_id"]).doNothing())
      .returning("channel")
      .executeTakeFirst();
    return row !== undefined;
  }

  // ---------------------------------------------------------------- transcript

  async appendMessage(m: Omit<TranscriptMessage, "seq">): Promise<number> {
    const row = await this.db
      .insertInto("transcript")
      .values({
        conversation_id: m.conversationId,
        direction: m.direction,
        author: m.author,
        author_name: m.authorName,
        body: JSON.stringify(m.body),
        created_at: toMs(m.createdAt),
      })
      .returning("seq")
      .executeTakeFirstOrThrow();
    return Number(row.seq);
  }

  /** Oldest first; `limit` keeps the first messages after the cursor (afterSeq and/or since). */
  async listMessages(
    conversationId: string,
    options: { afterSeq?: number; since?: Date; limit?: number } = {},
  ): Promise<TranscriptMessage[]> {
    let query = this.db.selectFrom("transcript").selectAll().where("conversation_id", "=", conversationId);
    if (options.afterSeq !== undefined) query = query.where("seq", ">", options.afterSeq);
    if (options.since !== undefined) query = query.where("created_at", ">=", toMs(options.since));
    query = query.orderBy("seq", "asc");
    if (options.limit !== undefined) query = query.limit(options.limit);
    return (await query.execute()).map(toTranscriptMessage);
  }

  // ---------------------------------------------------------------- outbox

  async enqueueOutbox(item: {
    conversationId: string;
    channel: ChannelName;
    message: OutboxItem["message"];
    availableAt: Date;
  }): Promise<number> {
    const availableAt = toMs(item.availableAt);
    const row = await this.db
      .insertInto("outbox")
      .values({
        conversation_id: item.conversationId,
        channel: item.channel,
        message: JSON.stringify(item.message),
        attempts: 0,
        status: "pending",
        available_at: availableAt,
        lease_until: null,
        last_error: null,
        // The enqueue time is the best "now" we have without a clock argument.
        created_at: availableAt,
        sent_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  /**
   * Takes, for each conversation of the channel, its oldest pending item — only if that item is due and
   * not leased. A later item never overtakes an earlier one that waits for a retry.
   */
  async claimDueOutbox(channel: ChannelName, now: Date, limit: number): Promise<OutboxItem[]> {
    const nowMs = toMs(now);
    const heads = this.db
      .selectFrom("outbox")
      .select((eb) => eb.fn.min("id").as("head_id"))
      .where("channel", "=", channel)
      .where("status", "=", "pending")
      .groupBy("conversation_id");
    const due = this.db
      .selectFrom("outbox")
      .select("id")
      .where("id", "in", heads)
      .where("available_at", "<=", nowMs)
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
      .orderBy("id")
      .limit(limit)
      .$call((q) => (this.dialect === "postgres" ? q.forUpdate().skipLocked() : q));
    // The selection is a CTE so that PostgreSQL evaluates it exactly once: as a plain IN subquery it
    // may be re-run during the UPDATE and hand out more than `limit` rows.
    const rows = await this.db
      .with("due", () => due)
      .updateTable("outbox")
      .set({ lease_until: nowMs + OUTBOX_LEASE_MS })
      .where("id", "in", (eb) => eb.selectFrom("due").select("due.id"))
      // Re-checked against the row a concurrent worker may just have leased (see the file comment).
      .where("status", "=", "pending")
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
      .returningAll()
      .execute();
    return rows.map(toOutboxItem).sort((a, b) => a.id - b.id);
  }

  async markOutboxSent(id: number, now: Date): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set({ status: "sent", sent_at: toMs(now), lease_until: null })
      .where("id", "=", id)
      .execute();
  }

  async markOutboxRetry(id: number, availableAt: Date, error: string): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set((eb) => ({
        attempts: eb("attempts", "+", 1),
        available_at: toMs(availableAt),
        lease_until: null,
        last_error: error,
      }))
      .where("id", "=", id)
      .where("status", "=", "pending")
      .execute();
  }

  async markOutboxDead(id: number, error: string): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set((eb) => ({ status: "dead", attempts: eb("attempts", "+", 1), lease_until: null, last_error: error }))
      .where("id", "=", id)
      .where("status", "=", "pending")
      .execute();
  }

  async deadLetterConversation(conversationId: string, error: string): Promise<number> {
    const result = await this.db
      .updateTable("outbox")
      .set({ status: "dead", lease_until: null, last_error: error })
      .where("conversation_id", "=", conversationId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  // ---------------------------------------------------------------- cases

  async createCase(c: NewCase, now: Date): Promise<CaseRecord> {
    const nowMs = toMs(now);
    for (let attempt = 0; attempt < 20; attempt++) {
      const row = await this.db
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

  async getCase(id: string): Promise<CaseRecord | undefined> {
    const row = await this.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toCase(row);
  }

  /** Accepts what a person typed or dictated: "k7m 4px", "K7M4PX", "K7M-4PX". */
  async getCaseByReference(reference: string): Promise<CaseRecord | undefined> {
    const normalised = normaliseCaseReference(reference);
    if (normalised === null) return undefined;
    const row = await this.db.selectFrom("cases").selectAll().where("reference", "=", normalised).executeTakeFirst();
    return row && toCase(row);
  }

  async findActiveCase(conversationId: string): Promise<CaseRecord | undefined> {
    const row = await this.db
      .selectFrom("cases")
      .selectAll()
      .where("conversation_id", "=", conversationId)
      .where("status", "in", ["open", "claimed"])
      .orderBy("created_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row && toCase(row);
  }

  async listCases(filter: { status?: CaseStatus[] }): Promise<CaseRecord[]> {
    if (filter.status && filter.status.length === 0) return [];
    let query = this.db.selectFrom("cases").selectAll();
    if (filter.status) query = query.where("status", "in", filter.status);
    const rows = await query.orderBy(URGENCY_RANK).orderBy("created_at", "asc").orderBy("id").execute();
    return rows.map(toCase);
  }

  async updateCase(
    id: string,
    changes: Partial<
      Pick<CaseRecord, "status" | "assignedAgentId" | "outcome" | "claimedAt" | "closedAt" | "externalRefs" | "urgency">
    >,
  ): Promise<void> {
    const values = {
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.urgency !== undefined && { urgency: changes.urgency }),
      ...(changes.assignedAgentId !== undefined && { assigned_agent_id: changes.assignedAgentId }),
      ...(changes.outcome !== undefined && { outcome: changes.outcome }),
      ...(changes.claimedAt !== undefined && { claimed_at: changes.claimedAt === null ? null : toMs(changes.claimedAt) }),
      ...(changes.closedAt !== undefined && { closed_at: changes.closedAt === null ? null : toMs(changes.closedAt) }),
      ...(changes.externalRefs !== undefined && { external_refs: JSON.stringify(changes.externalRefs) }),
    };
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable("cases").set(values).where("id", "=", id).execute();
  }

  async addCaseEvent(e: Omit<CaseEvent, "id">): Promise<number> {
    const row = await this.db
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

  async listCaseEvents(caseId: string): Promise<CaseEvent[]> {
    const rows = await this.db.selectFrom("case_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute();
    return rows.map(toCaseEvent);
  }

  // ---------------------------------------------------------------- agents, sessions, setup tokens

  async createAgent(a: Omit<AgentRecord, "id" | "createdAt" | "disabledAt">, now: Date): Promise<AgentRecord> {
    const row = await this.db
      .insertInto("agents")
      .values({
        id: randomUUID(),
        username: a.username,
        display_name: a.displayName,
        password_hash: a.passwordHash,
        role: a.role,
        created_at: toMs(now),
        disabled_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAgent(row);
  }

  async getAgent(id: string): Promise<AgentRecord | undefined> {
    const row = await this.db.selectFrom("agents").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toAgent(row);
  }

  async findAgentByUsername(username: string): Promise<AgentRecord | undefined> {
    const row = await this.db.selectFrom("agents").selectAll().where("username", "=", username).executeTakeFirst();
    return row && toAgent(row);
  }

  async countAgents(): Promise<number> {
    const row = await this.db
      .selectFrom("agents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async createSession(tokenHash: string, agentId: string, expiresAt: Date, now: Date): Promise<void> {
    const nowMs = toMs(now);
    await this.db
      .insertInto("sessions")
      .values({ token_hash: tokenHash, agent_id: agentId, expires_at: toMs(expiresAt), created_at: nowMs, last_seen_at: nowMs })
      .execute();
  }

  async findSession(tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .select(["agent_id", "expires_at", "created_at", "last_seen_at"])
      .where("token_hash", "=", tokenHash)
      .where("expires_at", ">", toMs(now))
      .executeTakeFirst();
    return row && { agentId: row.agent_id, expiresAt: fromMs(row.expires_at), createdAt: fromMs(row.created_at), lastSeenAt: fromMs(row.last_seen_at) };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  }

  async setupTokenValidUntil(now: Date): Promise<Date | null> {
    const row = await this.db.selectFrom("setup_tokens").select(sql<number | null>`max(expires_at)`.as("until")).where("expires_at", ">", toMs(now)).executeTakeFirst();
    return row?.until == null ? null : fromMs(Number(row.until));
  }

  async createSetupToken(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.insertInto("setup_tokens").values({ token_hash: tokenHash, expires_at: toMs(expiresAt) }).execute();
  }

  async consumeSetupToken(tokenHash: string, now: Date): Promise<boolean> {
    // DELETE … RETURNING: of two concurrent uses, only one gets the row back.
    const row = await this.db
      .deleteFrom("setup_tokens")
      .where("token_hash", "=", tokenHash)
      .returning("expires_at")
      .executeTakeFirst();
    return row !== undefined && Number(row.expires_at) > toMs(now);
  }

  // ---------------------------------------------------------------- consents

  async recordConsent(conversationId: string, purpose: string, now: Date): Promise<void> {
    const nowMs = toMs(now);
    await this.db
      .insertInto("consents")
      .values({ conversation_id: conversationId, purpose, given_at: nowMs, withdrawn_at: null })
      .onConflict((oc) => oc.columns(["conversation_id", "purpose"]).doUpdateSet({ given_at: nowMs, withdrawn_at: null }))
      .execute();
  }

  async withdrawConsent(conversationId: string, purpose: string, now: Date): Promise<void> {
    await this.db
      .updateTable("consents")
      .set({ withdrawn_at: toMs(now) })
      .where("conversation_id", "=", conversationId)
      .where("purpose", "=", purpose)
      .where("withdrawn_at", "is", null)
      .execute();
  }

  // ---------------------------------------------------------------- durable jobs

  async scheduleJob(job: { kind: string; dedupeKey: string; payload: Record<string, unknown>; runAt: Date }): Promise<boolean> {
    const runAt = toMs(job.runAt);
    const row = await this.db
      .insertInto("jobs")
      .values({
        kind: job.kind,
        dedupe_key: job.dedupeKey,
        payload: JSON.stringify(job.payload),
        run_at: runAt,
        status: "pending",
        attempts: 0,
        lease_until: null,
        last_error: null,
        // No clock argument here; the first planned run time stands in for the creation time.
        created_at: runAt,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .returning("id")
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Due pending jobs, and running jobs whose lease ran out (their sweeper died); attempts counts claims. */
  async claimDueJobs(now: Date, limit: number, leaseMs: number): Promise<JobRecord[]> {
    const nowMs = toMs(now);
    const claimable = this.db
      .selectFrom("jobs")
      .select("id")
      .where((eb) =>
        eb.or([
          eb.and([eb("status", "=", "pending"), eb("run_at", "<=", nowMs)]),
          eb.and([eb("status", "=", "running"), eb("lease_until", "<=", nowMs)]),
        ]),
      )
      .orderBy("run_at")
      .orderBy("id")
      .limit(limit)
      .$call((q) => (this.dialect === "postgres" ? q.forUpdate().skipLocked() : q));
    const rows = await this.db
      .with("claimable", () => claimable) // evaluated once, see claimDueOutbox
      .updateTable("jobs")
      .set((eb) => ({ status: "running", lease_until: nowMs + leaseMs, attempts: eb("attempts", "+", 1) }))
      .where("id", "in", (eb) => eb.selectFrom("claimable").select("claimable.id"))
      .where((eb) =>
        eb.or([
          eb.and([eb("status", "=", "pending"), eb("run_at", "<=", nowMs)]),
          eb.and([eb("status", "=", "running"), eb("lease_until", "<=", nowMs)]),
        ]),
      )
      .returningAll()
      .execute();
    return rows.map(toJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
  }

  async completeJob(id: number): Promise<void> {
    await this.db.updateTable("jobs").set({ status: "done", lease_until: null }).where("id", "=", id).execute();
  }

  async failJob(id: number, retryAt: Date | null, error: string): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set(
        retryAt === null
          ? { status: "failed", lease_until: null, last_error: error }
          : { status: "pending", run_at: toMs(retryAt), lease_until: null, last_error: error },
      )
      .where("id", "=", id)
      .execute();
  }

  async cancelJobs(dedupeKeyPrefix: string): Promise<number> {
    // substr rather than LIKE: no wildcard escaping, and LIKE is case-insensitive on SQLite only.
    const length = [...dedupeKeyPrefix].length;
    const result = await this.db
      .updateTable("jobs")
      .set({ status: "cancelled", lease_until: null })
      .where("status", "=", "pending")
      .where(sql<string>`substr(dedupe_key, 1, cast(${length} as integer))`, "=", dedupeKeyPrefix)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
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
