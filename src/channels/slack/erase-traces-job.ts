/**
 * The Slack side of an erasure or a purge: the store wrote a job row listing what the bot had posted
 * about the people concerned (same transaction as the erasure); this handler queues the Slack calls that
 * blank it — the case thread (erased view, the bot's lines deleted) and single posts (the volunteers'
 * question, the review post in the agents' channel).
 */
import { z } from "zod";
import type { JobHandler } from "../../jobs/job-sweeper.js";
import type { SlackOutbox } from "./slack-outbox.js";
import type { SlackSettings } from "./slack-settings.js";

const tracesSchema = z.object({
  caseIds: z.array(z.string()),
  posts: z.array(z.object({ platform: z.string(), channel: z.string(), ts: z.string() })),
});

export function eraseTracesHandler(outbox: SlackOutbox, settings: SlackSettings): JobHandler {
  return async (job) => {
    const traces = tracesSchema.parse(job.payload);
    for (const caseId of traces.caseIds) {
      await outbox.enqueue(settings.agentsChannel, { kind: "erase-case", caseId }, { dedupeKey: `case:${caseId}:erase` });
    }
    for (const post of traces.posts) {
      if (post.platform !== "slack") continue;
      await outbox.enqueue(post.channel, { kind: "erase-post", channel: post.channel, ts: post.ts }, { dedupeKey: `erase-post:${post.channel}:${post.ts}` });
    }
  };
}
