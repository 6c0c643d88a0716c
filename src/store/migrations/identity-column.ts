/**
 * The one place where SQLite and PostgreSQL schemas differ: auto-numbered primary keys.
 * SQLite needs exactly `INTEGER PRIMARY KEY AUTOINCREMENT` (so that ids are never reused after a delete,
 * which matters for the transcript `seq` the web channel resumes from); PostgreSQL uses an identity column.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder } from "kysely";
import type { SqlDialectName } from "../database.js";

export function addIdentityColumn<TB extends string, C extends string>(
  table: CreateTableBuilder<TB, C>,
  name: string,
  dialect: SqlDialectName,
): CreateTableBuilder<TB, C | string> {
  if (dialect === "sqlite") {
    return table.addColumn(name, "integer", (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement());
  }
  return table.addColumn(name, "bigint", (col: ColumnDefinitionBuilder) => col.primaryKey().generatedByDefaultAsIdentity());
}
