/**
 * The pipeline, one resident message at a time per conversation:
 *   dedupe by platform message id → crisis check (always first, in every state) → handoff check (while
 *   an agent holds the conversation the bot only relays) → understand → the level's dialogue → replies.
 * Everything a turn changes (inbound id, transcript, state, case, outbox) is written in one transaction:
 * a crash mid-turn leaves nothing half-done, and the platform's retry is then handled as new.
 */
import { acknowledgeWaitingCase, isAnotherQuestion, offerWaitingChoices } from "./dialogues/waiting-case.js";
import type { TFunction } from "i18next";
import type { HandleResult } from "./accueil-core.js";
import { parsePayload, type Payload } from "./payloads.js";
import type { CoreDeps } from "./core-deps.js";
import { deliver, type PendingEvent } from "./deliver.js";
import { readState } from "./dialogue-state.js";
import { KeyedLock } from "./keyed-lock.js";
import type { InboundMessage } from "./messages.js";
import { routeUnderstanding } from "./route-message.js";
import { scheduleCaseTimers } from "./schedule-case-timers.js";
import { say, type Turn } from "./turn.js";
import type { CaseRecord } from "../records/case-record.js";
import { TEXT_LIMITS } from "./text-limits.js";
import type { CrisisSignal, Understanding } from "./understanding-port.js";
import { answerCrisis, crisisOf, emergencyReply } from "./dialogues/crisis.js";
import { adoptDetectedLanguage, initialLanguage } from "./dialogues/language.js";
import { answerForget } from "./dialogues/forget.js";
import { showNearestPlaces } from "./dialogues/places.js";
import { cancelDraft, continueReferral } from "./dialogues/referral.js";
import { moveInGuide, resumeGuide } from "./dialogues/steps.js";
import { continueEstimate } from "./dialogues/estimate/continue-estimate.js";
import { isNumericAnswer } from "./dialogues/estimate/is-numeric-answer.js";
import { leaveEstimate } from "./dialogues/estimate/leave-estimate.js";
import { startEstimateFromText } from "./dialogues/estimate/start-estimate-from-text.js";
import { showThemes } from "./dialogues/welcome.js";
import { frenchTypographyReply } from "./french-typography.js";
import { handlePayload } from "./handle-payload.js";
import { redactPersonalData } from "../privacy/redact.js";


export function createInboundHandler(deps: CoreDeps): (message: InboundMessage) => Promise<HandleResult> {
  const lock = new KeyedLock();
  return (message) => lock.run(`${message.channel}:${message.conversationKey}`, () => handleTurn(deps, message));
}

async function handleTurn(deps: CoreDeps, message: InboundMessage): Promise<HandleResult> {
  const now = deps.clock.now();
  const text = (message.text ?? "").slice(0, TEXT_LIMITS.inboundText).trim();
  // Pure and in memory, before any store access: a crisis is answered even if the store is down. The
  // crisis is the understanding's (lexicon or model); a button's label, or a failed understanding, is
  // checked by the lexicon alone.
  const understanding = text && !message.payload ? safeUnderstand(deps, text, message.localeHint) : null;
  const crisis = understanding ? crisisOf(understanding) : text ? deps.detectCrisis(text) : null;
  const crisisT = crisisLanguage(deps, understanding);
  const pending: PendingEvent[] = [];
  let erased = false;
  try {
    const result = await deps.store.transaction(async (store): Promise<HandleResult> => {
      // Another instance may be handling this very conversation (PostgreSQL, several instances): wait for
      // its turn to commit, then read the state it left.
      await store.lockConversation(`${message.channel}:${message.conversationKey}`);
      if (!(await store.recordInbound(message.channel, message.platformMessageId, now))) {
        return { duplicate: true, conversationId: "", firstSeq: 0, lastSeq: 0, replies: [] };
      }
      const conversation = await store.findOrCreateConversation(message.channel, message.conversationKey, now);
      const lang = initialLanguage(conversation.locale, message.localeHint);
      const turn: Turn = {
        deps,
        store,
        message,
        conversation: { ...conversation, unreachable: false, channelReference: message.channelReference ?? conversation.channelReference },
        now,
        state: readState(conversation.state),
        lang,
        t: deps.i18n.t(lang, "bot"),
        replies: [],
        pending,
        erased: false,
      };
      const inbound = message.payload ? { text, payload: message.payload } : { text };
      const seq = await store.appendMessage({ conversationId: conversation.id, direction: "in", author: "resident", authorName: null, body: inbound, createdAt: now });
      pending.push({ name: "message", event: { conversationId: conversation.id, seq } });

      await runTurn(turn, text, crisis, understanding, crisisT ?? turn.t);
      if (text && !message.payload) await recordTurnStat(turn, text, understanding, crisis);
      // Whatever else the turn said (a note on the language, a relayed message), the numbers come first.
      if (crisis) turn.replies.sort((a, b) => Number(b.kind === "emergency") - Number(a.kind === "emergency"));
      // French typography (no-break spaces before ? ! ; : and in amounts) on the whole French answer.
      if (turn.lang === "fr") turn.replies.splice(0, turn.replies.length, ...turn.replies.map(frenchTypographyReply));

      await store.saveConversation(
        turn.conversation.id,
        { state: turn.state, locale: turn.lang, channelReference: turn.conversation.channelReference, unreachable: false, lastInboundAt: now },
        now,
      );
      const lastSeq = turn.replies.length > 0 ? await deliver(store, deps.channels, turn.conversation, { author: "bot", replies: turn.replies }, now, pending) : seq;
      erased = turn.erased;
      return { duplicate: false, conversationId: turn.conversation.id, firstSeq: seq, lastSeq, replies: turn.replies, language: turn.lang };
    });
    for (const p of pending) deps.events.emit(p.name, p.event as never);
    if (erased) await flushErasures(deps);
    return result;
  } catch (error) {
    if (!crisis) throw error;
    // Whatever else happens, a crisis gets its numbers: the channel sends these directly.
    deps.logger.error({ err: error, crisis: crisis.category }, "store failed during a crisis turn; answering without it");
    const t = crisisT ?? deps.i18n.t(initialLanguage(null, message.localeHint), "bot");
    return { duplicate: false, conversationId: "", firstSeq: 0, lastSeq: 0, replies: [emergencyReply(deps.emergencyNumbers, crisis.category, t, crisis)], degraded: true };
  }
}

async function runTurn(turn: Turn, text: string, crisis: CrisisSignal | null, understanding: Understanding | null, crisisT: TFunction): Promise<void> {
  const { message } = turn;
  const activeCase = await turn.store.findActiveCase(turn.conversation.id);
  if (understanding) adoptDetectedLanguage(turn, understanding);

  if (crisis) {
    // A number given as an answer to the estimate's questions is not a danger (unless the crisis wording is
    // there: the lexicon alone decides then).
    if (turn.state.mode === "estimate" && !activeCase && isNumericAnswer(text) && !turn.deps.detectCrisis(text) && continueEstimate(turn, text)) return;
    if (activeCase) await relayToCase(turn, activeCase, text, crisis);
    if (turn.state.mode === "referral" && turn.state.referral) {
      // Already on the way to a case: keep going, now as urgent.
      turn.replies.push(emergencyReply(turn.deps.emergencyNumbers, crisis.category, crisisT, crisis));
      turn.state.referral.urgency = "urgent";
      // A possible signal in the description ("je voudrais partir") does not replace a crisis already named.
      if (!turn.state.referral.crisis || crisis.strength !== "possible") turn.state.referral.crisis = crisis.category;
      await continueReferral(turn, text, message.payload ? parsePayload(message.payload) : undefined);
      return;
    }
    if (crisis.strength === "possible" && !activeCase && understanding) {
      // A possible danger: "if you are in danger now…" and the numbers on top of the normal answer, and
      // a case offered as urgent.
      turn.replies.push(emergencyReply(turn.deps.emergencyNumbers, crisis.category, crisisT, crisis));
      await routeUnderstanding(turn, understanding, { urgency: "urgent", crisis: crisis.category });
      return;
    }
    await answerCrisis(turn, crisis, activeCase, crisisT);
    return;
  }

  if (activeCase?.status === "claimed") {
    // A person holds this conversation: the bot relays and stays silent, except for the resident's
    // own controls (cancel the case, see or erase their data).
    if (message.payload && isResidentControl(parsePayload(message.payload))) return handlePayload(turn, message.payload);
    await relayToCase(turn, activeCase, text || message.payload || "");
    return;
  }
  if (activeCase?.status === "open" && text && !message.payload) {
    await relayToCase(turn, activeCase, text);
    acknowledgeWaitingCase(turn, activeCase);
    // A real question is still answered; anything else ("allo ?", "merci") stops at the acknowledgement.
    if (!isAnotherQuestion(understanding) && turn.state.mode === "idle") return offerWaitingChoices(turn);
  }

  if (message.unsupported && !text) return say(turn, turn.t("unsupported"));
  if (message.location) return showNearestPlaces(turn, message.location);
  if (message.payload) return handlePayload(turn, message.payload);
  if (!text) return showThemes(turn);

  switch (turn.state.mode) {
    case "referral":
      if (await continueReferral(turn, text, undefined)) return;
      cancelDraft(turn);
      break;
    case "forget-confirm": {
      const answer = turn.deps.parseYesNo(text);
      if (answer) return answerForget(turn, answer);
      turn.state.mode = "idle";
      break;
    }
    case "demarche":
    case "digital":
      if (turn.deps.parseGuideWord(text) === "next" || turn.deps.parseYesNo(text) === "yes") return moveInGuide(turn, "next");
      break;
    case "estimate":
      if (continueEstimate(turn, text)) return;
      leaveEstimate(turn);
      break;
    case "idle":
      break;
  }
  if (turn.deps.parseGuideWord(text) === "resume") return resumeGuide(turn);
  if (!understanding) return showThemes(turn);
  // "Est-ce que j'ai droit au RSA ?", "à quoi j'ai droit ?": a few questions, then an estimate.
  if (startEstimateFromText(turn, understanding)) return;
  await routeUnderstanding(turn, understanding);
}

/**
 * The resident's words reach the agents' view of the case (the console, a team chat's thread). A crisis in an open or
 * held case also raises it: a "crisis" event (the console alerts every agent who has not opened the case
 * since), the case becomes urgent and keeps the category.
 */
async function relayToCase(turn: Turn, activeCase: CaseRecord, text: string, crisis: CrisisSignal | null = null): Promise<void> {
  if (!text) return;
  await turn.store.addCaseEvent({ caseId: activeCase.id, kind: "resident-message", agentId: null, authorName: null, text, createdAt: turn.now });
  if (crisis) {
    await turn.store.addCaseEvent({ caseId: activeCase.id, kind: "crisis", agentId: null, authorName: null, text: crisis.category, createdAt: turn.now });
    await turn.store.updateCase(activeCase.id, { urgency: "urgent", ...(activeCase.crisis ? {} : { crisis: crisis.category }) });
  }
  // Service levels: a reminder if nobody answers the resident (and, now urgent, if nobody takes the case).
  const record: CaseRecord = crisis ? { ...activeCase, urgency: "urgent" } : activeCase;
  await scheduleCaseTimers(turn.store, turn.deps.settings.serviceLevels, record, await turn.store.listCaseEvents(activeCase.id));
  turn.pending.push({ name: "case", event: { caseId: activeCase.id, change: crisis ? "crisis" : "message" } });
}

/** Intents after which the bot had nothing to answer with: the question counts as not understood. */
const NOT_UNDERSTOOD = new Set<Understanding["intent"]>(["unknown", "unsure", "out-of-scope"]);

function wasUnderstood(understanding: Understanding | null): boolean {
  if (!understanding || NOT_UNDERSTOOD.has(understanding.intent)) return false;
  // A question with no entry to offer (nor a person to call) found no answer.
  return !(understanding.intent === "question" && understanding.entries.length === 0 && understanding.level < 3);
}

/**
 * The indicators' row for a turn with text: no conversation, no words. A question not understood is kept
 * apart, redacted (never when it was a crisis), and goes when the conversation is erased or purged.
 */
async function recordTurnStat(turn: Turn, text: string, understanding: Understanding | null, crisis: CrisisSignal | null): Promise<void> {
  if (turn.erased) return;
  const entryId = understanding?.entries[0] ?? null;
  const understood = crisis !== null || wasUnderstood(understanding);
  await turn.store.recordTurnStat({
    at: turn.now,
    channel: turn.message.channel,
    language: turn.lang,
    level: understanding?.level ?? null,
    entryId,
    theme: entryId ? (turn.deps.catalogue.get(entryId)?.category ?? null) : null,
    crisis: crisis?.category ?? null,
    understood,
  });
  if (!understood) {
    await turn.store.recordUnansweredQuestion({ at: turn.now, conversationId: turn.conversation.id, language: turn.lang, text: redactPersonalData(text).text });
  }
}

/**
 * Crisis answers are written in the language of the message that raised them, even one the rest of the
 * bot does not speak yet (locales/<lang>/bot.json may hold only the crisis texts), else the conversation's.
 */
function crisisLanguage(deps: CoreDeps, understanding: Understanding | null): TFunction | null {
  return understanding?.langConfident && deps.i18n.has(understanding.lang, "bot") ? deps.i18n.t(understanding.lang, "bot") : null;
}

function safeUnderstand(deps: CoreDeps, text: string, localeHint: string | undefined): Understanding | null {
  try {
    return deps.understander.understand(text, localeHint ? { localeHint } : undefined);
  } catch (error) {
    deps.logger.error({ err: error }, "understanding failed; answering with the themes");
    return null;
  }
}

/** The erasure has committed; its bytes leave the files now. A failure here leaves them to the next one. */
export async function flushErasures(deps: Pick<CoreDeps, "store" | "logger">): Promise<void> {
  await deps.store.flushErasures().catch((err: unknown) => deps.logger.warn({ err }, "erased data could not be flushed from the database files yet"));
}

/** What a resident may still do while a person holds their conversation: cancel, see or erase their data. */
function isResidentControl(payload: Payload | undefined): boolean {
  if (payload?.kind === "cmd") return payload.command === "forget" || payload.command === "my-data";
  return payload?.kind === "case" || payload?.kind === "forget";
}
