/**
 * The store: everything that must survive a restart is a row here — conversations and their dialogue
 * state, the transcript, inbound ids already handled, the outbox, cases, agents, consents and timers.
 *
 * One implementation (Kysely) serves SQLite (the embedded default) and PostgreSQL; the interface keeps
 * the core free of SQL and lets tests run the same contract suite against both.
 * All methods are async even on SQLite so that PostgreSQL fits the same shape.
 */
import type { Author, ChannelName, OutboundReply } from "../core/messages.js";
import type { AccessStore, SessionRecord } from "./access-store.js";

export type Urgency = "urgent" | "high" | "normal";
export type CaseStatus = "open" | "claimed" | "closed" | "cancelled";
export type CaseOutcome = "resolved" | "appointment" | "redirected" | "no-answer" | "not-needed" | "other";

export interface ConversationRecord {
  id: string;
  channel: ChannelName;
  /** Channel address (Telegram chat id, web session id…); unique with channel. */
  externalId: string;
  /** Language the bot speaks in this conversation (ISO 639-1), null until known. */
  locale: string | null;
  /** Dialogue state, JSON; parsed and validated by the core (see core/dialogue-state.ts). */
  state: unknown;
  /** Channel data for proactive messages (Telegram chat id, Teams service URL…). */
  channelReference: Record<string, string | number> | null;
  /** A resident who blocked the bot (Telegram 403): nothing is sent until they write again. */
  unreachable: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastInboundAt: Date | null;
}

export interface TranscriptMessage {
  /** Monotonic per store: the web push channel resumes from the last id a page saw. */
  seq: number;
  conversationId: string;
  direction: "in" | "out";
  /** Resident for "in"; bot, agent or volunteer for "out". */
  author: "resident" | Author;
  authorName: string | null;
  /** Inbound: { text, payload? }. Outbound: { replies: OutboundReply[] }. */
  body: InboundBody | OutboundBody;
  createdAt: Date;
}

export interface InboundBody {
  text: string;
  payload?: string;
}
export interface OutboundBody {
  replies: OutboundReply[];
}

export interface NewInboxItem {
  channel: string;
  /** The platform's id for this delivery (Telegram update_id, Slack event_id). */
  dedupeKey: string;
  /** The chat it belongs to: updates of one conversation are handled in order. */
  conversationKey: string;
  payload: unknown;
  receivedAt: Date;
  /** The receiving instance handles it until then; after, another may take it up. */
  leaseUntil: Date;
}

export interface InboxItem {
  id: number;
  channel: string;
  dedupeKey: string;
  conversationKey: string;
  payload: unknown;
  attempts: number;
  receivedAt: Date;
}

export interface DeadLetter {
  /** Which outbox: a resident's messages, or the agents' and volunteers' Slack calls. */
  queue: "resident" | "slack";
  id: number;
  channel: string;
  /** The conversation id (resident) or the Slack channel id (slack). */
  target: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

export interface OutboxStats {
  channel: string;
  pending: number;
  dead: number;
  /** When the oldest pending message was queued; null when none is pending. */
  oldestPendingAt: Date | null;
}

export interface OutboxItem {
  id: number;
  conversationId: string;
  channel: ChannelName;
  /** What to send; channel senders render it. */
  message: { author: Author; authorName?: string; replies: OutboundReply[] };
  attempts: number;
  status: "pending" | "sent" | "dead";
  availableAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export interface CaseRecord {
  id: string;
  /** Short code given to the resident ("A7K-3QX"), unique. */
  reference: string;
  conversationId: string;
  status: CaseStatus;
  urgency: Urgency;
  level: number;
  entryId: string | null;
  /** Crisis category when the case was opened from a crisis. */
  crisis: string | null;
  summary: string;
  /** Minimum contact data, chosen by the resident: "this-chat", "phone", "email", "desk". */
  contactMethod: string;
  /** Phone or e-mail when the resident chose one; null otherwise. */
  contactValue: string | null;
  contactTime: string | null;
  description: string;
  language: string;
  consentAt: Date;
  assignedAgentId: string | null;
  outcome: CaseOutcome | null;
  createdAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  /** Where the case is mirrored (e.g. Slack channel + message ts), JSON. */
  externalRefs: Record<string, string>;
  /** When the resident's erasure or the retention purge replaced its personal data; null while intact. */
  anonymisedAt: Date | null;
}

export interface NewCase {
  conversationId: string;
  urgency: Urgency;
  level: number;
  entryId: string | null;
  crisis: string | null;
  summary: string;
  contactMethod: string;
  contactValue: string | null;
  contactTime: string | null;
  description: string;
  language: string;
  consentAt: Date;
}

/** "crisis": a crisis message reached an open or held case (text: the category). */
export type CaseEventKind = "resident-message" | "agent-message" | "volunteer-message" | "note" | "status" | "crisis";

// ---------------------------------------------------------------- indicators (migration 0006)

/** One resident turn, without personal data (no conversation, no text). */
export interface NewTurnStat {
  at: Date;
  channel: string;
  language: string;
  level: number | null;
  entryId: string | null;
  theme: string | null;
  crisis: string | null;
  understood: boolean;
}

export interface TurnStatCount {
  /** Monday 00:00 UTC of the week. */
  weekStart: Date;
  level: number | null;
  theme: string | null;
  crisis: string | null;
  understood: boolean;
  count: number;
}

export interface UnansweredQuestion {
  at: Date;
  language: string;
  /** Redacted. */
  text: string;
}

export interface NewUnansweredQuestion extends UnansweredQuestion {
  /** Kept so that erasing or purging the conversation deletes the question too. */
  conversationId?: string | null;
}

export interface CaseTimings {
  createdAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  firstAnswerAt: Date | null;
}

/** What reached a case since one agent last opened it. */
export interface CaseActivity {
  lastReadAt: Date | null;
  newMessages: number;
  crisisSinceRead: { category: string; at: Date } | null;
}

export interface CaseEvent {
  id: number;
  caseId: string;
  kind: CaseEventKind;
  /** Agent id for agent messages, notes and status changes made by an agent. */
  agentId: string | null;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

export interface AgentRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: "agent" | "supervisor";
  createdAt: Date;
  disabledAt: Date | null;
}

export interface JobRecord {
  id: number;
  kind: string;
  /** Unique: scheduling the same key twice is a no-op (reminders fire once per case and threshold). */
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: Date;
  status: "pending" | "running" | "done" | "cancelled" | "failed";
  attempts: number;
  leaseUntil: Date | null;
  lastError: string | null;
}

/** Roles, the audit log and sign-in hygiene are declared in access-store.ts. */
export interface Store extends AccessStore {
  /** Runs fn in one transaction; the store passed to fn must be used inside it. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** A round trip to the database; throws when it does not answer. */
  ping(): Promise<void>;
  /** Inside a transaction: waits until no other process holds this conversation, and holds it until the
   * transaction ends (PostgreSQL advisory lock; nothing to do with one SQLite instance). */
  lockConversation(key: string): Promise<void>;
  /** Outbox backlog per channel (resident channels and Slack), for readiness and metrics. */
  outboxStats(): Promise<OutboxStats[]>;
  /** Frees every outbox lease; for the start of the only server of a database (its holders are dead). */
  releaseOutboxLeases(): Promise<number>;
  /** Messages given up on, in both outboxes, oldest first. */
  listDeadLetters(): Promise<DeadLetter[]>;
  /** Puts dead letters (those given, or all) back in line, due now; returns how many. */
  retryDeadLetters(now: Date, which: { queue: "resident" | "slack"; id: number }[] | "all"): Promise<number>;

  // Inbox: platform updates written down before they are acknowledged
  /** False when this update was already admitted (a redelivery): nothing is written. */
  admitInbound(item: NewInboxItem): Promise<boolean>;
  /**
   * Pending updates whose lease ran out (their instance died), leased anew for leaseMs, oldest first.
   * `orphans`: every pending update, leased or not — right only for the one server of a SQLite file at its
   * start (whoever leased them is dead).
   */
  claimStaleInbox(channel: string, now: Date, limit: number, leaseMs: number, options?: { orphans?: boolean }): Promise<InboxItem[]>;
  /** True when no other server can use this database at the same time (the SQLite file's lock is ours). */
  readonly exclusive: boolean;
  finishInbound(channel: string, dedupeKey: string, outcome: { done: true; now: Date } | { done: false; error: string }): Promise<void>;
  pruneInbox(before: Date): Promise<number>;
  /** Removes an admitted update whose handling failed, so that the platform's retry is admitted anew. */
  dropInbound(channel: string, dedupeKey: string): Promise<void>;
  inboxBacklog(): Promise<{ channel: string; pending: number; dead: number }[]>;

  // Conversations
  findOrCreateConversation(channel: ChannelName, externalId: string, now: Date): Promise<ConversationRecord>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  findConversation(channel: ChannelName, externalId: string): Promise<ConversationRecord | undefined>;
  saveConversation(
    id: string,
    changes: Partial<Pick<ConversationRecord, "locale" | "state" | "channelReference" | "unreachable" | "lastInboundAt">>,
    now: Date,
  ): Promise<void>;
  /**
   * Right to erasure: removes the conversation, its transcript, outbox, consents, pending platform updates
   * and volunteers' questions; anonymises its cases (contact time, notes and thread lines included); queues
   * the removal of what the bot posted about them on Slack (a job row, same transaction).
   */
  eraseConversation(id: string, now: Date): Promise<void>;
  /**
   * After an erasure or a purge has committed: make the erased bytes leave the files (SQLite: secure_delete
   * is on, and the write-ahead log is checkpointed and truncated). Outside any transaction.
   */
  flushErasures(): Promise<void>;
  /** What is held about a conversation besides its transcript (right of access). */
  listResidentRecords(conversationId: string): Promise<ResidentRecords>;

  // Inbound deduplication: true the first time a (channel, platform id) is seen, false afterwards.
  recordInbound(channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean>;

  // Transcript
  appendMessage(m: Omit<TranscriptMessage, "seq">): Promise<number>;
  listMessages(conversationId: string, options?: { afterSeq?: number; since?: Date; limit?: number }): Promise<TranscriptMessage[]>;

  // Outbox (channels that push: Telegram, Slack, Teams). Per-conversation order is kept by
  // claimDueOutbox returning at most the oldest pending item of each conversation.
  enqueueOutbox(item: { conversationId: string; channel: ChannelName; message: OutboxItem["message"]; availableAt: Date }): Promise<number>;
  claimDueOutbox(channel: ChannelName, now: Date, limit: number): Promise<OutboxItem[]>;
  markOutboxSent(id: number, now: Date): Promise<void>;
  markOutboxRetry(id: number, availableAt: Date, error: string): Promise<void>;
  markOutboxDead(id: number, error: string): Promise<void>;
  /** Dead-ends every pending item of a conversation (resident blocked the bot). */
  deadLetterConversation(conversationId: string, error: string): Promise<number>;

  // Cases
  createCase(c: NewCase, now: Date): Promise<CaseRecord>;
  getCase(id: string): Promise<CaseRecord | undefined>;
  getCaseByReference(reference: string): Promise<CaseRecord | undefined>;
  /** The open or claimed case of a conversation, if any. */
  findActiveCase(conversationId: string): Promise<CaseRecord | undefined>;
  /** Sorted by urgency (urgent first) then age (oldest first). */
  listCases(filter: { status?: CaseStatus[] }): Promise<CaseRecord[]>;
  updateCase(id: string, changes: Partial<Pick<CaseRecord, "status" | "assignedAgentId" | "outcome" | "claimedAt" | "closedAt" | "externalRefs" | "urgency" | "crisis">>): Promise<void>;
  addCaseEvent(e: Omit<CaseEvent, "id">): Promise<number>;
  listCaseEvents(caseId: string): Promise<CaseEvent[]>;
  /** Records that this agent opened the case now; returns when they had opened it before (null: never). */
  markCaseRead(caseId: string, agentId: string, now: Date): Promise<Date | null>;
  /** Per case: resident messages and crises that arrived since this agent last opened it. */
  caseActivity(caseIds: readonly string[], agentId: string): Promise<Map<string, CaseActivity>>;

  // Indicators (no personal data; see migrations/0006-turn-stats.ts)
  recordTurnStat(stat: NewTurnStat): Promise<void>;
  /** Stores a question not understood, already redacted; only the latest 100 are kept. */
  recordUnansweredQuestion(q: NewUnansweredQuestion): Promise<void>;
  turnStatCounts(from: Date, to: Date): Promise<TurnStatCount[]>;
  listUnansweredQuestions(from: Date, to: Date): Promise<UnansweredQuestion[]>;
  caseTimings(from: Date, to: Date): Promise<CaseTimings[]>;
  purgeTurnStats(before: Date): Promise<number>;
  purgeUnansweredQuestions(before: Date): Promise<number>;

  // Agents and their sign-in
  createAgent(a: Omit<AgentRecord, "id" | "createdAt" | "disabledAt">, now: Date): Promise<AgentRecord>;
  getAgent(id: string): Promise<AgentRecord | undefined>;
  findAgentByUsername(username: string): Promise<AgentRecord | undefined>;
  countAgents(): Promise<number>;
  createSession(tokenHash: string, agentId: string, expiresAt: Date, now: Date): Promise<void>;
  /** The session until its absolute end; the idle timeout is the caller's to apply (lastSeenAt). */
  findSession(tokenHash: string, now: Date): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  createSetupToken(tokenHash: string, expiresAt: Date): Promise<void>;
  /** When the latest still-valid setup token expires; null when none is valid. */
  setupTokenValidUntil(now: Date): Promise<Date | null>;
  /** True once: the token is deleted when consumed. */
  consumeSetupToken(tokenHash: string, now: Date): Promise<boolean>;

  // Consents (RGPD: the lawful basis of a case is the resident's consent)
  recordConsent(conversationId: string, purpose: string, now: Date): Promise<void>;
  withdrawConsent(conversationId: string, purpose: string, now: Date): Promise<void>;

  // Durable timers, swept by node-cron (never setTimeout)
  scheduleJob(job: { kind: string; dedupeKey: string; payload: Record<string, unknown>; runAt: Date }): Promise<boolean>;
  /** Leases due jobs so that two sweepers never run the same one. */
  claimDueJobs(now: Date, limit: number, leaseMs: number): Promise<JobRecord[]>;
  completeJob(id: number): Promise<void>;
  failJob(id: number, retryAt: Date | null, error: string): Promise<void>;
  cancelJobs(dedupeKeyPrefix: string): Promise<number>;

  // Volunteer questions (redacted copies only; see core/dialogues/volunteer.ts)
  /** Undefined when that transcript message was already shared (a second press of "yes"). */
  createVolunteerQuestion(q: NewVolunteerQuestion, now: Date): Promise<VolunteerQuestion | undefined>;
  getVolunteerQuestion(id: string): Promise<VolunteerQuestion | undefined>;
  updateVolunteerQuestion(
    id: string,
    changes: Partial<Pick<VolunteerQuestion, "status" | "text" | "answerCount" | "answeredAt" | "externalRefs">>,
  ): Promise<void>;

  // Threads on a platform (Slack channel + message ts) that mirror a case or a volunteer question
  linkExternalThread(thread: ExternalThread): Promise<void>;
  findExternalThread(platform: string, channel: string, threadId: string): Promise<ExternalThread | undefined>;

  // Slack outbox: one FIFO per Slack channel (see migrations/0002-volunteer-questions.ts)
  /** Undefined when dedupeKey was already used, or a pending item with the same coalesceKey waits. */
  enqueueSlackOutbox(item: NewSlackOutboxItem): Promise<number | undefined>;
  /** The oldest pending item of each Slack channel, if due and not leased; leased for leaseMs. */
  claimDueSlackOutbox(now: Date, limit: number, leaseMs: number): Promise<SlackOutboxItem[]>;
  /** Sent; the channel's next items wait until nextInChannelAt (one message per second per channel). */
  markSlackOutboxSent(id: number, now: Date, nextInChannelAt: Date): Promise<void>;
  markSlackOutboxRetry(id: number, availableAt: Date, error: string): Promise<void>;
  markSlackOutboxDead(id: number, error: string): Promise<void>;
  /** Deletes sent and dead items created before `before`. */
  pruneSlackOutbox(before: Date): Promise<number>;

  /** Undoes recordInbound, so that the platform's retry of a delivery whose handling failed is handled. */
  forgetInbound(channel: ChannelName, platformMessageId: string): Promise<void>;

  // Retention
  /** Deletes transcripts and conversations inactive since before `before`, except those with an open case. */
  purgeInactiveConversations(before: Date): Promise<number>;
  /** Anonymises closed cases closed before `before`. */
  purgeClosedCases(before: Date): Promise<number>;
  pruneInboundIds(before: Date): Promise<number>;
}

export interface ResidentRecords {
  cases: Array<CaseRecord & { events: CaseEvent[] }>;
  consents: Array<{ purpose: string; givenAt: Date; withdrawnAt: Date | null }>;
  volunteerQuestions: VolunteerQuestion[];
}

// ---------------------------------------------------------------- volunteers and Slack (migration 0002)

/** review: an agent checks it before volunteers see it; open: shown to volunteers. */
export type VolunteerQuestionStatus = "review" | "open" | "answered" | "declined";

export interface VolunteerQuestion {
  id: string;
  conversationId: string;
  /** Transcript seq of the resident's message it comes from (one question per message). */
  sourceSeq: number;
  language: string;
  /** The redacted text: the only wording volunteers ever see. */
  text: string;
  redactions: Array<{ kind: string; count: number }>;
  /** Words no vocabulary knew (a possible name the redactor missed): why it waits for a review. */
  unknownWords: string[];
  status: VolunteerQuestionStatus;
  answerCount: number;
  /** Where the question is mirrored (Slack channel + ts), JSON. */
  externalRefs: Record<string, string>;
  createdAt: Date;
  answeredAt: Date | null;
}

export type NewVolunteerQuestion = Pick<VolunteerQuestion, "conversationId" | "sourceSeq" | "language" | "text" | "redactions" | "unknownWords"> & {
  status: "review" | "open";
};

export interface ExternalThread {
  platform: string;
  channel: string;
  threadId: string;
  subjectKind: "case" | "question";
  subjectId: string;
}

export interface SlackOutboxItem {
  id: number;
  slackChannel: string;
  /** What to do (post, update, react…), JSON; validated by the Slack channel. */
  op: Record<string, unknown>;
  dedupeKey: string | null;
  attempts: number;
  status: "pending" | "sent" | "dead";
  availableAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export interface NewSlackOutboxItem {
  slackChannel: string;
  op: Record<string, unknown>;
  /** Enqueue at most once ever with this key. */
  dedupeKey?: string;
  /** Enqueue only if no pending item has this key (an update that a pending one will already make). */
  coalesceKey?: string;
  availableAt: Date;
}
