/**
 * Erasure that leaves nothing: each Slack outbox row names the case or question it is about (`subject`,
 * "case:<id>" or "question:<id>") and says whether it carries a resident's or an agent's words
 * (`personal`: a thread line, a review note). Erasing a conversation or purging a case deletes those
 * rows in every state — pending ones are never sent, sent ones no longer keep the words for days.
 */
import type { Kysely, Migration } from "kysely";

export function erasureTracesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable("slack_outbox").addColumn("subject", "text").execute();
      await db.schema.alterTable("slack_outbox").addColumn("personal", "integer", (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.createIndex("slack_outbox_subject_idx").on("slack_outbox").column("subject").execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex("slack_outbox_subject_idx").ifExists().execute();
      await db.schema.alterTable("slack_outbox").dropColumn("personal").execute();
      await db.schema.alterTable("slack_outbox").dropColumn("subject").execute();
    },
  };
}
