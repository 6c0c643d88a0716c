/**
 * Turns a message into the sparse features of the routing model, fastText-style:
 *   - words, as the tokenizer standardises them ("jai" → "je ai", elisions expanded, amounts unified);
 *   - pairs of consecutive words ("plus de", "me frappe");
 *   - character n-grams (3 and 4) of each folded word with its boundaries ("<caf>", "<ca", "af>"), which
 *     carry typos, inflections, phonetic spelling and arabizi ("3andi", "bghit") that no word list holds;
 *   - concepts (content/understanding/concepts.yml): "loyer", "rent", "kira", "аренда" and "lkra" all
 *     give the feature of the concept "rent", so what the model learns in one language carries over.
 * Each feature is a 32-bit FNV-1a hash of its group and its characters, computed without building strings
 * (this runs on every message). Each group is L2-normalised, so a long story weighs no more than a short
 * question; a feature repeated in the message counts once.
 */
import { foldText } from "../fold-text.js";
import type { Tokenizer } from "../tokenize.js";

/** What features are read with: the message tokenizer and the concept glossary. */
export interface FeatureVocabulary {
  tokenize: Tokenizer;
  concepts: { match(tokens: readonly string[]): string[] };
}

/** Bump when the features change: a model trained on other features must be retrained. */
export const FEATURES_VERSION = 4;

export interface MessageFeatures {
  /** Distinct feature hashes. */
  ids: Uint32Array;
  /** Parallel to ids: the feature's value. */
  values: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Group seeds keep "w:caf" and the n-gram "caf" apart. */
const WORD_SEED = hashStep(FNV_OFFSET, 0x77);
const PAIR_SEED = hashStep(FNV_OFFSET, 0x62);
const GRAM_SEED = hashStep(FNV_OFFSET, 0x63);
const CONCEPT_SEED = hashStep(FNV_OFFSET, 0x6b);

/** Character n-grams from MIN_GRAM to MAX_GRAM code units. */
const MIN_GRAM = 3;
const MAX_GRAM = 4;
/** Longer "words" are links, codes or keyboard mashing: their n-grams teach nothing. */
const MAX_WORD_LENGTH = 30;
/** Concepts are coarse (a few per message): at full weight the model leans on them and loses precision
 * within a language; at a quarter they still carry what is learnt across languages (measured on a
 * held-out fifth of the corpus: 64 % entry top-1 against 60 % at full weight and 62 % without concepts). */
const CONCEPT_WEIGHT = 0.25;
/** The words of a very long message beyond this bound add cost, not meaning. */
const MAX_WORDS = 400;

function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** Boundary marks around a word for its n-grams: "<" and ">" never occur inside a folded word. */
const BEGIN = 0x3c;
const END = 0x3e;

/** `tokens`: the message already tokenized with `vocabulary.tokenize` (the understander has them). */
export function extractFeatures(text: string, vocabulary: FeatureVocabulary, tokens: readonly string[] = vocabulary.tokenize(text)): MessageFeatures {
  if (tokens.length > MAX_WORDS) tokens = tokens.slice(0, MAX_WORDS);
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, MAX_WORDS);
  const concepts = vocabulary.concepts.match(tokens);

  // Hashes group after group in one buffer (this runs on every message: no Set, no string built).
  let capacity = 2 * tokens.length + concepts.length;
  for (const word of words) if (word.length <= MAX_WORD_LENGTH) capacity += (MAX_GRAM - MIN_GRAM + 1) * (word.length + 2);
  const hashes = new Uint32Array(capacity);
  const groups: number[] = [0];
  let k = 0;
  for (const t of tokens) hashes[k++] = hashString(WORD_SEED, t);
  groups.push(k);
  for (let i = 1; i < tokens.length; i++) hashes[k++] = hashString(hashStep(hashString(PAIR_SEED, tokens[i - 1]!), 0x20), tokens[i]!);
  groups.push(k);
  for (const word of words) {
    if (word.length > MAX_WORD_LENGTH) continue;
    const n = word.length + 2;
    for (let start = 0; start < n; start++) {
      let h = GRAM_SEED;
      for (let len = 1; len <= MAX_GRAM && start + len <= n; len++) {
        const at = start + len - 1;
        h = hashStep(h, at === 0 ? BEGIN : at === n - 1 ? END : word.charCodeAt(at - 1));
        if (len >= MIN_GRAM) hashes[k++] = h;
      }
    }
  }
  groups.push(k);
  for (const id of concepts) hashes[k++] = hashString(CONCEPT_SEED, id);
  groups.push(k);

  // Within a group a feature counts once; each group has unit norm (concepts a quarter). A word's hash
  // equal to an n-gram's by chance stays twice: scoring adds both, as if their values were summed.
  const ids = new Uint32Array(k);
  const values = new Float32Array(k);
  let out = 0;
  for (let g = 0; g < 4; g++) {
    const group = hashes.subarray(groups[g]!, groups[g + 1]!).sort();
    let unique = 0;
    for (let i = 0; i < group.length; i++) if (i === 0 || group[i] !== group[i - 1]) group[unique++] = group[i]!;
    if (unique === 0) continue;
    const value = (g === 3 ? CONCEPT_WEIGHT : 1) / Math.sqrt(unique);
    ids.set(group.subarray(0, unique), out);
    values.fill(value, out, out + unique);
    out += unique;
  }
  return { ids: ids.subarray(0, out), values: values.subarray(0, out) };
}
