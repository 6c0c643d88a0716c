/**
 * Durable timers (reminders, purges, erasure follow-ups): rows that survive a restart, swept by the
 * app's job runner. The core schedules some, channels handle some, the store keeps them all.
 */

export interface JobRecord {
  id: number;
  kind: string;
  /** Unique: scheduling the same key twice is a no-op (reminders fire once per case and threshold). */
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: Date;
  status: "pending" | "running" | "done" | "cancelled" | "failed";
  attempts: number;
  leaseUntil: Date | null;
  lastError: string | null;
}

export interface NewJob {
  kind: string;
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: Date;
}

/**
 * The job that removes what the bot posted on a platform about erased people (the Slack channel handles
 * it: case threads blanked, volunteers' and review posts replaced). The store writes it in the erasure's
 * own transaction, so a crash right after the erasure still removes them.
 */
export const ERASE_PLATFORM_TRACES_JOB = "erase-platform-traces";

/** The payload of ERASE_PLATFORM_TRACES_JOB. */
export interface PlatformTraces {
  /** Cases mirrored on a platform whose mirror must show the erased view and lose its thread lines. */
  caseIds: string[];
  /** Single posts to blank, with the bot's replies under them (a volunteers' question, a review post). */
  posts: Array<{ platform: "slack"; channel: string; ts: string }>;
}
