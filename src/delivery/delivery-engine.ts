/**
 * The one engine behind every outgoing queue: residents' messages (Telegram, Teams, the widget's push
 * channels) and the Slack calls of agents and volunteers. The queues differ in their table and in what
 * "one head" means (a conversation, a Slack channel); the policy is the same, and lives here:
 *
 * - Rounds: claim the due heads (the store hands out at most the oldest pending item of each ordering
 *   key, so order holds), send up to `concurrency` of them at once — different keys only — and go on
 *   while rounds come back full and make progress. One round at a time per process.
 * - Outcomes: ok → sent; retryAfterMs (a platform's 429) → a wait of exactly that, never a failure;
 *   "blocked" / "rejected" → dead at once (the queue decides what else that means); other failures →
 *   exponential backoff with jitter; anything still unsent `maxAgeMs` after it was queued (a day) is a
 *   dead letter for a person (`accueil outbox list|retry`, the console banner, /metrics).
 * - The lag alert: as soon as the oldest pending item is older than `alertAfterMs`, an error is logged
 *   (then every ten minutes while it lasts), so a platform outage is known within two minutes.
 * - Wake-ups: an event (something was queued here), a polling interval (retries coming due, items queued
 *   by another instance), or drain() in tests.
 */
import type { SendOutcome } from "./send-outcome.js";
import { createSerialRunner } from "./serial-runner.js";
import { retryDelayMs, type RetryDelayOptions } from "./retry-delay.js";
import type { Clock } from "../core/clock.js";

/** pino-compatible subset, so the app can pass its logger and tests can pass nothing. */
export interface WorkerLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface QueuedItem {
  id: number;
  attempts: number;
  createdAt: Date;
}

/** One durable queue, as the engine sees it. */
export interface DeliveryQueue<I extends QueuedItem> {
  /** For logs: "telegram", "slack"… */
  name: string;
  claim(now: Date, limit: number): Promise<I[]>;
  send(item: I): Promise<SendOutcome>;
  markSent(item: I, now: Date): Promise<void>;
  markRetry(item: I, at: Date, error: string): Promise<void>;
  markDead(item: I, error: string): Promise<void>;
  /** The recipient refuses everything from us (blocked the bot): by default the item is dead. */
  markBlocked?(item: I, error: string, now: Date): Promise<void>;
  /** When the oldest pending item was queued (null when nothing waits), for the lag alert. */
  oldestPendingAt(): Promise<Date | null>;
  /** What to log about an item (ids and kinds, never a resident's words). */
  describe(item: I): object;
}

export interface DeliveryPolicy {
  /** Items claimed per round (at most one per ordering key). Default 20. */
  batchSize?: number;
  /** Polling interval; 0 disables polling and the lag alert (tests drive the engine with drain()). Default 1000. */
  pollMs?: number;
  /** Sends in flight at once, each for a different ordering key. Default 8. */
  concurrency?: number;
  /** Failed attempts after which an item is dead. Default: no limit (maxAgeMs decides). */
  maxAttempts?: number;
  /** An item not sent this long after it was queued is dead. Default 24 hours. */
  maxAgeMs?: number;
  /** Log an error when the oldest pending item is older than this. Default 60 s. */
  alertAfterMs?: number;
  /** The platform's overall limit, in calls per second from this process (Telegram: 30). Default: none. */
  ratePerSecond?: number;
  /** Backoff of transient failures; capped at a minute by default, so that once a platform is back
   * every waiting resident gets their messages within a minute. */
  retry?: RetryDelayOptions;
}

export interface DeliveryEngine {
  /** Starts polling and the lag alert, and runs a first round. */
  start(): void;
  /** Asks for a round (at most one waits behind the current one). */
  wake(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
  /** Sends everything due now, round after round, until nothing due is left. */
  drain(): Promise<void>;
}

/** How often the backlog's age is looked at, and how often the alert is repeated while it lasts. */
const LAG_CHECK_MS = 15_000;
const RETRY_CAP_MS = 60_000;
const ALERT_REPEAT_MS = 10 * 60_000;

type Settled = "sent" | "dead" | "retry";

export function createDeliveryEngine<I extends QueuedItem>(queue: DeliveryQueue<I>, clock: Clock, logger: WorkerLogger, policy: DeliveryPolicy = {}): DeliveryEngine {
  const batchSize = policy.batchSize ?? 20;
  const pollMs = policy.pollMs ?? 1_000;
  const concurrency = Math.max(1, policy.concurrency ?? 8);
  const maxAttempts = policy.maxAttempts ?? Infinity;
  const maxAgeMs = policy.maxAgeMs ?? 24 * 60 * 60_000;
  const alertAfterMs = policy.alertAfterMs ?? 60_000;
  const serial = createSerialRunner();
  let running = false;
  let roundQueued = false;
  let timers: NodeJS.Timeout[] = [];
  let alertedAt = 0;
  const pace = createPacer(policy.ratePerSecond);

  async function deliver(item: I): Promise<Settled> {
    let outcome: SendOutcome;
    try {
      await pace();
      outcome = await queue.send(item);
    } catch (error) {
      // A sender that throws is a bug or an unexpected network failure: retried like a transient one.
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const now = clock.now();
    const about = { queue: queue.name, ...queue.describe(item) };
    if (outcome.ok) {
      await queue.markSent(item, now);
      return "sent";
    }
    if (outcome.permanent === "blocked") {
      if (queue.markBlocked) await queue.markBlocked(item, outcome.error, now);
      else await queue.markDead(item, outcome.error);
      logger.warn({ ...about, error: outcome.error }, "recipient unreachable (blocked the bot): dead-lettered");
      return "dead";
    }
    if (outcome.permanent === "rejected") {
      await queue.markDead(item, outcome.error);
      logger.error({ ...about, error: outcome.error }, "outgoing message refused for good: dead-lettered (accueil outbox list)");
      return "dead";
    }
    const failures = item.attempts + 1;
    if (now.getTime() - item.createdAt.getTime() >= maxAgeMs) {
      await queue.markDead(item, outcome.error);
      logger.error({ ...about, failures, error: outcome.error }, "outgoing message dead: not sent within a day (accueil outbox retry to send it again)");
      return "dead";
    }
    if (outcome.retryAfterMs === undefined && failures >= maxAttempts) {
      await queue.markDead(item, outcome.error);
      logger.error({ ...about, failures, error: outcome.error }, "outgoing message dead after repeated failures");
      return "dead";
    }
    // A rate limit says exactly when to come back: honoured to the millisecond, without jitter.
    const delay = outcome.retryAfterMs ?? retryDelayMs(failures, { capMs: RETRY_CAP_MS, ...policy.retry });
    await queue.markRetry(item, new Date(now.getTime() + Math.max(0, delay)), outcome.error);
    return "retry";
  }

  /** One claim and its sends; returns the items it handled and how many are settled (sent or dead). */
  async function round(): Promise<{ items: I[]; settled: number }> {
    const items = await queue.claim(clock.now(), batchSize);
    let settled = 0;
    let next = 0;
    // Heads of different keys only: several at once, so a slow platform (1.5 s a call) does not make
    // every resident wait for all the others.
    const lane = async (): Promise<void> => {
      while (next < items.length) if ((await deliver(items[next++]!)) !== "retry") settled++;
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
    return { items, settled };
  }

  function wake(): void {
    if (!running || roundQueued) return;
    roundQueued = true;
    void serial
      .run(async () => {
        roundQueued = false;
        // Keep going while rounds come back full and make progress: more may be due right now.
        while (running) {
          const { items, settled } = await round();
          if (items.length < batchSize || settled === 0) break;
        }
      })
      .catch((error: unknown) => logger.error({ queue: queue.name, error }, "sending round failed"));
  }

  async function checkLag(): Promise<void> {
    const oldest = await queue.oldestPendingAt().catch(() => null);
    const now = clock.now().getTime();
    const age = oldest ? now - oldest.getTime() : 0;
    if (age > alertAfterMs && now - alertedAt >= ALERT_REPEAT_MS) {
      alertedAt = now;
      logger.error({ queue: queue.name, oldestSeconds: Math.round(age / 1000) }, "outbox lagging: messages are waiting to be sent (platform down or rate-limited?)");
    } else if (age <= alertAfterMs) alertedAt = 0;
  }

  return {
    start() {
      if (running) return;
      running = true;
      if (pollMs > 0) {
        timers = [setInterval(wake, pollMs), setInterval(() => void checkLag(), Math.min(LAG_CHECK_MS, alertAfterMs))];
        for (const timer of timers) timer.unref();
      }
      wake();
    },
    wake,
    async stop() {
      running = false;
      for (const timer of timers) clearInterval(timer);
      timers = [];
      await serial.idle();
    },
    drain() {
      return serial.run(async () => {
        // Round after round (a key's next item becomes due once its head is sent). A round made only of
        // items this drain already tried ends it — after trying them once more, so that none stays
        // leased — otherwise a platform answering retryAfter 0 would make drain() spin.
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

/**
 * Spaces calls evenly to stay under a platform's rate (no burst above it, unlike a bucket that starts
 * full); calls share one schedule, whatever lane they come from. No rate: no wait.
 */
function createPacer(ratePerSecond: number | undefined): () => Promise<void> {
  if (!ratePerSecond || ratePerSecond <= 0) return async () => undefined;
  const intervalMs = 1000 / ratePerSecond;
  let nextSlot = 0;
  return async () => {
    const now = performance.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + intervalMs;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
}
