/**
 * Levels 2 and 4 walk a resident through an entry's steps one at a time. Progress is kept per entry in
 * the dialogue state, so a resident who stops (or a bot that restarts) continues at the same step.
 */
import type { CatalogueEntry } from "../../catalogue/schema.js";
import { entryTitle } from "../entry-view.js";
import { findPhrase, translatePhrase } from "../../catalogue/translations.js";
import { offer, say, type Turn } from "../turn.js";
import { placesForKinds, showPlaces } from "./places.js";
import { encodePayload } from "../payloads.js";

type Guide = "demarche" | "digital";

const DIGITAL_HELP_KINDS = ["conseiller-numerique", "france-services"] as const;

/** Level 2: documents first, the online service, then step 1 (or an offer to resume). */
export function startDemarche(turn: Turn, entryId: string, options: { restart?: boolean } = {}): void {
  startGuide(turn, entryId, "demarche", options.restart, (entry) => {
    if (entry.documents.length > 0) say(turn, [turn.t("demarche.documents"), ...entry.documents.map((d) => `• ${translatePhrase(entry, turn.lang, d)}`)].join("\n"));
    if (!entry.online) return;
    say(turn, turn.t("demarche.online"));
    turn.replies.push({ kind: "link", label: turn.t("demarche.online_link"), url: entry.online.url });
    if (entry.online.needs_account) {
      const accountEntry = entry.online.account_entry && turn.deps.catalogue.get(entry.online.account_entry) ? entry.online.account_entry : "mot-de-passe-oublie";
      offer(turn, turn.t("demarche.online_needs_account"), [{ label: turn.t("choice.account_help"), payload: encodePayload({ kind: "digital", entryId: accountEntry, restart: false }) }]);
    }
  });
}

/** Level 4: a short guide, then a place where a person can help. */
export function startDigitalGuide(turn: Turn, entryId: string, options: { restart?: boolean } = {}): void {
  startGuide(turn, entryId, "digital", options.restart, () => say(turn, turn.t("digital.never_password")));
}

/**
 * What both guides do: offer to resume one already started, else introduce it (`explain` adds what this
 * guide says before its steps) and show step 1 — or, for an entry with no steps, what comes after.
 */
function startGuide(turn: Turn, entryId: string, guide: Guide, restart: boolean | undefined, explain: (entry: CatalogueEntry) => void): void {
  const entry = turn.deps.catalogue.get(entryId);
  if (!entry) return;
  if (offerResume(turn, entry, guide, restart)) return;
  turn.state.entryId = entry.id;
  say(turn, turn.t(guide === "digital" ? "digital.intro" : "demarche.intro", { title: entryTitle(entry, turn.lang) }));
  if (guideStaysFrench(entry, turn.lang)) say(turn, turn.t("entry.fallback_note"));
  explain(entry);
  if (entry.steps.length === 0) {
    turn.state.mode = "idle";
    if (guide === "digital") showDigitalHelpPlaces(turn);
    else say(turn, turn.t("demarche.no_steps"));
    finishChoices(turn, entry);
    return;
  }
  turn.state.progress[entry.id] = 0;
  showStep(turn, entry, guide);
}

/** "Next", "previous" or "later" pressed (or typed) during a guide. */
export function moveInGuide(turn: Turn, move: "next" | "back" | "pause"): void {
  const entry = turn.state.entryId ? turn.deps.catalogue.get(turn.state.entryId) : undefined;
  const guide: Guide = turn.state.mode === "digital" ? "digital" : "demarche";
  if (!entry || (turn.state.mode !== "demarche" && turn.state.mode !== "digital")) {
    say(turn, turn.t("demarche.nothing_to_resume"));
    return;
  }
  if (move === "pause") {
    turn.state.mode = "idle";
    say(turn, turn.t("demarche.saved"));
    return;
  }
  const current = turn.state.progress[entry.id] ?? 0;
  const next = move === "next" ? current + 1 : Math.max(0, current - 1);
  if (next >= entry.steps.length) {
    finishGuide(turn, entry, guide);
    return;
  }
  turn.state.progress[entry.id] = next;
  showStep(turn, entry, guide);
}

/** "reprendre": continue the guide in focus, or the most recent one with progress. */
export function resumeGuide(turn: Turn, entryId?: string): void {
  const id = entryId ?? (turn.state.entryId && turn.state.progress[turn.state.entryId] !== undefined ? turn.state.entryId : Object.keys(turn.state.progress).at(-1));
  const entry = id ? turn.deps.catalogue.get(id) : undefined;
  if (!entry || turn.state.progress[entry.id] === undefined) {
    say(turn, turn.t("demarche.nothing_to_resume"));
    return;
  }
  turn.state.entryId = entry.id;
  showStep(turn, entry, isDigital(entry) ? "digital" : "demarche");
}

function showStep(turn: Turn, entry: CatalogueEntry, guide: Guide): void {
  const index = Math.min(turn.state.progress[entry.id] ?? 0, entry.steps.length - 1);
  const step = entry.steps[index];
  if (!step) return;
  turn.state.mode = guide;
  turn.state.entryId = entry.id;
  const key = guide === "digital" ? "digital.step" : "demarche.step";
  const last = index === entry.steps.length - 1;
  const heading = turn.t(key, { n: index + 1, total: entry.steps.length, title: translatePhrase(entry, turn.lang, step.title) });
  say(turn, `${last ? `${heading} ${turn.t("demarche.last_step")}` : heading}\n${translatePhrase(entry, turn.lang, step.detail)}`);
  // On the last step there is no "next step": the choice says what it does (what comes after).
  const choices = [{ label: turn.t(last ? "choice.finish" : "choice.next"), payload: encodePayload({ kind: "guide", move: "next" }) }];
  if (index > 0) choices.push({ label: turn.t("choice.back"), payload: encodePayload({ kind: "guide", move: "back" }) });
  choices.push({ label: turn.t("choice.stop"), payload: encodePayload({ kind: "guide", move: "pause" }) });
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk", entryId: entry.id }) });
  offer(turn, turn.t("entry.next"), choices);
}

function finishGuide(turn: Turn, entry: CatalogueEntry, guide: Guide): void {
  turn.state.mode = "idle";
  delete turn.state.progress[entry.id];
  say(turn, turn.t(guide === "digital" ? "digital.done" : "demarche.done"));
  if (guide === "demarche" && entry.delay) say(turn, turn.t("demarche.delay", { delay: translatePhrase(entry, turn.lang, entry.delay) }));
  if (guide === "demarche" && entry.contest) say(turn, turn.t("demarche.contest", { how: translatePhrase(entry, turn.lang, entry.contest.how) }));
  if (guide === "digital") showDigitalHelpPlaces(turn);
  finishChoices(turn, entry);
}

function finishChoices(turn: Turn, entry: CatalogueEntry): void {
  const choices = [];
  if (placesForKinds(turn, entry.where).length > 0) choices.push({ label: turn.t("choice.where"), payload: encodePayload({ kind: "where", entryId: entry.id, offset: 0 }) });
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk", entryId: entry.id }) });
  choices.push({ label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) });
  offer(turn, turn.t("entry.next"), choices);
}

function showDigitalHelpPlaces(turn: Turn): void {
  const places = placesForKinds(turn, DIGITAL_HELP_KINDS);
  if (places.length === 0) return;
  say(turn, turn.t("digital.need_person"));
  showPlaces(turn, places);
}

/** A resident coming back (a greeting, /start) is offered the guide they left, at the step they were. */
export function offerSavedGuide(turn: Turn): void {
  const id = Object.keys(turn.state.progress).at(-1);
  const entry = id ? turn.deps.catalogue.get(id) : undefined;
  const progress = id ? turn.state.progress[id] : undefined;
  if (!entry || progress === undefined || progress === 0 || entry.steps.length === 0) return;
  offer(turn, turn.t("demarche.welcome_back", { n: Math.min(progress, entry.steps.length - 1) + 1, title: entryTitle(entry, turn.lang) }), [
    { label: turn.t("choice.resume"), payload: encodePayload({ kind: "resume", entryId: entry.id }) },
  ]);
}

/** A resident who already started this guide is offered to resume rather than start again. */
function offerResume(turn: Turn, entry: CatalogueEntry, guide: Guide, restart?: boolean): boolean {
  const progress = turn.state.progress[entry.id];
  if (restart || progress === undefined || progress === 0) return false;
  turn.state.entryId = entry.id;
  turn.state.mode = "idle";
  offer(turn, turn.t("demarche.resume_offer", { n: progress + 1, title: entryTitle(entry, turn.lang) }), [
    { label: turn.t("choice.resume"), payload: encodePayload({ kind: "resume", entryId: entry.id }) },
    { label: turn.t("choice.how_to_apply"), payload: encodePayload({ kind: guide === "digital" ? "digital" : "apply", entryId: entry.id, restart: true }) },
  ]);
  return true;
}

/** The French texts a guide shows: documents, steps, delay and how to contest. */
function guideTexts(entry: CatalogueEntry): string[] {
  return [...entry.documents, ...entry.steps.flatMap((s) => [s.title, s.detail]), ...(entry.delay ? [entry.delay] : []), ...(entry.contest ? [entry.contest.how] : [])];
}

/** Something the guide will show has no translation in the resident's language (it stays French). */
function guideStaysFrench(entry: CatalogueEntry, lang: string): boolean {
  return lang !== "fr" && guideTexts(entry).some((french) => findPhrase(entry, lang, french) === undefined);
}

export function isDigital(entry: CatalogueEntry): boolean {
  return entry.levels.includes(4) && !entry.levels.includes(1) && !entry.levels.includes(2);
}
