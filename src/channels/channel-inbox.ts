/**
 * The inbox a channel writes platform deliveries to before acknowledging them (Telegram's updates,
 * Slack's events), so that a crash after the platform's 200 loses nothing and a redelivery is answered
 * once. Declared here, by the channels that need it; the store implements it and the app hands it over,
 * so an adapter never depends on the store itself.
 */

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

export interface ChannelInbox {
  /** True when no other server can use this database at the same time: at start, every pending
   * delivery is then an orphan of a dead process, to be taken up at once. */
  readonly exclusive: boolean;
  /** False when this delivery was already admitted (a redelivery): nothing is written. */
  admitInbound(item: NewInboxItem): Promise<boolean>;
  /**
   * Pending deliveries whose lease ran out (their instance died), leased anew for leaseMs, oldest first.
   * `orphans`: every pending delivery, leased or not — right only for the one server of a SQLite file at
   * its start (whoever leased them is dead).
   */
  claimStaleInbox(channel: string, now: Date, limit: number, leaseMs: number, options?: { orphans?: boolean }): Promise<InboxItem[]>;
  finishInbound(channel: string, dedupeKey: string, outcome: InboundOutcome): Promise<void>;
  /** Removes an admitted delivery whose handling failed, so that the platform's retry is admitted anew. */
  dropInbound(channel: string, dedupeKey: string): Promise<void>;
}
