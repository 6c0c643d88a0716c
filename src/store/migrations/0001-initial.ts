/**
 * Initial schema. Dates are epoch milliseconds in BIGINT columns (INTEGER affinity on SQLite), JSON is
 * text, booleans are 0/1 — see ../database.ts for why.
 *
 * Cases deliberately have no foreign key to conversations: erasing a conversation keeps its cases,
 * anonymised, for the CCAS's activity figures.
 */
import type { Kysely, Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { addIdentityColumn } from "./identity-column.js";

export function initialMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("conversations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("external_id", "text", (c) => c.notNull())
        .addColumn("locale", "text")
        .addColumn("state", "text", (c) => c.notNull().defaultTo("null"))
        .addColumn("channel_reference", "text")
        .addColumn("unreachable", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addColumn("last_inbound_at", "bigint")
        .addUniqueConstraint("conversations_channel_external_id_uq", ["channel", "external_id"])
        .execute();

      await db.schema
        .createTable("inbound_ids")
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("platform_message_id", "text", (c) => c.notNull())
        .addColumn("received_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("inbound_ids_pk", ["channel", "platform_message_id"])
        .execute();
      await db.schema.createIndex("inbound_ids_received_at_idx").on("inbound_ids").column("received_at").execute();

      await addIdentityColumn(db.schema.createTable("transcript"), "seq", dialect)
        .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
        .addColumn("direction", "text", (c) => c.notNull())
        .addColumn("author", "text", (c) => c.notNull())
        .addColumn("author_name", "text")
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("transcript_conversation_seq_idx").on("transcript").columns(["conversation_id", "seq"]).execute();
      await db.schema.createIndex("transcript_created_at_idx").on("transcript").column("created_at").execute();

      await addIdentityColumn(db.schema.createTable("outbox"), "id", dialect)
        .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("message", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("available_at", "bigint", (c) => c.notNull())
        .addColumn("lease_until", "bigint")
        .addColumn("last_error", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("sent_at", "bigint")
        .execute();
      // Finds the head (oldest pending item) of each conversation of a channel.
      await db.schema
        .createIndex("outbox_channel_status_conversation_idx")
        .on("outbox")
        .columns(["channel", "status", "conversation_id", "id"])
        .execute();
      await db.schema.createIndex("outbox_conversation_idx").on("outbox").columns(["conversation_id", "status"]).execute();

      await db.schema
        .createTable("cases")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("reference", "text", (c) => c.notNull().unique())
        .addColumn("conversation_id", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("urgency", "text", (c) => c.notNull())
        .addColumn("level", "integer", (c) => c.notNull())
        .addColumn("entry_id", "text")
        .addColumn("crisis", "text")
        .addColumn("summary", "text", (c) => c.notNull())
        .addColumn("contact_method", "text", (c) => c.notNull())
        .addColumn("contact_value", "text")
        .addColumn("contact_time", "text")
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("consent_at", "bigint", (c) => c.notNull())
        .addColumn("assigned_agent_id", "text")
        .addColumn("outcome", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("claimed_at", "bigint")
        .addColumn("closed_at", "bigint")
        .addColumn("external_refs", "text", (c) => c.notNull().defaultTo("{}"))
        .addColumn("anonymised_at", "bigint")
        .execute();
      await db.schema.createIndex("cases_conversation_status_idx").on("cases").columns(["conversation_id", "status"]).execute();
      await db.schema.createIndex("cases_status_created_idx").on("cases").columns(["status", "created_at"]).execute();

      await addIdentityColumn(db.schema.createTable("case_events"), "id", dialect)
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("agent_id", "text")
        .addColumn("author_name", "text")
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("case_events_case_idx").on("case_events").columns(["case_id", "id"]).execute();

      await db.schema
        .createTable("agents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("disabled_at", "bigint")
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("agent_id", "text", (c) => c.notNull().references("agents.id").onDelete("cascade"))
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("setup_tokens")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("consents")
        .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
        .addColumn("purpose", "text", (c) => c.notNull())
        .addColumn("given_at", "bigint", (c) => c.notNull())
        .addColumn("withdrawn_at", "bigint")
        .addPrimaryKeyConstraint("consents_pk", ["conversation_id", "purpose"])
        .execute();

      await addIdentityColumn(db.schema.createTable("jobs"), "id", dialect)
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("run_at", "bigint", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("lease_until", "bigint")
        .addColumn("last_error", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("jobs_status_run_at_idx").on("jobs").columns(["status", "run_at"]).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        "jobs",
        "consents",
        "setup_tokens",
        "sessions",
        "agents",
        "case_events",
        "cases",
        "outbox",
        "transcript",
        "inbound_ids",
        "conversations",
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
