/**
 * The inbox: platform updates written down before the platform gets its acknowledgement (a webhook's
 * 200, the polling offset moved past them), so that a crash right after can lose nothing. One row per
 * update, unique per (channel, dedupe_key) — a redelivery inserts nothing. A row is leased by the
 * instance handling it; a row whose lease ran out (its instance died) is taken up again. Handling is
 * idempotent: the core records the platform message id in the turn's own transaction.
 */
import type { Kysely, Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { addIdentityColumn } from "./identity-column.js";

export function inboxMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await addIdentityColumn(db.schema.createTable("inbox"), "id", dialect)
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("dedupe_key", "text", (c) => c.notNull())
        .addColumn("conversation_key", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("lease_until", "bigint")
        .addColumn("last_error", "text")
        .addColumn("received_at", "bigint", (c) => c.notNull())
        .addColumn("done_at", "bigint")
        .addUniqueConstraint("inbox_channel_dedupe_uq", ["channel", "dedupe_key"])
        .execute();
      await db.schema.createIndex("inbox_status_lease_idx").on("inbox").columns(["channel", "status", "lease_until"]).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable("inbox").ifExists().execute();
    },
  };
}
