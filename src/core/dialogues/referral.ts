/**
 * Level 3, referral to a social worker. The resident is told what will happen and who will read it, and
 * nothing is opened without their consent. Only three things are collected: how to be contacted, when,
 * and a short description. The case gets a reference the resident can quote and an expected delay.
 */
import type { Urgency } from "../../records/case-record.js";
import type { ReferralDraft } from "../dialogue-state.js";
import { isolateForLanguage } from "../bidi.js";
import { scheduleCaseTimers } from "../schedule-case-timers.js";
import { offer, say, type Turn } from "../turn.js";
import { encodePayload, type Payload } from "../payloads.js";

const CONTACT_METHODS = ["this-chat", "phone", "email", "desk"] as const;
const CONTACT_TIMES = ["morning", "afternoon", "any"] as const;

/** Entries whose cases are looked at before the others even without a crisis. */
const HIGH_URGENCY_ENTRIES = new Set(["impayes-loyer-expulsion", "violences-conjugales", "hebergement-urgence", "protection-enfance", "impayes-energie"]);

export interface ReferralRequest {
  entryId: string | null;
  level: number;
  urgency?: Urgency;
  crisis?: string | null;
}

export async function startReferral(turn: Turn, request: ReferralRequest): Promise<void> {
  const active = await turn.store.findActiveCase(turn.conversation.id);
  if (active) {
    offer(turn, turn.t("referral.already_open", { reference: active.reference }), [{ label: turn.t("choice.cancel_case"), payload: encodePayload({ kind: "case", action: "cancel-ask" }) }]);
    return;
  }
  const urgency: Urgency = request.urgency ?? (request.entryId && HIGH_URGENCY_ENTRIES.has(request.entryId) ? "high" : "normal");
  turn.state.mode = "referral";
  turn.state.referral = {
    phase: "consent",
    urgency,
    level: request.level,
    entryId: request.entryId,
    crisis: request.crisis ?? null,
    contactMethod: null,
    contactValue: null,
    contactTime: null,
    retries: 0,
  };
  say(turn, turn.t("referral.explain", { ccas: turn.deps.territory.name }));
  askConsent(turn);
}

function askConsent(turn: Turn): void {
  offer(turn, turn.t("referral.ask_consent"), [
    { label: turn.t("choice.yes"), payload: encodePayload({ kind: "consent", answer: "yes" }) },
    { label: turn.t("choice.no"), payload: encodePayload({ kind: "consent", answer: "no" }) },
  ]);
}

/**
 * The resident's answer while a referral is in progress. Returns false when the message is not an
 * answer to the question asked (the pipeline then treats it as a new question and drops the draft).
 */
export async function continueReferral(turn: Turn, text: string, payload: Payload | undefined): Promise<boolean> {
  const draft = turn.state.referral;
  if (!draft) return false;
  switch (draft.phase) {
    case "consent": {
      const answer = payload?.kind === "consent" ? payload.answer : turn.deps.parseYesNo(text);
      if (answer === null) return false;
      if (answer === "no") {
        cancelDraft(turn);
        say(turn, turn.t("referral.refused", { phone: isolateForLanguage(turn.deps.territory.phone, turn.lang) }));
        offer(turn, turn.t("entry.next"), [{ label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) }]);
        return true;
      }
      await turn.store.recordConsent(turn.conversation.id, "referral", turn.now);
      draft.phase = "contact-method";
      askContactMethod(turn);
      return true;
    }
    case "contact-method": {
      const method = payload?.kind === "contact" ? payload.method : null;
      if (!method || !(CONTACT_METHODS as readonly string[]).includes(method)) {
        if (!payload && text) return false;
        askContactMethod(turn);
        return true;
      }
      draft.contactMethod = method;
      if (method === "phone" || method === "email") {
        draft.phase = "contact-value";
        say(turn, turn.t(method === "phone" ? "referral.ask_phone" : "referral.ask_email"));
      } else {
        draft.phase = "description";
        askDescription(turn);
      }
      return true;
    }
    case "contact-value": {
      const value = draft.contactMethod === "phone" ? normalisePhone(text) : normaliseEmail(text);
      if (!value) {
        draft.retries += 1;
        say(turn, turn.t(draft.contactMethod === "phone" ? "referral.bad_phone" : "referral.bad_email"));
        if (draft.retries >= 2) askContactMethod(turn, true);
        return true;
      }
      draft.contactValue = value;
      draft.phase = "contact-time";
      askContactTime(turn);
      return true;
    }
    case "contact-time": {
      if (payload?.kind === "contact") {
        // The resident changed their mind about how to be reached.
        draft.phase = "contact-method";
        return continueReferral(turn, text, payload);
      }
      const time = payload?.kind === "time" ? payload.slot : null;
      if (!time || !(CONTACT_TIMES as readonly string[]).includes(time)) {
        if (!payload && text) {
          draft.contactTime = text.slice(0, 100);
        } else {
          askContactTime(turn);
          return true;
        }
      } else {
        draft.contactTime = time;
      }
      draft.phase = "description";
      askDescription(turn);
      return true;
    }
    case "description": {
      if (payload) {
        askDescription(turn);
        return true;
      }
      const description = text.trim();
      if (!description) {
        say(turn, turn.t("referral.description_empty"));
        return true;
      }
      const max = turn.deps.settings.maxDescriptionLength;
      if (description.length > max) {
        say(turn, turn.t("referral.description_too_long", { max }));
        return true;
      }
      await openCase(turn, draft, description);
      return true;
    }
  }
}

function askContactMethod(turn: Turn, afterErrors = false): void {
  const draft = turn.state.referral;
  if (draft) {
    draft.phase = "contact-method";
    if (afterErrors) draft.retries = 0;
  }
  offer(
    turn,
    turn.t("referral.ask_contact"),
    CONTACT_METHODS.map((m) => ({ label: turn.t(`referral.contact.${m}`), payload: encodePayload({ kind: "contact", method: m }) })),
  );
}

function askContactTime(turn: Turn): void {
  offer(
    turn,
    turn.t("referral.ask_time"),
    CONTACT_TIMES.map((m) => ({ label: turn.t(`referral.time.${m}`), payload: encodePayload({ kind: "time", slot: m }) })),
  );
}

function askDescription(turn: Turn): void {
  say(turn, turn.t("referral.ask_description"));
}

async function openCase(turn: Turn, draft: ReferralDraft, description: string): Promise<void> {
  const { catalogue, territory } = turn.deps;
  const entry = draft.entryId ? catalogue.get(draft.entryId) : undefined;
  // The summary is written in French for the CCAS team, from what the bot knows, never from personal data.
  const fr = turn.deps.i18n.t("fr", "bot");
  const summaryParts = [entry ? fr("referral.summary_entry", { title: entry.title }) : fr("referral.summary_general")];
  if (draft.crisis) summaryParts.unshift(fr("referral.summary_crisis", { category: fr(`crisis.category.${draft.crisis}`) }));
  const consentAt = turn.now;
  const created = await turn.store.createCase(
    {
      conversationId: turn.conversation.id,
      urgency: draft.urgency,
      level: draft.level,
      entryId: entry?.id ?? null,
      crisis: draft.crisis,
      summary: summaryParts.join(" · "),
      contactMethod: draft.contactMethod ?? "this-chat",
      contactValue: draft.contactValue,
      contactTime: draft.contactTime,
      description,
      language: turn.lang,
      consentAt,
    },
    turn.now,
  );
  // The resident opened it (no agent): the first line of the case's audit, with no personal data.
  await turn.store.recordAudit({ at: turn.now, agentId: null, action: "opened", caseId: created.id, detail: { urgency: created.urgency, level: String(created.level) } });
  // Service levels: reminders if nobody takes it (cancelled when someone does).
  await scheduleCaseTimers(turn.store, turn.deps.settings.serviceLevels, created, []);
  turn.pending.push({ name: "case", event: { caseId: created.id, change: "created" } });
  turn.state.mode = "idle";
  turn.state.referral = null;
  const urgent = draft.urgency === "urgent";
  const days = urgent ? territory.referral_delay_days.urgent : territory.referral_delay_days.normal;
  say(turn, turn.t(urgent ? "referral.opened_urgent" : "referral.opened", { reference: created.reference, days }));
  const how = turn.t(`referral.contact.${draft.contactMethod ?? "this-chat"}`);
  say(turn, `${turn.t("referral.opened_contact", { how })} ${turn.t("referral.keep_reference")}`);
  offer(turn, turn.t("entry.next"), [
    { label: turn.t("choice.cancel_case"), payload: encodePayload({ kind: "case", action: "cancel-ask" }) },
    { label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) },
  ]);
  if (entry) turn.state.entryId = entry.id;
}

export async function cancelActiveCase(turn: Turn): Promise<void> {
  const active = await turn.store.findActiveCase(turn.conversation.id);
  if (!active) {
    say(turn, turn.t("referral.no_case"));
    return;
  }
  await turn.store.updateCase(active.id, { status: "cancelled", closedAt: turn.now });
  await turn.store.addCaseEvent({ caseId: active.id, kind: "status", agentId: null, authorName: null, text: "cancelled by the resident", createdAt: turn.now });
  await turn.store.cancelJobs(`case:${active.id}:`);
  turn.pending.push({ name: "case", event: { caseId: active.id, change: "cancelled" } });
  say(turn, turn.t("referral.cancelled", { reference: active.reference }));
}

export function cancelDraft(turn: Turn): void {
  turn.state.mode = "idle";
  turn.state.referral = null;
}

/** French and international numbers; returns digits with a leading + or 0, or null. */
export function normalisePhone(text: string): string | null {
  const compact = text.replace(/[\s.\-()]/g, "");
  if (/^(?:\+|00)\d{8,15}$/.test(compact)) return compact.replace(/^00/, "+");
  if (/^0[1-9]\d{8}$/.test(compact)) return compact;
  return null;
}

export function normaliseEmail(text: string): string | null {
  const candidate = text.trim().toLowerCase();
  return /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/.test(candidate) && candidate.length <= 254 ? candidate : null;
}
