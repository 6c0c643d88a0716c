/**
 * Remembers, per web session and Idempotency-Key, the result of a message request, so that a retry
 * (a phone losing the network after sending) gets the same answer and causes no second turn. The
 * in-flight promise is stored before any await, so two concurrent retries share one turn.
 *
 * In memory: after a restart the core's inbound deduplication (the key is the platformMessageId) still
 * guarantees one effect; the retry then gets `duplicate: true` and an empty list of replies, and the
 * widget reads the replies from the transcript as usual.
 */
import { LRUCache } from "lru-cache";
import type { Clock } from "../../core/clock.js";

interface Entry<T> {
  fingerprint: string;
  result: Promise<T>;
}

/** lru-cache bounds the memory (the least recently used key goes first) and expires keys on our clock. */
export class IdempotencyCache<T> {
  private readonly entries: LRUCache<string, Entry<T>>;

  constructor(clock: Clock, ttlMs = 24 * 60 * 60 * 1000, maxEntries = 10_000) {
    this.entries = new LRUCache<string, Entry<T>>({ max: maxEntries, ttl: ttlMs, ttlResolution: 0, perf: { now: () => clock.now().getTime() } });
  }

  get(key: string): Entry<T> | undefined {
    return this.entries.get(key);
  }

  set(key: string, fingerprint: string, result: Promise<T>): void {
    this.entries.set(key, { fingerprint, result });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}
