/**
 * Kysely row types of the tables added by migration 0002 (volunteer questions, external threads, the
 * Slack outbox). Same storage conventions as database.ts: epoch milliseconds, JSON as text.
 */
import type { Generated } from "kysely";
import type { DeliveryStateColumns } from "./delivery-columns.js";

export interface VolunteerQuestionsTable {
  id: string;
  conversation_id: string;
  source_seq: number;
  language: string;
  text: string;
  /** JSON text: Array<{ kind, count }>. */
  redactions: string;
  /** JSON text: string[]. */
  unknown_words: string;
  status: string;
  answer_count: number;
  /** JSON text. */
  external_refs: string;
  created_at: number;
  answered_at: number | null;
}

export interface ExternalThreadsTable {
  platform: string;
  channel: string;
  thread_id: string;
  subject_kind: string;
  subject_id: string;
}

export interface SlackOutboxTable extends DeliveryStateColumns {
  id: Generated<number>;
  slack_channel: string;
  /** JSON text. */
  op: string;
  dedupe_key: string | null;
  coalesce_key: string | null;
  /** "case:<id>" or "question:<id>" when the op is about one (migration 0004). */
  subject: Generated<string | null>;
  /** 1 when the op carries someone's words (a thread line): erased with its subject. */
  personal: Generated<number>;
}
