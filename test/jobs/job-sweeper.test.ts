/**
 * The job sweeper against a real store (SQLite file, and PostgreSQL when reachable) with a ManualClock.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ManualClock, systemClock } from "../../src/core/clock.js";
import { startJobSweeper, type JobHandler, type JobSweeper } from "../../src/jobs/job-sweeper.js";
import { retryDelayMs } from "../../src/delivery/retry-delay.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { openStore } from "../../src/store/open-store.js";
import type { JobRecord } from "../../src/store/store.js";
import { postgresBackend, sqliteBackend, tempDir, type TestBackend } from "../store/test-databases.js";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const MINUTE = 60_000;
const silent = { warn: () => {}, error: () => {} };
const half = () => 0.5;

const postgres = await postgresBackend();
const backends: Array<[string, TestBackend | undefined]> = [
  ["sqlite", sqliteBackend()],
  ["postgres", postgres],
];

for (const [name, backend] of backends) {
  describe.skipIf(!backend)(`job sweeper on ${name}`, () => {
    let store: KyselyStore;
    let clock: ManualClock;
    const sweepers: JobSweeper[] = [];

    function start(handlers: Record<string, JobHandler>, extra: { maxAttempts?: number } = {}): JobSweeper {
      const sweeper = startJobSweeper({ store, clock, handlers, cron: "", logger: silent, retry: { random: half }, ...extra });
      sweepers.push(sweeper);
      return sweeper;
    }

    async function job(dedupeKey: string) {
      return store.db.selectFrom("jobs").selectAll().where("dedupe_key", "=", dedupeKey).executeTakeFirstOrThrow();
    }

    beforeAll(async () => {
      store = await backend!.open();
    });
    beforeEach(async () => {
      await backend!.clear(store);
      clock = new ManualClock(T0);
    });
    afterEach(async () => {
      for (const sweeper of sweepers.splice(0)) await sweeper.stop();
    });
    afterAll(async () => {
      await store?.close();
      await backend?.dispose();
    });

    it("runs due jobs with their payload, once, and leaves future ones", async () => {
      const seen: JobRecord[] = [];
      const sweeper = start({ reminder: async (j) => void seen.push(j) });
      await store.scheduleJob({ kind: "reminder", dedupeKey: "case:1:2h", payload: { caseId: "1" }, runAt: T0 });
      await store.scheduleJob({ kind: "reminder", dedupeKey: "case:2:2h", payload: { caseId: "2" }, runAt: new Date(T0.getTime() + MINUTE) });
      expect(await sweeper.sweepOnce()).toBe(1);
      expect(seen.map((j) => j.payload)).toEqual([{ caseId: "1" }]);
      expect((await job("case:1:2h")).status).toBe("done");
      expect(await sweeper.sweepOnce()).toBe(0);
      clock.advance(MINUTE);
      expect(await sweeper.sweepOnce()).toBe(1);
      expect(seen.map((j) => j.payload)).toEqual([{ caseId: "1" }, { caseId: "2" }]);
    });

    it("retries a failing handler with backoff, then fails it for good after maxAttempts", async () => {
      let calls = 0;
      const sweeper = start(
        {
          purge: async () => {
            calls++;
            throw new Error("database busy");
          },
        },
        { maxAttempts: 3 },
      );
      await store.scheduleJob({ kind: "purge", dedupeKey: "purge:daily", payload: {}, runAt: T0 });
      await sweeper.sweepOnce();
      let row = await job("purge:daily");
      expect([row.status, row.attempts, row.last_error]).toEqual(["pending", 1, "database busy"]);
      expect(Number(row.run_at) - T0.getTime()).toBe(retryDelayMs(1, { random: half }));

      expect(await sweeper.sweepOnce()).toBe(0); // not due yet
      clock.set(new Date(Number(row.run_at)));
      await sweeper.sweepOnce();
      row = await job("purge:daily");
      expect([row.status, row.attempts]).toEqual(["pending", 2]);
      clock.set(new Date(Number(row.run_at)));
      await sweeper.sweepOnce();
      row = await job("purge:daily");
      expect([row.status, row.attempts]).toEqual(["failed", 3]);
      clock.advance(60 * MINUTE);
      expect(await sweeper.sweepOnce()).toBe(0);
      expect(calls).toBe(3);
    });

    it("fails a job of unknown kind with a clear error, without touching the others", async () => {
      const ran: string[] = [];
      const sweeper = start({ reminder: async (j) => void ran.push(j.dedupeKey) });
      await store.scheduleJob({ kind: "remindr", dedupeKey: "typo", payload: {}, runAt: T0 });
      await store.scheduleJob({ kind: "reminder", dedupeKey: "ok", payload: {}, runAt: T0 });
      expect(await sweeper.sweepOnce()).toBe(2);
      const row = await job("typo");
      expect(row.status).toBe("failed");
      expect(row.last_error).toBe('No handler for job kind "remindr" (known kinds: reminder)');
      expect(ran).toEqual(["ok"]);
      // "constructor" and friends are not handlers either.
      await store.scheduleJob({ kind: "constructor", dedupeKey: "proto", payload: {}, runAt: T0 });
      await sweeper.sweepOnce();
      expect((await job("proto")).status).toBe("failed");
    });

    it("two sweepers never run the same job", async () => {
      const runs: string[] = [];
      const handler: JobHandler = async (j) => {
        runs.push(j.dedupeKey);
        await new Promise((r) => setImmediate(r)); // let the other sweeper interleave
      };
      const one = start({ reminder: handler });
      const two = start({ reminder: handler });
      for (let i = 0; i < 45; i++) await store.scheduleJob({ kind: "reminder", dedupeKey: `k${i}`, payload: {}, runAt: T0 });
      const counts = await Promise.all([one.sweepOnce(), two.sweepOnce()]);
      expect(counts[0] + counts[1]).toBe(45);
      expect(runs).toHaveLength(45);
      expect(new Set(runs).size).toBe(45);
    });

    it("runs again a job whose sweeper died mid-run, once its lease has run out", async () => {
      await store.scheduleJob({ kind: "reminder", dedupeKey: "crash", payload: {}, runAt: T0 });
      // A sweeper claimed it and died: the claim happened, the completion never did.
      await store.claimDueJobs(T0, 10, 5 * MINUTE);
      const ran: number[] = [];
      const sweeper = start({ reminder: async (j) => void ran.push(j.attempts) });
      expect(await sweeper.sweepOnce()).toBe(0);
      clock.advance(5 * MINUTE);
      expect(await sweeper.sweepOnce()).toBe(1);
      expect(ran).toEqual([2]);
      expect((await job("crash")).status).toBe("done");
    });
  });
}

describe("job sweeper schedule", () => {
  it("rejects an invalid cron expression", () => {
    expect(() => startJobSweeper({ store: {} as never, clock: systemClock, handlers: {}, cron: "every 30 seconds" })).toThrow(/Invalid cron/);
  });

  it("sweeps on its cron schedule, and a job scheduled before a restart runs after it", async () => {
    const dir = tempDir("accueil-jobs-");
    const url = `sqlite:${join(dir, "accueil.sqlite")}`;
    try {
      const before = await openStore(url);
      await before.scheduleJob({ kind: "reminder", dedupeKey: "survives", payload: { n: 1 }, runAt: new Date(Date.now() - 1000) });
      await before.close();

      const store = await openStore(url);
      const ran: unknown[] = [];
      const sweeper = startJobSweeper({ store, clock: systemClock, handlers: { reminder: async (j) => void ran.push(j.payload) }, cron: "* * * * * *", logger: silent });
      try {
        await vi.waitFor(() => expect(ran).toEqual([{ n: 1 }]), { timeout: 5_000, interval: 50 });
      } finally {
        await sweeper.stop();
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
