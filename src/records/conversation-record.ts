/**
 * A conversation: one chat on a channel, with the dialogue state, the channel data for proactive
 * messages and whether the resident can be reached. Shared by the core (which owns it), the store
 * (which keeps it) and the adapters (which read what they need through the core).
 */
import type { ChannelName } from "../core/messages.js";
import type { CaseEvent, CaseRecord } from "./case-record.js";
import type { VolunteerQuestion } from "./volunteer-record.js";

export interface ConversationRecord {
  id: string;
  channel: ChannelName;
  /** Channel address (Telegram chat id, web session id…); unique with channel. */
  externalId: string;
  /** Language the bot speaks in this conversation (ISO 639-1), null until known. */
  locale: string | null;
  /** Dialogue state, JSON; parsed and validated by the core (see core/dialogue-state.ts). */
  state: unknown;
  /** Channel data for proactive messages (Telegram chat id, Teams service URL…). */
  channelReference: Record<string, string | number> | null;
  /** A resident who blocked the bot (Telegram 403): nothing is sent until they write again. */
  unreachable: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastInboundAt: Date | null;
}

export type ConversationChanges = Partial<Pick<ConversationRecord, "locale" | "state" | "channelReference" | "unreachable" | "lastInboundAt">>;

/** What is held about a conversation besides its transcript (right of access). */
export interface ResidentRecords {
  cases: Array<CaseRecord & { events: CaseEvent[] }>;
  consents: Array<{ purpose: string; givenAt: Date; withdrawnAt: Date | null }>;
  volunteerQuestions: VolunteerQuestion[];
}
