/**
 * Remembers, per web session and Idempotency-Key, the result of a message request, so that a retry
 * (a phone losing the network after sending) gets the same answer and causes no second turn. The
 * in-flight promise is stored before any await, so two concurrent retries share one turn.
 *
 * In memory: after a restart the core's inbound deduplication (the key is the platformMessageId) still
 * guarantees one effect; the retry then gets `duplicate: true` and an empty list of replies, and the
 * widget reads the replies from the transcript as usual.
 */
import type { Clock } from "../../core/clock.js";

interface Entry<T> {
  fingerprint: string;
  result: Promise<T>;
  expiresAt: number;
}

export class IdempotencyCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): Entry<T> | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, fingerprint: string, result: Promise<T>): void {
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { fingerprint, result, expiresAt: this.clock.now().getTime() + this.ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}
