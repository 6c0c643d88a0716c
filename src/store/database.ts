/**
 * Kysely table types: the shape of the rows as both SQLite and PostgreSQL hold them.
 *
 * Storage conventions (the same on both databases, so one set of queries serves both):
 * - Dates are epoch milliseconds (INTEGER on SQLite, BIGINT on PostgreSQL, parsed back to numbers by
 *   the pg type parser set in open-store.ts). Numbers order and compare the same everywhere, unlike text,
 *   whose order on PostgreSQL depends on the database collation.
 * - JSON is stored as text and parsed by the store (no JSONB: SQLite has none and we never query inside).
 * - Booleans are 0/1 integers (better-sqlite3 refuses to bind JS booleans).
 */
import type { Generated } from "kysely";
import type { ExternalThreadsTable, SlackOutboxTable, VolunteerQuestionsTable } from "./volunteer-slack-tables.js";
import type { AuditLogTable, LoginFailuresTable } from "./access-tables.js";
import type { DeliveryStateColumns } from "./delivery-columns.js";

export interface ConversationsTable {
  id: string;
  channel: string;
  external_id: string;
  locale: string | null;
  /** JSON text. */
  state: string;
  /** JSON text or null. */
  channel_reference: string | null;
  unreachable: number;
  created_at: number;
  updated_at: number;
  last_inbound_at: number | null;
}

export interface InboundIdsTable {
  channel: string;
  platform_message_id: string;
  received_at: number;
}

export interface TranscriptTable {
  seq: Generated<number>;
  conversation_id: string;
  direction: string;
  author: string;
  author_name: string | null;
  /** JSON text. */
  body: string;
  created_at: number;
}

export type { DeliveryStateColumns } from "./delivery-columns.js";

export interface OutboxTable extends DeliveryStateColumns {
  id: Generated<number>;
  conversation_id: string;
  channel: string;
  /** JSON text. */
  message: string;
}

export interface CasesTable {
  id: string;
  reference: string;
  conversation_id: string;
  status: string;
  urgency: string;
  level: number;
  entry_id: string | null;
  crisis: string | null;
  summary: string;
  contact_method: string;
  contact_value: string | null;
  contact_time: string | null;
  description: string;
  language: string;
  consent_at: number;
  assigned_agent_id: string | null;
  outcome: string | null;
  created_at: number;
  claimed_at: number | null;
  closed_at: number | null;
  /** JSON text. */
  external_refs: string;
  /** When the personal data of the case was erased or purged; null while intact. */
  anonymised_at: number | null;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  kind: string;
  agent_id: string | null;
  author_name: string | null;
  text: string;
  created_at: number;
}

export interface AgentsTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  created_at: number;
  disabled_at: number | null;
}

export interface SessionsTable {
  token_hash: string;
  agent_id: string;
  /** The absolute end of the session (its lifetime from sign-in). */
  expires_at: number;
  created_at: number;
  /** Last request seen with it, written at most once a minute (the idle timeout counts from it). */
  last_seen_at: number;
}

export interface SetupTokensTable {
  token_hash: string;
  expires_at: number;
}

export interface ConsentsTable {
  conversation_id: string;
  purpose: string;
  given_at: number;
  withdrawn_at: number | null;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  dedupe_key: string;
  /** JSON text. */
  payload: string;
  run_at: number;
  status: string;
  attempts: number;
  lease_until: number | null;
  last_error: string | null;
  created_at: number;
}

export interface InboxTable {
  id: Generated<number>;
  channel: string;
  dedupe_key: string;
  conversation_key: string;
  /** JSON text: the platform's update, as received. */
  payload: string;
  /** "pending", "done", or "dead" (given up after repeated failures). */
  status: string;
  attempts: number;
  lease_until: number | null;
  last_error: string | null;
  received_at: number;
  done_at: number | null;
}

export interface TurnStatsTable {
  id: Generated<number>;
  at: number;
  channel: string;
  language: string;
  level: number | null;
  entry_id: string | null;
  theme: string | null;
  crisis: string | null;
  /** 0/1. */
  understood: number;
}

export interface UnansweredQuestionsTable {
  id: Generated<number>;
  at: number;
  /** Only for erasure and purge; never shown. */
  conversation_id: string | null;
  language: string;
  /** Redacted before it is written. */
  text: string;
}

export interface CaseReadsTable {
  case_id: string;
  agent_id: string;
  read_at: number;
}

export interface Database {
  conversations: ConversationsTable;
  inbound_ids: InboundIdsTable;
  transcript: TranscriptTable;
  outbox: OutboxTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  agents: AgentsTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  consents: ConsentsTable;
  jobs: JobsTable;
  volunteer_questions: VolunteerQuestionsTable;
  external_threads: ExternalThreadsTable;
  slack_outbox: SlackOutboxTable;
  inbox: InboxTable;
  audit_log: AuditLogTable;
  login_failures: LoginFailuresTable;
  turn_stats: TurnStatsTable;
  unanswered_questions: UnansweredQuestionsTable;
  case_reads: CaseReadsTable;
}

export type SqlDialectName = "sqlite" | "postgres";
