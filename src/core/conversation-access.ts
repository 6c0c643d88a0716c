/**
 * What adapters read and change of a conversation, through the core rather than the store: finding it
 * by its channel address, the transcript, whether a pressed button was really offered (choice checking)
 * and whether the resident can be reached. One set of rules for every channel: a web page and a
 * messaging app check a payload the same way, and a blocked bot stops queueing the same way.
 */
import { isCommandPayload } from "./command-payloads.js";
import type { CoreDeps } from "./core-deps.js";
import type { ChannelName, OutboundReply } from "./messages.js";
import type { ConversationRecord } from "../records/conversation-record.js";
import type { TranscriptMessage, TranscriptQuery } from "../records/transcript-record.js";

export interface ConversationAccess {
  /** The conversation at this channel address, if there is one. */
  findConversation(channel: ChannelName, externalId: string): Promise<ConversationRecord | undefined>;
  /** The conversation at this channel address, started now when there is none (a page's new session). */
  openConversation(channel: ChannelName, externalId: string): Promise<ConversationRecord>;
  getConversation(conversationId: string): Promise<ConversationRecord | undefined>;
  /**
   * The platform says whether the resident can be reached (they blocked or unblocked the bot): nothing
   * is queued for an unreachable resident until they write again. Nothing happens for an address the
   * bot never talked with.
   */
  setReachable(channel: ChannelName, externalId: string, reachable: boolean): Promise<void>;
  /** The conversation's messages, oldest first; `limit` keeps the first ones after the cursor. */
  readTranscript(conversationId: string, query?: TranscriptQuery): Promise<TranscriptMessage[]>;
  /**
   * The payload of the latest choice offered in the conversation for which `matches` is true, if any
   * (a channel that shortens payloads finds the one a pressed button stands for).
   */
  findOfferedChoice(conversationId: string, matches: (payload: string) => boolean): Promise<string | undefined>;
  /** True when the resident may send this payload: a command, or a choice the bot offered them. */
  acceptsPayload(conversationId: string, payload: string): Promise<boolean>;
}

export function createConversationAccess(deps: Pick<CoreDeps, "store" | "clock">): ConversationAccess {
  const { store, clock } = deps;

  async function findOfferedChoice(conversationId: string, matches: (payload: string) => boolean): Promise<string | undefined> {
    const messages = await store.listMessages(conversationId);
    for (const message of messages.reverse()) {
      if (message.direction !== "out" || !("replies" in message.body) || !Array.isArray(message.body.replies)) continue;
      for (const reply of message.body.replies as OutboundReply[]) {
        if (reply.kind !== "choices") continue;
        const found = reply.choices.find((choice) => matches(choice.payload));
        if (found) return found.payload;
      }
    }
    return undefined;
  }

  return {
    findConversation: (channel, externalId) => store.findConversation(channel, externalId),
    openConversation: (channel, externalId) => store.findOrCreateConversation(channel, externalId, clock.now()),
    getConversation: (conversationId) => store.getConversation(conversationId),
    async setReachable(channel, externalId, reachable) {
      const conversation = await store.findConversation(channel, externalId);
      if (conversation) await store.saveConversation(conversation.id, { unreachable: !reachable }, clock.now());
    },
    readTranscript: (conversationId, query) => store.listMessages(conversationId, query),
    findOfferedChoice,
    async acceptsPayload(conversationId, payload) {
      return isCommandPayload(payload) || (await findOfferedChoice(conversationId, (offered) => offered === payload)) !== undefined;
    },
  };
}
