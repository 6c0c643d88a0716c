/**
 * The residents' outbox: what the core queued for the channels that push (in the turn's transaction),
 * what a channel's sender receives, and what operators see of every outbox (backlog, dead letters).
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
