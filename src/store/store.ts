/**
 * The store: everything that must survive a restart is a row here — conversations and their dialogue
 * state, the transcript, inbound ids already handled, the outbox, cases, agents, consents and timers.
 *
 * `Store` is a facade composed of one small interface per aggregate (conversations.ts, inbox.ts,
 * transcript.ts, outbox.ts, cases.ts, indicators.ts, agents.ts, jobs.ts, volunteers.ts); the core, the
 * app and the command line take the whole `Store` and the types it re-exports, so where a method is
 * declared is no concern of theirs.
 *
 * The records it keeps are declared outside the store (records/), and so are the narrower interfaces
 * other parts declare for what they need of it (channels/channel-inbox.ts, channels/slack/
 * slack-persistence.ts, agents/agent-store.ts, server/console-store.ts): the store implements them, and
 * the app hands it over as each of those, so no adapter depends on the store.
 *
 * One implementation (Kysely, kysely-store.ts) serves SQLite (the embedded default) and PostgreSQL; the
 * interface keeps the core free of SQL and lets tests run the same contract suite against both.
 * All methods are async even on SQLite so that PostgreSQL fits the same shape.
 */
import type { AgentStore, AuditStore } from "./agents.js";
import type { CaseStore } from "./cases.js";
import type { ConversationStore } from "./conversations.js";
import type { InboxStore } from "./inbox.js";
import type { IndicatorStore } from "./indicators.js";
import type { JobStore } from "./jobs.js";
import type { OutboxStore, SlackOutboxStore } from "./outbox.js";
import type { TranscriptStore } from "./transcript.js";
import type { VolunteerStore } from "./volunteers.js";

export type { AgentRecord, AgentStore, AuditAction, AuditEntry, AuditPage, AuditQuery, AuditStore, LoginFailureCounts, NewAgent, SessionRecord } from "./agents.js";
export type { CaseActivity, CaseChanges, CaseEvent, CaseEventKind, CaseOutcome, CaseRecord, CaseStatus, CaseStore, NewCase, Urgency } from "./cases.js";
export type { ConversationChanges, ConversationRecord, ConversationStore, ResidentRecords } from "./conversations.js";
export type { InboundOutcome, InboxBacklog, InboxItem, InboxStore, NewInboxItem } from "./inbox.js";
export type { CaseTimings, IndicatorStore, NewTurnStat, NewUnansweredQuestion, TurnStatCount, UnansweredQuestion } from "./indicators.js";
export type { JobRecord, JobStore, NewJob } from "./jobs.js";
export type {
  DeadLetter,
  NewOutboxItem,
  NewSlackOutboxItem,
  OutboxItem,
  OutboxMessage,
  OutboxQueue,
  OutboxStats,
  OutboxStore,
  SlackOutboxItem,
  SlackOutboxStore,
} from "./outbox.js";
export type { InboundBody, OutboundBody, TranscriptMessage, TranscriptQuery, TranscriptStore } from "./transcript.js";
export type {
  ExternalThread,
  NewVolunteerQuestion,
  VolunteerQuestion,
  VolunteerQuestionChanges,
  VolunteerQuestionStatus,
  VolunteerStore,
} from "./volunteers.js";

export interface Store
  extends ConversationStore,
    InboxStore,
    TranscriptStore,
    OutboxStore,
    SlackOutboxStore,
    CaseStore,
    IndicatorStore,
    AgentStore,
    AuditStore,
    JobStore,
    VolunteerStore {
  /** Runs fn in one transaction; the store passed to fn must be used inside it. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** A round trip to the database; throws when it does not answer. */
  ping(): Promise<void>;
  /** True when no other server can use this database at the same time (the SQLite file's lock is ours). */
  readonly exclusive: boolean;
}
