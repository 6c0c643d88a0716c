/**
 * One process per SQLite file. Two Accueil processes on the same file would both run the outbox worker
 * and the job sweeper (double sends, double reminders) and fight over the write lock, so the second one
 * refuses to start.
 *
 * The lock is a file next to the database (`accueil.sqlite.lock`) created atomically (link(2)) and holding the
 * owner's pid and host name. A lock whose pid is dead on this host is stale (crash, kill -9, power cut)
 * and is taken over. A lock naming our own pid but not held by this process comes from an earlier life of
 * a container that restarts with the same pid (often 1) — also stale.
 */
import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { z } from "zod";

export class InstanceLockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InstanceLockError";
  }
}

export interface InstanceLock {
  readonly path: string;
  release(): void;
}

const lockContentSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
});
type LockContent = z.infer<typeof lockContentSchema>;

/** Lock files this process holds, so a same-pid lock can be told apart from a stale one. */
const heldByThisProcess = new Set<string>();

export function acquireInstanceLock(databasePath: string): InstanceLock {
  const path = `${databasePath}.lock`;
  const content: LockContent = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  // Second round only after removing a stale lock; if another process wins that race, we refuse.
  for (let round = 0; round < 2; round++) {
    if (tryCreate(path, content)) {
      heldByThisProcess.add(path);
      const onExit = (): void => releaseIfOurs(path);
      process.once("exit", onExit);
      return {
        path,
        release: () => {
          process.removeListener("exit", onExit);
          releaseIfOurs(path);
        },
      };
    }
    const existing = readLock(path);
    if (existing === "missing") continue;
    if (existing !== "unreadable" && isStale(path, existing)) {
      removeIfUnchanged(path, existing);
      continue;
    }
    throw new InstanceLockError(refusal(databasePath, path, existing));
  }
  throw new InstanceLockError(refusal(databasePath, path, readLock(path)));
}

/**
 * Writes the content to a private file, then hard-links it to the lock path: link() fails with EEXIST
 * if the lock exists, and otherwise makes a complete lock appear at once (never a half-written one).
 */
function tryCreate(path: string, content: LockContent): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, `${JSON.stringify(content)}\n`, { mode: 0o644 });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readLock(path: string): LockContent | "missing" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  try {
    return lockContentSchema.parse(JSON.parse(text));
  } catch {
    // Corrupt or foreign content: never guess that it is stale (the refusal says how to fix it).
    return "unreadable";
  }
}

function isStale(path: string, lock: LockContent): boolean {
  if (lock.hostname !== hostname()) return false; // cannot check a pid on another machine
  if (lock.pid === process.pid) return !heldByThisProcess.has(path);
  return !isAlive(lock.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeIfUnchanged(path: string, seen: LockContent): void {
  const now = readLock(path);
  if (typeof now === "object" && now.pid === seen.pid && now.startedAt === seen.startedAt) {
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

function releaseIfOurs(path: string): void {
  if (!heldByThisProcess.delete(path)) return;
  const current = readLock(path);
  if (typeof current === "object" && current.pid === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      // already gone: nothing to release
    }
  }
}

function refusal(databasePath: string, lockPath: string, lock: LockContent | "missing" | "unreadable"): string {
  const who =
    typeof lock === "object"
      ? `process ${lock.pid} on ${lock.hostname}, started ${lock.startedAt}`
      : "another process (the lock file could not be read)";
  return [
    `Another Accueil is already using the database ${databasePath} (${who}).`,
    "Only one process may use a SQLite database at a time.",
    "To fix: stop the other Accueil process first, or give this one its own database",
    "(DATABASE_URL=sqlite:/path/to/other.sqlite, or a PostgreSQL DATABASE_URL to run several instances).",
    `If you are sure no other Accueil runs with this file, delete the lock file: ${lockPath}`,
  ].join("\n");
}
