/**
 * The buttons and modals: take a case, propose an appointment, write an internal note, close with an
 * outcome; and, for a question held for review, publish, correct and publish, or decline.
 *
 * Every handler acknowledges first (Slack waits 3 s), then checks that the user is a member of the
 * agents' channel — a volunteer, or anyone else, gets a private refusal and nothing changes — and only
 * then calls the core, the same operations as the web console. Modals are opened at once with the
 * interaction's trigger_id (valid 3 s, so not through the outbox); their submission is checked again.
 */
import type { App } from "@slack/bolt";
import { z } from "zod";
import { CASE_OUTCOMES, type CaseOutcome } from "../../records/case-record.js";
import { CASE_ACTIONS } from "./case-message.js";
import { explainFailure, identityOf, mayActOnCases, tell, type ListenerContext, type Reachable } from "./listener-context.js";
import { appointmentModal, closeModal, editQuestionModal, noteModal, VIEWS } from "./modals.js";
import { QUESTION_ACTIONS } from "./question-message.js";
import { inertText } from "./slack-text.js";

const actionBody = z.looseObject({
  user: z.looseObject({ id: z.string() }),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  channel: z.looseObject({ id: z.string() }).optional(),
  actions: z.array(z.looseObject({ action_id: z.string(), value: z.string().max(100).optional() })).min(1),
});

const stateValue = z.looseObject({
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
});
const viewBody = z.looseObject({
  user: z.looseObject({ id: z.string() }),
  view: z.looseObject({
    private_metadata: z.string(),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), stateValue)) }),
  }),
});
const caseMetadata = z.object({ caseId: z.string().min(1).max(100) });
const questionMetadata = z.object({ questionId: z.string().min(1).max(100) });

type ParsedAction = { value: string; to: Reachable; triggerId: string | undefined };

function parseAction(body: unknown): ParsedAction | undefined {
  const parsed = actionBody.safeParse(body);
  if (!parsed.success || !parsed.data.actions[0]?.value) return undefined;
  const b = parsed.data;
  return {
    value: b.actions[0]!.value!,
    triggerId: b.trigger_id,
    to: { user: b.user.id, ...(b.response_url ? { responseUrl: b.response_url } : {}), ...(b.channel ? { channel: b.channel.id } : {}) },
  };
}

function parseView<T>(body: unknown, metadata: z.ZodType<T>): { user: string; meta: T; values: (block: string) => z.infer<typeof stateValue> | undefined } | undefined {
  const parsed = viewBody.safeParse(body);
  if (!parsed.success) return undefined;
  let meta: T;
  try {
    meta = metadata.parse(JSON.parse(parsed.data.view.private_metadata));
  } catch {
    return undefined;
  }
  const values = parsed.data.view.state.values;
  return { user: parsed.data.user.id, meta, values: (block) => values[block]?.value };
}

export function registerCaseInteractions(app: App, ctx: ListenerContext): void {
  const s = ctx.strings;

  /** A button on a case or a question: ack, authorise, then act (errors told privately). */
  function onButton(actionId: string, act: (a: ParsedAction) => Promise<void>, caseAction = true): void {
    app.action(actionId, async ({ ack, body }) => {
      await ack();
      const a = parseAction(body);
      if (!a) return;
      if (!(await mayActOnCases(ctx, a.to))) return;
      try {
        await act(a);
      } catch (error) {
        await explainFailure(ctx, a.to, error, caseAction ? a.value : undefined);
      }
    });
  }

  async function openModal(a: ParsedAction, view: Parameters<typeof ctx.client.views.open>[0]["view"]): Promise<void> {
    if (!a.triggerId) return;
    await ctx.client.views.open({ trigger_id: a.triggerId, view });
  }

  onButton(CASE_ACTIONS.take, async (a) => {
    await ctx.core.claimCase(a.value, await identityOf(ctx, a.to.user));
  });
  onButton(CASE_ACTIONS.note, (a) => openModal(a, noteModal(a.value, s)));
  onButton(CASE_ACTIONS.close, (a) => openModal(a, closeModal(a.value, s)));
  onButton(CASE_ACTIONS.appointment, (a) => openModal(a, appointmentModal(a.value, s, ctx.clock.now().toISOString().slice(0, 10))));

  /**
   * A modal submission: authorised again (membership may have changed since it was opened), checked
   * (errors shown in the modal, which stays open), acknowledged, then carried out — after the ack, so a
   * slow users.info never makes Slack give up on the modal; failures are then told privately.
   */
  function onSubmit<T, I>(
    callbackId: string,
    metadata: z.ZodType<T>,
    firstBlock: string,
    check: (v: NonNullable<ReturnType<typeof parseView<T>>>) => { error: string } | { input: I },
    perform: (v: NonNullable<ReturnType<typeof parseView<T>>>, input: I) => Promise<void>,
  ): void {
    app.view(callbackId, async ({ ack, body }) => {
      const v = parseView(body, metadata);
      if (!v) {
        await ack();
        return;
      }
      const membership = await ctx.directory.membership(v.user);
      if (membership !== "member") {
        await ack({ response_action: "errors", errors: { [firstBlock]: s(membership === "unknown" ? "refusal.cannot_check" : "refusal.not_agent") } });
        return;
      }
      const checked = check(v);
      if ("error" in checked) {
        await ack({ response_action: "errors", errors: { [firstBlock]: checked.error } });
        return;
      }
      await ack();
      try {
        await perform(v, checked.input);
      } catch (error) {
        await explainFailure(ctx, { user: v.user, channel: ctx.settings.agentsChannel }, error, (v.meta as { caseId?: string }).caseId);
      }
    });
  }

  type CaseMeta = z.infer<typeof caseMetadata>;
  onSubmit<CaseMeta, string>(
    VIEWS.note,
    caseMetadata,
    "note",
    (v) => {
      const text = v.values("note")?.value?.trim() ?? "";
      return text ? { input: text } : { error: s("refusal.empty") };
    },
    async (v, text) => {
      await ctx.core.addInternalNote(v.meta.caseId, await identityOf(ctx, v.user), text);
      // Notes made in Slack are not echoed by the mirror: this line is the thread's record of it.
      await threadLine(v.meta.caseId, s("thread.note", { name: `<@${v.user}>`, text: inertText(text) }));
    },
  );

  onSubmit<CaseMeta, { outcome: CaseOutcome; note: string | undefined }>(
    VIEWS.close,
    caseMetadata,
    "outcome",
    (v) => {
      const outcome = v.values("outcome")?.selected_option?.value;
      if (!outcome || !(CASE_OUTCOMES as readonly string[]).includes(outcome)) return { error: s("modal.close_outcome") };
      return { input: { outcome: outcome as CaseOutcome, note: v.values("note")?.value?.trim() || undefined } };
    },
    async (v, { outcome, note }) => {
      await ctx.core.closeCase(v.meta.caseId, await identityOf(ctx, v.user), outcome, note);
      if (note) await threadLine(v.meta.caseId, s("thread.note", { name: `<@${v.user}>`, text: inertText(note) }));
    },
  );

  onSubmit<CaseMeta, { date: string; time: string; place: string; message: string }>(
    VIEWS.appointment,
    caseMetadata,
    "date",
    (v) => {
      const date = v.values("date")?.selected_date ?? "";
      const time = v.values("time")?.selected_time ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return { error: s("modal.appointment_invalid") };
      return { input: { date, time, place: v.values("place")?.value?.trim() ?? "", message: v.values("message")?.value?.trim() ?? "" } };
    },
    async (v, { date, time, place, message }) => {
      const record = await ctx.core.getCase(v.meta.caseId);
      const conversation = record ? await ctx.core.getConversation(record.conversationId) : undefined;
      const locale = conversation?.locale ?? record?.language ?? "fr";
      // The date in the resident's language, the rest in the agent's own words: nothing is translated.
      const when = `📅 ${formatDate(date, locale)}, ${time}${place ? ` — ${place}` : ""}`;
      await ctx.core.replyToResident(v.meta.caseId, await identityOf(ctx, v.user), message ? `${when}\n${message}` : when);
      await threadLine(v.meta.caseId, s("thread.appointment", { agent: `<@${v.user}>`, when: inertText(message ? `${when} — ${message}` : when) }));
    },
  );

  async function threadLine(caseId: string, text: string): Promise<void> {
    await ctx.outbox.enqueue(ctx.settings.agentsChannel, { kind: "case-thread", caseId, text });
  }

  // ---------------------------------------------------------------- questions held for review

  async function markReviewer(questionId: string, user: string): Promise<void> {
    const question = await ctx.core.getVolunteerQuestion(questionId);
    if (question) await ctx.persistence.updateVolunteerQuestion(questionId, { externalRefs: { ...question.externalRefs, reviewedBy: user } });
  }

  onButton(
    QUESTION_ACTIONS.publish,
    async (a) => {
      await markReviewer(a.value, a.to.user);
      await ctx.core.reviewVolunteerQuestion(a.value, await identityOf(ctx, a.to.user), { action: "publish" });
    },
    false,
  );
  onButton(
    QUESTION_ACTIONS.decline,
    async (a) => {
      await markReviewer(a.value, a.to.user);
      await ctx.core.reviewVolunteerQuestion(a.value, await identityOf(ctx, a.to.user), { action: "decline" });
    },
    false,
  );
  onButton(
    QUESTION_ACTIONS.edit,
    async (a) => {
      const question = await ctx.core.getVolunteerQuestion(a.value);
      if (!question) return tell(ctx, a.to, s("refusal.question_gone"));
      await openModal(a, editQuestionModal(question.id, question.text, s));
    },
    false,
  );
  onSubmit<z.infer<typeof questionMetadata>, string>(
    VIEWS.editQuestion,
    questionMetadata,
    "text",
    (v) => {
      const text = v.values("text")?.value?.trim() ?? "";
      return text ? { input: text } : { error: s("refusal.empty") };
    },
    async (v, text) => {
      await markReviewer(v.meta.questionId, v.user);
      await ctx.core.reviewVolunteerQuestion(v.meta.questionId, await identityOf(ctx, v.user), { action: "publish", text });
    },
  );
}

/** "2026-11-24" → "mardi 24 novembre 2026" in the resident's language (the day as written, no zone shift). */
export function formatDate(date: string, locale: string): string {
  const at = new Date(`${date}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
  } catch {
    return date;
  }
}
