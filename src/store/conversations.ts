/**
 * The conversations aggregate: one row per chat on a channel, with the dialogue state, the channel data
 * for proactive messages, the resident's consents, and what erasure and retention do to all of it.
 */
import type { ChannelName } from "../core/messages.js";
import type { CaseEvent, CaseRecord } from "./cases.js";
import type { VolunteerQuestion } from "./volunteers.js";

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

export interface ResidentRecords {
  cases: Array<CaseRecord & { events: CaseEvent[] }>;
  consents: Array<{ purpose: string; givenAt: Date; withdrawnAt: Date | null }>;
  volunteerQuestions: VolunteerQuestion[];
}

export interface ConversationStore {
  findOrCreateConversation(channel: ChannelName, externalId: string, now: Date): Promise<ConversationRecord>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  findConversation(channel: ChannelName, externalId: string): Promise<ConversationRecord | undefined>;
  saveConversation(id: string, changes: ConversationChanges, now: Date): Promise<void>;
  /** Inside a transaction: waits until no other process holds this conversation, and holds it until the
   * transaction ends (PostgreSQL advisory lock; nothing to do with one SQLite instance). */
  lockConversation(key: string): Promise<void>;
  /**
   * Right to erasure: removes the conversation, its transcript, outbox, consents, pending platform updates
   * and volunteers' questions; anonymises its cases (contact time, notes and thread lines included); queues
   * the removal of what the bot posted about them on Slack (a job row, same transaction).
   */
  eraseConversation(id: string, now: Date): Promise<void>;
  /**
   * After an erasure or a purge has committed: make the erased bytes leave the files (SQLite: secure_delete
   * is on, and the write-ahead log is checkpointed and truncated). Outside any transaction.
   */
  flushErasures(): Promise<void>;
  /** What is held about a conversation besides its transcript (right of access). */
  listResidentRecords(conversationId: string): Promise<ResidentRecords>;

  // Consents (RGPD: the lawful basis of a case is the resident's consent)
  recordConsent(conversationId: string, purpose: string, now: Date): Promise<void>;
  withdrawConsent(conversationId: string, purpose: string, now: Date): Promise<void>;

  /** Retention: deletes transcripts and conversations inactive since before `before`, except those with an open case. */
  purgeInactiveConversations(before: Date): Promise<number>;
}
