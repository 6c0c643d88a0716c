/**
 * Where every Telegram update enters, from the webhook or from long polling: written to the inbox first
 * (admit; the store implements channels/channel-inbox.ts), and only then acknowledged — the webhook's
 * 200 and the polling offset wait for that write, so a crash at any moment after loses nothing. Then
 * updates of one chat are handled one after another, in arrival order, while different chats proceed in
 * parallel.
 *
 * Duplicates: Telegram redelivers an update when our answer is late or lost; the inbox's unique
 * (channel, update_id) admits it once. An update admitted but not handled — its instance died — is taken
 * up again once its lease runs out (recover(), at start and every half minute, on any instance); handling
 * twice is harmless, the core recording the update_id in the turn's own transaction.
 */
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { Clock } from "../../core/clock.js";
import type { ChannelInbox } from "../channel-inbox.js";
import { chatIdOf } from "./to-inbound-message.js";
import { retryDelayMs } from "../../delivery/retry-delay.js";

const CHANNEL = "telegram";
/** An admitted update belongs to its instance this long; after, another may take it up. */
export const INBOX_LEASE_MS = 30_000;

export interface UpdateIntakeOptions {
  handle: (update: Update) => Promise<void>;
  inbox: ChannelInbox;
  clock: Clock;
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

  /**
   * Writes the update to the inbox, then queues it; resolves once it is written (acknowledge then).
   * False for a redelivery (nothing more is done). Throws when the store cannot take it: do not
   * acknowledge, Telegram will deliver it again.
   */
  async admit(update: Update): Promise<boolean> {
    if (this.recent.has(update.update_id)) return false;
    const now = this.options.clock.now();
    let admitted: boolean;
    try {
      admitted = await this.admitToStore(update, now);
    } catch (error) {
      // The store is down. The update is not acknowledged (Telegram will deliver it again), but it is
      // handled once now anyway: a crisis gets its numbers whatever else fails (the core answers it
      // without the store, and the handler sends that answer directly).
      void this.options.handle(update).catch(() => undefined);
      throw error;
    }
    if (!admitted) return false;
    this.queue(update);
    return true;
  }

  private admitToStore(update: Update, now: Date): Promise<boolean> {
    return this.options.inbox.admitInbound({
      channel: CHANNEL,
      dedupeKey: String(update.update_id),
      conversationKey: String(chatIdOf(update) ?? "no-chat"),
      payload: update,
      receivedAt: now,
      leaseUntil: new Date(now.getTime() + INBOX_LEASE_MS),
    });
  }

  /**
   * Takes up updates admitted by an instance that stopped before handling them. At the start of the one
   * server of a SQLite file (`atStart`), every pending update is such an orphan: no need to wait for the
   * dead process's leases to run out.
   */
  async recover(options: { atStart?: boolean } = {}): Promise<number> {
    const orphans = Boolean(options.atStart && this.options.inbox.exclusive);
    const items = await this.options.inbox.claimStaleInbox(CHANNEL, this.options.clock.now(), 100, INBOX_LEASE_MS, { orphans });
    for (const item of items) this.queue(item.payload as Update);
    return items.length;
  }

  private queue(update: Update): void {
    if (this.recent.has(update.update_id)) return;
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
    const delay = this.options.retryDelayMs ?? ((n: number) => retryDelayMs(n, { baseMs: 500, capMs: 4000 }));
    const key = String(update.update_id);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(update);
        await this.options.inbox.finishInbound(CHANNEL, key, { done: true, now: this.options.clock.now() }).catch((err: unknown) => {
          // Still pending: taken up again after its lease, and recognised as handled by the core.
          this.options.logger.warn({ err, updateId: update.update_id }, "marking a Telegram update handled failed");
        });
        return;
      } catch (error) {
        if (attempt >= attempts) {
          // Kept in the inbox as dead, with the error, for an operator; said loudly, without its content.
          this.options.logger.error({ err: error, updateId: update.update_id }, "Telegram update could not be handled");
          await this.options.inbox.finishInbound(CHANNEL, key, { done: false, error: String((error as Error).message ?? error) }).catch(() => undefined);
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
