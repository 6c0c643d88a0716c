/**
 * The transcript: every message in and out of a conversation, in order. The web channel reads its
 * replies from it, and it is the record agents see.
 */
import type { Author, OutboundReply } from "../core/messages.js";

export interface TranscriptMessage {
  /** Monotonic per store: the web push channel resumes from the last id a page saw. */
  seq: number;
  conversationId: string;
  direction: "in" | "out";
  /** Resident for "in"; bot, agent or volunteer for "out". */
  author: "resident" | Author;
  authorName: string | null;
  /** Inbound: { text, payload? }. Outbound: { replies: OutboundReply[] }. */
  body: InboundBody | OutboundBody;
  createdAt: Date;
}

export interface InboundBody {
  text: string;
  payload?: string;
}
export interface OutboundBody {
  replies: OutboundReply[];
}

export interface TranscriptQuery {
  afterSeq?: number;
  since?: Date;
  limit?: number;
}
