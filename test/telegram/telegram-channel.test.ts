/**
 * The Telegram channel end to end on loopback: the real HTTP server's webhook route, the real grammY
 * Bot, the real runtime and SQLite store, and the local fake Bot API standing in for Telegram.
 * Time is the manual clock: "waits retry_after" is checked by moving it, never by sleeping.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeCallbackData, encodeCallbackData } from "../../src/channels/telegram/callback-data.js";
import { createTelegramChannel } from "../../src/channels/telegram/index.js";
import type { InboundBody } from "../../src/store/store.js";
import { TEST_BOT_INFO, TEST_TOKEN } from "./fake-bot-api.js";
import { createTelegramTestEnv, type TelegramTestEnv } from "./telegram-test-env.js";
import {
  callbackUpdate,
  documentUpdate,
  groupTextUpdate,
  locationUpdate,
  membershipUpdate,
  photoUpdate,
  stickerUpdate,
  textUpdate,
  voiceUpdate,
} from "./updates.js";

const HOSTILE = "<b>Bonjour</b> & <i>merci</i> *vite* _svp_ [x](http://evil) `rm` \\n </script> 😀👩‍👩‍👧 &amp; &lt; 1 < 2 > 0";
const AGENT = { id: "agent-1", displayName: "Inès Martin" };

let env: TelegramTestEnv;
let nextChat = 5_000_000;
beforeEach(async () => {
  env = await createTelegramTestEnv();
});
afterEach(async () => {
  await env.dispose();
});

/** A resident in their own private chat with the bot. */
function residentChat() {
  const chatId = nextChat++;
  const deliverAndSettle = async (update: Parameters<TelegramTestEnv["deliver"]>[0]) => {
    const response = await env.deliver(update);
    expect(response.status).toBe(200);
    await env.settle();
  };
  return {
    chatId,
    say: (text: string) => deliverAndSettle(textUpdate(chatId, text)),
    deliver: deliverAndSettle,
    sent: () => env.fake.sentTo(chatId),
    async press(label: string | RegExp) {
      for (const sent of [...env.fake.sentTo(chatId)].reverse()) {
        for (const button of (sent.keyboard ?? []).flat()) {
          if ("callback_data" in button && (typeof label === "string" ? button.text === label : label.test(button.text))) {
            return deliverAndSettle(callbackUpdate(chatId, sent.message, button.callback_data));
          }
        }
      }
      throw new Error(`no button ${String(label)}`);
    },
    conversation: () => env.runtime.store.findConversation("telegram", String(chatId)),
    /** Goes through the referral (consent, contact here, description) and returns the open case. */
    async openCase(description = "Je n'arrive plus à payer mon loyer.") {
      await this.say("/humain");
      await this.press("Oui");
      await this.press("Ici, par message");
      await this.say(description);
      const conversation = await this.conversation();
      const active = conversation && (await env.runtime.store.findActiveCase(conversation.id));
      if (!active) throw new Error("no case was opened");
      return active;
    },
  };
}

describe("webhook security", () => {
  it.each([
    ["a wrong secret", "not-the-secret"],
    ["no secret", null],
  ])("refuses %s with 401 and does nothing", async (_label, secret) => {
    const chatId = nextChat++;
    const response = await env.deliver(textUpdate(chatId, "c'est quoi le rsa"), { secret });
    expect(response.status).toBe(401);
    await env.settle();
    expect(await env.runtime.store.findConversation("telegram", String(chatId))).toBeUndefined();
    expect(env.fake.callsOf("sendMessage")).toHaveLength(0);
  });

  it("refuses a body that is not an update with 400", async () => {
    const response = await fetch(`${env.baseUrl}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cret_Webhook-token" },
      body: JSON.stringify({ hello: "world" }),
    });
    expect(response.status).toBe(400);
  });
});

describe("deliveries", () => {
  it("handles an update delivered three times once — concurrently, and again after it was handled", async () => {
    const resident = residentChat();
    const update = textUpdate(resident.chatId, "c'est quoi le rsa");
    const statuses = await Promise.all([env.deliver(update), env.deliver(update), env.deliver(update)]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200]);
    await env.settle();
    const afterFirst = resident.sent().length;
    expect(afterFirst).toBe(1);

    // Telegram redelivers later (our answer was lost): the core's durable dedupe holds.
    for (let i = 0; i < 3; i++) expect((await env.deliver(update)).status).toBe(200);
    await env.settle();
    expect(resident.sent()).toHaveLength(afterFirst);
    const conversation = await resident.conversation();
    const inbound = (await env.runtime.store.listMessages(conversation!.id)).filter((m) => m.direction === "in");
    expect(inbound).toHaveLength(1);
  });

  it("waits out a 429's retry_after, then delivers, keeping the chat's order", async () => {
    const resident = residentChat();
    env.fake.failNext("sendMessage", { kind: "429", retryAfter: 5 }, { chatId: resident.chatId });
    await resident.say("c'est quoi le rsa");
    await resident.say("zxqv blorp");
    expect(resident.sent()).toHaveLength(0);

    env.runtime.clock.advance(4_999);
    await env.channel.drainOutbox();
    expect(resident.sent()).toHaveLength(0);

    env.runtime.clock.advance(1);
    await env.channel.drainOutbox();
    await env.channel.drainOutbox();
    const texts = resident.sent().map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/Revenu de solidarité active/);
    expect(texts[1]).toMatch(/pas compris|ne peux pas aider/);
    const attempts = env.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === resident.chatId);
    expect(attempts.map((c) => c.status)).toEqual([429, 200, 200]);
  });

  it("keeps messages while Telegram is down and delivers them, in order, once it is back", async () => {
    const resident = residentChat();
    await env.fake.goDown();
    await resident.say("c'est quoi le rsa");
    await resident.say("comment faire la demande de rsa");
    env.runtime.clock.advance(60_000);
    await env.channel.drainOutbox();
    expect(resident.sent()).toHaveLength(0);
    const conversation = await resident.conversation();
    expect(conversation?.unreachable).toBe(false);

    await env.fake.comeBack();
    env.runtime.clock.advance(15 * 60_000);
    await env.channel.drainOutbox();
    const texts = resident.sent().map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/Revenu de solidarité active/);
    expect(texts[1]).toMatch(/Étape 1 sur/);
  });

  it("marks a resident who blocked the bot unreachable instead of retrying, until they write again", async () => {
    const resident = residentChat();
    const active = await resident.openCase();
    env.fake.block(resident.chatId);
    await env.runtime.core.replyToResident(active.id, AGENT, "Bonjour, êtes-vous disponible jeudi ?");
    await env.channel.drainOutbox();
    expect((await resident.conversation())?.unreachable).toBe(true);
    const attemptsAfterBlock = env.fake.callsOf("sendMessage").filter((c) => c.status === 403).length;
    expect(attemptsAfterBlock).toBe(1);

    // Nothing more is even tried, however long we wait.
    await env.runtime.core.replyToResident(active.id, AGENT, "Je vous réécris demain.");
    env.runtime.clock.advance(60 * 60_000);
    await env.channel.drainOutbox();
    expect(env.fake.callsOf("sendMessage").filter((c) => c.status === 403)).toHaveLength(1);

    // The resident unblocks and writes: they are reachable again, and the agent's next words arrive.
    env.fake.unblock(resident.chatId);
    await resident.say("Je suis là, excusez-moi.");
    expect((await resident.conversation())?.unreachable).toBe(false);
    await env.runtime.core.replyToResident(active.id, AGENT, "Très bien, à jeudi.");
    await env.channel.drainOutbox();
    expect(resident.sent().at(-1)?.text).toMatch(/à jeudi\.$/);
  });

  it("learns from Telegram that a resident blocked the bot (my_chat_member) before any 403", async () => {
    const resident = residentChat();
    await resident.say("bonjour");
    await resident.deliver(membershipUpdate(resident.chatId, "kicked"));
    expect((await resident.conversation())?.unreachable).toBe(true);
    await resident.deliver(membershipUpdate(resident.chatId, "member"));
    expect((await resident.conversation())?.unreachable).toBe(false);
  });
});

describe("what residents receive", () => {
  it("splits a 10,000-character reply into messages under 4096 units, at sentence ends, in order", async () => {
    const resident = residentChat();
    await resident.say("bonjour");
    const conversation = await resident.conversation();
    const sentence = "Votre dossier est complet et il sera examiné par la commission du mois prochain. ";
    const long = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    await env.runtime.store.enqueueOutbox({
      conversationId: conversation!.id,
      channel: "telegram",
      message: { author: "bot", replies: [{ kind: "text", text: long }] },
      availableAt: env.runtime.clock.now(),
    });
    const before = resident.sent().length;
    await env.channel.drainOutbox();
    const parts = resident.sent().slice(before);
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(4096);
    for (const part of parts.slice(0, -1)) expect(part.text.endsWith(".")).toBe(true);
    expect(parts.map((p) => p.text).join(" ")).toBe(long.trim());
  });

  it("resumes a split message after a 429 without sending a part twice", async () => {
    const resident = residentChat();
    await resident.say("bonjour");
    const conversation = await resident.conversation();
    const long = "Une phrase d'information utile pour la suite. ".repeat(200);
    await env.runtime.store.enqueueOutbox({
      conversationId: conversation!.id,
      channel: "telegram",
      message: { author: "bot", replies: [{ kind: "text", text: long }] },
      availableAt: env.runtime.clock.now(),
    });
    const before = resident.sent().length;
    const callsBefore = env.fake.callsOf("sendMessage").length;
    // The first part goes through, the second is rate-limited.
    env.fake.failNext("sendMessage", { kind: "429", retryAfter: 2 }, { chatId: resident.chatId, skip: 1 });
    await env.channel.drainOutbox();
    expect(resident.sent().slice(before)).toHaveLength(1);
    env.runtime.clock.advance(2_000);
    await env.channel.drainOutbox();
    const parts = resident.sent().slice(before).map((m) => m.text);
    expect(parts).toHaveLength(3);
    expect(parts.join(" ")).toBe(long.trim());
    expect(env.fake.callsOf("sendMessage").slice(callsBefore).map((c) => c.status)).toEqual([200, 429, 200, 200]);
  });

  it("sends resident and agent text full of <, &, *, _ and emoji verbatim, with no parse mode", async () => {
    const resident = residentChat();
    const active = await resident.openCase(HOSTILE);
    expect(active.description).toBe(HOSTILE);
    await env.runtime.core.replyToResident(active.id, AGENT, HOSTILE);
    await env.channel.drainOutbox();
    const last = resident.sent().at(-1)!;
    expect(last.text).toContain(HOSTILE);
    expect(last.text.split("\n")[0]).toBe("👤 Inès Martin, du CCAS");
    const sends = env.fake.callsOf("sendMessage");
    expect(sends.every((c) => c.status === 200 && c.payload.parse_mode === undefined)).toBe(true);
    const conversation = await resident.conversation();
    const inbound = (await env.runtime.store.listMessages(conversation!.id)).filter((m) => m.direction === "in");
    expect(inbound.some((m) => (m.body as InboundBody).text === HOSTILE)).toBe(true);
  });

  it("answers a shared location with the nearest places, whether they are open now, and a map link", async () => {
    const resident = residentChat();
    const place = env.runtime.territory.places[0]!;
    await resident.deliver(locationUpdate(resident.chatId, place.lat, place.lon));
    const reply = resident.sent().at(-1)!;
    expect(reply.text).toContain(place.name);
    expect(reply.text).toMatch(/[🟢🔴⚪] /u);
    expect(reply.entities.some((e) => e.type === "text_link" && /^https:\/\//.test(e.url))).toBe(true);
  });

  it.each([
    ["a photo of a letter", photoUpdate],
    ["a voice message", voiceUpdate],
    ["a sticker", stickerUpdate],
    ["a document", documentUpdate],
  ])("answers %s kindly, saying what it can read, and keeps no file", async (_label, make) => {
    const resident = residentChat();
    await resident.deliver(make(resident.chatId));
    expect(resident.sent().at(-1)?.text).toMatch(/ne sais lire que le texte/);
    expect(env.fake.callsOf("getFile")).toHaveLength(0);
    const conversation = await resident.conversation();
    const stored = JSON.stringify(await env.runtime.store.listMessages(conversation!.id));
    expect(stored).not.toMatch(/file_id|AgACAgQ|AwACAgQ|CAACAgI|BQACAgQ|avis-caf/);
  });

  it("ignores group chats: residents' words would be visible to others there", async () => {
    const chatId = -1_000_123;
    const response = await env.deliver(groupTextUpdate(chatId, "c'est quoi le rsa"));
    expect(response.status).toBe(200);
    await env.settle();
    expect(await env.runtime.store.findConversation("telegram", String(chatId))).toBeUndefined();
    expect(env.fake.sentTo(chatId)).toHaveLength(0);
  });
});

describe("commands", () => {
  it("sets a command menu per language at start", () => {
    const menus = env.fake.callsOf("setMyCommands");
    expect(menus.map((c) => c.payload.language_code ?? "default")).toEqual(["default", "fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"]);
    const french = menus.find((c) => c.payload.language_code === "fr")?.payload.commands as Array<{ command: string }>;
    expect(french.map((c) => c.command)).toEqual(["start", "aide", "langue", "humain", "oubli", "mesdonnees"]);
  });

  it("describes the bot on the empty chat: software, not end-to-end encrypted, the CCAS's phone", () => {
    const descriptions = env.fake.callsOf("setMyDescription");
    expect(descriptions.map((c) => c.payload.language_code ?? "default")).toEqual(["default", "fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"]);
    const french = String(descriptions[0]?.payload.description);
    expect(french).toContain(env.runtime.territory.name);
    expect(french).toContain(env.runtime.territory.phone);
    expect(french).toMatch(/logiciel/);
    expect(french).toMatch(/pas chiffrés de bout en bout/);
    expect(french.length).toBeLessThanOrEqual(512);
    const shorts = env.fake.callsOf("setMyShortDescription");
    expect(shorts.every((c) => String(c.payload.short_description).length <= 120)).toBe(true);
  });

  it("/start welcomes and says it is software; /aide shows the themes; /langue offers the languages", async () => {
    const resident = residentChat();
    await resident.say("/start");
    expect(resident.sent().map((m) => m.text).join("\n")).toMatch(/logiciel/);
    await resident.say("/aide");
    expect(resident.sent().at(-1)?.keyboard?.flat().length).toBeGreaterThan(3);
    await resident.say("/langue");
    const labels = (resident.sent().at(-1)?.keyboard ?? []).flat().map((b) => b.text);
    expect(labels.length).toBe(9);
    expect(labels.join(" ")).toMatch(/English/);
  });

  it("/oubli asks for confirmation, then erases the conversation", async () => {
    const resident = residentChat();
    await resident.say("c'est quoi le rsa");
    await resident.say("/oubli");
    expect(resident.sent().at(-1)?.text).toMatch(/Effacer/);
    expect(await resident.conversation()).toBeDefined();
    await resident.press("Oui, tout effacer");
    expect(resident.sent().at(-1)?.text).toMatch(/C'est effacé/);
    const conversation = await resident.conversation();
    const left = conversation ? await env.runtime.store.listMessages(conversation.id) : [];
    expect(left.filter((m) => (m.body as InboundBody).text === "c'est quoi le rsa")).toHaveLength(0);
  });

  it("/humain starts a referral, and an agent's reply is pushed to the stored chat", async () => {
    const resident = residentChat();
    const active = await resident.openCase();
    await env.runtime.core.replyToResident(active.id, AGENT, "Je vous appelle demain matin.");
    await env.channel.drainOutbox();
    const last = resident.sent().at(-1)!;
    expect(last.chatId).toBe(resident.chatId);
    expect(last.text).toBe("👤 Inès Martin, du CCAS\n\nJe vous appelle demain matin.");
    expect(last.entities[0]).toMatchObject({ type: "bold", offset: 3 });
  });
});

describe("buttons and proactive messages", () => {
  it("answers a button that no longer exists with a toast, and does nothing else", async () => {
    const resident = residentChat();
    await resident.say("bonjour");
    const before = resident.sent().length;
    await resident.deliver(callbackUpdate(resident.chatId, resident.sent().at(-1)!.message, "#no-such-choice"));
    expect(env.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toMatch(/plus valable/);
    expect(resident.sent()).toHaveLength(before);
  });

  it("reaches a resident after a restart, from the chat reference stored with the conversation", async () => {
    const resident = residentChat();
    const active = await resident.openCase();
    expect((await resident.conversation())?.channelReference).toEqual({ chatId: resident.chatId });
    await env.channel.stop();

    const restarted = createTelegramChannel({
      core: env.runtime.core,
      inbox: env.runtime.store,
      clock: env.runtime.clock,
      logger: env.runtime.logger,
      events: env.runtime.events,
      territory: env.runtime.territory,
      config: { token: TEST_TOKEN, apiRoot: env.fake.apiRoot },
      botInfo: TEST_BOT_INFO,
      outbox: { pollMs: 0 },
    });
    await restarted.start();
    try {
      await env.runtime.core.replyToResident(active.id, AGENT, "Votre rendez-vous est confirmé.");
      await restarted.drainOutbox();
      expect(resident.sent().at(-1)?.text).toMatch(/Votre rendez-vous est confirmé\.$/);
    } finally {
      await restarted.stop();
    }
  });
});

describe("button payloads longer than Telegram's 64 bytes", () => {
  it("are resolved from the conversation's transcript", async () => {
    const resident = residentChat();
    await resident.say("bonjour");
    const conversation = await resident.conversation();
    const payload = `entry:${"identifiant-très-long-".repeat(4)}`;
    await env.runtime.store.appendMessage({
      conversationId: conversation!.id,
      direction: "out",
      author: "bot",
      authorName: null,
      body: { replies: [{ kind: "choices", text: "?", choices: [{ label: "Long", payload }] }] },
      createdAt: env.runtime.clock.now(),
    });
    const data = encodeCallbackData(payload);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(await decodeCallbackData(data, { core: env.runtime.core, conversationId: conversation!.id })).toBe(payload);
    expect(await decodeCallbackData("#unknown", { core: env.runtime.core, conversationId: conversation!.id })).toBeUndefined();
  });
});
