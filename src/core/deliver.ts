/**
 * Writes an outgoing message: always to the transcript (a page reads it from there, and it is the record
 * agents see), and to the outbox for channels that push (their traits say so), in the caller's
 * transaction — so a reply is never lost between "decided" and "sent".
 */
import type { Store } from "../store/store.js";
import type { ConversationRecord } from "../records/conversation-record.js";
import type { Author, OutboundReply } from "./messages.js";
import type { CoreEventMap } from "./core-events.js";
import type { ChannelRegistry } from "./channel-traits.js";

export type PendingEvent = { [K in keyof CoreEventMap]: { name: K; event: CoreEventMap[K] } }[keyof CoreEventMap];

export async function deliver(
  store: Store,
  channels: ChannelRegistry,
  conversation: Pick<ConversationRecord, "id" | "channel" | "unreachable">,
  message: { author: Author; authorName?: string; replies: OutboundReply[] },
  now: Date,
  pending: PendingEvent[],
): Promise<number> {
  const seq = await store.appendMessage({
    conversationId: conversation.id,
    direction: "out",
    author: message.author,
    authorName: message.authorName ?? null,
    body: { replies: message.replies },
    createdAt: now,
  });
  pending.push({ name: "message", event: { conversationId: conversation.id, seq } });
  // A resident who blocked the bot gets nothing queued until they write again (which clears the flag);
  // the transcript still holds the message for the agent's record.
  if (channels.traitsOf(conversation.channel).canPush && !conversation.unreachable) {
    const outboxMessage = message.authorName === undefined
      ? { author: message.author, replies: message.replies }
      : { author: message.author, authorName: message.authorName, replies: message.replies };
    await store.enqueueOutbox({ conversationId: conversation.id, channel: conversation.channel, message: outboxMessage, availableAt: now });
    pending.push({ name: "outbox", event: { channel: conversation.channel } });
  }
  return seq;
}
