/**
 * Every Slack call that posts, updates or reacts goes through here: a durable queue per Slack channel
 * (the slack_outbox table, see migration 0002 for why a table of its own) and a worker that sends it.
 *
 * - Order per channel: the store hands out only the oldest pending item of each channel, so a thread
 *   reply never overtakes the case message it answers, and an item waiting for a retry holds back the
 *   ones after it.
 * - About one message per second per channel (Slack's chat.postMessage limit): after a send, the
 *   channel's next items are made to wait paceMs, in the database, so a restart or a second instance
 *   keeps the pace too.
 * - Retry-After is honoured to the millisecond; other transient failures back off exponentially; a
 *   refusal Slack will repeat (channel_not_found, invalid_blocks…) kills that item only.
 * The worker wakes when something is enqueued here and polls (pollMs) for retries coming due and items
 * queued by another instance.
 */
import { createSerialRunner } from "../../delivery/serial-runner.js";
import type { Clock } from "../../core/clock.js";
import type { SendOutcome } from "../../delivery/send-outcome.js";
import { retryDelayMs, type RetryDelayOptions } from "../../delivery/retry-delay.js";
import type { WorkerLogger } from "../../delivery/outbox-worker.js";
import type { SlackOutboxItem, Store } from "../../store/store.js";
import { slackOpSchema, type SlackOp } from "./slack-ops.js";

export interface SlackOutboxOptions {
  store: Store;
  clock: Clock;
  send: (op: SlackOp) => Promise<SendOutcome>;
  logger: WorkerLogger;
  /** Polling interval; 0 disables it (tests call drain()). Default 1000. */
  pollMs?: number;
  /** Gap between two sends in one Slack channel. Default 1000. */
  paceMs?: number;
  batchSize?: number;
  /** Failed attempts after which an item is dead. Default: no limit (maxAgeMs decides). */
  maxAttempts?: number;
  /** An item not sent this long after it was queued is dead. Default 24 hours. */
  maxAgeMs?: number;
  leaseMs?: number;
  retry?: RetryDelayOptions;
}

export interface SlackOutbox {
  /** Queues an op for a Slack channel; false when the dedupe or coalesce key says it is already there. */
  enqueue(slackChannel: string, op: SlackOp, keys?: { dedupeKey?: string; coalesceKey?: string }): Promise<boolean>;
  start(): void;
  stop(): Promise<void>;
  /** Sends everything due now, round after round, until nothing due is left. */
  drain(): Promise<void>;
}

export function createSlackOutbox(options: SlackOutboxOptions): SlackOutbox {
  const { store, clock, send, logger } = options;
  const pollMs = options.pollMs ?? 1_000;
  const paceMs = options.paceMs ?? 1_000;
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? Infinity;
  const maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60_000;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  const serial = createSerialRunner();
  let roundQueued = false;

  async function deliver(item: SlackOutboxItem): Promise<"sent" | "dead" | "retry"> {
    const parsed = slackOpSchema.safeParse(item.op);
    if (!parsed.success) {
      await store.markSlackOutboxDead(item.id, `unreadable op: ${parsed.error.message}`);
      logger.error({ outboxId: item.id }, "unreadable Slack outbox op");
      return "dead";
    }
    let outcome: SendOutcome;
    try {
      outcome = await send(parsed.data);
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const now = clock.now();
    if (outcome.ok) {
      await store.markSlackOutboxSent(item.id, now, new Date(now.getTime() + paceMs));
      return "sent";
    }
    if (outcome.permanent) {
      await store.markSlackOutboxDead(item.id, outcome.error);
      logger.error({ outboxId: item.id, op: parsed.data.kind, channel: item.slackChannel, error: outcome.error }, "Slack refused an outbox item");
      return "dead";
    }
    const failures = item.attempts + 1;
    // Retried (a 429 being a wait, not a failure) for up to a day, then a dead letter for a person.
    if (now.getTime() - item.createdAt.getTime() >= maxAgeMs) {
      await store.markSlackOutboxDead(item.id, outcome.error);
      logger.error({ outboxId: item.id, op: parsed.data.kind, failures, error: outcome.error }, "Slack outbox item dead: not sent within a day (accueil outbox retry to send it again)");
      return "dead";
    }
    if (outcome.retryAfterMs === undefined && failures >= maxAttempts) {
      await store.markSlackOutboxDead(item.id, outcome.error);
      logger.error({ outboxId: item.id, op: parsed.data.kind, failures, error: outcome.error }, "Slack outbox item dead after repeated failures");
      return "dead";
    }
    const delay = outcome.retryAfterMs ?? retryDelayMs(failures, options.retry);
    await store.markSlackOutboxRetry(item.id, new Date(now.getTime() + Math.max(0, delay)), outcome.error);
    if (outcome.retryAfterMs !== undefined) logger.warn({ channel: item.slackChannel, retryAfterMs: outcome.retryAfterMs }, "Slack rate limit: waiting as told");
    return "retry";
  }

  async function round(): Promise<SlackOutboxItem[]> {
    const items = await store.claimDueSlackOutbox(clock.now(), batchSize, leaseMs);
    // One head per Slack channel; sent one after the other to stay gentle with the rate limits.
    for (const item of items) await deliver(item);
    return items;
  }


  function wake(): void {
    if (!running || roundQueued) return;
    roundQueued = true;
    void serial.run(async () => {
      roundQueued = false;
      for (;;) {
        const items = await round();
        if (items.length < batchSize || !running) break;
      }
    }).catch((error: unknown) => logger.error({ error }, "Slack outbox round failed"));
  }

  return {
    async enqueue(slackChannel, op, keys = {}) {
      const id = await store.enqueueSlackOutbox({
        slackChannel,
        op,
        ...(keys.dedupeKey !== undefined ? { dedupeKey: keys.dedupeKey } : {}),
        ...(keys.coalesceKey !== undefined ? { coalesceKey: keys.coalesceKey } : {}),
        availableAt: clock.now(),
      });
      if (id !== undefined) wake();
      return id !== undefined;
    },
    start() {
      if (running) return;
      running = true;
      if (pollMs > 0) {
        timer = setInterval(wake, pollMs);
        timer.unref();
      }
      wake();
    },
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      await serial.idle();
    },
    drain() {
      return serial.run(async () => {
        // As the resident outbox's drain: stop when a round brings only items already tried in this
        // drain (a Retry-After of 0 must not make it spin).
        const seen = new Set<number>();
        for (;;) {
          const items = await round();
          if (items.length === 0 || items.every((item) => seen.has(item.id))) break;
          for (const item of items) seen.add(item.id);
        }
      });
    },
  };
}
