/**
 * What happens to a question shared with volunteers: an agent reviews it when the redaction left words
 * nobody knows (publish as is, publish corrected, or decline); a volunteer's answer is relayed to the
 * resident, marked as coming from a volunteer; an agent answering in the volunteers' thread is relayed
 * as the CCAS's word (that is how agents correct an answer). Each action is one transaction; the
 * resident's messages go through the same delivery as the bot's.
 */
import type { AgentIdentity } from "./case-action-error.js";
import { CodedError } from "./coded-error.js";
import type { CoreDeps } from "./core-deps.js";
import { deliver, type PendingEvent } from "./deliver.js";
import { redactPersonalData } from "../privacy/redact.js";
import type { Store } from "../store/store.js";
import type { VolunteerQuestion } from "../records/volunteer-record.js";
import { encodePayload } from "./payloads.js";
import { TEXT_LIMITS } from "./text-limits.js";

const MAX_ANSWER_TEXT = TEXT_LIMITS.relayedText;

export class VolunteerActionError extends CodedError<"not-found" | "not-open" | "gone" | "empty-text" | "too-long"> {
  override name = "VolunteerActionError";
}

export interface Helper {
  /** A channel-scoped id ("<channel>:<user id>") for a team chat's member. */
  id: string;
  displayName: string;
  /** An agent's answer is marked as the CCAS's, a volunteer's as a volunteer's. Default "volunteer". */
  role?: "volunteer" | "agent";
}

export type QuestionReview = { action: "publish"; text?: string } | { action: "decline" };

export function createVolunteerActions(deps: CoreDeps) {
  async function inTransaction<T>(fn: (store: Store, pending: PendingEvent[]) => Promise<T>): Promise<T> {
    const pending: PendingEvent[] = [];
    const result = await deps.store.transaction((store) => fn(store, pending));
    for (const p of pending) deps.events.emit(p.name, p.event as never);
    return result;
  }

  async function load(store: Store, questionId: string): Promise<VolunteerQuestion> {
    const question = await store.getVolunteerQuestion(questionId);
    if (!question) throw new VolunteerActionError("not-found", `No volunteer question ${questionId} (or its resident erased it).`);
    return question;
  }

  return {
    /** Relays a helper's answer, unchanged, to the resident who asked. */
    relayVolunteerAnswer: (questionId: string, helper: Helper, text: string): Promise<VolunteerQuestion> =>
      inTransaction(async (store, pending) => {
        const body = text.trim();
        if (!body) throw new VolunteerActionError("empty-text", "The answer is empty.");
        if (body.length > MAX_ANSWER_TEXT) throw new VolunteerActionError("too-long", `The answer is longer than ${MAX_ANSWER_TEXT} characters.`);
        const question = await load(store, questionId);
        // An agent may answer a question still under review (that settles it); a volunteer cannot have
        // seen one, so a volunteer's answer to it is a mistake or a forgery.
        const role = helper.role ?? "volunteer";
        if (question.status === "declined" || (question.status === "review" && role !== "agent")) {
          throw new VolunteerActionError("not-open", "This question is not open to volunteers.");
        }
        const conversation = await store.getConversation(question.conversationId);
        if (!conversation) throw new VolunteerActionError("gone", "The resident is no longer reachable.");
        const now = deps.clock.now();
        await deliver(store, deps.channels, conversation, { author: role, authorName: helper.displayName, replies: [{ kind: "text", text: body }] }, now, pending);
        const answered = { status: "answered" as const, answerCount: question.answerCount + 1, answeredAt: now };
        await store.updateVolunteerQuestion(question.id, answered);
        pending.push({ name: "volunteer", event: { questionId: question.id, change: "answered" } });
        return { ...question, ...answered };
      }),

    /**
     * An agent's decision on a question: publish it to volunteers (as is, or with a corrected text, which
     * goes through the redactor again), or decline it (the resident is told). A question already open
     * may be corrected the same way.
     */
    reviewVolunteerQuestion: (questionId: string, agent: AgentIdentity, review: QuestionReview): Promise<VolunteerQuestion> =>
      inTransaction(async (store, pending) => {
        void agent; // who decided is visible where the decision was made (the team chat's thread)
        const question = await load(store, questionId);
        if (question.status === "declined" || question.status === "answered") {
          throw new VolunteerActionError("not-open", "This question was already settled.");
        }
        if (review.action === "decline") {
          await store.updateVolunteerQuestion(question.id, { status: "declined" });
          const conversation = await store.getConversation(question.conversationId);
          if (conversation) {
            const t = deps.i18n.t(conversation.locale ?? question.language, "volunteer");
            await deliver(store, deps.channels, conversation, { author: "bot", replies: [{ kind: "choices", text: t("declined"), choices: [{ label: t("choice.talk"), payload: encodePayload({ kind: "talk" }) }] }] }, deps.clock.now(), pending);
          }
          pending.push({ name: "volunteer", event: { questionId: question.id, change: "declined" } });
          return { ...question, status: "declined" };
        }
        const corrected = review.text?.trim();
        const text = corrected ? redactPersonalData(corrected).text : question.text;
        const wasOpen = question.status === "open";
        await store.updateVolunteerQuestion(question.id, { status: "open", text });
        pending.push({ name: "volunteer", event: { questionId: question.id, change: wasOpen ? "updated" : "published" } });
        return { ...question, status: "open", text };
      }),
  };
}
