/**
 * A message that is only a word to move in a guide (content/understanding/guide-words.yml): "next"
 * ("suivant", "c'est fait", "ok") or "resume" ("reprendre"). The whole message must be the cue, so "ok
 * et pour l'APL ?" stays a question.
 */
import { defaultCompiledVocabulary, type CompiledVocabulary } from "./compile-vocabulary.js";

export function parseGuideWordWith(text: string, vocab: CompiledVocabulary): "next" | "resume" | null {
  const tokens = vocab.tokenize(text);
  if (tokens.length === 0 || tokens.length > 4) return null;
  const whole = vocab.guideWords.matchAll(tokens).find((m) => m.start === 0 && m.end === tokens.length);
  return whole?.tag ?? null;
}

export function parseGuideWord(text: string): "next" | "resume" | null {
  return parseGuideWordWith(text, defaultCompiledVocabulary());
}
