/**
 * Sends the outbox of one push channel (Telegram, Teams, a resident's Slack DM) with the delivery engine
 * (delivery-engine.ts: concurrency, 429 waits, backoff, a day's retries, dead letters, the lag alert).
 *
 * The outbox rows are the durable state. Per-conversation order comes from the store: claimDueOutbox
 * hands out at most the oldest pending item of each conversation, so a message waiting for a retry holds
 * back the ones after it until it is sent or dead. What is particular to residents lives here: nothing
 * goes to a conversation that no longer exists or whose resident blocked the bot ("blocked" marks the
 * conversation unreachable and dead-letters everything it had pending, until the resident writes again).
 * The sender gets the conversation it was read here with the item, so a channel needs no store to send.
 */
import type { Clock } from "../core/clock.js";
import type { CoreEvents } from "../core/core-events.js";
import type { ChannelName } from "../core/messages.js";
import type { Store } from "../store/store.js";
import type { ConversationRecord } from "../records/conversation-record.js";
import type { OutboxItem } from "../records/outbox-record.js";
import { createDeliveryEngine, type DeliveryPolicy, type DeliveryQueue, type WorkerLogger } from "./delivery-engine.js";
import type { SendOutcome } from "./send-outcome.js";

export type { SendOutcome } from "./send-outcome.js";
export type { WorkerLogger } from "./delivery-engine.js";

export interface OutboxWorkerOptions extends DeliveryPolicy {
  store: Store;
  channel: ChannelName;
  /** Sends one item to the conversation it belongs to (read just before, and still there). */
  send: (item: OutboxItem, conversation: ConversationRecord) => Promise<SendOutcome>;
  clock: Clock;
  events?: CoreEvents;
  logger?: WorkerLogger;
}

export interface OutboxWorker {
  /** Stops polling and listening, and waits for the round in progress. */
  stop(): Promise<void>;
  /** Sends everything due now, round after round, until nothing due is left. */
  drain(): Promise<void>;
}

const consoleLogger: WorkerLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, channel, send, clock } = options;
  const queue: DeliveryQueue<OutboxItem> = {
    name: channel,
    claim: (now, limit) => store.claimDueOutbox(channel, now, limit),
    async send(item) {
      const conversation = await store.getConversation(item.conversationId);
      if (!conversation) return { ok: false, permanent: "rejected", error: "conversation no longer exists" };
      if (conversation.unreachable) return { ok: false, permanent: "blocked", error: "resident unreachable (blocked the bot)" };
      return send(item, conversation);
    },
    markSent: (item, now) => store.markOutboxSent(item.id, now),
    markRetry: (item, at, error) => store.markOutboxRetry(item.id, at, error),
    markDead: (item, error) => store.markOutboxDead(item.id, error),
    async markBlocked(item, error, now) {
      await store.saveConversation(item.conversationId, { unreachable: true }, now);
      await store.deadLetterConversation(item.conversationId, error);
    },
    async oldestPendingAt() {
      return (await store.outboxStats()).find((s) => s.channel === channel)?.oldestPendingAt ?? null;
    },
    describe: (item) => ({ outboxId: item.id, conversationId: item.conversationId }),
  };
  const engine = createDeliveryEngine(queue, clock, options.logger ?? consoleLogger, options);
  const unsubscribe = options.events?.on("outbox", (event) => {
    if (event.channel === channel) engine.wake();
  });
  engine.start();
  return {
    async stop() {
      unsubscribe?.();
      await engine.stop();
    },
    drain: () => engine.drain(),
  };
}
