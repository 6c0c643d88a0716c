/**
 * The transcript aggregate: every message in and out of a conversation, in order. The web channel reads
 * its replies from here, and it is the record agents see. The records are the core's
 * (records/transcript-record.ts).
 */
import type { TranscriptMessage, TranscriptQuery } from "../records/transcript-record.js";

export type { InboundBody, OutboundBody, TranscriptMessage, TranscriptQuery } from "../records/transcript-record.js";

export interface TranscriptStore {
  appendMessage(m: Omit<TranscriptMessage, "seq">): Promise<number>;
  /** Oldest first; `limit` keeps the first messages after the cursor (afterSeq and/or since). */
  listMessages(conversationId: string, options?: TranscriptQuery): Promise<TranscriptMessage[]>;
}
