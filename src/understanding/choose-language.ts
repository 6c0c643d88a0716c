/**
 * The language of a message: the script decides Arabic outright; between Ukrainian and Russian, and
 * between the Latin-script languages, the word-list detector (detect-language.ts) is weighed against the
 * model's language head, which has seen whole sentences in every language and reads them by their
 * letter sequences rather than a word list.
 */
import type { CompiledVocabulary } from "./compile-vocabulary.js";
import { detectLanguage, scriptOf, type DetectedLanguage } from "./detect-language.js";

const CYRILLIC = new Set(["uk", "ru"]);

export function chooseLanguage(
  text: string,
  vocab: CompiledVocabulary,
  model: { labels: readonly string[]; probabilities: Float64Array },
  modelThreshold: number,
  localeHint?: string,
): DetectedLanguage {
  const script = scriptOf(text);
  if (script === "arabic") return { lang: "ar", confident: true };
  const cyrillic = script === "cyrillic";
  let best = -1;
  let bestLang = "fr";
  model.labels.forEach((lang, i) => {
    // Only a language of the same script can be chosen.
    if (lang === "ar" || CYRILLIC.has(lang) !== cyrillic) return;
    if (model.probabilities[i]! > best) {
      best = model.probabilities[i]!;
      bestLang = lang;
    }
  });
  const words = text.trim().split(/\s+/).length;
  // Sure and with enough words to read: the word lists could not overrule it (see below), skip them.
  if (best >= SURE && words >= MIN_WORDS) return { lang: bestLang, confident: true };
  const detected = detectLanguage(text, vocab, localeHint);
  if (bestLang === detected.lang) return best >= modelThreshold ? { lang: bestLang, confident: true } : detected;
  // A short message ("rsa", "ok merci") says too little for the model to overrule the word list.
  if (best >= modelThreshold && (words >= MIN_WORDS || !detected.confident)) return { lang: bestLang, confident: best >= SURE };
  return detected;
}

/** From this probability the model's language is taken as confident. */
const SURE = 0.9;
/** Fewer words than this: the word-list detector has the last word. */
const MIN_WORDS = 3;
