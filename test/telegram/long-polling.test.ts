/**
 * Long polling, for a CCAS without a public URL (no TELEGRAM_WEBHOOK_SECRET): the same grammY Bot and
 * core, fed by getUpdates from the local fake Bot API instead of webhook deliveries.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTelegramTestEnv, type TelegramTestEnv } from "./telegram-test-env.js";
import { textUpdate } from "./updates.js";

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
