/**
 * Runs tasks one at a time per key (one turn at a time per conversation), in arrival order, while
 * different keys run concurrently. In-process only: a second instance on the same SQLite file is refused
 * at start-up, and with PostgreSQL the inbound-id unique constraint still prevents double handling.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      // Forget the key once nothing else queued behind this task, so the map does not grow forever.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with work queued (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}
