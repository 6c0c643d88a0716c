/**
 * Volunteer questions, and what the Slack channel needs to mirror cases and questions durably.
 *
 * - volunteer_questions: the redacted copy of a question a resident agreed to share with volunteers
 *   (never the original words), one per transcript message. It cascades away with its conversation,
 *   so erasure and retention need nothing more.
 * - external_threads: which platform thread (Slack channel + message ts) mirrors which case or question,
 *   so that a reply in a thread finds its case in one indexed read.
 * - slack_outbox: Slack Web API calls waiting to be made. A table of its own rather than the resident
 *   outbox (keyed by conversation, while Slack calls are keyed by Slack channel) or the jobs table (swept
 *   every 30 s, in run-time order across kinds, with no notion of one queue per channel): here each Slack
 *   channel is one FIFO, its head waits for a Retry-After without being overtaken, and a message per
 *   second per channel is kept by pushing the channel's next item back after each send.
 *   `dedupe_key` (unique, kept after sending) makes enqueueing idempotent: a case is posted once, a case
 *   event mirrored once, a reminder sent once even when the code enqueueing it runs twice.
 */
import type { Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { createTables, DELIVERY_COLUMNS } from "./create-tables.js";

export function volunteerQuestionsMigration(dialect: SqlDialectName): Migration {
  return createTables(dialect, {
    volunteer_questions: {
      columns: {
        id: "text primary key",
        conversation_id: "text not null references conversations.id on delete cascade",
        source_seq: "bigint not null",
        language: "text not null",
        text: "text not null",
        redactions: "text not null default '[]'",
        unknown_words: "text not null default '[]'",
        status: "text not null",
        answer_count: "integer not null default 0",
        external_refs: "text not null default '{}'",
        created_at: "bigint not null",
        answered_at: "bigint",
      },
      unique: ["volunteer_questions_source_uq", ["conversation_id", "source_seq"]],
    },
    external_threads: {
      columns: {
        platform: "text not null",
        channel: "text not null",
        thread_id: "text not null",
        subject_kind: "text not null",
        subject_id: "text not null",
      },
      primaryKey: ["external_threads_pk", ["platform", "channel", "thread_id"]],
    },
    slack_outbox: {
      columns: {
        id: "identity",
        slack_channel: "text not null",
        op: "text not null",
        dedupe_key: "text unique",
        coalesce_key: "text",
        ...DELIVERY_COLUMNS,
      },
      indexes: {
        slack_outbox_channel_status_idx: ["slack_channel", "status", "id"],
        slack_outbox_coalesce_idx: ["coalesce_key", "status"],
      },
    },
  });
}
