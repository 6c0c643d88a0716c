/**
 * Indicators and what each agent has read.
 *
 * - turn_stats: one row per resident turn that carried text, written by the core in the turn's own
 *   transaction. No personal data: no conversation id, no text — the date, the channel, the language,
 *   the level, the first catalogue entry and its theme, the crisis category, whether it was understood.
 *   Purged after a year by the retention job.
 * - unanswered_questions: the text of questions the bot did not understand, redacted
 *   (privacy/redact.ts) before it is written; at most the last 100 are kept, and they are purged with the
 *   conversations' retention. Its conversation id is kept only so that an erasure or a purge of the
 *   conversation deletes it too; the console never shows it.
 * - case_reads: when each agent last opened each case, so that the console can show what arrived since
 *   (new messages, a crisis). Deleted with the case's audit when its personal data goes.
 */
import type { Kysely, Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { addIdentityColumn } from "./identity-column.js";

export function turnStatsMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await addIdentityColumn(db.schema.createTable("turn_stats"), "id", dialect)
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("level", "integer")
        .addColumn("entry_id", "text")
        .addColumn("theme", "text")
        .addColumn("crisis", "text")
        .addColumn("understood", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("turn_stats_at_idx").on("turn_stats").column("at").execute();

      await addIdentityColumn(db.schema.createTable("unanswered_questions"), "id", dialect)
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("conversation_id", "text")
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("unanswered_questions_at_idx").on("unanswered_questions").column("at").execute();
      await db.schema.createIndex("unanswered_questions_conversation_idx").on("unanswered_questions").column("conversation_id").execute();

      await db.schema
        .createTable("case_reads")
        .addColumn("case_id", "text", (c) => c.notNull())
        .addColumn("agent_id", "text", (c) => c.notNull())
        .addColumn("read_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("case_reads_pk", ["case_id", "agent_id"])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable("case_reads").ifExists().execute();
      await db.schema.dropTable("unanswered_questions").ifExists().execute();
      await db.schema.dropTable("turn_stats").ifExists().execute();
    },
  };
}
