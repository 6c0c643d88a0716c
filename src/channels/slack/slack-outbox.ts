/**
 * Every Slack call that posts, updates or reacts goes through here: a durable queue per Slack channel
 * (the slack_outbox table, see migration 0002 for why a table of its own), sent by the delivery engine
 * that also sends residents' messages (../../delivery/delivery-engine.ts: 429 waits, backoff, a day's
 * retries, dead letters, the lag alert). What is Slack's own:
 *
 * - Order per Slack channel: the store hands out only the oldest pending item of each channel, so a
 *   thread reply never overtakes the case message it answers, and an item waiting for a retry holds back
 *   the ones after it. Different channels are sent side by side.
 * - About one message per second per channel (Slack's chat.postMessage limit): after a send, the
 *   channel's next items are made to wait paceMs, in the database, so a restart or a second instance
 *   keeps the pace too.
 * - A refusal Slack will repeat (channel_not_found, invalid_blocks…) kills that item only.
 */
import type { Clock } from "../../core/clock.js";
import { createDeliveryEngine, type DeliveryPolicy, type DeliveryQueue, type WorkerLogger } from "../../delivery/delivery-engine.js";
import type { SendOutcome } from "../../delivery/send-outcome.js";
import type { SlackOutboxItem, SlackOutboxStore, SlackPersistence } from "./slack-persistence.js";
import { slackOpSchema, type SlackOp } from "./slack-ops.js";

export interface SlackOutboxOptions extends DeliveryPolicy {
  store: SlackOutboxStore & Pick<SlackPersistence, "outboxStats">;
  clock: Clock;
  send: (op: SlackOp) => Promise<SendOutcome>;
  logger: WorkerLogger;
  /** Gap between two sends in one Slack channel. Default 1000. */
  paceMs?: number;
  /** How long a claimed item stays reserved to its sender (a crashed sender's claim frees after it). */
  leaseMs?: number;
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
  const { store, clock, send } = options;
  const paceMs = options.paceMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 45_000;
  const queue: DeliveryQueue<SlackOutboxItem> = {
    name: "slack",
    claim: (now, limit) => store.claimDueSlackOutbox(now, limit, leaseMs),
    async send(item) {
      const parsed = slackOpSchema.safeParse(item.op);
      if (!parsed.success) return { ok: false, permanent: "rejected", error: `unreadable op: ${parsed.error.message}` };
      return send(parsed.data);
    },
    markSent: (item, now) => store.markSlackOutboxSent(item.id, now, new Date(now.getTime() + paceMs)),
    markRetry: (item, at, error) => store.markSlackOutboxRetry(item.id, at, error),
    markDead: (item, error) => store.markSlackOutboxDead(item.id, error),
    async oldestPendingAt() {
      return (await store.outboxStats()).find((s) => s.channel === "slack")?.oldestPendingAt ?? null;
    },
    describe: (item) => ({ outboxId: item.id, slackChannel: item.slackChannel, op: (item.op as { kind?: unknown }).kind }),
  };
  // Slack's per-workspace limits are generous across channels; four channels at once stays well inside.
  const engine = createDeliveryEngine(queue, clock, options.logger, { concurrency: 4, ...options });

  return {
    async enqueue(slackChannel, op, keys = {}) {
      const id = await store.enqueueSlackOutbox({
        slackChannel,
        op,
        ...(keys.dedupeKey !== undefined ? { dedupeKey: keys.dedupeKey } : {}),
        ...(keys.coalesceKey !== undefined ? { coalesceKey: keys.coalesceKey } : {}),
        availableAt: clock.now(),
      });
      if (id !== undefined) engine.wake();
      return id !== undefined;
    },
    start: () => engine.start(),
    stop: () => engine.stop(),
    drain: () => engine.drain(),
  };
}
