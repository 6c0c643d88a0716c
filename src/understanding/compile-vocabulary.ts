/**
 * Turns the vocabulary files into ready matchers (tokenizer, stop words, pattern sets). Built once per
 * vocabulary; the default one is built on first use and shared by detectCrisis, parseYesNo and every
 * understander.
 */
import type { CrisisCategory } from "../core/understanding-port.js";
import { foldText } from "./fold-text.js";
import { defaultVocabulary, type Vocabulary } from "./load-vocabulary.js";
import { PatternSet, taggedPatterns } from "./pattern-set.js";
import { createTokenizer, type Tokenizer } from "./tokenize.js";

export type IntentTag = "greeting" | "thanks" | "goodbye" | "human" | "smalltalk" | "out-of-scope" | "filler";

export interface CompiledVocabulary {
  vocabulary: Vocabulary;
  tokenize: Tokenizer;
  /** Every language's stop words, folded: ignored for ranking. */
  stopwords: Set<string>;
  /** language → folded stop words and markers (markers count double). */
  languageCues: Map<string, { stopwords: Set<string>; markers: Set<string> }>;
  crisis: PatternSet<CrisisCategory>;
  nearMisses: PatternSet<"near-miss">;
  levelCues: PatternSet<{ level: 1 | 2 | 3 | 4; weight: number; name: string }>;
  intents: PatternSet<IntentTag>;
  yesNo: PatternSet<"yes" | "no">;
}

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const tokenize = createTokenizer(vocabulary.normalisation);
  const fold = (words: string[]): Set<string> => new Set(words.flatMap((w) => tokenize(w)));
  const languageCues = new Map<string, { stopwords: Set<string>; markers: Set<string> }>();
  const stopwords = new Set<string>();
  for (const [lang, words] of Object.entries(vocabulary.stopwords.stopwords)) {
    const set = fold(words);
    for (const w of set) stopwords.add(w);
    languageCues.set(lang, { stopwords: set, markers: new Set() });
  }
  for (const [lang, words] of Object.entries(vocabulary.stopwords.markers)) {
    const cues = languageCues.get(lang) ?? { stopwords: new Set<string>(), markers: new Set<string>() };
    // Markers are matched on folded, not SMS-normalised words ("koi", "jai"): fold only.
    for (const w of words) cues.markers.add(foldText(w));
    languageCues.set(lang, cues);
  }
  const { categories, near_misses } = vocabulary.crisis;
  const crisisEntries = (Object.keys(categories) as CrisisCategory[]).flatMap((c) => taggedPatterns(categories[c], c));
  const i = vocabulary.intents;
  return {
    vocabulary,
    tokenize,
    stopwords,
    languageCues,
    crisis: new PatternSet(crisisEntries, tokenize),
    nearMisses: new PatternSet(taggedPatterns(near_misses, "near-miss" as const), tokenize),
    levelCues: new PatternSet(
      vocabulary.levels.cues.flatMap((cue) =>
        taggedPatterns(cue.patterns, { level: cue.level, weight: cue.weight, name: cue.name }),
      ),
      tokenize,
    ),
    intents: new PatternSet(
      [
        ...taggedPatterns(i.greeting, "greeting" as const),
        ...taggedPatterns(i.thanks, "thanks" as const),
        ...taggedPatterns(i.goodbye, "goodbye" as const),
        ...taggedPatterns(i.human, "human" as const),
        ...taggedPatterns(i.smalltalk, "smalltalk" as const),
        ...taggedPatterns(i.out_of_scope, "out-of-scope" as const),
        ...taggedPatterns(i.filler, "filler" as const),
      ],
      tokenize,
    ),
    yesNo: new PatternSet(
      [...taggedPatterns(vocabulary.yesNo.yes, "yes" as const), ...taggedPatterns(vocabulary.yesNo.no, "no" as const)],
      tokenize,
    ),
  };
}

let cached: CompiledVocabulary | undefined;

export function defaultCompiledVocabulary(): CompiledVocabulary {
  cached ??= compileVocabulary(defaultVocabulary());
  return cached;
}
