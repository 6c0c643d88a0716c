/**
 * The inbox aggregate: platform updates written down before they are acknowledged (so that a crash after
 * the platform's 200 loses nothing), and the platform message ids already handled (so that a redelivery
 * is answered once).
 */
import type { ChannelName } from "../core/messages.js";

export interface NewInboxItem {
  channel: string;
  /** The platform's id for this delivery (Telegram update_id, Slack event_id). */
  dedupeKey: string;
  /** The chat it belongs to: updates of one conversation are handled in order. */
  conversationKey: string;
  payload: unknown;
  receivedAt: Date;
  /** The receiving instance handles it until then; after, another may take it up. */
  leaseUntil: Date;
}

export interface InboxItem {
  id: number;
  channel: string;
  dedupeKey: string;
  conversationKey: string;
  payload: unknown;
  attempts: number;
  receivedAt: Date;
}

export type InboundOutcome = { done: true; now: Date } | { done: false; error: string };

export interface InboxBacklog {
  channel: string;
  pending: number;
  dead: number;
}

export interface InboxStore {
  /** False when this update was already admitted (a redelivery): nothing is written. */
  admitInbound(item: NewInboxItem): Promise<boolean>;
  /**
   * Pending updates whose lease ran out (their instance died), leased anew for leaseMs, oldest first.
   * `orphans`: every pending update, leased or not — right only for the one server of a SQLite file at its
   * start (whoever leased them is dead).
   */
  claimStaleInbox(channel: string, now: Date, limit: number, leaseMs: number, options?: { orphans?: boolean }): Promise<InboxItem[]>;
  finishInbound(channel: string, dedupeKey: string, outcome: InboundOutcome): Promise<void>;
  pruneInbox(before: Date): Promise<number>;
  /** Removes an admitted update whose handling failed, so that the platform's retry is admitted anew. */
  dropInbound(channel: string, dedupeKey: string): Promise<void>;
  inboxBacklog(): Promise<InboxBacklog[]>;

  // Inbound deduplication: true the first time a (channel, platform id) is seen, false afterwards.
  recordInbound(channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean>;
  /** Undoes recordInbound, so that the platform's retry of a delivery whose handling failed is handled. */
  forgetInbound(channel: ChannelName, platformMessageId: string): Promise<void>;
  pruneInboundIds(before: Date): Promise<number>;
}
