/**
 * Reads content/understanding/*.yml once. detectCrisis() must work on any message without setup, so the
 * default vocabulary is read synchronously on first use and kept (a few small local files, no network).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { readYamlFile } from "../content/read-yaml.js";
import { decisionsSchema, type Decisions } from "./decisions-schema.js";
import {
  conceptsSchema,
  crisisSchema,
  extraAliasesSchema,
  intentsSchema,
  levelCuesSchema,
  normalisationSchema,
  rankingSchema,
  stopwordsSchema,
  yesNoSchema,
  guideWordsSchema,
  type Concepts,
  type CrisisLexicon,
  type ExtraAliases,
  type Intents,
  type LevelCues,
  type Normalisation,
  type Ranking,
  type Stopwords,
  type YesNo,
  type GuideWords,
} from "./vocabulary-schema.js";
import { CONTENT_DIR } from "../project-root.js";

export interface Vocabulary {
  normalisation: Normalisation;
  stopwords: Stopwords;
  crisis: CrisisLexicon;
  levels: LevelCues;
  intents: Intents;
  yesNo: YesNo;
  guideWords: GuideWords;
  extraAliases: ExtraAliases;
  ranking: Ranking;
  decisions: Decisions;
}

/** content/understanding relative to this file (src/understanding → ../../content/understanding). */
export const DEFAULT_VOCABULARY_DIR = join(CONTENT_DIR, "understanding");

function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  const parsed = schema.safeParse(readYamlFile(path));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
    throw new Error(`${path}: ${issues}`);
  }
  return parsed.data;
}

/** The cross-language glossary (concepts.yml), read by the trainer only: the model file carries it compiled.
 * Optional: without it the model simply has no concept features. */
export function loadConcepts(dir: string = DEFAULT_VOCABULARY_DIR): Concepts {
  return existsSync(join(dir, "concepts.yml")) ? readYaml(dir, "concepts.yml", conceptsSchema) : { concepts: {} };
}

export function loadVocabulary(dir: string = DEFAULT_VOCABULARY_DIR): Vocabulary {
  return {
    normalisation: readYaml(dir, "normalisation.yml", normalisationSchema),
    stopwords: readYaml(dir, "stopwords.yml", stopwordsSchema),
    crisis: readYaml(dir, "crisis.yml", crisisSchema),
    levels: readYaml(dir, "levels.yml", levelCuesSchema),
    intents: readYaml(dir, "intents.yml", intentsSchema),
    yesNo: readYaml(dir, "yes-no.yml", yesNoSchema),
    guideWords: readYaml(dir, "guide-words.yml", guideWordsSchema),
    extraAliases: readYaml(dir, "extra-aliases.yml", extraAliasesSchema),
    ranking: readYaml(dir, "ranking.yml", rankingSchema),
    decisions: readYaml(dir, "decisions.yml", decisionsSchema),
  };
}

let cached: Vocabulary | undefined;

export function defaultVocabulary(): Vocabulary {
  cached ??= loadVocabulary();
  return cached;
}
