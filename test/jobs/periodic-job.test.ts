/**
 * Periodic jobs: which runs get scheduled, under which dedupe key, and that each run schedules the next.
 */
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { periodicJob } from "../../src/jobs/periodic-job.js";
import type { NewJob } from "../../src/store/store.js";

function recorder(): { scheduled: NewJob[]; scheduleJob(job: NewJob): Promise<boolean> } {
  const scheduled: NewJob[] = [];
  return {
    scheduled,
    async scheduleJob(job) {
      scheduled.push(job);
      return true;
    },
  };
}

describe("periodic job", () => {
  it("schedules today's and tomorrow's daily run at its hour, keyed by the date", async () => {
    const store = recorder();
    await periodicJob("purge", "day", 2 * 3_600_000).schedule(store, new ManualClock(new Date("2026-03-02T09:30:00.000Z")));
    expect(store.scheduled.map((j) => [j.dedupeKey, j.runAt.toISOString()])).toEqual([
      ["purge:2026-03-02", "2026-03-02T02:00:00.000Z"],
      ["purge:2026-03-03", "2026-03-03T02:00:00.000Z"],
    ]);
  });

  it("schedules this hour's and the next hour's run, keyed by the hour", async () => {
    const store = recorder();
    await periodicJob("cleanup", "hour").schedule(store, new ManualClock(new Date("2026-03-02T23:59:59.000Z")));
    expect(store.scheduled.map((j) => [j.kind, j.dedupeKey, j.runAt.toISOString()])).toEqual([
      ["cleanup", "cleanup:2026-03-02T23", "2026-03-02T23:00:00.000Z"],
      ["cleanup", "cleanup:2026-03-03T00", "2026-03-03T00:00:00.000Z"],
    ]);
  });

  it("does the work, then schedules the next period's run", async () => {
    const store = recorder();
    const clock = new ManualClock(new Date("2026-03-02T02:00:05.000Z"));
    const worked: string[] = [];
    const handlers = periodicJob("purge", "day", 2 * 3_600_000).handlers({ store, clock }, async (now) => {
      worked.push(now.toISOString());
    });
    await handlers.purge!({ id: 1, kind: "purge", dedupeKey: "purge:2026-03-02", payload: {}, runAt: clock.now(), status: "running", attempts: 1, leaseUntil: null, lastError: null });
    expect(worked).toEqual(["2026-03-02T02:00:05.000Z"]);
    expect(store.scheduled.map((j) => j.dedupeKey)).toEqual(["purge:2026-03-03"]);
  });
});
