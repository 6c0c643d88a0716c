/**
 * The inbox aggregate: platform updates written down before they are acknowledged (so that a crash after
 * the platform's 200 loses nothing), and the platform message ids already handled (so that a redelivery
 * is answered once). The channels declare what they need of it (channels/channel-inbox.ts); this is its
 * whole interface.
 */
import type { ChannelName } from "../core/messages.js";
import type { ChannelInbox } from "../channels/channel-inbox.js";

export type { InboundOutcome, InboxItem, NewInboxItem } from "../channels/channel-inbox.js";

export interface InboxBacklog {
  channel: string;
  pending: number;
  dead: number;
}

/** `exclusive` belongs to the whole store (see store.ts). */
export interface InboxStore extends Omit<ChannelInbox, "exclusive"> {
  pruneInbox(before: Date): Promise<number>;
  inboxBacklog(): Promise<InboxBacklog[]>;

  // Inbound deduplication: true the first time a (channel, platform id) is seen, false afterwards.
  recordInbound(channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean>;
  /** Undoes recordInbound, so that the platform's retry of a delivery whose handling failed is handled. */
  forgetInbound(channel: ChannelName, platformMessageId: string): Promise<void>;
  pruneInboundIds(before: Date): Promise<number>;
}
