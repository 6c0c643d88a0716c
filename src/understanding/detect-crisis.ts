/**
 * The crisis check, run first on every message in every dialogue state. Deterministic and local: a
 * multilingual lexicon (content/understanding/crisis.yml), biased towards catching too much, with
 * indirect wordings ("je veux que tout s'arrête") and near misses masked out before matching
 * ("mort de rire", "tuer le temps", "I'm not suicidal").
 */
import type { CrisisCategory, CrisisSignal } from "../core/understanding-port.js";
import { defaultCompiledVocabulary, type CompiledVocabulary } from "./compile-vocabulary.js";

/** When several categories match, the one whose answer must come first. A child in danger and a wish to
 * die outrank the rest; violence outranks shelter (a woman fleeing needs 3919/17 before 115). */
const PRIORITY: CrisisCategory[] = ["child", "suicide", "violence", "medical", "shelter"];

/** Tokens covered by a near miss are blanked, so "mort de rire" can never feed a "mort" pattern. */
const MASK = "\u0000";

/** Indexes of the tokens covered by a near miss ("mort de rire", "pour mon exposé"). */
export function nearMissIndexes(tokens: readonly string[], vocab: CompiledVocabulary): Set<number> {
  const covered = new Set<number>();
  for (const m of vocab.nearMisses.matchAll(tokens)) for (let i = m.start; i < m.end; i++) covered.add(i);
  return covered;
}

export function detectCrisisInTokens(
  tokens: readonly string[],
  vocab: CompiledVocabulary,
  nearMisses: Set<number> = nearMissIndexes(tokens, vocab),
): CrisisSignal | null {
  // Most messages have no near miss: then the tokens are matched as they are.
  const matches = vocab.crisis.matchAll(nearMisses.size === 0 ? tokens : tokens.map((t, i) => (nearMisses.has(i) ? MASK : t)));
  if (matches.length === 0) return null;
  for (const category of PRIORITY) {
    const m = matches.find((x) => x.tag === category);
    if (m) return { category, matched: tokens.slice(m.start, m.end).join(" ") };
  }
  return null;
}

export function detectCrisis(text: string): CrisisSignal | null {
  const vocab = defaultCompiledVocabulary();
  return detectCrisisInTokens(vocab.tokenize(text), vocab);
}
