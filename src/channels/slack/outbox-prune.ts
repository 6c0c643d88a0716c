/**
 * Sent Slack outbox rows are kept a week (they are the dedupe memory of recent posts), then pruned by a
 * daily durable job, which schedules the next one.
 */
import type { Clock } from "../../core/clock.js";
import type { JobHandler } from "../../jobs/job-sweeper.js";
import type { SlackPersistence } from "./slack-persistence.js";

export const SLACK_OUTBOX_PRUNE_JOB = "slack.outbox-prune";

const OUTBOX_KEEP_MS = 7 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export function createOutboxPrune(store: Pick<SlackPersistence, "scheduleJob" | "pruneSlackOutbox">, clock: Clock): { scheduleNext(): Promise<void>; handler: JobHandler } {
  async function scheduleNext(): Promise<void> {
    const next = new Date(clock.now().getTime() + DAY_MS);
    await store.scheduleJob({ kind: SLACK_OUTBOX_PRUNE_JOB, dedupeKey: `slack:outbox-prune:${next.toISOString().slice(0, 10)}`, payload: {}, runAt: next });
  }
  return {
    scheduleNext,
    async handler() {
      await store.pruneSlackOutbox(new Date(clock.now().getTime() - OUTBOX_KEEP_MS));
      await scheduleNext();
    },
  };
}
