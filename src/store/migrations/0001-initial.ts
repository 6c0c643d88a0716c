/**
 * Initial schema. Dates are epoch milliseconds in BIGINT columns (INTEGER affinity on SQLite), JSON is
 * text, booleans are 0/1 — see ../database.ts for why.
 *
 * Cases deliberately have no foreign key to conversations: erasing a conversation keeps its cases,
 * anonymised, for the CCAS's activity figures.
 */
import type { Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { createTables, DELIVERY_COLUMNS } from "./create-tables.js";

export function initialMigration(dialect: SqlDialectName): Migration {
  return createTables(dialect, {
    conversations: {
      columns: {
        id: "text primary key",
        channel: "text not null",
        external_id: "text not null",
        locale: "text",
        state: "text not null default 'null'",
        channel_reference: "text",
        unreachable: "integer not null default 0",
        created_at: "bigint not null",
        updated_at: "bigint not null",
        last_inbound_at: "bigint",
      },
      unique: ["conversations_channel_external_id_uq", ["channel", "external_id"]],
    },
    inbound_ids: {
      columns: {
        channel: "text not null",
        platform_message_id: "text not null",
        received_at: "bigint not null",
      },
      primaryKey: ["inbound_ids_pk", ["channel", "platform_message_id"]],
      indexes: { inbound_ids_received_at_idx: ["received_at"] },
    },
    transcript: {
      columns: {
        seq: "identity",
        conversation_id: "text not null references conversations.id on delete cascade",
        direction: "text not null",
        author: "text not null",
        author_name: "text",
        body: "text not null",
        created_at: "bigint not null",
      },
      indexes: {
        transcript_conversation_seq_idx: ["conversation_id", "seq"],
        transcript_created_at_idx: ["created_at"],
      },
    },
    outbox: {
      columns: {
        id: "identity",
        conversation_id: "text not null references conversations.id on delete cascade",
        channel: "text not null",
        message: "text not null",
        ...DELIVERY_COLUMNS,
      },
      indexes: {
        // Finds the head (oldest pending item) of each conversation of a channel.
        outbox_channel_status_conversation_idx: ["channel", "status", "conversation_id", "id"],
        outbox_conversation_idx: ["conversation_id", "status"],
      },
    },
    cases: {
      columns: {
        id: "text primary key",
        reference: "text not null unique",
        conversation_id: "text not null",
        status: "text not null",
        urgency: "text not null",
        level: "integer not null",
        entry_id: "text",
        crisis: "text",
        summary: "text not null",
        contact_method: "text not null",
        contact_value: "text",
        contact_time: "text",
        description: "text not null",
        language: "text not null",
        consent_at: "bigint not null",
        assigned_agent_id: "text",
        outcome: "text",
        created_at: "bigint not null",
        claimed_at: "bigint",
        closed_at: "bigint",
        external_refs: "text not null default '{}'",
        anonymised_at: "bigint",
      },
      indexes: {
        cases_conversation_status_idx: ["conversation_id", "status"],
        cases_status_created_idx: ["status", "created_at"],
      },
    },
    case_events: {
      columns: {
        id: "identity",
        case_id: "text not null references cases.id on delete cascade",
        kind: "text not null",
        agent_id: "text",
        author_name: "text",
        text: "text not null",
        created_at: "bigint not null",
      },
      indexes: { case_events_case_idx: ["case_id", "id"] },
    },
    agents: {
      columns: {
        id: "text primary key",
        username: "text not null unique",
        display_name: "text not null",
        password_hash: "text not null",
        role: "text not null",
        created_at: "bigint not null",
        disabled_at: "bigint",
      },
    },
    sessions: {
      columns: {
        token_hash: "text primary key",
        agent_id: "text not null references agents.id on delete cascade",
        expires_at: "bigint not null",
      },
    },
    setup_tokens: {
      columns: {
        token_hash: "text primary key",
        expires_at: "bigint not null",
      },
    },
    consents: {
      columns: {
        conversation_id: "text not null references conversations.id on delete cascade",
        purpose: "text not null",
        given_at: "bigint not null",
        withdrawn_at: "bigint",
      },
      primaryKey: ["consents_pk", ["conversation_id", "purpose"]],
    },
    jobs: {
      columns: {
        id: "identity",
        kind: "text not null",
        dedupe_key: "text not null unique",
        payload: "text not null",
        run_at: "bigint not null",
        status: "text not null",
        attempts: "integer not null default 0",
        lease_until: "bigint",
        last_error: "text",
        created_at: "bigint not null",
      },
      indexes: { jobs_status_run_at_idx: ["status", "run_at"] },
    },
  });
}
