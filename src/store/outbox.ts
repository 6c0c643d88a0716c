/**
 * The outbox aggregate: what waits to be sent, with retries and backoff, so that a platform that is down
 * loses nothing. Two queues: a resident's messages on the channels that push (Telegram, Slack, Teams), one
 * head per conversation; and the agents' and volunteers' Slack calls, one FIFO per Slack channel (see
 * migrations/0002-volunteer-questions.ts). Also what operators see of both: backlog and dead letters.
 */
import type { Author, ChannelName, OutboundReply } from "../core/messages.js";

export interface OutboxMessage {
  author: Author;
  authorName?: string;
  replies: OutboundReply[];
}

export interface OutboxItem {
  id: number;
  conversationId: string;
  channel: ChannelName;
  /** What to send; channel senders render it. */
  message: OutboxMessage;
  attempts: number;
  status: "pending" | "sent" | "dead";
  availableAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export interface NewOutboxItem {
  conversationId: string;
  channel: ChannelName;
  message: OutboxMessage;
  availableAt: Date;
}

export interface OutboxStats {
  channel: string;
  pending: number;
  dead: number;
  /** When the oldest pending message was queued; null when none is pending. */
  oldestPendingAt: Date | null;
}

/** Which outbox: a resident's messages, or the agents' and volunteers' Slack calls. */
export type OutboxQueue = "resident" | "slack";

export interface DeadLetter {
  queue: OutboxQueue;
  id: number;
  channel: string;
  /** The conversation id (resident) or the Slack channel id (slack). */
  target: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

export interface SlackOutboxItem {
  id: number;
  slackChannel: string;
  /** What to do (post, update, react…), JSON; validated by the Slack channel. */
  op: Record<string, unknown>;
  dedupeKey: string | null;
  attempts: number;
  status: "pending" | "sent" | "dead";
  availableAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export interface NewSlackOutboxItem {
  slackChannel: string;
  op: Record<string, unknown>;
  /** Enqueue at most once ever with this key. */
  dedupeKey?: string;
  /** Enqueue only if no pending item has this key (an update that a pending one will already make). */
  coalesceKey?: string;
  availableAt: Date;
}

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

/** The agents' and volunteers' Slack calls: one FIFO per Slack channel. */
export interface SlackOutboxStore {
  /** Undefined when dedupeKey was already used, or a pending item with the same coalesceKey waits. */
  enqueueSlackOutbox(item: NewSlackOutboxItem): Promise<number | undefined>;
  /** The oldest pending item of each Slack channel, if due and not leased; leased for leaseMs. */
  claimDueSlackOutbox(now: Date, limit: number, leaseMs: number): Promise<SlackOutboxItem[]>;
  /** Sent; the channel's next items wait until nextInChannelAt (one message per second per channel). */
  markSlackOutboxSent(id: number, now: Date, nextInChannelAt: Date): Promise<void>;
  markSlackOutboxRetry(id: number, availableAt: Date, error: string): Promise<void>;
  markSlackOutboxDead(id: number, error: string): Promise<void>;
  /** Deletes sent and dead items created before `before`. */
  pruneSlackOutbox(before: Date): Promise<number>;
}
