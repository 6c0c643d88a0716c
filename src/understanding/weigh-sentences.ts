/**
 * Residents often tell their story first and ask last ("Je vis seule… Mon fils travaille… Il y a une aide
 * pour la cantine ?"). When a message asks a question, the words of the other sentences are context:
 * they still count, at a lower weight, so that the right asked about outranks the circumstances.
 */
import type { Tokenizer } from "./tokenize.js";

export const CONTEXT_WEIGHT = 0.55;

export interface WeightedTokens {
  tokens: string[];
  /** Parallel to tokens: 1 for words of a question (or of a message without one), else CONTEXT_WEIGHT. */
  weights: number[];
}

export function weighSentences(text: string, tokenize: Tokenizer): WeightedTokens {
  // Without a question mark every word weighs 1: one pass of the tokenizer (the same tokens, as the
  // sentence split only happens at spaces between tokens).
  if (!/[?؟]/.test(text)) {
    const tokens = tokenize(text);
    return { tokens, weights: new Array<number>(tokens.length).fill(1) };
  }
  const sentences = text.split(/(?<=[.!?;؟…])\s+|\n+/).filter((s) => s.trim() !== "");
  const asks = sentences.map((s) => /[?؟]/.test(s));
  const anyQuestion = asks.some(Boolean) && sentences.length > 1;
  const tokens: string[] = [];
  const weights: number[] = [];
  sentences.forEach((sentence, i) => {
    const w = !anyQuestion || asks[i] ? 1 : CONTEXT_WEIGHT;
    for (const t of tokenize(sentence)) {
      tokens.push(t);
      weights.push(w);
    }
  });
  return { tokens, weights };
}
