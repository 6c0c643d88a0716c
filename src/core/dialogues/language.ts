/**
 * The conversation's language: chosen by the resident (/langue, a button) or detected from what they
 * write. A choice is never overridden by detection; a detected language without translations gets French
 * with a word saying so.
 */
import { isUiLanguage, languageName, UI_LANGUAGES } from "../../i18n/languages.js";
import type { Understanding } from "../understanding-port.js";
import { offer, say, type Turn } from "../turn.js";
import { encodePayload } from "../payloads.js";

export { isUiLanguage };

/** The language to answer in before anything is understood: the stored one, else the platform hint. */
export function initialLanguage(stored: string | null, hint: string | undefined): string {
  if (stored && isUiLanguage(stored)) return stored;
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  return base && isUiLanguage(base) ? base : "fr";
}

/** Follows the resident's language when detection is confident; says so when French is a fallback. */
export function adoptDetectedLanguage(turn: Turn, understanding: Understanding): void {
  if (turn.state.languageChosen || !understanding.langConfident) return;
  const detected = understanding.lang;
  if (isUiLanguage(detected)) {
    setLanguage(turn, detected);
    return;
  }
  setLanguage(turn, "fr");
  if (!turn.state.fallbackNoted) {
    say(turn, turn.t("language.fallback"));
    turn.state.fallbackNoted = true;
  }
}

export function setLanguage(turn: Turn, lang: string): void {
  turn.lang = lang;
  turn.t = turn.deps.i18n.t(lang, "bot");
  turn.conversation = { ...turn.conversation, locale: lang };
}

export function chooseLanguage(turn: Turn, lang: string): void {
  if (!isUiLanguage(lang)) return askLanguage(turn);
  setLanguage(turn, lang);
  turn.state.languageChosen = true;
  say(turn, turn.t("language.set"));
}

export function askLanguage(turn: Turn): void {
  offer(
    turn,
    turn.t("language.prompt"),
    UI_LANGUAGES.map((l) => ({ label: languageName(l), payload: encodePayload({ kind: "lang", lang: l }) })),
  );
}
