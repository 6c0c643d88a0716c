/**
 * In-code migration provider: migrations are TypeScript modules imported statically, so they work
 * under tsx, in a bundle and in tests without scanning a folder at run time.
 * Add new migrations here with a name that sorts after the previous ones; never change the SQL a shipped
 * one runs.
 */
import type { Migration, MigrationProvider } from "kysely";
import type { SqlDialectName } from "../database.js";
import { initialMigration } from "./0001-initial.js";
import { volunteerQuestionsMigration } from "./0002-volunteer-questions.js";
import { inboxMigration } from "./0003-inbox.js";
import { erasureTracesMigration } from "./0004-erasure-traces.js";
import { rolesAndSessionsMigration } from "./0005-roles-and-sessions.js";
import { turnStatsMigration } from "./0006-turn-stats.js";

export function migrationProvider(dialect: SqlDialectName): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        "0001-initial": initialMigration(dialect),
        "0002-volunteer-questions": volunteerQuestionsMigration(dialect),
        "0003-inbox": inboxMigration(dialect),
        "0004-erasure-traces": erasureTracesMigration(),
        "0005-roles-and-sessions": rolesAndSessionsMigration(dialect),
        "0006-turn-stats": turnStatsMigration(dialect),
      };
    },
  };
}
