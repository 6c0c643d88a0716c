/**
 * Telegram updates as Telegram sends them (private chat with a resident), built by hand from the Bot API
 * reference: text, commands, button presses, locations, content the bot cannot read, block/unblock.
 */
import type { Message, Update } from "grammy/types";

let nextUpdateId = 900_000;
let nextMessageId = 10_000;

export function newUpdateId(): number {
  return nextUpdateId++;
}

function resident(chatId: number, languageCode = "fr") {
  return { id: chatId, is_bot: false, first_name: "Résidente", language_code: languageCode };
}

function messageBase(chatId: number, languageCode?: string) {
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: "private" as const, first_name: "Résidente" },
    from: resident(chatId, languageCode),
  };
}

export function textUpdate(chatId: number, text: string, options: { updateId?: number; languageCode?: string } = {}): Update {
  const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]?.length ?? 1 }] : undefined;
  return {
    update_id: options.updateId ?? newUpdateId(),
    message: { ...messageBase(chatId, options.languageCode), text, ...(entities ? { entities } : {}) } as NonNullable<Update["message"]>,
  };
}

export function locationUpdate(chatId: number, lat: number, lon: number): Update {
  return {
    update_id: newUpdateId(),
    message: { ...messageBase(chatId), location: { latitude: lat, longitude: lon } } as NonNullable<Update["message"]>,
  };
}

export function photoUpdate(chatId: number, caption?: string): Update {
  return {
    update_id: newUpdateId(),
    message: {
      ...messageBase(chatId),
      photo: [
        { file_id: "AgACAgQAAxkBAAIBp2c-letter-small", file_unique_id: "AQADsmall", width: 90, height: 120, file_size: 2_000 },
        { file_id: "AgACAgQAAxkBAAIBp2c-letter-large", file_unique_id: "AQADlarge", width: 960, height: 1280, file_size: 180_000 },
      ],
      ...(caption ? { caption } : {}),
    } as NonNullable<Update["message"]>,
  };
}

export function voiceUpdate(chatId: number): Update {
  return {
    update_id: newUpdateId(),
    message: { ...messageBase(chatId), voice: { file_id: "AwACAgQ-voice", file_unique_id: "AgADvoice", duration: 7, mime_type: "audio/ogg" } } as NonNullable<Update["message"]>,
  };
}

export function stickerUpdate(chatId: number): Update {
  return {
    update_id: newUpdateId(),
    message: {
      ...messageBase(chatId),
      sticker: { file_id: "CAACAgI-sticker", file_unique_id: "AgADsticker", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" },
    } as NonNullable<Update["message"]>,
  };
}

export function documentUpdate(chatId: number): Update {
  return {
    update_id: newUpdateId(),
    message: { ...messageBase(chatId), document: { file_id: "BQACAgQ-doc", file_unique_id: "AgADdoc", file_name: "avis-caf.pdf", mime_type: "application/pdf" } } as NonNullable<Update["message"]>,
  };
}

/** The resident pressed a button of a message the bot sent (`message` as the fake API returned it). */
export function callbackUpdate(chatId: number, message: Message, data: string): Update {
  return {
    update_id: newUpdateId(),
    callback_query: {
      id: `cbq-${nextMessageId++}`,
      from: resident(chatId),
      chat_instance: `ci-${chatId}`,
      message: message as Message & { date: number },
      data,
    },
  } as Update;
}

/** The resident blocked (kicked) or unblocked the bot. */
export function membershipUpdate(chatId: number, status: "kicked" | "member"): Update {
  const bot = { id: 123456, is_bot: true, first_name: "Accueil CCAS", username: "accueil_test_bot" };
  return {
    update_id: newUpdateId(),
    my_chat_member: {
      chat: { id: chatId, type: "private", first_name: "Résidente" },
      from: resident(chatId),
      date: Math.floor(Date.now() / 1000),
      old_chat_member: { user: bot, status: status === "kicked" ? "member" : "kicked", ...(status === "member" ? { until_date: 0 } : {}) },
      new_chat_member: { user: bot, status, ...(status === "kicked" ? { until_date: 0 } : {}) },
    },
  } as Update;
}

export function groupTextUpdate(chatId: number, text: string): Update {
  return {
    update_id: newUpdateId(),
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "group", title: "Voisins" },
      from: resident(4242),
      text,
    } as NonNullable<Update["message"]>,
  };
}
