/**
 * The shape of the vocabulary files in content/understanding/*.yml. Vocabulary lives in data so that a
 * CCAS can add the words its residents use without touching code; these schemas keep those files honest.
 */
import { z } from "zod";

/** A phrase; YAML reads "115" or "3919" as numbers, which are phrases too. */
const phrase = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * Patterns grouped by language, only for readability: matching ignores the grouping. A list item may hold
 * several comma-separated patterns ("- me tuer, en finir") so that related wordings share a line.
 */
const byLanguage = z.record(
  z.string().min(2).max(3),
  z.array(phrase).transform((items) => items.flatMap((item) => item.split(",").map((p) => p.trim()).filter(Boolean))),
);

export const normalisationSchema = z.object({
  /** French elided articles/pronouns (l', d', j'…) → the full word. */
  elisions: z.record(z.string(), z.string()),
  /** English contractions ("n't" → " not"). */
  contractions: z.record(z.string(), z.string()),
  /** One token (SMS spelling, frequent typo, unit) → one or more standard words. */
  replacements: z.record(z.string(), z.string()),
});

export const stopwordsSchema = z.object({
  /** Function words per language: ignored for ranking, used as cues for language detection. */
  stopwords: byLanguage,
  /** Words that only one language uses, weighted more for detection (includes SMS forms). */
  markers: byLanguage,
});

export const crisisSchema = z.object({
  categories: z.object({
    suicide: byLanguage,
    violence: byLanguage,
    child: byLanguage,
    shelter: byLanguage,
    medical: byLanguage,
  }),
  /** Wordings that look like a crisis and are not (figures of speech, explicit denials, reports). */
  near_misses: byLanguage,
  /** Wordings saying someone other than the writer is in danger: the answer says whom to call for them. */
  third_party: byLanguage,
});

export const levelCuesSchema = z.object({
  cues: z.array(
    z.object({
      name: z.string(),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      weight: z.number().positive(),
      /** An entry this cue makes a candidate for, whatever else matched (distress → a social worker). */
      suggests: z.string().optional(),
      patterns: byLanguage,
    }),
  ),
});

export const intentsSchema = z.object({
  greeting: byLanguage,
  thanks: byLanguage,
  goodbye: byLanguage,
  /** Asking for a human being (level 3). */
  human: byLanguage,
  /** Chit-chat about the bot itself, politeness, insults, laughter. */
  smalltalk: byLanguage,
  /** Topics a CCAS does not handle (weather, sport, recipes, vehicle papers, homework, prompt tricks…). */
  out_of_scope: byLanguage,
  /** Words that carry no request at all (ok, hmm, …), so a message made only of them is small talk. */
  filler: byLanguage,
});

export const yesNoSchema = z.object({ yes: byLanguage, no: byLanguage });

/** Words that move in a guide when sent alone (guide-words.yml). */
export const guideWordsSchema = z.object({ next: byLanguage, resume: byLanguage });

export const rankingSchema = z.object({ generic: z.record(z.string(), z.number().positive().max(1)).default({}) });

/** entry id → language → extra aliases, merged with the aliases written in the entries. */
export const extraAliasesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), z.record(z.string(), z.array(phrase)));

/**
 * Concepts shared across languages (content/understanding/concepts.yml): concept id → language → words
 * and short phrases (pattern syntax, one per item; commas are not separators here). The routing model
 * sees a concept feature wherever one of its words appears, so what it learns from French examples
 * carries over to "kira", "аренда" or "lkra".
 */
export const conceptsSchema = z.object({
  concepts: z.record(
    z.string().regex(/^[a-z0-9-]+$/),
    z.record(z.string().min(2).max(3), z.array(phrase).default([])),
  ),
});

export type Concepts = z.infer<typeof conceptsSchema>;
export type Normalisation = z.infer<typeof normalisationSchema>;
export type Stopwords = z.infer<typeof stopwordsSchema>;
export type CrisisLexicon = z.infer<typeof crisisSchema>;
export type LevelCues = z.infer<typeof levelCuesSchema>;
export type Intents = z.infer<typeof intentsSchema>;
export type YesNo = z.infer<typeof yesNoSchema>;
export type GuideWords = z.infer<typeof guideWordsSchema>;
export type ExtraAliases = z.infer<typeof extraAliasesSchema>;
export type Ranking = z.infer<typeof rankingSchema>;
