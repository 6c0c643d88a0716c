/**
 * The outbox aggregate: what waits to be sent, with retries and backoff, so that a platform that is down
 * loses nothing. Two queues: a resident's messages on the channels that push (Telegram, Slack, Teams), one
 * head per conversation; and the agents' and volunteers' Slack calls, one FIFO per Slack channel (see
 * migrations/0002-volunteer-questions.ts). Also what operators see of both: backlog and dead letters.
 * The records are the core's (records/outbox-record.ts); the Slack queue's interface is the Slack
 * channel's own (channels/slack/slack-persistence.ts).
 */
import type { ChannelName } from "../core/messages.js";
import type { DeadLetter, NewOutboxItem, OutboxItem, OutboxQueue, OutboxStats } from "../records/outbox-record.js";

export type { DeadLetter, NewOutboxItem, OutboxItem, OutboxMessage, OutboxQueue, OutboxStats } from "../records/outbox-record.js";
export type { NewSlackOutboxItem, SlackOutboxItem, SlackOutboxStore } from "../channels/slack/slack-persistence.js";

/** A resident's messages. Per-conversation order is kept by claimDueOutbox returning at most the oldest
 * pending item of each conversation. */
export interface OutboxStore {
  enqueueOutbox(item: NewOutboxItem): Promise<number>;
  /**
   * Takes, for each conversation of the channel, its oldest pending item — only if that item is due and
   * not leased. A later item never overtakes an earlier one that waits for a retry.
   */
  claimDueOutbox(channel: ChannelName, now: Date, limit: number): Promise<OutboxItem[]>;
  markOutboxSent(id: number, now: Date): Promise<void>;
  markOutboxRetry(id: number, availableAt: Date, error: string): Promise<void>;
  markOutboxDead(id: number, error: string): Promise<void>;
  /** Dead-ends every pending item of a conversation (resident blocked the bot). */
  deadLetterConversation(conversationId: string, error: string): Promise<number>;

  // Both outboxes, for operators
  /** Outbox backlog per channel (resident channels and Slack), for readiness and metrics. */
  outboxStats(): Promise<OutboxStats[]>;
  /** Frees every outbox lease; for the start of the only server of a database (its holders are dead). */
  releaseOutboxLeases(): Promise<number>;
  /** Messages given up on, in both outboxes, oldest first. */
  listDeadLetters(): Promise<DeadLetter[]>;
  /** Puts dead letters (those given, or all) back in line, due now; returns how many. */
  retryDeadLetters(now: Date, which: { queue: OutboxQueue; id: number }[] | "all"): Promise<number>;
}
