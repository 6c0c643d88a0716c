/**
 * `npm run reliability`: the crash test, on the real server process (`accueil start`, compiled, SQLite,
 * Telegram webhook) with Telegram's servers replaced by the local fake Bot API.
 *
 *   1. Start time: from spawning the process to its port accepting connections (listening), and to
 *      /readyz answering 200 (everything loaded) — best and median of the starts below.
 *   2. kill -9 right after a webhook's 200, ROUNDS times in a row (a restart after each): every update
 *      must be answered after the restart, each exactly once — the same replies as an update handled
 *      without any crash.
 *
 * With --check, exits 1 when an update is lost or answered twice, or the server listens later than
 * MAX_LISTEN_MS. (Two instances on one PostgreSQL — the same chat on both at once — are tested in
 * test/scenarios/two-instances.test.ts, which `npm test` runs.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeBotApi, TEST_TOKEN } from "../test/telegram/fake-bot-api.js";
import { textUpdate } from "../test/telegram/updates.js";

const ROUNDS = Number(process.env.RELIABILITY_ROUNDS ?? 20);
const MAX_LISTEN_MS = 1_000;
const SECRET = "reliability_secret";
const check = process.argv.includes("--check");

const fake = await new FakeBotApi().start();
const dir = mkdtempSync(join(tmpdir(), "accueil-reliability-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: "127.0.0.1",
  DATABASE_URL: `sqlite:${join(dir, "accueil.sqlite")}`,
  TELEGRAM_BOT_TOKEN: TEST_TOKEN,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  TELEGRAM_API_ROOT: fake.apiRoot,
  LOG_LEVEL: "error",
};
const listenTimes: number[] = [];
const readyTimes: number[] = [];

async function startServer(): Promise<ChildProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/accueil.mjs", "start"], { env, stdio: ["ignore", "ignore", "inherit"] });
  let listening = false;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before being ready`);
    if (!listening && (await accepts(port))) {
      listening = true;
      listenTimes.push(performance.now() - started);
    }
    const ready = listening && (await fetch(`${base}/readyz`).then((r) => r.ok, () => false));
    if (ready) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  readyTimes.push(performance.now() - started);
  return child;
}

/** The port accepts a TCP connection (the process is listening). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function deliver(chatId: number, text: string): Promise<Response> {
  return fetch(`${base}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(textUpdate(chatId, text)),
  });
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return condition();
}

const texts = (chatId: number): string[] => fake.sentTo(chatId).map((m) => m.text);
const TEXT = "c'est quoi le rsa";
let server = await startServer();
const failures: string[] = [];
try {
  // The reference: the same message, no crash.
  const reference = 9_000_001;
  await deliver(reference, TEXT);
  await waitFor(() => texts(reference).length > 0, 10_000);
  await new Promise((r) => setTimeout(r, 1_500)); // every part of the answer
  const expected = texts(reference);

  const chats: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const chatId = 9_100_000 + round;
    chats.push(chatId);
    const response = await deliver(chatId, TEXT);
    if (response.status !== 200) failures.push(`round ${round}: webhook answered ${response.status}`);
    server.kill("SIGKILL");
    await new Promise((r) => server.once("exit", r));
    server = await startServer();
    if (!(await waitFor(() => texts(chatId).length >= expected.length, 15_000))) failures.push(`round ${round}: update not answered after the restart`);
  }
  await new Promise((r) => setTimeout(r, 1_500));
  let lost = 0;
  let doubled = 0;
  for (const chatId of chats) {
    const got = texts(chatId);
    if (got.length < expected.length) lost++;
    else if (got.length > expected.length) doubled++;
    else if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`chat ${chatId}: other replies than without a crash`);
  }
  const bestListen = Math.min(...listenTimes);
  console.log(`kill -9 right after the webhook's 200, ${ROUNDS} times: ${ROUNDS - lost - doubled} answered exactly once, ${lost} lost, ${doubled} answered twice`);
  console.log(`process start to listening: best ${bestListen.toFixed(0)} ms, median ${median(listenTimes).toFixed(0)} ms; to /readyz 200: best ${Math.min(...readyTimes).toFixed(0)} ms, median ${median(readyTimes).toFixed(0)} ms (${listenTimes.length} starts)`);
  if (lost) failures.push(`${lost} update(s) lost`);
  if (doubled) failures.push(`${doubled} update(s) answered twice`);
  if (bestListen > MAX_LISTEN_MS) failures.push(`the server listens ${bestListen.toFixed(0)} ms after start (limit ${MAX_LISTEN_MS} ms)`);
} finally {
  server.kill("SIGKILL");
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
}
for (const f of failures) console.log(`failed: ${f}`);
if (check && failures.length) process.exit(1);
if (check) console.log("reliability checks met");
process.exit(0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
