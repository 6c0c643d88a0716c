/**
 * Kysely's SQLite driver prepares every statement anew; on better-sqlite3 preparing costs more than
 * running the small queries a turn makes. This wrapper keeps prepared statements by SQL text (Kysely
 * generates the same text for the same query shape, parameters apart). Safe because better-sqlite3 is
 * synchronous and Kysely serialises access to its single connection.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Enough for every query shape the store makes, with room; the oldest is dropped beyond it. */
const MAX_STATEMENTS = 500;

export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql: string): SqliteStatement => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (statements.size >= MAX_STATEMENTS) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
