/**
 * Where the routing model and its corpus live, and reading the model once per process (the live bot,
 * `accueil classify` and the evaluation all share it).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_VOCABULARY_DIR } from "../load-vocabulary.js";
import { decodeModel } from "./model-file.js";
import type { RoutingModel } from "./routing-model.js";

export const DEFAULT_MODEL_PATH = join(DEFAULT_VOCABULARY_DIR, "routing-model.bin");
export const DEFAULT_CORPUS_DIR = join(DEFAULT_VOCABULARY_DIR, "corpus");

/** The tokenizer's tables and the concepts shape the features: a model is tied to the ones it was trained with. */
export function featureVocabularySha256(dir: string = DEFAULT_VOCABULARY_DIR): string {
  const hash = createHash("sha256");
  for (const file of ["normalisation.yml", "concepts.yml"]) {
    hash.update(file).update("\0");
    if (existsSync(join(dir, file))) hash.update(readFileSync(join(dir, file)));
  }
  return hash.digest("hex");
}

export function loadRoutingModel(path: string = DEFAULT_MODEL_PATH): RoutingModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${path}: cannot read the routing model (${(error as NodeJS.ErrnoException).code ?? String(error)}). Build it with \`npm run train\`.`);
  }
  return decodeModel(bytes, path);
}

let cached: RoutingModel | undefined;

export function defaultRoutingModel(): RoutingModel {
  cached ??= loadRoutingModel();
  return cached;
}
