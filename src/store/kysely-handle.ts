/**
 * What every part of the Kysely store works over: one Kysely handle — the database, or a transaction of
 * it — and the SQL dialect behind it (some queries differ: advisory locks, FOR UPDATE SKIP LOCKED).
 */
import type { Kysely } from "kysely";
import type { Database, SqlDialectName } from "./database.js";

export interface KyselyHandle {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialectName;
}

/**
 * Runs fn atomically: in the handle's transaction when there is one (a store method called inside
 * `Store.transaction` joins it), else in a new one. The one transaction helper of the store.
 */
export function inTransaction<T>(db: Kysely<Database>, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute((trx) => fn(trx));
}
