/**
 * The conversations aggregate: one row per chat on a channel, with the dialogue state, the channel data
 * for proactive messages, the resident's consents, and what erasure and retention do to all of it. The
 * records are the core's (records/conversation-record.ts).
 */
import type { ChannelName } from "../core/messages.js";
import type { ConversationChanges, ConversationRecord, ResidentRecords } from "../records/conversation-record.js";

export type { ConversationChanges, ConversationRecord, ResidentRecords } from "../records/conversation-record.js";

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
