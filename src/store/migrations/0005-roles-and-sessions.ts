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
import { addIdentityColumn } from "./identity-column.js";

export function rolesAndSessionsMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`delete from sessions`.execute(db);
      await db.schema.alterTable("sessions").addColumn("created_at", "bigint", (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable("sessions").addColumn("last_seen_at", "bigint", (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.createIndex("sessions_agent_idx").on("sessions").column("agent_id").execute();
      await db.schema.createIndex("sessions_expires_at_idx").on("sessions").column("expires_at").execute();

      await addIdentityColumn(db.schema.createTable("audit_log"), "id", dialect)
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("agent_id", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("case_id", "text", (c) => c.notNull())
        .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
        .execute();
      await db.schema.createIndex("audit_log_case_idx").on("audit_log").columns(["case_id", "id"]).execute();

      await addIdentityColumn(db.schema.createTable("login_failures"), "id", dialect)
        .addColumn("username", "text", (c) => c.notNull())
        .addColumn("address", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("login_failures_address_idx").on("login_failures").columns(["address", "username", "at"]).execute();
      await db.schema.createIndex("login_failures_at_idx").on("login_failures").column("at").execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable("login_failures").ifExists().execute();
      await db.schema.dropTable("audit_log").ifExists().execute();
      await db.schema.dropIndex("sessions_expires_at_idx").ifExists().execute();
      await db.schema.dropIndex("sessions_agent_idx").ifExists().execute();
      await db.schema.alterTable("sessions").dropColumn("last_seen_at").execute();
      await db.schema.alterTable("sessions").dropColumn("created_at").execute();
    },
  };
}
