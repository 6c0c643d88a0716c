/**
 * Opens the store named by DATABASE_URL and brings its schema up to date.
 *
 *   unset or ""             → SQLite file <dataDir>/accueil.sqlite (default dataDir: ./data, created)
 *   sqlite:PATH             → that SQLite file (sqlite:///abs/path and sqlite://rel/path also work)
 *   sqlite::memory:         → a throw-away in-memory database (quick tools and tests)
 *   postgres://… / postgresql://… → PostgreSQL
 *
 * A SQLite file admits one Accueil server at a time (see instance-lock.ts) — command-line tools open it
 * beside the server with `instanceLock: false`; PostgreSQL admits several servers, since every claim in
 * the store is a row lease and each conversation's turn holds an advisory lock.
 */
import { withStatementCache } from "./statement-cache.js";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Store } from "./store.js";
import type { Database, SqlDialectName } from "./database.js";
import { createKyselyStore, type KyselyStore } from "./kysely-store.js";
import { migrationProvider } from "./migrations/migration-provider.js";
import { acquireInstanceLock } from "./instance-lock.js";

export type DatabaseTarget =
  | { kind: "sqlite"; path: string }
  | { kind: "sqlite-memory" }
  | { kind: "postgres"; url: string };

export function parseDatabaseUrl(databaseUrl: string | undefined, dataDir = "data"): DatabaseTarget {
  const url = databaseUrl?.trim() ?? "";
  if (url === "") return { kind: "sqlite", path: resolve(join(dataDir, "accueil.sqlite")) };
  if (url === "sqlite::memory:" || url === "sqlite://:memory:") return { kind: "sqlite-memory" };
  if (url.startsWith("sqlite:")) {
    let path = url.slice("sqlite:".length);
    if (path.startsWith("//")) path = path.slice(2);
    if (path === "") throw new Error(`DATABASE_URL "${url}" names no file; write sqlite:path/to/accueil.sqlite`);
    return { kind: "sqlite", path: resolve(path) };
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", url };
  throw new Error(
    `DATABASE_URL "${redact(url)}" is not understood: use sqlite:PATH, sqlite::memory:, postgres://… or leave it unset`,
  );
}

export interface OpenStoreOptions {
  dataDir?: string;
  /** Take the one-server-per-SQLite-file lock (default true); tools that run beside the server say false. */
  instanceLock?: boolean;
}

export async function openStore(databaseUrl: string | undefined, options: OpenStoreOptions = {}): Promise<Store> {
  return openKyselyStore(databaseUrl, options);
}

/** Same as openStore, typed with the Kysely handle (tests and maintenance tools reach `db`). */
export async function openKyselyStore(databaseUrl: string | undefined, options: OpenStoreOptions = {}): Promise<KyselyStore> {
  const target = parseDatabaseUrl(databaseUrl, options.dataDir);
  switch (target.kind) {
    case "sqlite-memory":
      return openSqlite(":memory:", () => {});
    case "sqlite": {
      mkdirSync(dirname(target.path), { recursive: true });
      if (options.instanceLock === false) return openSqlite(target.path, () => {});
      const lock = acquireInstanceLock(target.path);
      try {
        return await openSqlite(target.path, () => lock.release(), true);
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    case "postgres":
      return openPostgres(target.url);
  }
}

async function openSqlite(path: string, release: () => void, exclusive = false): Promise<KyselyStore> {
  const sqlite = new BetterSqlite3(path);
  try {
    if (path !== ":memory:") sqlite.pragma("journal_mode = WAL"); // readers never block the writer
    sqlite.pragma("synchronous = NORMAL"); // safe with WAL; a power cut loses at most the last commits
    sqlite.pragma("busy_timeout = 5000"); // a backup or the sqlite3 CLI may hold the lock briefly
    sqlite.pragma("foreign_keys = ON");
    // Erased or purged rows are overwritten with zeros, not merely unlinked (they would stay readable in
    // the file and its backups). See Store.flushErasures for the write-ahead log.
    sqlite.pragma("secure_delete = ON");
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  await migrateOrDestroy(db, "sqlite");
  return createKyselyStore(
    db,
    "sqlite",
    async () => {
      await db.destroy();
      release();
    },
    exclusive,
  );
}

async function openPostgres(url: string): Promise<KyselyStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // BIGINT (dates in epoch ms, identity ids, count(*)) as JS numbers: all stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.INT8 && format !== "binary"
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, failover) is reported on the pool; without a
  // listener Node would crash the process. The next query simply gets a fresh connection.
  pool.on("error", (error) => console.error(`PostgreSQL connection error (will reconnect): ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateOrDestroy(db, "postgres");
  } catch (error) {
    throw new Error(`Cannot open PostgreSQL database ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  return createKyselyStore(db, "postgres", () => db.destroy());
}

async function migrateOrDestroy(db: Kysely<Database>, dialect: SqlDialectName): Promise<void> {
  try {
    const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === "Error")?.migrationName;
      throw new Error(`Database migration ${failed ?? ""} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** Hides a password in a connection URL before it reaches a log or an error message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
