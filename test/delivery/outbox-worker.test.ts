/**
 * The outbox worker against a real store (SQLite file, and PostgreSQL when reachable) with a ManualClock.
 * The fake here is only the platform: a `send` function that records what it was given and answers
 * what each test scripts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { CoreEvents } from "../../src/core/core-events.js";
import type { ChannelName } from "../../src/core/messages.js";
import { startOutboxWorker, type OutboxWorker, type SendOutcome } from "../../src/delivery/outbox-worker.js";
import { DEFAULT_RETRY_CAP_MS, retryDelayMs } from "../../src/delivery/retry-delay.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import type { OutboxItem } from "../../src/store/store.js";
import { postgresBackend, sqliteBackend, type TestBackend } from "../store/test-databases.js";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const silent = { warn: () => {}, error: () => {} };

const postgres = await postgresBackend();
const backends: Array<[string, TestBackend | undefined]> = [
  ["sqlite", sqliteBackend()],
  ["postgres", postgres],
];

function textOf(item: OutboxItem): string {
  const reply = item.message.replies[0];
  return reply?.kind === "text" ? reply.text : "?";
}

/** A fake platform: records sends; `script` decides each answer (default: ok). */
class FakePlatform {
  readonly sent: string[] = [];
  readonly attempts: string[] = [];
  script: (item: OutboxItem, text: string) => SendOutcome = () => ({ ok: true });
  send = async (item: OutboxItem): Promise<SendOutcome> => {
    const text = textOf(item);
    this.attempts.push(text);
    const outcome = this.script(item, text);
    if (outcome.ok) this.sent.push(text);
    return outcome;
  };
}

for (const [name, backend] of backends) {
  describe.skipIf(!backend)(`outbox worker on ${name}`, () => {
    let store: KyselyStore;
    let clock: ManualClock;
    let platform: FakePlatform;
    const workers: OutboxWorker[] = [];

    function start(options: { channel?: ChannelName; maxAttempts?: number; events?: CoreEvents } = {}): OutboxWorker {
      const worker = startOutboxWorker({
        store,
        channel: options.channel ?? "telegram",
        send: platform.send,
        clock,
        pollMs: 0, // the tests drive the loop with drain()
        batchSize: 5,
        maxAttempts: options.maxAttempts ?? 4,
        retry: { random: () => 0.5 },
        logger: silent,
        ...(options.events && { events: options.events }),
      });
      workers.push(worker);
      return worker;
    }

    async function enqueue(externalId: string, texts: string[], channel: ChannelName = "telegram"): Promise<string> {
      const conv = await store.findOrCreateConversation(channel, externalId, clock.now());
      for (const text of texts) {
        await store.enqueueOutbox({ conversationId: conv.id, channel, message: { author: "bot", replies: [{ kind: "text", text }] }, availableAt: clock.now() });
      }
      return conv.id;
    }

    async function statuses(conversationId: string): Promise<string[]> {
      const rows = await store.db.selectFrom("outbox").select("status").where("conversation_id", "=", conversationId).orderBy("id").execute();
      return rows.map((r) => r.status);
    }

    beforeAll(async () => {
      store = await backend!.open();
    });
    beforeEach(async () => {
      await backend!.clear(store);
      clock = new ManualClock(T0);
      platform = new FakePlatform();
    });
    afterEach(async () => {
      for (const worker of workers.splice(0)) await worker.stop();
    });
    afterAll(async () => {
      await store?.close();
      await backend?.dispose();
    });

    it("keeps retrying through hours of 429s and outages, and gives up only a day after queueing", async () => {
      const a = await enqueue("a", ["a1"]);
      platform.script = () => ({ ok: false, error: "HTTP 429", retryAfterMs: 30_000 });
      const worker = startOutboxWorker({ store, channel: "telegram", send: platform.send, clock, pollMs: 0, retry: { random: () => 0.5 }, logger: silent });
      workers.push(worker);
      // Three hours of rate limits: a wait each time, never a failure that counts.
      for (let minutes = 0; minutes < 180; minutes++) {
        await worker.drain();
        clock.advance(60_000);
      }
      expect(await statuses(a)).toEqual(["pending"]);
      // Then the platform is down (502) for the rest of the day: retried with backoff, dead after 24 h.
      platform.script = () => ({ ok: false, error: "HTTP 502" });
      for (let minutes = 180; minutes < 24 * 60 + 20; minutes += 10) {
        await worker.drain();
        clock.advance(10 * 60_000);
      }
      expect(await statuses(a)).toEqual(["dead"]);
      expect((await store.outboxStats()).find((st) => st.channel === "telegram")).toMatchObject({ pending: 0, dead: 1 });
    });

    it("sends to several conversations at once: a slow platform does not make each resident wait for all", async () => {
      for (const id of ["c1", "c2", "c3", "c4"]) await enqueue(id, [`${id}-m`]);
      let inFlight = 0;
      let most = 0;
      const worker = startOutboxWorker({
        store,
        channel: "telegram",
        clock,
        pollMs: 0,
        concurrency: 4,
        logger: silent,
        send: async () => {
          most = Math.max(most, ++inFlight);
          // Each send waits until the four are in flight (or 2 s): a worker that sends one at a time
          // stays at one, however slow the machine is at leasing the others.
          const until = Date.now() + 2000;
          while (inFlight < 4 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
          inFlight--;
          return { ok: true };
        },
      });
      workers.push(worker);
      await worker.drain();
      expect(most).toBe(4);
    });

    it("sends everything due, keeping each conversation's order, and only its own channel", async () => {
      const a = await enqueue("a", ["a1", "a2", "a3"]);
      await enqueue("b", ["b1", "b2"]);
      await enqueue("w", ["w1"], "web");
      const worker = start();
      await worker.drain();
      expect(platform.sent.filter((t) => t.startsWith("a"))).toEqual(["a1", "a2", "a3"]);
      expect(platform.sent.filter((t) => t.startsWith("b"))).toEqual(["b1", "b2"]);
      expect(platform.sent).not.toContain("w1");
      expect(await statuses(a)).toEqual(["sent", "sent", "sent"]);
    });

    it("holds a conversation's next message until the failed one is sent, with growing backoff", async () => {
      const a = await enqueue("a", ["a1", "a2"]);
      await enqueue("b", ["b1"]);
      let failuresLeft = 2;
      platform.script = (_item, text) => (text === "a1" && failuresLeft-- > 0 ? { ok: false, error: "HTTP 502" } : { ok: true });
      const worker = start();

      await worker.drain();
      expect(platform.sent).toEqual(["b1"]); // a2 waits behind a1
      const first = await store.db.selectFrom("outbox").selectAll().where("conversation_id", "=", a).orderBy("id").executeTakeFirstOrThrow();
      expect(first.attempts).toBe(1);
      expect(first.last_error).toBe("HTTP 502");
      expect(Number(first.available_at) - T0.getTime()).toBe(retryDelayMs(1, { random: () => 0.5 }));

      clock.advance(retryDelayMs(1, { random: () => 0.5 }));
      await worker.drain();
      expect(platform.sent).toEqual(["b1"]);
      const second = await store.db.selectFrom("outbox").selectAll().where("conversation_id", "=", a).orderBy("id").executeTakeFirstOrThrow();
      // The second delay is about twice the first.
      expect(Number(second.available_at) - clock.now().getTime()).toBe(retryDelayMs(2, { random: () => 0.5 }));
      expect(retryDelayMs(2, { random: () => 0.5 })).toBeGreaterThan(retryDelayMs(1, { random: () => 0.5 }));

      clock.advance(retryDelayMs(2, { random: () => 0.5 }));
      await worker.drain();
      expect(platform.sent).toEqual(["b1", "a1", "a2"]);
      expect(await statuses(a)).toEqual(["sent", "sent"]);
    });

    it("honours the platform's retryAfterMs to the millisecond (Telegram retry_after, Slack Retry-After)", async () => {
      await enqueue("a", ["a1"]);
      let limited = true;
      platform.script = () => (limited ? { ok: false, retryAfterMs: 7_000, error: "429 Too Many Requests" } : { ok: true });
      const worker = start();
      await worker.drain();
      limited = false;
      clock.advance(6_999);
      await worker.drain();
      expect(platform.sent).toEqual([]);
      clock.advance(1);
      await worker.drain();
      expect(platform.sent).toEqual(["a1"]);
      expect(platform.attempts).toEqual(["a1", "a1"]);
    });

    it("marks a resident who blocked the bot unreachable and dead-letters the conversation", async () => {
      const a = await enqueue("a", ["a1", "a2", "a3"]);
      await enqueue("b", ["b1"]);
      platform.script = (item, text) => (text.startsWith("a") ? { ok: false, permanent: "blocked", error: "403: bot was blocked by the user" } : { ok: true });
      const worker = start();
      await worker.drain();
      expect(platform.attempts.filter((t) => t.startsWith("a"))).toEqual(["a1"]);
      expect(platform.sent).toEqual(["b1"]);
      expect((await store.getConversation(a))?.unreachable).toBe(true);
      expect(await statuses(a)).toEqual(["dead", "dead", "dead"]);

      // Later messages to that conversation are not attempted until the resident writes again.
      await enqueue("a", ["a4"]);
      await worker.drain();
      expect(platform.attempts.filter((t) => t.startsWith("a"))).toEqual(["a1"]);
      expect(await statuses(a)).toEqual(["dead", "dead", "dead", "dead"]);
    });

    it("dead-letters a rejected message and goes on with the next one", async () => {
      const a = await enqueue("a", ["too-long", "a2"]);
      platform.script = (_item, text) => (text === "too-long" ? { ok: false, permanent: "rejected", error: "400: message is too long" } : { ok: true });
      await start().drain();
      expect(platform.sent).toEqual(["a2"]);
      expect(await statuses(a)).toEqual(["dead", "sent"]);
      expect((await store.getConversation(a))?.unreachable).toBe(false);
    });

    it("gives up after maxAttempts failures, then sends the next message; a throwing sender counts as a failure", async () => {
      const a = await enqueue("a", ["a1", "a2"]);
      platform.script = (_item, text) => {
        if (text === "a1") throw new Error("socket hang up");
        return { ok: true };
      };
      const worker = start({ maxAttempts: 3 });
      for (let i = 0; i < 3; i++) {
        await worker.drain();
        clock.advance(DEFAULT_RETRY_CAP_MS);
      }
      await worker.drain();
      expect(platform.attempts).toEqual(["a1", "a1", "a1", "a2"]);
      const rows = await store.db.selectFrom("outbox").selectAll().where("conversation_id", "=", a).orderBy("id").execute();
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([
        ["dead", 3],
        ["sent", 0],
      ]);
      expect(rows[0]!.last_error).toBe("socket hang up");
    });

    it("caps the backoff at about ten minutes", () => {
      expect(retryDelayMs(50, { random: () => 0.999 })).toBeLessThanOrEqual(DEFAULT_RETRY_CAP_MS);
      expect(retryDelayMs(50, { random: () => 0 })).toBe(DEFAULT_RETRY_CAP_MS / 2);
      expect(retryDelayMs(1, { random: () => 0 })).toBeLessThan(retryDelayMs(1, { random: () => 0.99 })); // jitter
    });

    it("two workers on the same store never send the same message twice", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push(await enqueue(`c${i}`, [`c${i}-1`, `c${i}-2`]));
      const one = start();
      const two = start();
      await Promise.all([one.drain(), two.drain(), one.drain(), two.drain()]);
      await one.drain();
      expect(platform.sent).toHaveLength(24);
      expect(new Set(platform.sent).size).toBe(24);
      for (let i = 0; i < 12; i++) {
        expect(platform.sent.indexOf(`c${i}-1`)).toBeLessThan(platform.sent.indexOf(`c${i}-2`));
      }
    });

    it("wakes up on the outbox event without polling, and stops cleanly", async () => {
      const events = new CoreEvents();
      const worker = start({ events });
      await worker.drain(); // nothing yet
      await enqueue("a", ["a1"]);
      events.emit("outbox", { channel: "slack" }); // another channel: not for this worker
      events.emit("outbox", { channel: "telegram" });
      await vi.waitFor(() => expect(platform.sent).toEqual(["a1"]), { timeout: 5_000, interval: 10 });
      await worker.stop();
      await enqueue("a", ["a2"]);
      events.emit("outbox", { channel: "telegram" });
      await worker.drain(); // drain still works after stop (used on shutdown)…
      expect(platform.sent).toEqual(["a1", "a2"]);
    });
  });
}
