/**
 * Per-key rate limiting (a token bucket per web session, per IP for sign-in). In memory on purpose: a
 * restart resetting the buckets is harmless, and the store stays free of write traffic for every
 * message. Time comes from the injected clock so tests can move it.
 */
import type { Clock } from "../core/clock.js";

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  /** `capacity` requests at once, refilled at `capacity` per `periodMs`. */
  constructor(
    private readonly capacity: number,
    periodMs: number,
    private readonly clock: Clock,
    private readonly maxKeys = 50_000,
  ) {
    this.refillPerMs = capacity / periodMs;
  }

  take(key: string): TakeResult {
    const now = this.clock.now().getTime();
    const bucket = this.refill(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const waitMs = (1 - bucket.tokens) / this.refillPerMs;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Forgets a key (e.g. a web session the resident erased). */
  reset(key: string): void {
    this.buckets.delete(key);
  }

  private refill(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = { tokens: this.capacity, updatedAt: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * this.refillPerMs);
    bucket.updatedAt = now;
    return bucket;
  }

  /** Drops buckets that are full again (they carry no information), then the oldest if still too many. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const tokens = bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.refillPerMs;
      if (tokens >= this.capacity) this.buckets.delete(key);
    }
    while (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
  }
}
