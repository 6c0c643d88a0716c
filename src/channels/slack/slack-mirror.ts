/**
 * Keeps Slack in step with the core: on every `case` event the case message is posted (once) or
 * updated, and what happened since — the resident's messages, replies and notes made from the web
 * console, status changes — is written in the case's thread; on every `volunteer` event the question is
 * posted for review or to the volunteers, or its message updated.
 *
 * Events are hints: this re-reads the case or question through the core each time and enqueues with dedupe keys (one post per case,
 * one thread line per case event), so a repeated event, or the reconciliation at start-up, never
 * doubles anything. What agents did in Slack itself is not echoed: their thread replies and "note:"
 * lines are already there, and the modals post their own confirmation line.
 */
import type { Logger } from "pino";
import type { AccueilCore } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import type { CoreEvents } from "../../core/core-events.js";
import { ERASED_MARKER, type CaseEvent } from "../../records/case-record.js";
import type { SlackOutbox } from "./slack-outbox.js";
import type { SlackSettings } from "./slack-settings.js";
import type { SlackStrings } from "./slack-strings.js";
import { clip, inertText } from "./slack-text.js";

/** Case events older than this are not mirrored again (they were, when they happened). */
const MIRROR_WINDOW_MS = 24 * 3_600_000;
const THREAD_TEXT_MAX = 3500;

export interface MirrorDeps {
  core: Pick<AccueilCore, "getCase" | "caseEvents" | "getVolunteerQuestion" | "listCases">;
  clock: Clock;
  events: CoreEvents;
  outbox: SlackOutbox;
  settings: SlackSettings;
  strings: SlackStrings;
  logger: Logger;
}

export function createSlackMirror(deps: MirrorDeps) {
  const { core, outbox, settings, strings: s } = deps;
  const inFlight = new Set<Promise<void>>();
  let unsubscribe: Array<() => void> = [];

  function track(work: Promise<void>): void {
    const tracked = work.catch((err: unknown) => deps.logger.error({ err }, "mirroring to Slack failed"));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  }

  const fromSlack = (event: CaseEvent) => event.agentId?.startsWith("slack:") ?? false;
  const who = (event: CaseEvent) => (fromSlack(event) ? `<@${event.agentId!.slice("slack:".length)}>` : inertText(event.authorName ?? s("someone.agent")));

  function threadLine(event: CaseEvent): string | undefined {
    const text = inertText(clip(event.text, THREAD_TEXT_MAX));
    switch (event.kind) {
      case "resident-message":
        return s("thread.resident", { text });
      case "agent-message":
        return fromSlack(event) ? undefined : s("thread.agent_console", { name: who(event), text });
      case "note":
        return fromSlack(event) ? undefined : s("thread.note", { name: who(event), text });
      case "status":
        if (event.text === "claimed") return s("thread.claimed", { agent: who(event) });
        if (event.text.startsWith("closed: ")) return s("thread.closed", { agent: who(event), outcome: s(`outcome.${event.text.slice("closed: ".length)}`) });
        if (event.text.startsWith("cancelled")) return s("thread.cancelled");
        if (event.text.startsWith("reassigned: ")) return s("thread.reassigned", { agent: who(event), to: inertText(event.text.slice("reassigned: ".length)) });
        if (event.text === "reopened") return s("thread.reopened", { agent: who(event) });
        return undefined;
      case "volunteer-message":
        return undefined;
    }
  }

  async function mirrorCase(caseId: string, change: string): Promise<void> {
    const record = await core.getCase(caseId);
    if (!record) return;
    const channel = settings.agentsChannel;
    await outbox.enqueue(channel, { kind: "post-case", caseId }, { dedupeKey: `case:${caseId}:post` });
    if (record.summary === ERASED_MARKER) {
      // The resident erased their data: what the bot wrote in the thread goes too.
      await outbox.enqueue(channel, { kind: "erase-case", caseId }, { dedupeKey: `case:${caseId}:erase` });
      return;
    }
    // A message or a note changes nothing the case message shows; a status or urgency change does.
    if (change !== "created" && change !== "message" && change !== "note") {
      await outbox.enqueue(channel, { kind: "update-case", caseId }, { coalesceKey: `case:${caseId}:update` });
    }
    const since = deps.clock.now().getTime() - MIRROR_WINDOW_MS;
    for (const event of await core.caseEvents(caseId)) {
      if (event.createdAt.getTime() < since) continue;
      const text = threadLine(event);
      if (text) await outbox.enqueue(channel, { kind: "case-thread", caseId, text }, { dedupeKey: `case-event:${event.id}` });
    }
  }

  async function mirrorQuestion(questionId: string, change: string): Promise<void> {
    const question = await core.getVolunteerQuestion(questionId);
    if (!question) return;
    if (question.status === "review") {
      await outbox.enqueue(settings.agentsChannel, { kind: "post-review", questionId }, { dedupeKey: `question:${questionId}:review` });
      return;
    }
    if (question.externalRefs.reviewTs || change === "published" || change === "declined") {
      await outbox.enqueue(settings.agentsChannel, { kind: "update-review", questionId }, { coalesceKey: `question:${questionId}:review-update` });
    }
    if (question.status === "declined") return;
    const volunteers = settings.volunteersChannel;
    if (!volunteers) {
      deps.logger.warn({ questionId }, "a question for volunteers was shared but SLACK_VOLUNTEERS_CHANNEL is not set");
      return;
    }
    await outbox.enqueue(volunteers, { kind: "post-question", questionId }, { dedupeKey: `question:${questionId}:post` });
    if (change === "updated" || change === "answered") {
      await outbox.enqueue(volunteers, { kind: "update-question", questionId }, { coalesceKey: `question:${questionId}:update` });
    }
  }

  return {
    start(): void {
      if (unsubscribe.length > 0) return;
      unsubscribe = [
        // A reminder changes nothing in the case: Slack posts it from the core's timers (reminder-posts.ts).
        deps.events.on("case", (event) => (event.change === "reminder" ? undefined : track(mirrorCase(event.caseId, event.change)))),
        deps.events.on("volunteer", (event) => track(mirrorQuestion(event.questionId, event.change))),
      ];
    },
    stop(): void {
      for (const off of unsubscribe) off();
      unsubscribe = [];
    },
    /** After a restart: every active case gets its message and its recent thread lines. */
    async reconcile(): Promise<void> {
      for (const record of await core.listCases({ status: ["open", "claimed"] })) await mirrorCase(record.id, "reconcile");
    },
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    mirrorCase,
  };
}

export type SlackMirror = ReturnType<typeof createSlackMirror>;
