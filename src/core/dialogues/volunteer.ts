/**
 * "Ask the volunteers, anonymously": offered when the bot did not understand a question. The resident is
 * told what volunteers will see — their question with names, numbers, addresses and the like removed —
 * shown that exact text, and asked to agree. Nothing is shared without that yes.
 *
 * What is never shared: a crisis (the emergency numbers and an urgent referral instead) and a personal
 * situation (understood as level 3, or telling a story: family, debts, housing loss, the law) and any
 * health detail (special-category data) — those become a referral to CCAS agents, who are bound by
 * professional secrecy. What is shared is the redacted copy only; if it still holds words no vocabulary
 * knows (perhaps a name the redactor missed) or anything the redactor doubts about, an agent reviews it
 * before any volunteer sees it (privacy/volunteer-share.ts).
 *
 * Payloads: "volunteer:offer" (the choice), "volunteer:share:<seq>" (yes, for that transcript message),
 * "volunteer:no". The question is found again in the transcript, so nothing is stored before consent.
 */
import type { Catalogue } from "../../catalogue/load-catalogue.js";
import type { Translations } from "../../i18n/create-i18n.js";
import { looksPersonal } from "../../privacy/personal-situation.js";
import { createVocabulary, stringsIn, type Vocabulary } from "../../privacy/unknown-words.js";
import { decideVolunteerShare } from "../../privacy/volunteer-share.js";
import type { InboundBody, TranscriptMessage } from "../../records/transcript-record.js";
import { offer, say, type Turn } from "../turn.js";
import { answerCrisis, crisisOf } from "./crisis.js";
import type { Understanding } from "../understanding-port.js";
import { startReferral } from "./referral.js";
import { showThemes } from "./welcome.js";
import { encodePayload, type Payload } from "../payloads.js";

export const VOLUNTEER_ACTION = "volunteer";

/** Questions shorter than this are not worth a volunteer's time ("hein ?", "ok"). */
const MIN_WORDS = 3;
/** How far back the question is looked for in the transcript. */
const LOOKBACK_MS = 24 * 60 * 60_000;

/** Adds "Ask the volunteers (anonymous)" to the last set of choices of a not-understood answer. */
export function addVolunteerChoice(turn: Turn): void {
  if (!turn.deps.settings.volunteerQuestions) return;
  const text = turn.message.text.trim();
  if (turn.message.payload || text.split(/\s+/u).filter(Boolean).length < MIN_WORDS) return;
  const last = turn.replies.at(-1);
  if (last?.kind !== "choices") return;
  last.choices.push({ label: tv(turn)("choice.ask"), payload: encodePayload({ kind: "volunteer", step: "offer" }) });
}

export async function handleVolunteerPayload(turn: Turn, payload: Extract<Payload, { kind: "volunteer" | "volunteer-share" }>): Promise<void> {
  // A stale button from when volunteers were reachable: nothing is shared with nobody to answer.
  if (!turn.deps.settings.volunteerQuestions) return showThemes(turn);
  if (payload.kind === "volunteer-share") return share(turn, payload.seq);
  if (payload.step === "offer") return offerToShare(turn);
  say(turn, tv(turn)("kept"));
  return showThemes(turn);
}

async function offerToShare(turn: Turn): Promise<void> {
  const source = await lastQuestion(turn);
  if (!source) {
    say(turn, tv(turn)("no_question"));
    return;
  }
  if (await keptFromVolunteers(turn, source.text)) return;
  const t = tv(turn);
  const decision = decideVolunteerShare(source.text, vocabularyOf(turn));
  const redacted = decision.redaction.text;
  const review = decision.route !== "open";
  say(turn, t("offer.explain"));
  say(turn, review ? `${t("offer.preview", { text: redacted })} ${t("offer.review_note")}` : t("offer.preview", { text: redacted }));
  offer(turn, t("offer.ask_consent"), [
    { label: t("choice.share"), payload: encodePayload({ kind: "volunteer-share", seq: source.seq }) },
    { label: t("choice.keep"), payload: encodePayload({ kind: "volunteer", step: "no" }) },
  ]);
}

async function share(turn: Turn, seq: number): Promise<void> {
  const source = Number.isSafeInteger(seq) ? await questionAt(turn, seq) : undefined;
  if (!source) {
    say(turn, tv(turn)("no_question"));
    return;
  }
  // Checked again at the moment of sharing: the code, or the lexicons, may have changed since the offer.
  if (await keptFromVolunteers(turn, source.text)) return;
  const decision = decideVolunteerShare(source.text, vocabularyOf(turn));
  const redaction = decision.redaction;
  // keptFromVolunteers already sent "agents" away; anything else doubtful waits for an agent's review.
  const held = decision.held;
  await turn.store.recordConsent(turn.conversation.id, "volunteer-question", turn.now);
  const question = await turn.store.createVolunteerQuestion(
    {
      conversationId: turn.conversation.id,
      sourceSeq: source.seq,
      language: turn.lang,
      text: redaction.text,
      redactions: redaction.found,
      unknownWords: held,
      status: decision.route === "open" ? "open" : "review",
    },
    turn.now,
  );
  if (!question) {
    say(turn, tv(turn)("already_shared"));
    return;
  }
  turn.pending.push({ name: "volunteer", event: { questionId: question.id, change: "asked" } });
  say(turn, tv(turn)(question.status === "review" ? "shared_review" : "shared"));
}

/** A crisis or a personal situation never goes to volunteers: answered here, and true is returned. */
async function keptFromVolunteers(turn: Turn, text: string): Promise<boolean> {
  const understanding = understandSafely(turn, text);
  const crisis = understanding ? crisisOf(understanding) : turn.deps.detectCrisis(text);
  if (crisis) {
    const active = await turn.store.findActiveCase(turn.conversation.id);
    await answerCrisis(turn, crisis, active);
    return true;
  }
  // Understanding failed: assume the worst, the message stays with agents.
  const levelThree = !understanding || understanding.level === 3 || understanding.intent === "human";
  // looksPersonal also holds every health detail (privacy/health-spans.ts).
  if (levelThree || looksPersonal(text)) {
    say(turn, tv(turn)("personal"));
    await startReferral(turn, { entryId: turn.state.entryId, level: 3 });
    return true;
  }
  return false;
}

function understandSafely(turn: Turn, text: string): Understanding | null {
  try {
    return turn.deps.understander.understand(text, { localeHint: turn.lang });
  } catch {
    return null;
  }
}

/** The resident's last typed message before this button press (not a button, not empty). */
async function lastQuestion(turn: Turn): Promise<{ seq: number; text: string } | undefined> {
  const messages = await turn.store.listMessages(turn.conversation.id, { since: new Date(turn.now.getTime() - LOOKBACK_MS) });
  for (let i = messages.length - 1; i >= 0; i--) {
    const found = typedText(messages[i]!);
    if (found) return found;
  }
  return undefined;
}

async function questionAt(turn: Turn, seq: number): Promise<{ seq: number; text: string } | undefined> {
  const [message] = await turn.store.listMessages(turn.conversation.id, { afterSeq: seq - 1, limit: 1 });
  return message && message.seq === seq ? typedText(message) : undefined;
}

function typedText(message: TranscriptMessage): { seq: number; text: string } | undefined {
  if (message.direction !== "in") return undefined;
  const body = message.body as InboundBody;
  const text = typeof body.text === "string" ? body.text.trim() : "";
  if (!text || body.payload || text.split(/\s+/u).length < MIN_WORDS) return undefined;
  return { seq: message.seq, text };
}

function tv(turn: Turn) {
  return turn.deps.i18n.t(turn.lang, "volunteer");
}

// The vocabulary is built once per catalogue (it changes only when the content is reloaded).
const vocabularies = new WeakMap<Catalogue, Vocabulary>();

function vocabularyOf(turn: Turn): Vocabulary {
  const { catalogue, i18n } = turn.deps;
  let vocabulary = vocabularies.get(catalogue);
  if (!vocabulary) {
    vocabulary = createVocabulary(frenchTexts(catalogue, i18n));
    vocabularies.set(catalogue, vocabulary);
  }
  return vocabulary;
}

function* frenchTexts(catalogue: Catalogue, i18n: Translations): Generator<string> {
  for (const entry of catalogue.entries) yield* stringsIn(entry);
  for (const namespace of ["bot", "volunteer", "territory"]) yield* stringsIn(i18n.bundle("fr", namespace));
}
