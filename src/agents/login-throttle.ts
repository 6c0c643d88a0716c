/**
 * Slows down password guessing without ever locking an agent out.
 *
 * Failed sign-ins are rows in the store (so every instance sees the same counts), keyed by username AND
 * client address, and by address alone. Past a few free failures, each further attempt must wait a delay
 * that doubles with every failure (2 s, 4 s, 8 s… at most 15 minutes) counted from the last failure:
 * - per username from one address: 3 free failures (a person mistyping), then the delay;
 * - per address, whatever the username: 10 free failures (a front desk's shared address), then the delay.
 * Nothing is keyed on the username alone: an attacker's failures from their address never delay the
 * owner signing in from another one. A success forgets that username's failures from that address.
 * Attempts while a delay runs are refused before the password is even checked (no costly hash), and are
 * not counted. Rows older than a day are deleted by the scheduled sign-in clean-up.
 *
 * The username is stored hashed (usernameKey): only equality matters, and a password typed into the
 * username field by mistake must not sit in the database.
 */
import { createHash } from "node:crypto";
import type { Clock } from "../core/clock.js";
import type { AgentStore } from "./agent-store.js";

export const LOGIN_FAILURE_WINDOW_MS = 24 * 3_600_000;
export const FREE_FAILURES_PER_USERNAME_AND_ADDRESS = 3;
export const FREE_FAILURES_PER_ADDRESS = 10;
export const MAX_LOGIN_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after the last failure, given how many there were and how many are free. */
export function progressiveDelaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free + 1), MAX_LOGIN_DELAY_SECONDS);
}

/** What failed sign-ins are keyed on instead of the username as typed. */
export function usernameKey(username: string): string {
  return createHash("sha256").update(`login:${username}`).digest("hex");
}

/** Seconds this attempt must still wait (0: go ahead). `username` as typed (trimmed, lower-cased). */
export async function loginWaitSeconds(store: AgentStore, clock: Clock, username: string, address: string): Promise<number> {
  const now = clock.now().getTime();
  const counts = await store.countLoginFailures(usernameKey(username), address, new Date(now - LOGIN_FAILURE_WINDOW_MS));
  const remaining = (count: number, lastAt: Date | null, free: number): number => {
    if (lastAt === null) return 0;
    const until = lastAt.getTime() + progressiveDelaySeconds(count, free) * 1000;
    return Math.max(0, Math.ceil((until - now) / 1000));
  };
  return Math.max(
    remaining(counts.pair.count, counts.pair.lastAt, FREE_FAILURES_PER_USERNAME_AND_ADDRESS),
    remaining(counts.address.count, counts.address.lastAt, FREE_FAILURES_PER_ADDRESS),
  );
}
