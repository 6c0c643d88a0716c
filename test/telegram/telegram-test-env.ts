/**
 * The Telegram channel as it runs in production — real runtime (SQLite file, shipped catalogue and
 * territory), the real HTTP server with the webhook route, the real grammY Bot — with only Telegram's
 * servers replaced by the local FakeBotApi (grammY's `apiRoot`). Updates are POSTed to the webhook on
 * loopback, the way Telegram delivers them.
 */
import type { FastifyInstance } from "fastify";
import type { Update } from "grammy/types";
import { createTelegramChannel, type TelegramChannel } from "../../src/channels/telegram/index.js";
import { telegramRuntimeDeps } from "../../src/app/create-channels.js";
import { createHttpServer } from "../../src/server/create-http-server.js";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.js";
import { FakeBotApi, TEST_BOT_INFO, TEST_TOKEN } from "./fake-bot-api.js";

export const WEBHOOK_SECRET = "s3cret_Webhook-token";

export interface TelegramTestEnv {
  runtime: TestRuntime;
  fake: FakeBotApi;
  channel: TelegramChannel;
  server: FastifyInstance | undefined;
  baseUrl: string;
  /** POSTs an update to the webhook as Telegram would (secret header unless told otherwise). */
  deliver(update: Update, options?: { secret?: string | null }): Promise<Response>;
  /** Waits until every update received was handled and every due outbox item was tried. */
  settle(): Promise<void>;
  dispose(): Promise<void>;
}

export async function createTelegramTestEnv(options: { mode?: "webhook" | "polling" } = {}): Promise<TelegramTestEnv> {
  const mode = options.mode ?? "webhook";
  const fake = await new FakeBotApi().start();
  const runtime = await createTestRuntime();
  const channel = createTelegramChannel({
    ...telegramRuntimeDeps(runtime),
    config: { token: TEST_TOKEN, apiRoot: fake.apiRoot, ...(mode === "webhook" ? { webhookSecret: WEBHOOK_SECRET } : {}) },
    botInfo: TEST_BOT_INFO,
    // No timer: the tests decide when the outbox is drained, with the manual clock.
    outbox: { pollMs: 0 },
    pollingTimeoutSeconds: 1,
  });
  let server: FastifyInstance | undefined;
  let baseUrl = "";
  if (mode === "webhook") {
    server = await createHttpServer({
      core: runtime.core,
      store: runtime.store,
      clock: runtime.clock,
      logger: runtime.logger,
      publicBaseUrl: "http://127.0.0.1:0",
      allowedOrigins: [],
      plugins: [(app) => channel.plugin(app)],
      announceSetupLink: false,
    });
    baseUrl = (await server.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
  }
  await channel.start();
  await channel.ready;

  return {
    runtime,
    fake,
    channel,
    server,
    baseUrl,
    async deliver(update, deliverOptions = {}) {
      const secret = deliverOptions.secret === undefined ? WEBHOOK_SECRET : deliverOptions.secret;
      return fetch(`${baseUrl}/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret !== null ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(update),
      });
    },
    async settle() {
      await channel.idle();
      await channel.drainOutbox();
    },
    async dispose() {
      await channel.stop();
      await server?.close();
      await fake.stop();
      await runtime.dispose();
    },
  };
}
