/**
 * Reads content/understanding/*.yml once. detectCrisis() must work on any message without setup, so the
 * default vocabulary is read synchronously on first use and kept (a few small local files, no network).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { readYamlFile } from "../content/read-yaml.js";
import {
  crisisSchema,
  extraAliasesSchema,
  intentsSchema,
  levelCuesSchema,
  normalisationSchema,
  rankingSchema,
  stopwordsSchema,
  yesNoSchema,
  type CrisisLexicon,
  type ExtraAliases,
  type Intents,
  type LevelCues,
  type Normalisation,
  type Ranking,
  type Stopwords,
  type YesNo,
} from "./vocabulary-schema.js";

export interface Vocabulary {
  normalisation: Normalisation;
  stopwords: Stopwords;
  crisis: CrisisLexicon;
  levels: LevelCues;
  intents: Intents;
  yesNo: YesNo;
  extraAliases: ExtraAliases;
  ranking: Ranking;
}

/** content/understanding relative to this file (src/understanding → ../../content/understanding). */
export const DEFAULT_VOCABULARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../content/understanding");

function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  const parsed = schema.safeParse(readYamlFile(path));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
    throw new Error(`${path}: ${issues}`);
  }
  return parsed.data;
}

export function loadVocabulary(dir: string = DEFAULT_VOCABULARY_DIR): Vocabulary {
  return {
    normalisation: readYaml(dir, "normalisation.yml", normalisationSchema),
    stopwords: readYaml(dir, "stopwords.yml", stopwordsSchema),
    crisis: readYaml(dir, "crisis.yml", crisisSchema),
    levels: readYaml(dir, "levels.yml", levelCuesSchema),
    intents: readYaml(dir, "intents.yml", intentsSchema),
    yesNo: readYaml(dir, "yes-no.yml", yesNoSchema),
    extraAliases: readYaml(dir, "extra-aliases.yml", extraAliasesSchema),
    ranking: readYaml(dir, "ranking.yml", rankingSchema),
  };
}

let cached: Vocabulary | undefined;

export function defaultVocabulary(): Vocabulary {
  cached ??= loadVocabulary();
  return cached;
}
