/**
 * Where every Telegram update enters, from the webhook or from long polling: drop repeated deliveries
 * of the same update_id, then handle updates of one chat one after another, in arrival order, while
 * different chats proceed in parallel. The HTTP answer to Telegram never waits for this work.
 *
 * Duplicates: Telegram redelivers an update when our answer is late or lost. The durable dedupe is the
 * core's — it records the update_id (InboundMessage.platformMessageId) in the same transaction as the
 * turn, so a crash mid-turn leaves the id free for a retry. Here a bounded in-memory set of recent ids
 * only stops a second delivery from being queued while the first is still waiting or running (and from
 * answering a button press twice); recording the id in the store here as well would make the core see
 * every update as already handled.
 */
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { chatIdOf } from "./to-inbound-message.js";

export interface UpdateIntakeOptions {
  handle: (update: Update) => Promise<void>;
  logger: Pick<Logger, "error" | "warn">;
  /** How many recent update ids are remembered (default 10 000). */
  recentLimit?: number;
  /** Attempts for an update whose handling throws (store briefly unavailable). Default 3. */
  attempts?: number;
  /** Delay before attempt n+1, in ms (default 250 × 4^(n-1)). */
  retryDelayMs?: (attempt: number) => number;
  /**
   * Updates handled at the same time, all chats together (default 4). A core turn is mostly CPU work
   * on this one thread (understanding, SQLite): running hundreds at once gains nothing and makes the
   * webhook's own 200 wait behind them, so Telegram would see slow answers and redeliver.
   */
  maxConcurrent?: number;
}

export class UpdateIntake {
  private readonly recent = new Set<number>();
  private readonly tails = new Map<string, Promise<void>>();
  private pending = 0;
  private waiters: Array<() => void> = [];
  private running = 0;
  private readonly slots: Array<() => void> = [];
  private startGate: Promise<void> = Promise.resolve();

  constructor(private readonly options: UpdateIntakeOptions) {}

  /** Queues an update; false when this update_id was seen recently (nothing is done). */
  accept(update: Update): boolean {
    if (this.recent.has(update.update_id)) return false;
    this.remember(update.update_id);
    const key = String(chatIdOf(update) ?? "no-chat");
    this.pending++;
    const previous = this.tails.get(key) ?? Promise.resolve();
    const tail = previous.then(() => this.runInSlot(update)).finally(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
      this.pending--;
      if (this.pending === 0) for (const wake of this.waiters.splice(0)) wake();
    });
    this.tails.set(key, tail);
    return true;
  }

  /** Resolves once every update accepted so far has been handled (or given up on). */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  get queued(): number {
    return this.pending;
  }

  private async runInSlot(update: Update): Promise<void> {
    if (this.running >= (this.options.maxConcurrent ?? 4)) await new Promise<void>((resolve) => this.slots.push(resolve));
    else this.running++;
    try {
      await this.nextStart();
      await this.run(update);
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.slots.shift();
      if (next) next();
      else this.running--;
    }
  }

  /**
   * At most one turn starts per event-loop iteration, after pending I/O. With SQLite a turn never
   * really waits (better-sqlite3 answers synchronously, so the whole turn runs as one chain of
   * microtasks): turns started together would run back to back and hold webhook requests waiting for
   * their 200 for all that time. Spaced out, each request waits at most for one turn. With PostgreSQL
   * turns wait on the network, and up to maxConcurrent of them overlap.
   */
  private nextStart(): Promise<void> {
    const turn = this.startGate.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    this.startGate = turn;
    return turn;
  }

  private async run(update: Update): Promise<void> {
    const attempts = this.options.attempts ?? 3;
    const delay = this.options.retryDelayMs ?? ((n: number) => 250 * 4 ** (n - 1));
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(update);
        return;
      } catch (error) {
        if (attempt >= attempts) {
          // Telegram has had its 200 already: this update is lost. Say so loudly, without its content.
          this.options.logger.error({ err: error, updateId: update.update_id }, "Telegram update could not be handled");
          return;
        }
        this.options.logger.warn({ err: error, updateId: update.update_id, attempt }, "Telegram update failed; retrying");
        await new Promise((resolve) => setTimeout(resolve, delay(attempt)));
      }
    }
  }

  private remember(id: number): void {
    this.recent.add(id);
    const limit = this.options.recentLimit ?? 10_000;
    if (this.recent.size > limit) {
      // Sets iterate in insertion order: the first value is the oldest id.
      const oldest = this.recent.values().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }
}
