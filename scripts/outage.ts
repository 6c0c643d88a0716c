/**
 * `npm run outage`: what residents get when Telegram is down, on the real server process (compiled,
 * SQLite, webhook) with Telegram's servers replaced by the local fake Bot API.
 *
 *   1. An outage of OUTAGE_SECONDS (default 900, a quarter of an hour): the first half every sendMessage
 *      gets 502 Bad Gateway, the second half 429 with retry_after RETRY_AFTER seconds (default 30).
 *      CHATS residents (default 100) write three messages each along the way. Measured: replies lost
 *      (0 wanted), chats whose replies came in another order than without an outage (0 wanted), calls
 *      to one chat within a retry_after window after its 429 (0 wanted), when the server raised its
 *      alert (≤ 2 minutes wanted), and how long the backlog took to leave once Telegram was back.
 *   2. A drain: Telegram answers 429 retry_after 5 to everything while 100 residents write five
 *      messages each (≥ 500 replies waiting), then comes back with its flood limit (30 a second) and
 *      a latency of LATENCY_MS (default 300) per call. Measured: messages a second, against the limit
 *      and against one at a time (1000 / LATENCY_MS).
 *
 * With --check, exits 1 when a measure misses what is wanted. CI runs it with OUTAGE_SECONDS=120 (and
 * OUTBOX_ALERT_AFTER_SECONDS unchanged, 60): the alert must come within the outage.
 */
import { FakeBotApi } from "../test/telegram/fake-bot-api.js";
import { textUpdate } from "../test/telegram/updates.js";
import { BotServerProcess, reportAndExit, waitFor } from "./lib/bot-server-process.js";

const OUTAGE_SECONDS = Number(process.env.OUTAGE_SECONDS ?? 900);
const RETRY_AFTER = Number(process.env.RETRY_AFTER ?? 30);
const CHATS = Number(process.env.CHATS ?? 100);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 300);
const TELEGRAM_LIMIT = 30;
const ALERT_WITHIN_MS = 120_000;
const check = process.argv.includes("--check");
// Three questions whose answers do not depend on the hour (no opening hours in them).
const MESSAGES = ["c'est quoi le rsa", "et la prime d'activité ?", "comment demander la complémentaire santé solidaire"];

const fake = await new FakeBotApi().start();
const bot = await BotServerProcess.create(fake);
const failures: string[] = [];
const texts = (chatId: number): string[] => fake.sentTo(chatId).map((m) => m.text);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function converse(chatId: number, messages: string[]): Promise<void> {
  for (const text of messages) {
    const before = texts(chatId).length;
    await bot.deliverUntilAccepted(textUpdate(chatId, text));
    await waitFor(() => texts(chatId).length > before, 10_000);
    await new Promise((r) => setTimeout(r, 1_000)); // every part of the answer
  }
}

try {
  await bot.start();
  // The reference: the same conversation, Telegram up.
  const reference = 8_000_001;
  await converse(reference, MESSAGES);
  const expected = texts(reference);

  // ---- 1. The outage ---------------------------------------------------------------------------
  const chats = Array.from({ length: CHATS }, (_v, i) => 8_100_000 + i);
  const outageStart = Date.now();
  const outageEnd = outageStart + OUTAGE_SECONDS * 1000;
  const halfway = outageStart + (OUTAGE_SECONDS * 1000) / 2;
  fake.weather = (method) => (method !== "sendMessage" ? undefined : Date.now() < halfway ? { kind: "502" } : { kind: "429", retryAfter: RETRY_AFTER });
  console.log(`outage: ${OUTAGE_SECONDS} s (502, then 429 retry_after ${RETRY_AFTER}), ${CHATS} chats writing 3 messages each`);
  // Each resident writes at the start, a third and two thirds of the way (spread over 10 s each time).
  const writing = chats.map(async (chatId, i) => {
    for (let k = 0; k < MESSAGES.length; k++) {
      const at = outageStart + (k * OUTAGE_SECONDS * 1000) / 3 + (i * 10_000) / CHATS;
      await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
      await bot.deliverUntilAccepted(textUpdate(chatId, MESSAGES[k]!));
    }
  });
  await Promise.all(writing);
  await new Promise((r) => setTimeout(r, Math.max(0, outageEnd - Date.now())));
  fake.weather = undefined;
  const back = Date.now();
  const delivered = await waitFor(() => chats.every((chatId) => texts(chatId).length >= expected.length), 5 * 60_000);
  const drainedAfter = Date.now() - back;
  await new Promise((r) => setTimeout(r, 2_000));

  let lost = 0;
  let disordered = 0;
  let doubled = 0;
  for (const chatId of chats) {
    const got = texts(chatId);
    if (got.length < expected.length) lost++;
    else if (got.length > expected.length) doubled++;
    else if (JSON.stringify(got) !== JSON.stringify(expected)) disordered++;
  }
  // After a 429, the next call to that chat must wait retry_after (a 5 ms allowance for clocks).
  let tooSoon = 0;
  let refusedCalls = 0;
  for (const chatId of chats) {
    const calls = fake.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId);
    for (let i = 0; i + 1 < calls.length; i++) {
      if (calls[i]!.status !== 200) refusedCalls++;
      if (calls[i]!.status === 429 && calls[i + 1]!.at - calls[i]!.at < RETRY_AFTER * 1000 - 5) tooSoon++;
    }
  }
  const alert = bot.logs.find((l) => String(l.line.msg ?? "").includes("outbox lagging") && l.at >= outageStart);
  const alertAfter = alert ? alert.at - outageStart : Infinity;
  console.log(
    `  ${CHATS} chats: ${CHATS - lost - disordered - doubled} got every reply in order, ${lost} lost a reply, ${disordered} out of order, ${doubled} got a reply twice`,
  );
  console.log(`  calls refused during the outage: ${refusedCalls}; calls to a chat sooner than retry_after after its 429: ${tooSoon}`);
  console.log(`  alert logged ${alert ? seconds(alertAfter) : "never"} after the outage began; backlog sent ${delivered ? seconds(drainedAfter) : "not within 5 min"} after Telegram came back`);
  if (lost) failures.push(`outage: ${lost} chat(s) lost a reply`);
  if (disordered) failures.push(`outage: ${disordered} chat(s) got their replies out of order`);
  if (doubled) failures.push(`outage: ${doubled} chat(s) got a reply twice`);
  if (tooSoon) failures.push(`outage: ${tooSoon} call(s) before retry_after had passed`);
  if (alertAfter > ALERT_WITHIN_MS) failures.push(`outage: alert ${alert ? `after ${seconds(alertAfter)}` : "never raised"} (wanted within ${ALERT_WITHIN_MS / 1000} s)`);

  // ---- 2. The drain ----------------------------------------------------------------------------
  const drainChats = Array.from({ length: 100 }, (_v, i) => 8_200_000 + i);
  fake.weather = (method) => (method === "sendMessage" ? { kind: "429", retryAfter: 5 } : undefined);
  await Promise.all(drainChats.map(async (chatId) => {
    for (let k = 0; k < 5; k++) await bot.deliverUntilAccepted(textUpdate(chatId, MESSAGES[k % MESSAGES.length]!));
  }));
  await new Promise((r) => setTimeout(r, 3_000)); // every update handled, its replies queued
  const queuedAt = fake.calls.length;
  fake.latencyMs = LATENCY_MS;
  fake.limitPerSecond = TELEGRAM_LIMIT;
  fake.weather = undefined;
  await waitFor(() => fake.calls.slice(queuedAt).some((c) => c.method === "sendMessage" && c.status === 200), 15_000);
  await waitFor(() => {
    const last = fake.calls.at(-1);
    return last !== undefined && Date.now() - last.at > 10_000; // quiet for 10 s: nothing left
  }, 10 * 60_000);
  const drained = fake.calls.slice(queuedAt).filter((c) => c.method === "sendMessage");
  const sent = drained.filter((c) => c.status === 200);
  const flood = drained.filter((c) => c.status === 429).length;
  const span = (sent.at(-1)?.at ?? 0) - (sent[0]?.at ?? 0);
  const rate = sent.length / Math.max(span / 1000, 0.001);
  const serial = 1000 / LATENCY_MS;
  console.log(
    `drain: ${sent.length} messages to ${drainChats.length} chats in ${seconds(span)}: ${rate.toFixed(1)} a second (Telegram's limit ${TELEGRAM_LIMIT}; one at a time at ${LATENCY_MS} ms a call: ${serial.toFixed(1)}); flood-limit refusals: ${flood}`,
  );
  if (sent.length < 500) failures.push(`drain: only ${sent.length} messages were waiting (wanted ≥ 500)`);
  if (rate < TELEGRAM_LIMIT * 0.6) failures.push(`drain: ${rate.toFixed(1)} a second, under 60 % of the platform's limit`);
  if (flood > sent.length * 0.02) failures.push(`drain: ${flood} flood-limit refusals (more than 2 % of the sends)`);
} finally {
  await bot.dispose();
  await fake.stop();
}
reportAndExit(failures, check, "outage");
