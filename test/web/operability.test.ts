/**
 * What an operator watches, on the whole app as `accueil start` builds it: /healthz, /readyz (turning 503
 * when the database is gone, and while the app shuts down) and the Prometheus figures at /metrics.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { ManualClock } from "../../src/core/clock.js";
import { TUESDAY_MORNING, resident } from "../support/test-runtime.js";

let app: App;
let dir: string;
let base: string;
let closed = false;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "accueil-ops-"));
  closed = false;
  app = await createApp({
    env: { LOG_LEVEL: "silent", READY_MAX_OUTBOX_LAG_SECONDS: "600" },
    port: 0,
    databaseUrl: `sqlite:${join(dir, "accueil.sqlite")}`,
    dataDir: dir,
    clock: new ManualClock(TUESDAY_MORNING),
    logger: pino({ level: "silent" }),
    withoutBackground: true,
  });
  base = (await app.listen()).replace("localhost", "127.0.0.1");
});
afterEach(async () => {
  if (!closed) await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("operability", () => {
  it("says the process is alive and ready", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("turns not ready when the database is gone, with the reason", async () => {
    await app.store.close();
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toMatch(/database/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    closed = true;
    await app.server.close();
  });

  it("turns not ready when a message has waited too long to be sent", async () => {
    const conversation = await app.store.findOrCreateConversation("telegram", "1", app.clock.now());
    await app.store.enqueueOutbox({ conversationId: conversation.id, channel: "telegram", message: { author: "bot", replies: [{ kind: "text", text: "x" }] }, availableAt: app.clock.now() });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    (app.clock as ManualClock).advance(601_000);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toMatch(/telegram outbox: oldest message waiting 601 s/);
  });

  it("exposes turns, their latency, crisis answers and the outbox backlog to Prometheus", async () => {
    const someone = resident(app);
    await someone.say("c'est quoi le rsa");
    await someone.say("je veux en finir ce soir");
    const conversation = await app.store.findOrCreateConversation("telegram", "2", app.clock.now());
    await app.store.enqueueOutbox({ conversationId: conversation.id, channel: "telegram", message: { author: "bot", replies: [{ kind: "text", text: "x" }] }, availableAt: app.clock.now() });
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/accueil_turns_total\{channel="web",outcome="ok"\} 2/);
    expect(text).toMatch(/accueil_turn_duration_seconds_count\{channel="web"\} 2/);
    expect(text).toMatch(/accueil_crisis_answers_total\{category="suicide"\} 1/);
    expect(text).toMatch(/accueil_outbox_pending\{channel="telegram"\} 1/);
    expect(text).toMatch(/accueil_outbox_oldest_pending_seconds\{channel="telegram"\} 0/);
    expect(text).toMatch(/accueil_outbox_dead\{channel="telegram"\} 0/);
    expect(text).toMatch(/accueil_process_cpu_seconds_total/);
  });

  it("turns not ready as soon as it shuts down", async () => {
    const closing = app.close();
    closed = true;
    const during = await fetch(`${base}/readyz`).catch(() => undefined);
    // Either refused outright or answered 503: never "ready" once stopping.
    if (during) expect(during.status).toBe(503);
    await closing;
  });
});
