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
import type { Kysely, Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { addIdentityColumn } from "./identity-column.js";

export function volunteerQuestionsMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("volunteer_questions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
        .addColumn("source_seq", "bigint", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("redactions", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("unknown_words", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("answer_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("external_refs", "text", (c) => c.notNull().defaultTo("{}"))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("answered_at", "bigint")
        .addUniqueConstraint("volunteer_questions_source_uq", ["conversation_id", "source_seq"])
        .execute();

      await db.schema
        .createTable("external_threads")
        .addColumn("platform", "text", (c) => c.notNull())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("thread_id", "text", (c) => c.notNull())
        .addColumn("subject_kind", "text", (c) => c.notNull())
        .addColumn("subject_id", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("external_threads_pk", ["platform", "channel", "thread_id"])
        .execute();

      await addIdentityColumn(db.schema.createTable("slack_outbox"), "id", dialect)
        .addColumn("slack_channel", "text", (c) => c.notNull())
        .addColumn("op", "text", (c) => c.notNull())
        .addColumn("dedupe_key", "text", (c) => c.unique())
        .addColumn("coalesce_key", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("available_at", "bigint", (c) => c.notNull())
        .addColumn("lease_until", "bigint")
        .addColumn("last_error", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("sent_at", "bigint")
        .execute();
      await db.schema.createIndex("slack_outbox_channel_status_idx").on("slack_outbox").columns(["slack_channel", "status", "id"]).execute();
      await db.schema.createIndex("slack_outbox_coalesce_idx").on("slack_outbox").columns(["coalesce_key", "status"]).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ["slack_outbox", "external_threads", "volunteer_questions"]) await db.schema.dropTable(table).ifExists().execute();
    },
  };
}
