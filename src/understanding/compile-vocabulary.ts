/**
 * Turns the vocabulary files into ready matchers (tokenizer, stop words, pattern sets). Built once per
 * vocabulary; the default one is built on first use and shared by detectCrisis, parseYesNo and every
 * understander.
 */
import type { CrisisCategory } from "../core/understanding-port.js";
import { foldText } from "./fold-text.js";
import { defaultVocabulary, type Vocabulary } from "./load-vocabulary.js";
import { PatternSet, taggedPatterns } from "./pattern-set.js";
import { createPhraseTokenCache, type PhraseTokenCache } from "./phrase-token-cache.js";
import { createTokenizer, type Tokenizer } from "./tokenize.js";

export type IntentTag = "greeting" | "thanks" | "goodbye" | "human" | "smalltalk" | "out-of-scope" | "filler";

export interface CompiledVocabulary {
  vocabulary: Vocabulary;
  /** For messages. */
  tokenize: Tokenizer;
  /** For vocabulary phrases at build time (aliases, patterns): same result, cached on disk. */
  phrases: PhraseTokenCache;
  /** Every language's stop words, folded: ignored for ranking. */
  stopwords: Set<string>;
  /** language → folded stop words and markers (markers count double). */
  languageCues: Map<string, { stopwords: Set<string>; markers: Set<string> }>;
  /** The same, by word: which languages list it as a marker, which as a stop word (one lookup per word). */
  languageWords: Map<string, { markers: string[]; stopwords: string[] }>;
  crisis: PatternSet<CrisisCategory>;
  nearMisses: PatternSet<"near-miss">;
  thirdParty: PatternSet<"third-party">;

  levelCues: PatternSet<{ level: 1 | 2 | 3 | 4; weight: number; name: string; suggests?: string }>;
  intents: PatternSet<IntentTag>;
  yesNo: PatternSet<"yes" | "no">;
  guideWords: PatternSet<"next" | "resume">;
}

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const tokenize = createTokenizer(vocabulary.normalisation);
  const phrases = createPhraseTokenCache(tokenize);
  const fold = (words: string[]): Set<string> => new Set(words.flatMap((w) => phrases.tokenize(w)));
  const languageCues = new Map<string, { stopwords: Set<string>; markers: Set<string> }>();
  const stopwords = new Set<string>();
  for (const [lang, words] of Object.entries(vocabulary.stopwords.stopwords)) {
    const set = fold(words);
    for (const w of set) stopwords.add(w);
    languageCues.set(lang, { stopwords: set, markers: new Set() });
  }
  const markerLists = Object.entries(vocabulary.stopwords.markers).map(([lang, words]) => [lang, words.map((w) => foldText(w))] as const);
  for (const [lang, words] of markerLists) {
    const cues = languageCues.get(lang) ?? { stopwords: new Set<string>(), markers: new Set<string>() };
    for (const w of words) {
      // A marker is a word only this language uses; one that another language also lists (as stop word or
      // marker) is only a shared stop word. Markers are folded, not SMS-normalised ("koi", "jai").
      const shared = markerLists.some(([other, list]) => other !== lang && list.includes(w)) ||
        [...languageCues].some(([other, c]) => other !== lang && c.stopwords.has(w));
      (shared ? cues.stopwords : cues.markers).add(w);
    }
    languageCues.set(lang, cues);
  }
  const languageWords = new Map<string, { markers: string[]; stopwords: string[] }>();
  for (const [lang, cues] of languageCues) {
    for (const [set, key] of [[cues.markers, "markers"], [cues.stopwords, "stopwords"]] as const) {
      for (const w of set) {
        const entry = languageWords.get(w) ?? { markers: [], stopwords: [] };
        entry[key].push(lang);
        languageWords.set(w, entry);
      }
    }
  }
  const { categories, near_misses, third_party } = vocabulary.crisis;
  const crisisEntries = (Object.keys(categories) as CrisisCategory[]).flatMap((c) => taggedPatterns(categories[c], c));
  const i = vocabulary.intents;
  const build = phrases.tokenize;
  const compiled: CompiledVocabulary = {
    vocabulary,
    tokenize,
    phrases,
    stopwords,
    languageCues,
    languageWords,
    crisis: new PatternSet(crisisEntries, build),
    nearMisses: new PatternSet(taggedPatterns(near_misses, "near-miss" as const), build),
    thirdParty: new PatternSet(taggedPatterns(third_party, "third-party" as const), build),

    levelCues: new PatternSet(
      vocabulary.levels.cues.flatMap((cue) =>
        taggedPatterns(cue.patterns, { level: cue.level, weight: cue.weight, name: cue.name, ...(cue.suggests ? { suggests: cue.suggests } : {}) }),
      ),
      build,
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
      build,
    ),
    yesNo: new PatternSet(
      [...taggedPatterns(vocabulary.yesNo.yes, "yes" as const), ...taggedPatterns(vocabulary.yesNo.no, "no" as const)],
      build,
    ),
    guideWords: new PatternSet(
      [...taggedPatterns(vocabulary.guideWords.next, "next" as const), ...taggedPatterns(vocabulary.guideWords.resume, "resume" as const)],
      build,
    ),
  };
  return compiled;
}

let cached: CompiledVocabulary | undefined;

export function defaultCompiledVocabulary(): CompiledVocabulary {
  cached ??= compileVocabulary(defaultVocabulary());
  return cached;
}
