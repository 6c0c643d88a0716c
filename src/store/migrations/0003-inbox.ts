/**
 * The inbox: platform updates written down before the platform gets its acknowledgement (a webhook's
 * 200, the polling offset moved past them), so that a crash right after can lose nothing. One row per
 * update, unique per (channel, dedupe_key) — a redelivery inserts nothing. A row is leased by the
 * instance handling it; a row whose lease ran out (its instance died) is taken up again. Handling is
 * idempotent: the core records the platform message id in the turn's own transaction.
 */
import type { Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { createTables } from "./create-tables.js";

export function inboxMigration(dialect: SqlDialectName): Migration {
  return createTables(dialect, {
    inbox: {
      columns: {
        id: "identity",
        channel: "text not null",
        dedupe_key: "text not null",
        conversation_key: "text not null",
        payload: "text not null",
        status: "text not null",
        attempts: "integer not null default 0",
        lease_until: "bigint",
        last_error: "text",
        received_at: "bigint not null",
        done_at: "bigint",
      },
      unique: ["inbox_channel_dedupe_uq", ["channel", "dedupe_key"]],
      indexes: { inbox_status_lease_idx: ["channel", "status", "lease_until"] },
    },
  });
}
