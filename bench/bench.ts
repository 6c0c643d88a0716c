/**
 * Throughput and latency of a resident turn, measured (not asserted in unit tests):
 *   1. through the core with the SQLite file store (one process, many conversations);
 *   2. through the HTTP API on loopback (session cookie, POST /api/v1/messages).
 * With --check, exits 1 below the floors (generous: they catch a regression by an order of magnitude,
 * not the noise of a shared 2-core machine).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pino from "pino";
import { createApp } from "../src/app/create-app.js";

const FLOORS = {
  coreMessagesPerSecond: 150,
  coreP99Ms: 60,
  httpMessagesPerSecond: 100,
  httpP99Ms: 100,
};

/** Resident-style first messages of every level (written for the benchmark; not evaluation data). */
const MESSAGES = [
  "bonjour",
  "c'est quoi le rsa",
  "comment demander la prime d'activité",
  "j'ai perdu mon mot de passe ameli",
  "je voudrais un rendez-vous avec une assistante sociale",
  "aide pour payer le loyer",
  "où trouver un colis alimentaire",
  "how do I get housing benefit",
  "la complémentaire santé solidaire c'est combien",
  "je n'arrive pas à scanner mon avis d'imposition",
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function summarise(name: string, durations: number[], totalMs: number) {
  const sorted = [...durations].sort((a, b) => a - b);
  const perSecond = (durations.length / totalMs) * 1000;
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  console.log(`${name.padEnd(28)} ${durations.length} messages  ${perSecond.toFixed(0).padStart(6)} msg/s  p50 ${p50.toFixed(2)} ms  p99 ${p99.toFixed(2)} ms`);
  return { perSecond, p50, p99 };
}

async function main() {
  const check = process.argv.includes("--check");
  const dir = mkdtempSync(join(tmpdir(), "accueil-bench-"));
  const app = await createApp({
    env: { ...process.env, LOG_LEVEL: "silent", TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "", RATE_LIMIT_MESSAGES_PER_MINUTE: "100000", RATE_LIMIT_MESSAGES_PER_ADDRESS_PER_MINUTE: "100000", RATE_LIMIT_SESSIONS_PER_MINUTE: "100000" },
    databaseUrl: `sqlite:${join(dir, "bench.sqlite")}`,
    port: 0,
    logger: pino({ level: "silent" }),
    withoutBackground: true,
  });
  const failures: string[] = [];
  try {
    // 1. Core + SQLite: sequential turns over many conversations (each conversation is serialised anyway).
    const coreRuns = 1500;
    const coreDurations: number[] = [];
    const started = performance.now();
    for (let i = 0; i < coreRuns; i++) {
      const t0 = performance.now();
      await app.core.handleInbound({
        channel: "web",
        conversationKey: `bench-${i % 300}`,
        senderKey: `bench-${i % 300}`,
        text: MESSAGES[i % MESSAGES.length] ?? "bonjour",
        platformMessageId: `bench-core-${i}`,
        receivedAt: new Date(),
      });
      coreDurations.push(performance.now() - t0);
    }
    const core = summarise("core + SQLite", coreDurations, performance.now() - started);
    if (core.perSecond < FLOORS.coreMessagesPerSecond) failures.push(`core throughput ${core.perSecond.toFixed(0)} < ${FLOORS.coreMessagesPerSecond} msg/s`);
    if (core.p99 > FLOORS.coreP99Ms) failures.push(`core p99 ${core.p99.toFixed(1)} ms > ${FLOORS.coreP99Ms} ms`);

    // 2. HTTP API on loopback: 20 residents with their own session, 4 in flight at a time.
    const base = await app.listen();
    const origin = new URL(base).origin;
    const sessions: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${base}/api/v1/session`, { method: "POST", headers: { origin } });
      const cookie = res.headers.get("set-cookie")?.split(";")[0];
      if (!res.ok || !cookie) throw new Error(`could not open a session: HTTP ${res.status}`);
      sessions.push(cookie);
    }
    const httpRuns = 800;
    const httpDurations: number[] = [];
    let next = 0;
    const httpStarted = performance.now();
    const worker = async () => {
      while (next < httpRuns) {
        const i = next++;
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/messages`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, cookie: sessions[i % sessions.length] ?? "", "idempotency-key": `bench-http-${i}` },
          body: JSON.stringify({ text: MESSAGES[i % MESSAGES.length] }),
        });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`POST /api/v1/messages answered ${res.status}`);
        httpDurations.push(performance.now() - t0);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const http = summarise("HTTP API (loopback)", httpDurations, performance.now() - httpStarted);
    if (http.perSecond < FLOORS.httpMessagesPerSecond) failures.push(`HTTP throughput ${http.perSecond.toFixed(0)} < ${FLOORS.httpMessagesPerSecond} msg/s`);
    if (http.p99 > FLOORS.httpP99Ms) failures.push(`HTTP p99 ${http.p99.toFixed(1)} ms > ${FLOORS.httpP99Ms} ms`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const f of failures) console.log(`below the floor: ${f}`);
  if (check && failures.length > 0) process.exit(1);
}

await main();
