/**
 * The scenario harness on Telegram: updates POSTed to the real webhook route on loopback, handled by
 * the real grammY Bot, replies sent by the outbox worker to the local fake Bot API — what the resident
 * "sees" is what Telegram's servers received.
 */
import { loadTelegramStrings } from "../../src/channels/telegram/telegram-strings.js";
import { createTelegramTestEnv, type TelegramTestEnv } from "../telegram/telegram-test-env.js";
import { callbackUpdate, locationUpdate, textUpdate } from "../telegram/updates.js";
import type { Update } from "grammy/types";
import type { ChannelHarness, SeenMessage } from "./harness.js";

const strings = loadTelegramStrings();
let nextChat = 70_000_000;

export async function createTelegramHarness(): Promise<ChannelHarness & { env: TelegramTestEnv; chatId: number }> {
  const env = await createTelegramTestEnv();
  const chatId = nextChat++;
  let readUpTo = 0;
  let lastStatus = 0;
  let storeGone = false;

  async function deliver(update: Update): Promise<void> {
    const before = env.fake.sentTo(chatId).length;
    const response = await env.deliver(update);
    lastStatus = response.status;
    if (storeGone) {
      // No outbox to settle: a crisis answer is sent directly; give it a moment to reach the fake API.
      const until = Date.now() + 3000;
      while (env.fake.sentTo(chatId).length === before && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      return;
    }
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    await env.settle();
  }

  return {
    channel: "telegram",
    runtime: env.runtime,
    baseUrl: env.baseUrl,
    env,
    chatId,
    sendText: (text) => deliver(textUpdate(chatId, text)),
    async pressChoice(label) {
      for (const sent of [...env.fake.sentTo(chatId)].reverse()) {
        for (const button of (sent.keyboard ?? []).flat()) {
          if (!("callback_data" in button)) continue;
          if (typeof label === "string" ? button.text === label : label.test(button.text)) {
            return deliver(callbackUpdate(chatId, sent.message, button.callback_data));
          }
        }
      }
      throw new Error(`no button ${String(label)} was offered`);
    },
    command: (name) => deliver(textUpdate(chatId, `/${strings.files.fr.commands[name].command}`)),
    shareLocation: (lat, lon) => deliver(locationUpdate(chatId, lat, lon)),
    get lastStatus() {
      return lastStatus;
    },
    async storeDown() {
      await env.runtime.store.close();
      storeGone = true;
    },
    async replies() {
      if (!storeGone) await env.settle();
      const sent = env.fake.sentTo(chatId);
      const fresh = sent.slice(readUpTo);
      readUpTo = sent.length;
      return fresh.map((m): SeenMessage => ({
        author: m.text.startsWith("👤 ") ? (/bénévole/.test(m.text.split("\n")[0] ?? "") ? "volunteer" : "agent") : "bot",
        text: m.text,
        buttons: (m.keyboard ?? []).flat().map((b) => b.text),
      }));
    },
    async conversationId() {
      return (await env.runtime.store.findConversation("telegram", String(chatId)))?.id;
    },
    dispose: () => env.dispose(),
  };
}
