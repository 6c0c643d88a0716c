#!/usr/bin/env node
/**
 * Load on the Telegram webhook, on loopback: how many updates per second one instance handles with the
 * SQLite store, and how long Telegram waits for our HTTP answer (p99).
 *
 *   node bench/telegram-load.mjs [--updates 2000] [--concurrency 20] [--check]
 *
 * Two processes. This one runs the app exactly as `accueil start` does (createApp, SQLite file in a
 * temp folder, TELEGRAM_* variables). A second process plays Telegram: it runs the fake Bot API server
 * (receiving the bot's sendMessage calls) and POSTs the webhook deliveries, `concurrency` at a time,
 * one resident (chat) per update, timing each HTTP answer and each update's first reply. Keeping
 * "Telegram" out of the app's process means its work does not count against the app's event loop.
 *
 * --check fails (exit 1) when an update got no reply or more than one, or when p99 of the webhook's
 * answer exceeds 1000 ms (Telegram waits much longer before redelivering, but a slow answer means the
 * handler is doing work it should leave to the background).
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { register } from "tsx/esm/api";

register();
const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const TOKEN = "123456:LOAD-test_token";
const SECRET = "load-test_secret";
const QUESTIONS = [
  "c'est quoi le rsa",
  "comment faire la demande de prime d'activité",
  "j'ai oublié mon mot de passe caf",
  "aide pour payer le loyer",
  "bonjour",
  "zxqv blorp",
  "je cherche une aide alimentaire",
  "What is the RSA benefit?",
];

if (args.includes("--telegram")) await playTelegram();
else await runApp();

/** The app's side: createApp on a fresh SQLite file, then wait for the other process's report. */
async function runApp() {
  const updates = option("updates", 2000);
  const concurrency = option("concurrency", 20);
  const dir = mkdtempSync(join(tmpdir(), "accueil-telegram-load-"));
  const telegram = fork(fileURLToPath(import.meta.url), ["--telegram"], { stdio: "inherit" });
  const next = () => new Promise((resolve) => telegram.once("message", resolve));

  const { apiRoot } = await next();
  const { createApp } = await import(join(root, "src/app/create-app.ts"));
  const { default: pino } = await import("pino");
  const app = await createApp({
    env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: apiRoot, LOG_LEVEL: "silent" },
    port: 0,
    databaseUrl: `sqlite:${join(dir, "accueil.sqlite")}`,
    dataDir: dir,
    logger: pino({ level: "silent" }),
  });
  const base = (await app.listen()).replace("localhost", "127.0.0.1");
  const channel = app.channels.find((c) => c.name === "telegram");
  await channel.ready;

  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  telegram.send({ webhookUrl: `${base}/telegram/webhook`, updates, concurrency });
  const report = await next();
  loopDelay.disable();
  report.loopDelay = { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
  telegram.kill();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  print(report, { updates, concurrency });
  if (args.includes("--check")) {
    const problems = [];
    if (report.missing > 0) problems.push(`${report.missing} update(s) got no reply`);
    if (report.duplicated > 0) problems.push(`${report.duplicated} update(s) were answered twice`);
    if (report.ack.p99 > 1000) problems.push(`webhook p99 ${report.ack.p99.toFixed(1)} ms > 1000 ms`);
    if (problems.length) {
      console.error(`FAILED: ${problems.join("; ")}`);
      process.exit(1);
    }
  }
  process.exit(0);
}

/** Telegram's side: the fake Bot API, and the webhook deliveries. */
async function playTelegram() {
  const { FakeBotApi } = await import(join(root, "test/telegram/fake-bot-api.ts"));
  const fake = await new FakeBotApi({ token: TOKEN }).start();
  const firstReplyAt = new Map();
  const replies = new Map();
  // Time of each chat's first reply, read as the bot's calls arrive.
  let seen = 0;
  const watch = setInterval(() => {
    for (; seen < fake.sent.length; seen++) {
      const { chatId } = fake.sent[seen];
      replies.set(chatId, (replies.get(chatId) ?? 0) + 1);
      if (!firstReplyAt.has(chatId)) firstReplyAt.set(chatId, performance.now());
    }
  }, 2);
  process.send({ apiRoot: fake.apiRoot });
  const { webhookUrl, updates, concurrency } = await new Promise((resolve) => process.once("message", resolve));

  const sentAt = new Map();
  const ack = [];
  let nextIndex = 0;
  const firstChat = 10_000_000;
  const start = performance.now();
  async function worker() {
    for (;;) {
      const i = nextIndex++;
      if (i >= updates) return;
      const chatId = firstChat + i;
      const update = {
        update_id: 500_000 + i,
        message: {
          message_id: i + 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: "private", first_name: "R" },
          from: { id: chatId, is_bot: false, first_name: "R", language_code: "fr" },
          text: QUESTIONS[i % QUESTIONS.length],
        },
      };
      const t0 = performance.now();
      sentAt.set(chatId, t0);
      const response = await fetch(webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      });
      await response.arrayBuffer();
      ack.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const deliveredIn = performance.now() - start;

  // Wait for every chat's first reply (bounded: a lost update must not hang the bench).
  const deadline = performance.now() + 120_000;
  while (firstReplyAt.size < updates && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 300)); // let late duplicates show up, if any
  clearInterval(watch);
  const lastReply = Math.max(...firstReplyAt.values());
  const endToEnd = [...firstReplyAt].map(([chatId, at]) => at - sentAt.get(chatId));
  const perUpdate = [...replies.values()];
  process.send({
    deliveredPerSecond: updates / (deliveredIn / 1000),
    handledPerSecond: firstReplyAt.size / ((lastReply - start) / 1000),
    ack: summary(ack),
    reply: summary(endToEnd),
    missing: updates - firstReplyAt.size,
    // Every answer in this mix is one outbox item that fits one Telegram message: a chat with two
    // messages was answered twice.
    duplicated: perUpdate.filter((n) => n > 1).length,
    sendMessageCalls: fake.sent.length,
    repliesPerUpdate: perUpdate.length ? fake.sent.length / perUpdate.length : 0,
  });
  await fake.stop();
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

function print(report, { updates, concurrency }) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(`Telegram webhook load — ${updates} updates, ${concurrency} concurrent deliveries, one chat each, SQLite store`);
  console.log(`  webhook answers (what Telegram waits for): ${report.deliveredPerSecond.toFixed(0)} updates/s accepted`);
  console.log(`    p50 ${ms(report.ack.p50)}  p95 ${ms(report.ack.p95)}  p99 ${ms(report.ack.p99)}  max ${ms(report.ack.max)}`);
  console.log(`  handled end to end (core turn + outbox + sendMessage): ${report.handledPerSecond.toFixed(0)} updates/s`);
  console.log(`    time to first reply p50 ${ms(report.reply.p50)}  p99 ${ms(report.reply.p99)}  max ${ms(report.reply.max)}`);
  console.log(`  app event-loop delay: p50 ${ms(report.loopDelay.p50)}  p99 ${ms(report.loopDelay.p99)}  max ${ms(report.loopDelay.max)}`);
  console.log(`  sendMessage calls: ${report.sendMessageCalls} (${report.repliesPerUpdate.toFixed(2)} per update); missing replies: ${report.missing}`);
}
