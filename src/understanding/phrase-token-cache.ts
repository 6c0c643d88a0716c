/**
 * Building the understander tokenizes some 10,000 phrases (aliases, summaries, cue patterns), many of
 * them several times (an alias shared by languages, a cue used by two levels). This keeps each phrase's
 * tokens for the duration of one build. It is deliberately in memory only: a cache on disk would have to
 * be invalidated by every change to the tokenizer's code, not just to its tables.
 */
import type { Tokenizer } from "./tokenize.js";

export interface PhraseTokenCache {
  tokenize: Tokenizer;
}

export function createPhraseTokenCache(tokenize: Tokenizer): PhraseTokenCache {
  const known = new Map<string, string[]>();
  return {
    tokenize: (phrase: string): string[] => {
      let tokens = known.get(phrase);
      if (!tokens) {
        tokens = tokenize(phrase);
        known.set(phrase, tokens);
      }
      return tokens;
    },
  };
}
