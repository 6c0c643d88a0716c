/**
 * Yes or no to a question the bot asked (consent, "did this help?"), in any supported language.
 * The earliest cue wins ("non merci" → no, "oui mais pas maintenant" → yes); long messages that do not
 * start with a cue are not answers.
 */
import { defaultCompiledVocabulary, type CompiledVocabulary } from "./compile-vocabulary.js";

export function parseYesNoWith(text: string, vocab: CompiledVocabulary): "yes" | "no" | null {
  const tokens = vocab.tokenize(text);
  if (tokens.length === 0) return null;
  const matches = vocab.yesNo.matchAll(tokens);
  if (matches.length === 0) return null;
  // Earliest start; at the same start, the longest ("pas maintenant" over "pas").
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const first = matches[0]!;
  if (tokens.length > 8 && first.start > 1) return null;
  return first.tag;
}

export function parseYesNo(text: string): "yes" | "no" | null {
  return parseYesNoWith(text, defaultCompiledVocabulary());
}
