/**
 * One server per SQLite file. Two Accueil servers on the same file would both run the outbox worker and
 * the job sweeper (double sends, double reminders), so the second one refuses to start. Command-line
 * tools (agents add, outbox list) do not take this lock: they may run beside the server.
 *
 * The lock is an operating-system lock, held by SQLite itself: a small lock database next to the real
 * database file, named after that file's device and inode, kept in an open EXCLUSIVE transaction for the
 * life of the process. So:
 * - a crash, kill -9 or power cut releases it (the OS drops a dead process's locks) — nothing to clean up,
 *   and a restarted container, whatever its pid, finds it free;
 * - a symbolic link to the database leads to the same inode, hence the same lock; a database file with
 *   several hard links is refused outright (another directory's link would have its own lock file).
 * A sidecar `.owner` file says which process holds it, for the refusal message only.
 * (Network file systems do not honour such locks reliably — as SQLite itself warns: keep the file local.)
 */
import { closeSync, openSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import BetterSqlite3 from "better-sqlite3";

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

export function acquireInstanceLock(databasePath: string): InstanceLock {
  // The database file must exist for its inode to name the lock (SQLite would create it empty anyway).
  closeSync(openSync(databasePath, "a"));
  const real = realpathSync(databasePath);
  const file = statSync(real);
  if (file.nlink > 1) {
    throw new InstanceLockError(
      `The database ${databasePath} has ${file.nlink} names (hard links): two servers could each open it under another name. ` +
        "Keep one name (remove the other links) and start again.",
    );
  }
  const path = join(dirname(real), `.accueil-${file.dev}-${file.ino}.lock`);
  const lock = new BetterSqlite3(path);
  try {
    lock.pragma("busy_timeout = 0");
    lock.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY") throw new InstanceLockError(refusal(databasePath, `${path}.owner`));
    throw error;
  }
  writeFileSync(`${path}.owner`, `${JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() })}\n`);
  let released = false;
  return {
    path,
    release: () => {
      if (released) return;
      released = true;
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}

function refusal(databasePath: string, ownerPath: string): string {
  let owner = "";
  try {
    const o = JSON.parse(readFileSync(ownerPath, "utf8")) as { pid?: unknown; hostname?: unknown; startedAt?: unknown };
    owner = ` (process ${String(o.pid)} on ${String(o.hostname)}, started ${String(o.startedAt)})`;
  } catch {
    // The owner note is only a courtesy.
  }
  return (
    `Another Accueil is already using the database ${databasePath}${owner}. ` +
    "Only one server may run on a SQLite file: stop the other Accueil process first, or use PostgreSQL " +
    "(DATABASE_URL=postgres://…) to run several. (A crashed process holds no lock: this one is alive.)"
  );
}
