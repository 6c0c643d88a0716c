/**
 * Maps a Telegram update to what the adapter must do with it: a neutral InboundMessage for the core, a
 * change of the resident's reachability (they blocked or unblocked the bot), or nothing.
 *
 * Only private chats are served: in a group, residents' messages would be visible to others, so the
 * bot ignores groups and channels altogether. Photos, voice notes and files are never downloaded: only
 * their kind reaches the core (which answers kindly and stores nothing of them).
 */
import type { Message, Update } from "grammy/types";
import type { InboundMessage, UnsupportedContent } from "../../core/messages.js";

export type UpdateMeaning =
  | { kind: "inbound"; message: InboundMessage }
  | { kind: "reachability"; chatId: number; blocked: boolean }
  | { kind: "ignore"; reason: string };

export interface ToInboundOptions {
  /** The command payload for a "/command" text, if it is one of ours. */
  commandPayload(text: string): string | undefined;
  now: Date;
  /** For a callback query: the payload its data stands for (undefined when it cannot be resolved). */
  callbackPayload?: string;
}

/** The chat an update belongs to, used to keep each chat's updates in order. */
export function chatIdOf(update: Update): number | undefined {
  return (
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.callback_query?.from.id ??
    update.my_chat_member?.chat.id
  );
}

export function toInboundMessage(update: Update, options: ToInboundOptions): UpdateMeaning {
  const platformMessageId = String(update.update_id);

  if (update.my_chat_member) {
    const { chat, new_chat_member } = update.my_chat_member;
    if (chat.type !== "private") return { kind: "ignore", reason: "not a private chat" };
    if (new_chat_member.status === "kicked") return { kind: "reachability", chatId: chat.id, blocked: true };
    if (new_chat_member.status === "member") return { kind: "reachability", chatId: chat.id, blocked: false };
    return { kind: "ignore", reason: `membership ${new_chat_member.status}` };
  }

  if (update.callback_query) {
    const query = update.callback_query;
    const chat = query.message?.chat;
    if (chat && chat.type !== "private") return { kind: "ignore", reason: "not a private chat" };
    if (options.callbackPayload === undefined) return { kind: "ignore", reason: "unknown button" };
    const chatId = chat?.id ?? query.from.id;
    return {
      kind: "inbound",
      message: base(chatId, query.from, options.now, platformMessageId, { text: "", payload: options.callbackPayload }),
    };
  }

  const message = update.message;
  if (!message) return { kind: "ignore", reason: "update type not handled" };
  if (message.chat.type !== "private") return { kind: "ignore", reason: "not a private chat" };
  const from = message.from;
  const chatId = message.chat.id;
  const make = (content: Pick<InboundMessage, "text" | "payload" | "location" | "unsupported">): UpdateMeaning => ({
    kind: "inbound",
    message: base(chatId, from, options.now, platformMessageId, content),
  });

  if (message.text !== undefined) {
    const payload = options.commandPayload(message.text);
    // A command is a button in words: its text is not a question for the understanding.
    if (payload) return make({ text: "", payload });
    return make({ text: message.text });
  }
  const location = message.venue?.location ?? message.location;
  if (location) return make({ text: "", location: { lat: location.latitude, lon: location.longitude } });

  const unsupported = unsupportedKind(message);
  if (unsupported) {
    // The file itself is never fetched (no getFile): a photo of a letter is not stored anywhere.
    // A caption is the resident's own words, so it is read like a text.
    return make({ text: message.caption ?? "", unsupported });
  }
  return { kind: "ignore", reason: "service message" };
}

function unsupportedKind(message: Message): UnsupportedContent | undefined {
  if (message.voice) return "voice";
  if (message.audio) return "audio";
  if (message.sticker) return "sticker";
  if (message.photo) return "photo";
  if (message.video || message.video_note || message.animation) return "video";
  if (message.document) return "document";
  if (message.contact || message.poll || message.dice || message.game || message.story) return "other";
  return undefined;
}

function base(
  chatId: number,
  from: { id: number; language_code?: string } | undefined,
  now: Date,
  platformMessageId: string,
  content: Pick<InboundMessage, "text" | "payload" | "location" | "unsupported">,
): InboundMessage {
  const message: InboundMessage = {
    channel: "telegram",
    conversationKey: String(chatId),
    senderKey: String(from?.id ?? chatId),
    text: content.text,
    platformMessageId,
    receivedAt: now,
    channelReference: { chatId },
  };
  if (content.payload !== undefined) message.payload = content.payload;
  if (content.location !== undefined) message.location = content.location;
  if (content.unsupported !== undefined) message.unsupported = content.unsupported;
  if (from?.language_code) message.localeHint = from.language_code;
  return message;
}
