/**
 * The whole app as `accueil start` builds it, switched to Telegram by environment variables only:
 * TELEGRAM_BOT_TOKEN turns the channel on, TELEGRAM_WEBHOOK_SECRET selects the webhook, and
 * TELEGRAM_API_ROOT points grammY at the local fake Bot API (which also answers getMe here).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import type { TelegramChannel } from "../../src/channels/telegram/index.js";
import { ManualClock } from "../../src/core/clock.js";
import { TUESDAY_MORNING } from "../support/test-runtime.js";
import { FakeBotApi, TEST_TOKEN } from "./fake-bot-api.js";
import { textUpdate } from "./updates.js";

const SECRET = "app-level_secret";
let fake: FakeBotApi;
let app: App;
let dir: string;

beforeEach(async () => {
  fake = await new FakeBotApi().start();
  dir = mkdtempSync(join(tmpdir(), "accueil-telegram-app-"));
  app = await createApp({
    env: {
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: fake.apiRoot,
      LOG_LEVEL: "silent",
    },
    port: 0,
    databaseUrl: `sqlite:${join(dir, "accueil.sqlite")}`,
    dataDir: dir,
    clock: new ManualClock(TUESDAY_MORNING),
    logger: pino({ level: "silent" }),
  });
});
afterEach(async () => {
  await app.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

it("serves POST /telegram/webhook on the bot's HTTP server and answers through the fake Bot API", async () => {
  const base = (await app.listen()).replace("localhost", "127.0.0.1");
  const channel = app.channels.find((c) => c.name === "telegram") as TelegramChannel | undefined;
  expect(channel?.mode).toBe("webhook");
  await channel!.ready;
  expect(fake.callsOf("getMe")).toHaveLength(1);

  const post = (secret: string | undefined) =>
    fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify(textUpdate(4_242_001, "c'est quoi le rsa")),
    });
  expect((await post("wrong")).status).toBe(401);
  expect((await post(SECRET)).status).toBe(200);
  await channel!.idle();
  await channel!.drainOutbox();
  expect(fake.sentTo(4_242_001)[0]?.text).toMatch(/Revenu de solidarité active/);
});
