/**
 * Long polling, for a CCAS without a public URL (no TELEGRAM_WEBHOOK_SECRET): the same grammY Bot and
 * core, fed by getUpdates from the local fake Bot API instead of webhook deliveries.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTelegramTestEnv, type TelegramTestEnv } from "./telegram-test-env.js";
import { textUpdate } from "./updates.js";
import { pino } from "pino";
import { createTelegramChannel } from "../../src/channels/telegram/index.js";
import { telegramRuntimeDeps } from "../../src/app/create-channels.js";
import { TEST_BOT_INFO, TEST_TOKEN } from "./fake-bot-api.js";

let env: TelegramTestEnv;
beforeEach(async () => {
  env = await createTelegramTestEnv({ mode: "polling" });
});
afterEach(async () => {
  await env.dispose();
});

/** Polls a condition (the loop runs on its own); fails after a generous bound rather than hanging. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await env.settle();
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

it("removes any webhook, then answers updates fetched with getUpdates", async () => {
  expect(env.channel.mode).toBe("polling");
  const chatId = 8_000_001;
  env.fake.pushUpdate(textUpdate(chatId, "c'est quoi le rsa"));
  await until(() => env.fake.sentTo(chatId).length > 0, "a reply");
  expect(env.fake.sentTo(chatId)[0]?.text).toMatch(/Revenu de solidarité active/);
  const methods = env.fake.calls.map((c) => c.method).filter((m) => m === "deleteWebhook" || m === "getUpdates");
  expect(methods[0]).toBe("deleteWebhook");
  expect(methods).toContain("getUpdates");
});

it("handles an update fetched twice once, and confirms the offset when stopping", async () => {
  const chatId = 8_000_002;
  const update = textUpdate(chatId, "c'est quoi le rsa");
  // The same update twice in one batch (Telegram resends what was not confirmed), then another one.
  env.fake.pushUpdate(update);
  env.fake.pushUpdate(update);
  env.fake.pushUpdate(textUpdate(chatId, "zxqv blorp"));
  await until(() => env.fake.sentTo(chatId).length >= 2, "the second reply");
  expect(env.fake.sentTo(chatId)).toHaveLength(2);

  await env.channel.stop();
  const last = env.fake.callsOf("getUpdates").at(-1);
  expect(last?.payload).toMatchObject({ offset: update.update_id + 2, limit: 1 });
});

it("keeps polling through Telegram's errors, waiting as long as a 429 asks", async () => {
  const chatId = 8_000_003;
  env.fake.failNext("getUpdates", { kind: "500" });
  env.fake.failNext("getUpdates", { kind: "429", retryAfter: 1 });
  await until(() => env.fake.callsOf("getUpdates").some((c) => c.status === 429), "the two errors");
  env.fake.pushUpdate(textUpdate(chatId, "c'est quoi le rsa"));
  await until(() => env.fake.sentTo(chatId).length > 0, "a reply after the errors");
  const polls = env.fake.callsOf("getUpdates");
  const statuses = polls.map((c) => c.status);
  expect(statuses.indexOf(500)).toBeLessThan(statuses.indexOf(429));
  // The 429 said one second: the next poll waited at least that long.
  const afterLimit = statuses.indexOf(429);
  expect(polls[afterLimit + 1]?.status).toBe(200);
  expect((polls[afterLimit + 1]?.at ?? 0) - (polls[afterLimit]?.at ?? 0)).toBeGreaterThanOrEqual(950);
});

it("asks again for an update the inbox could not take, and answers it once", async () => {
  const chatId = 8_000_004;
  const store = env.runtime.store;
  const admitInbound = store.admitInbound.bind(store);
  let refusals = 1;
  store.admitInbound = async (item) => {
    if (refusals-- > 0) throw new Error("SQLITE_BUSY: database is locked");
    return admitInbound(item);
  };
  const update = textUpdate(chatId, "c'est quoi le rsa");
  env.fake.pushUpdate(update);
  // Asked for again and written at the second try: had the offset moved past it, Telegram would have
  // forgotten it and no second write would come.
  await until(() => refusals < 0, "the update to be fetched and written again");
  await env.settle();
  // Handled at once when the write failed (a crisis must not wait), then deduplicated: one reply.
  expect(env.fake.sentTo(chatId)).toHaveLength(1);
});

it("stops polling, saying how to fix it, when Telegram refuses the token", async () => {
  await env.channel.stop();
  const logged: string[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => void logged.push(line) });
  const channel = createTelegramChannel({
    ...telegramRuntimeDeps(env.runtime),
    logger,
    config: { token: TEST_TOKEN, apiRoot: env.fake.apiRoot },
    botInfo: TEST_BOT_INFO,
    outbox: { pollMs: 0 },
    pollingTimeoutSeconds: 1,
  });
  env.fake.failNext("getUpdates", { kind: "401" });
  await channel.start();
  try {
    for (let i = 0; i < 100 && !logged.some((line) => line.includes("TELEGRAM_BOT_TOKEN")); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(logged.join("")).toMatch(/refused the bot token \(401\).*Check TELEGRAM_BOT_TOKEN/);
    const polls = env.fake.callsOf("getUpdates").length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(env.fake.callsOf("getUpdates").length).toBe(polls);
  } finally {
    await channel.stop();
  }
});
