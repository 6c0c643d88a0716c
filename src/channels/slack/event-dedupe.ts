/**
 * Slack delivers an event at least once: when an answer takes more than 3 s, or fails, it sends the same
 * event again (X-Slack-Retry-Num), sometimes while the first delivery is still being handled. Each
 * event_id is claimed in the inbox's handled ids (a unique row) before anything is done, so the retry finds it taken and
 * does nothing; if handling fails the claim is released, so a later retry does the work — a retry whose
 * first delivery never succeeded is never dropped. Works the same in HTTP and Socket Mode.
 */
import type { Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "pino";
import { z } from "zod";
import type { Clock } from "../../core/clock.js";
import type { SlackInbox } from "./slack-persistence.js";

const eventEnvelope = z.looseObject({ type: z.literal("event_callback"), event_id: z.string().min(1).max(200) });

export function eventDedupe(store: Pick<SlackInbox, "recordInbound" | "forgetInbound">, clock: Clock, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const envelope = eventEnvelope.safeParse(body);
    if (!envelope.success) return next();
    const key = `event:${envelope.data.event_id}`;
    if (!(await store.recordInbound("slack", key, clock.now()))) {
      logger.debug({ eventId: envelope.data.event_id }, "Slack event already handled (retry): ignored");
      return;
    }
    try {
      await next();
    } catch (error) {
      await store.forgetInbound("slack", key).catch((err: unknown) => logger.error({ err }, "could not release a Slack event claim"));
      throw error;
    }
  };
}
