/**
 * Roles, audit and sign-in hygiene.
 *
 * - sessions gain `created_at` and `last_seen_at`: a session ends after an idle time and after an
 *   absolute lifetime (see agents/agent-session.ts). Sessions opened before this migration carry
 *   neither, so they are deleted: everyone signs in once more after the upgrade.
 * - audit_log: who opened, read, answered, noted, claimed, reassigned, reopened or closed which case,
 *   and when. `agent_id` is a console agent's id, a channel-scoped id ("slack:U123"), or null for the
 *   case's creation by the resident. `detail` is JSON without personal data (an outcome, agent ids).
 *   No foreign key to cases: rows are deleted with the case's personal data (retention-queries.ts calls
 *   deleteAuditForCases), not left to a cascade that SQLite only honours with a connection setting.
 * - login_failures: one row per failed sign-in, by username and client address, for the progressive
 *   delay (agents/login-throttle.ts). Rows are pruned by the scheduled sign-in cleanup.
 */
import { sql, type Kysely, type Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { createIndex, createTables } from "./create-tables.js";

export function rolesAndSessionsMigration(dialect: SqlDialectName): Migration {
  const tables = createTables(dialect, {
    audit_log: {
      columns: {
        id: "identity",
        at: "bigint not null",
        agent_id: "text",
        action: "text not null",
        case_id: "text not null",
        detail: "text not null default '{}'",
      },
      indexes: { audit_log_case_idx: ["case_id", "id"] },
    },
    login_failures: {
      columns: {
        id: "identity",
        username: "text not null",
        address: "text not null",
        at: "bigint not null",
      },
      indexes: {
        login_failures_address_idx: ["address", "username", "at"],
        login_failures_at_idx: ["at"],
      },
    },
  });
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`delete from sessions`.execute(db);
      await db.schema.alterTable("sessions").addColumn("created_at", "bigint", (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable("sessions").addColumn("last_seen_at", "bigint", (c) => c.notNull().defaultTo(0)).execute();
      await createIndex(db, "sessions_agent_idx", "sessions", ["agent_id"]);
      await createIndex(db, "sessions_expires_at_idx", "sessions", ["expires_at"]);
      await tables.up(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await tables.down(db);
      await db.schema.dropIndex("sessions_expires_at_idx").ifExists().execute();
      await db.schema.dropIndex("sessions_agent_idx").ifExists().execute();
      await db.schema.alterTable("sessions").dropColumn("last_seen_at").execute();
      await db.schema.alterTable("sessions").dropColumn("created_at").execute();
    },
  };
}
