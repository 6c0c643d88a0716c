/**
 * Language of a short message among fr, en, ar, es, uk, pt, tr, ru, ro. Script first (Arabic, Cyrillic),
 * then letters only one language uses (ñ, ã, ğ, ї, ы…), then stop words and markers (a word shared by
 * k languages counts 1/k). French when unsure: most residents write French, and acronyms alone ("rsa",
 * "apl") say nothing.
 */
import type { CompiledVocabulary } from "./compile-vocabulary.js";
import { foldText } from "./fold-text.js";

export const SUPPORTED_LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;

/** Languages told apart by their script, not by their words. */
const NON_LATIN = new Set(["ar", "uk", "ru"]);

export interface DetectedLanguage {
  lang: string;
  confident: boolean;
}

const LETTER_CUES: { re: RegExp; lang: string; weight: number }[] = [
  { re: /[ñ¿¡]/g, lang: "es", weight: 2 },
  { re: /[ãõ]/g, lang: "pt", weight: 2 },
  { re: /ção|ções/g, lang: "pt", weight: 2 },
  { re: /[ğış]/g, lang: "tr", weight: 2 },
  { re: /[ășț]/g, lang: "ro", weight: 2 },
  { re: /[èùœêë]/g, lang: "fr", weight: 0.7 },
  { re: /[éà]/g, lang: "fr", weight: 0.3 },
  { re: /[ü]/g, lang: "tr", weight: 0.7 },
  { re: /[ö]/g, lang: "tr", weight: 1 },
];

/** The script a message is mostly written in, as detectLanguage decides it. */
export function scriptOf(text: string): "arabic" | "cyrillic" | "latin" {
  // One pass over the characters, nothing allocated: this runs on every message.
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || LATIN_EXTRA.has(c)) latin++;
  }
  if (arabic > 0 && arabic >= latin) return "arabic";
  if (cyrillic > 0 && cyrillic >= latin) return "cyrillic";
  return "latin";
}

/** Accented Latin letters counted as Latin (both cases): à-ÿ and the Romanian, Turkish ones. */
const LATIN_EXTRA = new Set(Array.from("àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿăâîșțşğıÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĂÎȘȚŞĞİ", (ch) => ch.charCodeAt(0)));

export function detectLanguage(text: string, vocab: CompiledVocabulary, localeHint?: string): DetectedLanguage {
  const lower = text.normalize("NFC").toLowerCase();
  const script = scriptOf(text);
  if (script === "arabic") return { lang: "ar", confident: true };
  if (script === "cyrillic") {
    const uk = (lower.match(/[іїєґ]/g) ?? []).length + countWords(lower, vocab, "uk");
    const ru = (lower.match(/[ыэъё]/g) ?? []).length + countWords(lower, vocab, "ru");
    return { lang: ru > uk ? "ru" : "uk", confident: uk !== ru };
  }
  const scores = new Map<string, number>();
  const add = (lang: string, w: number): void => void scores.set(lang, (scores.get(lang) ?? 0) + w);
  for (const { re, lang, weight } of LETTER_CUES) add(lang, (lower.match(re) ?? []).length * weight);
  for (const word of foldText(lower).split(/[^\p{L}]+/u)) {
    const cues = word ? vocab.languageWords.get(word) : undefined;
    if (!cues) continue;
    // Markers win; a word only shared as a stop word counts 1/k for each of its k languages.
    const latinMarkers = cues.markers.filter((l) => !NON_LATIN.has(l));
    for (const lang of latinMarkers) add(lang, 2);
    const holders = cues.stopwords.filter((l) => !NON_LATIN.has(l) && !latinMarkers.includes(l));
    for (const lang of holders) add(lang, 1 / holders.length);
  }
  const ranked = [...scores].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const hint = localeHint?.toLowerCase().slice(0, 2);
  const hinted = hint && (SUPPORTED_LANGUAGES as readonly string[]).includes(hint) ? hint : undefined;
  if (!best) return { lang: hinted ?? "fr", confident: false };
  const confident = best[1] >= 1.5 && best[1] >= 1.5 * (second?.[1] ?? 0);
  // Unsure: the platform's hint if it names a language we read, else French (most residents write it).
  if (!confident) return { lang: hinted ?? (best[1] >= 2 ? best[0] : "fr"), confident: false };
  return { lang: best[0], confident };
}

function countWords(lower: string, vocab: CompiledVocabulary, lang: string): number {
  let n = 0;
  for (const word of foldText(lower).split(/[^\p{L}]+/u)) {
    const cues = word ? vocab.languageWords.get(word) : undefined;
    if (!cues) continue;
    if (cues.markers.includes(lang)) n += 2;
    else if (cues.stopwords.includes(lang)) n += 1;
  }
  return n;
}
