/**
 * Test databases for the store suites (other areas may reuse it: `await testBackends()`).
 *
 * SQLite: a fresh temporary file per store. PostgreSQL: a fresh database `accueil_test_<random>` per
 * test run, created through the admin URL (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * and dropped at the end. When the server is unreachable the PostgreSQL half is skipped — except in CI
 * (CI=true), where an unreachable server fails the run instead of silently testing less.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openKyselyStore } from "../../src/store/open-store.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestBackend {
  name: "sqlite" | "postgres";
  /** Opens a store on this backend's test database (a new file each time for SQLite). */
  open(): Promise<KyselyStore>;
  /** Removes every row, so that a test starts from an empty store. */
  clear(store: KyselyStore): Promise<void>;
  /** The database's URL (PostgreSQL), for tests that start whole apps on it. */
  url?: string;
  /** Drops the test database / removes temporary files. */
  dispose(): Promise<void>;
}

/** Tables in an order that respects foreign keys when deleting. */
const TABLES = [
  "inbox",
  "transcript",
  "outbox",
  "consents",
  "case_events",
  "sessions",
  "conversations",
  "cases",
  "agents",
  "setup_tokens",
  "jobs",
  "inbound_ids",
  "audit_log",
  "login_failures",
  "turn_stats",
  "unanswered_questions",
  "case_reads",
] as const;

async function clearAll(store: KyselyStore): Promise<void> {
  for (const table of TABLES) await store.db.deleteFrom(table).execute();
}

export function tempDir(prefix = "accueil-store-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sqliteBackend(): TestBackend {
  const dirs: string[] = [];
  return {
    name: "sqlite",
    async open() {
      const dir = tempDir();
      dirs.push(dir);
      return openKyselyStore(`sqlite:${join(dir, "accueil.sqlite")}`);
    },
    clear: clearAll,
    async dispose() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh PostgreSQL database, or returns undefined when the server is unreachable outside CI. */
export async function postgresBackend(): Promise<TestBackend | undefined> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`PostgreSQL is required in CI but unreachable at ${PG_ADMIN_URL}: ${(error as Error).message}`);
    }
    return undefined;
  }
  const name = `accueil_test_${randomBytes(6).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const stores: KyselyStore[] = [];
  return {
    name: "postgres",
    url: url.toString(),
    async open() {
      const store = await openKyselyStore(url.toString());
      stores.push(store);
      return store;
    },
    clear: clearAll,
    async dispose() {
      for (const store of stores) await store.close().catch(() => undefined);
      const dropper = new pg.Client({ connectionString: PG_ADMIN_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** SQLite always; PostgreSQL when reachable (always in CI). */
export async function testBackends(): Promise<TestBackend[]> {
  const backends: TestBackend[] = [sqliteBackend()];
  const postgres = await postgresBackend();
  if (postgres) backends.push(postgres);
  else console.warn(`PostgreSQL unreachable at ${PG_ADMIN_URL}: PostgreSQL store tests skipped (they run in CI).`);
  return backends;
}
