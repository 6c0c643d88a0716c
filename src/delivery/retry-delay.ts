/**
 * Exponential backoff with jitter for retries of sends and jobs.
 * "Equal jitter": half the delay is fixed, half random, so that many items failing together (a platform
 * outage) do not all come back in the same second, yet none comes back much sooner than planned.
 */
export interface RetryDelayOptions {
  baseMs?: number;
  capMs?: number;
  /** Returns a number in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
}

export const DEFAULT_RETRY_BASE_MS = 2_000;
export const DEFAULT_RETRY_CAP_MS = 10 * 60_000;

/** Delay before retry number `failures` (1 after the first failure). */
export function retryDelayMs(failures: number, options: RetryDelayOptions = {}): number {
  const base = options.baseMs ?? DEFAULT_RETRY_BASE_MS;
  const cap = options.capMs ?? DEFAULT_RETRY_CAP_MS;
  const random = options.random ?? Math.random;
  const exponent = Math.min(Math.max(failures, 1) - 1, 30); // 2^30 already exceeds any cap
  const delay = Math.min(cap, base * 2 ** exponent);
  return Math.round(delay / 2 + random() * (delay / 2));
}
