/**
 * What only the embedded SQLite store does: its file, its default location, restarts, and refusing a
 * second process on the same file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, linkSync, rmSync, symlinkSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openKyselyStore, openStore, parseDatabaseUrl } from "../../src/store/open-store.js";
import { InstanceLockError } from "../../src/store/instance-lock.js";
import { tempDir } from "./test-databases.js";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const FIXTURE = fileURLToPath(new URL("./fixtures/hold-store.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratch(): string {
  const dir = tempDir("accueil-sqlite-");
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts the fixture in another Node process; resolves when it is ready or has exited. */
function child(databaseUrl: string): Promise<{ process: ChildProcess; ready: boolean; code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", FIXTURE, databaseUrl], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  cleanups.push(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
  });
  let stderr = "";
  proc.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise) => {
    proc.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolvePromise({ process: proc, ready: true, code: null, stderr });
    });
    proc.on("exit", (code) => resolvePromise({ process: proc, ready: false, code, stderr }));
  });
}

function exited(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((r) => proc.once("exit", () => r()));
}

describe("database URL", () => {
  it("maps unset, sqlite:, sqlite::memory: and postgres URLs, and rejects others", () => {
    expect(parseDatabaseUrl(undefined, "/srv/accueil")).toEqual({ kind: "sqlite", path: "/srv/accueil/accueil.sqlite" });
    expect(parseDatabaseUrl("", undefined)).toEqual({ kind: "sqlite", path: resolve("data/accueil.sqlite") });
    expect(parseDatabaseUrl("sqlite:var/a.sqlite")).toEqual({ kind: "sqlite", path: resolve("var/a.sqlite") });
    expect(parseDatabaseUrl("sqlite:///tmp/a.sqlite")).toEqual({ kind: "sqlite", path: "/tmp/a.sqlite" });
    expect(parseDatabaseUrl("sqlite::memory:")).toEqual({ kind: "sqlite-memory" });
    expect(parseDatabaseUrl("postgresql://u:p@h/db")).toEqual({ kind: "postgres", url: "postgresql://u:p@h/db" });
    expect(parseDatabaseUrl("postgres://h/db").kind).toBe("postgres");
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).toThrow(/not understood/);
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).not.toThrow(/secret/);
  });

  it("says which PostgreSQL could not be opened, without its password", async () => {
    const opening = openStore("postgres://accueil:s3cret@127.0.0.1:1/accueil");
    await expect(opening).rejects.toThrow(/Cannot open PostgreSQL database postgres:\/\/accueil:\*\*\*@127\.0\.0\.1:1\/accueil/);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });
});

describe("SQLite store file", () => {
  it("creates the data directory and data/accueil.sqlite on first start, in WAL mode with foreign keys", async () => {
    const dataDir = join(scratch(), "nested", "data");
    const store = await openKyselyStore(undefined, { dataDir });
    cleanups.push(() => store.close());
    expect(existsSync(join(dataDir, "accueil.sqlite"))).toBe(true);
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
    const pragmas = { journal: journal.rows[0]?.journal_mode, fk: fk.rows[0]?.foreign_keys, busy: busy.rows[0]?.timeout };
    expect(pragmas).toEqual({ journal: "wal", fk: 1, busy: 5000 });
  });

  it("keeps everything across a restart (close and reopen the same file)", async () => {
    const url = `sqlite:${join(scratch(), "accueil.sqlite")}`;
    const first = await openStore(url);
    const conv = await first.findOrCreateConversation("telegram", "99", T0);
    const seq = await first.appendMessage({ conversationId: conv.id, direction: "in", author: "resident", authorName: null, body: { text: "bonjour" }, createdAt: T0 });
    const kase = await first.createCase(
      { conversationId: conv.id, urgency: "high", level: 3, entryId: null, crisis: null, summary: "s", contactMethod: "this-chat", contactValue: null, contactTime: null, description: "d", language: "fr", consentAt: T0 },
      T0,
    );
    await first.scheduleJob({ kind: "reminder", dedupeKey: "case:1:2h", payload: { caseId: kase.id }, runAt: T0 });
    await first.recordInbound("telegram", "u1", T0);
    await first.close();

    const second = await openStore(url); // migrations run again: must be a no-op
    cleanups.push(() => second.close());
    expect((await second.findConversation("telegram", "99"))?.id).toBe(conv.id);
    expect((await second.listMessages(conv.id)).map((m) => m.body)).toEqual([{ text: "bonjour" }]);
    expect((await second.getCaseByReference(kase.reference))?.id).toBe(kase.id);
    expect(await second.recordInbound("telegram", "u1", T0)).toBe(false);
    expect((await second.claimDueJobs(T0, 10, 1000)).map((j) => j.payload)).toEqual([{ caseId: kase.id }]);
    const nextSeq = await second.appendMessage({ conversationId: conv.id, direction: "out", author: "bot", authorName: null, body: { replies: [] }, createdAt: T0 });
    expect(nextSeq).toBeGreaterThan(seq);
  });

  it("opens an in-memory database for quick tools (no file, no lock)", async () => {
    const a = await openStore("sqlite::memory:");
    const b = await openStore("sqlite::memory:");
    await a.findOrCreateConversation("cli", "x", T0);
    expect(await b.findConversation("cli", "x")).toBeUndefined();
    await a.close();
    await b.close();
  });
});

describe("single server per SQLite file", () => {
  it("refuses a second store on the same file in this process, and frees the file on close", async () => {
    const path = join(scratch(), "accueil.sqlite");
    const first = await openStore(`sqlite:${path}`);
    const refusal = openStore(`sqlite:${path}`);
    await expect(refusal).rejects.toBeInstanceOf(InstanceLockError);
    await expect(refusal).rejects.toThrow(/already using the database/);
    await first.close();
    const again = await openStore(`sqlite:${path}`);
    await again.close();
  });

  it("lets command-line tools open the file beside the running server", async () => {
    const path = join(scratch(), "accueil.sqlite");
    const server = await openStore(`sqlite:${path}`);
    cleanups.push(() => server.close());
    await server.findOrCreateConversation("web", "x", T0);
    const tool = await openStore(`sqlite:${path}`, { instanceLock: false });
    expect(await tool.findConversation("web", "x")).toBeDefined();
    await tool.close();
  });

  it("makes a second process refuse to start with a message that says how to fix it", async () => {
    const path = join(scratch(), "accueil.sqlite");
    const store = await openStore(`sqlite:${path}`);
    cleanups.push(() => store.close());
    const second = await child(`sqlite:${path}`);
    expect(second.ready).toBe(false);
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`process ${process.pid} on ${hostname()}`);
    expect(second.stderr).toContain("stop the other Accueil process first");
  });

  it("is released by a crash: kill -9 the holder and the next one starts, with no file to delete", async () => {
    const path = join(scratch(), "accueil.sqlite");
    const holder = await child(`sqlite:${path}`);
    expect(holder.ready).toBe(true);
    await expect(openStore(`sqlite:${path}`)).rejects.toThrow(`process ${holder.process.pid}`);
    holder.process.kill("SIGKILL");
    await exited(holder.process);
    const store = await openStore(`sqlite:${path}`);
    cleanups.push(() => store.close());
  });

  it("is not fooled by a symbolic link, and refuses a file with several hard links", async () => {
    const dir = scratch();
    const path = join(dir, "accueil.sqlite");
    const store = await openStore(`sqlite:${path}`);
    symlinkSync(path, join(dir, "other-name.sqlite"));
    await expect(openStore(`sqlite:${join(dir, "other-name.sqlite")}`)).rejects.toThrow(/already using the database/);
    await store.close();
    linkSync(path, join(dir, "hard-link.sqlite"));
    await expect(openStore(`sqlite:${path}`)).rejects.toThrow(/2 names \(hard links\)/);
  });
});
