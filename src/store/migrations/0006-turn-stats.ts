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
import type { Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { createTables } from "./create-tables.js";

export function turnStatsMigration(dialect: SqlDialectName): Migration {
  return createTables(dialect, {
    turn_stats: {
      columns: {
        id: "identity",
        at: "bigint not null",
        channel: "text not null",
        language: "text not null",
        level: "integer",
        entry_id: "text",
        theme: "text",
        crisis: "text",
        understood: "integer not null",
      },
      indexes: { turn_stats_at_idx: ["at"] },
    },
    unanswered_questions: {
      columns: {
        id: "identity",
        at: "bigint not null",
        conversation_id: "text",
        language: "text not null",
        text: "text not null",
      },
      indexes: {
        unanswered_questions_at_idx: ["at"],
        unanswered_questions_conversation_idx: ["conversation_id"],
      },
    },
    case_reads: {
      columns: {
        case_id: "text not null",
        agent_id: "text not null",
        read_at: "bigint not null",
      },
      primaryKey: ["case_reads_pk", ["case_id", "agent_id"]],
    },
  });
}
