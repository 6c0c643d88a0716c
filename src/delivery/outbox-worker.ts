/**
 * Sends the outbox of one push channel (Telegram, Slack, Teams).
 *
 * The outbox rows are the durable state; this loop is only the engine. It wakes on the `outbox` core
 * event and on a polling interval (which also picks up retries that come due, and items queued by another
 * instance). Per-conversation order comes from the store: claimDueOutbox hands out at most the oldest
 * pending item of each conversation, so a message waiting for a retry holds back the ones after it until
 * it is sent or dead.
 *
 * Outcomes: ok → sent; retryAfterMs (a platform's 429) → a wait of exactly that, not a failure;
 * "blocked" → the conversation is marked unreachable and its pending items dead-lettered; "rejected" →
 * that item is dead, the next one goes; other failures → exponential backoff with jitter. An item still
 * not sent a day after it was queued is dead (a dead letter: `accueil outbox list`, /metrics), and as
 * soon as the oldest pending item is older than alertAfterMs the worker logs an error every few minutes.
 *
 * Sending is concurrent across conversations (up to `concurrency` at once), ordered within each.
 */
import { createSerialRunner } from "./serial-runner.js";
import type { Clock } from "../core/clock.js";
import type { CoreEvents } from "../core/core-events.js";
import type { ChannelName } from "../core/messages.js";
import type { OutboxItem, Store } from "../store/store.js";
import type { SendOutcome } from "./send-outcome.js";
import { retryDelayMs, type RetryDelayOptions } from "./retry-delay.js";

export type { SendOutcome } from "./send-outcome.js";

/** pino-compatible subset, so the app can pass its logger and tests can pass nothing. */
export interface WorkerLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface OutboxWorkerOptions {
  store: Store;
  channel: ChannelName;
  send: (item: OutboxItem) => Promise<SendOutcome>;
  clock: Clock;
  events?: CoreEvents;
  /** Items claimed per round (at most one per conversation). Default 20. */
  batchSize?: number;
  /** Polling interval of the loop; 0 disables polling (tests drive it with drain()). Default 1000. */
  pollMs?: number;
  /** Failed attempts after which an item is dead. Default: no limit (maxAgeMs decides). */
  maxAttempts?: number;
  /** An item not sent this long after it was queued is dead. Default 24 hours. */
  maxAgeMs?: number;
  /** Sends in flight at once, each to a different conversation. Default 8. */
  concurrency?: number;
  /** Log an error when the oldest pending item is older than this (checked each minute). Default 5 min. */
  alertAfterMs?: number;
  retry?: RetryDelayOptions;
  logger?: WorkerLogger;
}

export interface OutboxWorker {
  /** Stops polling and listening, and waits for the round in progress. */
  stop(): Promise<void>;
  /** Sends everything due now, round after round, until nothing due is left. */
  drain(): Promise<void>;
}

/** How often the backlog's age is checked, and how often the alert is repeated while it lasts. */
const LAG_CHECK_MS = 60_000;
const ALERT_REPEAT_MS = 10 * 60_000;

const consoleLogger: WorkerLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, channel, send, clock } = options;
  const batchSize = options.batchSize ?? 20;
  const pollMs = options.pollMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? Infinity;
  const maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60_000;
  const concurrency = options.concurrency ?? 8;
  const alertAfterMs = options.alertAfterMs ?? 5 * 60_000;
  const logger = options.logger ?? consoleLogger;
  let stopped = false;

  // One round at a time: rounds are chained, and a wake-up during a round asks for one more round.
  const serial = createSerialRunner();
  let roundQueued = false;

  /** One claim and its sends; returns the items it handled and how many are settled (sent or dead). */
  async function round(): Promise<{ items: OutboxItem[]; settled: number }> {
    const items = await store.claimDueOutbox(channel, clock.now(), batchSize);
    let settled = 0;
    // Different conversations only (one head each): several at once, so a slow platform (1.5 s a call)
    // does not make every resident wait for all the others.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < items.length) if ((await deliver(items[next++]!)) !== "retry") settled++;
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
    return { items, settled };
  }

  async function deliver(item: OutboxItem): Promise<"sent" | "dead" | "retry"> {
    const conversation = await store.getConversation(item.conversationId);
    if (!conversation) {
      await store.markOutboxDead(item.id, "conversation no longer exists");
      return "dead";
    }
    if (conversation.unreachable) {
      // Nothing is sent to a resident who blocked the bot until they write again.
      await store.deadLetterConversation(item.conversationId, "resident unreachable (blocked the bot)");
      return "dead";
    }
    let outcome: SendOutcome;
    try {
      outcome = await send(item);
    } catch (error) {
      // A sender that throws is a bug or an unexpected network failure: retry it like a transient one.
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const now = clock.now();
    if (outcome.ok) {
      await store.markOutboxSent(item.id, now);
      return "sent";
    }
    if (outcome.permanent === "blocked") {
      await store.saveConversation(item.conversationId, { unreachable: true }, now);
      const dead = await store.deadLetterConversation(item.conversationId, outcome.error);
      logger.warn({ channel, conversationId: item.conversationId, dead }, "resident blocked the bot; outbox dead-lettered");
      return "dead";
    }
    if (outcome.permanent === "rejected") {
      await store.markOutboxDead(item.id, outcome.error);
      logger.error({ channel, outboxId: item.id, error: outcome.error }, "platform rejected an outbox item");
      return "dead";
    }
    const failures = item.attempts + 1;
    if (now.getTime() - item.createdAt.getTime() >= maxAgeMs) {
      await store.markOutboxDead(item.id, outcome.error);
      logger.error({ channel, outboxId: item.id, failures, error: outcome.error }, "outbox item dead: not sent within a day (accueil outbox retry to send it again)");
      return "dead";
    }
    if (outcome.retryAfterMs === undefined && failures >= maxAttempts) {
      await store.markOutboxDead(item.id, outcome.error);
      logger.error({ channel, outboxId: item.id, failures, error: outcome.error }, "outbox item dead after repeated failures");
      return "dead";
    }
    // A rate limit says exactly when to come back: honour it to the millisecond, without jitter.
    const delay = outcome.retryAfterMs ?? retryDelayMs(failures, options.retry);
    await store.markOutboxRetry(item.id, new Date(now.getTime() + Math.max(0, delay)), outcome.error);
    return "retry";
  }


  /** Wake-up from the timer or an event: at most one extra round waits behind the current one. */
  function wake(): void {
    if (stopped || roundQueued) return;
    roundQueued = true;
    void serial.run(async () => {
      roundQueued = false;
      if (stopped) return;
      // Keep going while rounds come back full and make progress: more may be due right now.
      for (;;) {
        const { items, settled } = await round();
        if (items.length < batchSize || settled === 0 || stopped) break;
      }
    }).catch((error: unknown) => logger.error({ channel, error }, "outbox round failed"));
  }

  const unsubscribe = options.events?.on("outbox", (event) => {
    if (event.channel === channel) wake();
  });
  const timer = pollMs > 0 ? setInterval(wake, pollMs) : undefined;
  timer?.unref();
  // The alert: a platform down for minutes leaves messages waiting; someone must know.
  let alertedAt = 0;
  const lagCheck = pollMs > 0 ? setInterval(() => void checkLag(), LAG_CHECK_MS) : undefined;
  lagCheck?.unref();
  async function checkLag(): Promise<void> {
    const stats = (await store.outboxStats().catch(() => [])).find((s) => s.channel === channel);
    const now = clock.now().getTime();
    const age = stats?.oldestPendingAt ? now - stats.oldestPendingAt.getTime() : 0;
    if (age > alertAfterMs && now - alertedAt >= ALERT_REPEAT_MS) {
      alertedAt = now;
      logger.error({ channel, pending: stats?.pending, oldestSeconds: Math.round(age / 1000) }, "outbox lagging: messages are waiting to be sent (platform down or rate-limited?)");
    }
  }
  wake();

  return {
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (lagCheck) clearInterval(lagCheck);
      unsubscribe?.();
      await serial.idle();
    },
    drain() {
      return serial.run(async () => {
        // Round after round (a conversation's next item becomes due once its head is sent). A round
        // made only of items this drain already tried ends it — after trying them once more, so that
        // none stays leased — otherwise a platform answering retryAfter 0 would make drain() spin.
        const seen = new Set<number>();
        for (;;) {
          const { items } = await round();
          if (items.length === 0 || items.every((item) => seen.has(item.id))) break;
          for (const item of items) seen.add(item.id);
        }
      });
    },
  };
}
