/**
 * The accueil level of a message: cue words (content/understanding/levels.yml) weighed against the
 * levels the best entries usually serve (an entry's `levels` is a prior, not a verdict: "la trêve
 * hivernale c'est quand ?" is information even though evictions mostly need a social worker).
 */
import type { PatternMatch } from "./pattern-set.js";
import type { RankedEntry } from "./entry-index.js";

export type Level = 0 | 1 | 2 | 3 | 4;
export type LevelCue = { level: 1 | 2 | 3 | 4; weight: number; name: string; suggests?: string };

export interface LevelDecision {
  level: Level;
  /** Summed cue weight per level (index 1–4), for callers that need to know why. */
  cueScores: number[];
}

/** Weight of the entry prior: a single-level entry pulls hard, a multi-level one gently to its first. */
const SINGLE_LEVEL_PRIOR = 1.5;
const FIRST_LEVEL_PRIOR = 0.8;
const OTHER_LEVEL_PRIOR = 0.4;

export function cueScores(matches: readonly PatternMatch<LevelCue>[]): number[] {
  const scores = [0, 0, 0, 0, 0];
  const seen = new Set<string>();
  for (const m of matches) {
    // One cue group counts once, however many of its patterns match.
    if (seen.has(m.tag.name)) continue;
    seen.add(m.tag.name);
    scores[m.tag.level]! += m.tag.weight;
  }
  return scores;
}

export function decideLevel(cues: number[], entries: readonly RankedEntry[]): LevelDecision {
  const scores = [...cues];
  const top = entries[0];
  if (top) {
    if (top.levels.length === 1) scores[top.levels[0]!]! += SINGLE_LEVEL_PRIOR;
    else top.levels.forEach((l, i) => (scores[l]! += i === 0 ? FIRST_LEVEL_PRIOR : OTHER_LEVEL_PRIOR));
  }
  let best: Level = 0;
  // A tie goes to the higher level: offering a procedure or a person when unsure costs less than too little.
  for (const l of [1, 2, 3, 4] as const) if (scores[l]! > 0 && scores[l]! >= scores[best]! - 1e-9) best = l;
  if (best === 0 && top) best = (top.levels[0] ?? 1) as Level;
  return { level: best, cueScores: cues };
}
