/**
 * Turns a resident's message into a routing decision: language, crisis, level, ranked entries, intent.
 * The live bot calls understand() on every free-text message and routes a first message on level,
 * entries and crisis unchanged; `accueil classify` prints the very same result.
 */
import type { Catalogue } from "../catalogue/load-catalogue.js";
import type { CrisisCategory, Understander, Understanding } from "../core/understanding-port.js";
import { defaultCompiledVocabulary, type CompiledVocabulary, type IntentTag } from "./compile-vocabulary.js";
import { cueScores, decideLevel, type Level, type LevelCue } from "./decide-level.js";
import type { PatternMatch } from "./pattern-set.js";
import { detectCrisisInTokens, nearMissIndexes } from "./detect-crisis.js";
import { detectLanguage } from "./detect-language.js";
import { EntryIndex, type RankedEntry } from "./entry-index.js";
import { weighSentences } from "./weigh-sentences.js";

/** What to offer beside the emergency numbers (ids missing from the catalogue are dropped). */
const CRISIS_ENTRIES: Record<CrisisCategory, string[]> = {
  suicide: [],
  child: [],
  medical: [],
  violence: ["violences-conjugales", "hebergement-urgence"],
  shelter: ["hebergement-urgence"],
};

/** Below this score the best entry is a coincidence of generic words: offer nothing. */
const MIN_SCORE = 3;
/** Further entries are offered only if they come reasonably close to the first. */
const RELATIVE_CUTOFF = 0.4;
/** An out-of-scope cue (weather, football, car papers…) wins unless an entry matches this strongly. */
const STRONG_SCORE = 10;

const SOCIAL_INTENTS: IntentTag[] = ["thanks", "goodbye", "greeting", "smalltalk", "filler"];

export interface UnderstanderOptions {
  vocabulary?: CompiledVocabulary;
}

export function createUnderstander(catalogue: Catalogue, options: UnderstanderOptions = {}): Understander {
  const vocab = options.vocabulary ?? defaultCompiledVocabulary();
  const index = new EntryIndex(catalogue.entries, vocab.vocabulary.extraAliases, vocab.phrases.tokenize, (t) => vocab.stopwords.has(t));
  vocab.phrases.save();
  const existing = (ids: string[]): string[] => ids.filter((id) => index.has(id));

  function understand(text: string, hints?: { localeHint?: string }): Understanding {
    const { tokens, weights } = weighSentences(text, vocab.tokenize);
    const { lang, confident } = detectLanguage(text, vocab, hints?.localeHint);
    const base = { lang, langConfident: confident };

    const nearMisses = nearMissIndexes(tokens, vocab);
    const crisis = detectCrisisInTokens(tokens, vocab, nearMisses);
    if (crisis) return { ...base, crisis: crisis.category, level: 3, entries: existing(CRISIS_ENTRIES[crisis.category]), intent: "question" };

    const intentMatches = vocab.intents.matchAll(tokens);
    const covered = new Set<number>();
    for (const m of intentMatches) {
      if (m.tag === "out-of-scope" || m.tag === "human") continue;
      for (let i = m.start; i < m.end; i++) covered.add(i);
    }
    // Figures of speech ("je meurs de faim lol", "pour mon exposé") say nothing about the need either.
    for (const i of nearMisses) covered.add(i);
    const rest = tokens.filter((_t, i) => !covered.has(i));
    const restWeights = weights.filter((_w, i) => !covered.has(i));
    const content = index.termsOfTokens(rest);
    const has = (tag: IntentTag): boolean => intentMatches.some((m) => m.tag === tag);

    if (content.length === 0) {
      const social = SOCIAL_INTENTS.find((tag) => has(tag));
      if (!has("human")) {
        const intent = social === "filler" || social === undefined ? (tokens.length ? "smalltalk" : "unknown") : social;
        return { ...base, crisis: null, level: 0, entries: [], intent };
      }
    }

    const cueMatches = vocab.levelCues.matchAll(tokens);
    const cues = cueScores(cueMatches);
    const generic = vocab.vocabulary.ranking.generic;
    const ranked = boostSuggested(index.rank(rest, restWeights), cueMatches, index)
      .map((r) => (generic[r.id] ? { ...r, score: r.score * generic[r.id]! } : r))
      .sort((a, b) => b.score - a.score);
    const hasCue = cues.some((s) => s > 0);

    if (has("out-of-scope") && !ranked.some((r) => r.evidence >= STRONG_SCORE)) {
      return { ...base, crisis: null, level: 0, entries: [], intent: "out-of-scope" };
    }

    if (has("human")) {
      const entries = existing(["rendez-vous-travailleur-social"]);
      for (const r of ranked) if (r.evidence >= MIN_SCORE && !entries.includes(r.id)) entries.push(r.id);
      return { ...base, crisis: null, level: 3, entries: entries.slice(0, 3), intent: "human" };
    }

    let offered: RankedEntry[] = [];
    // Only entries the message says enough about are offered; among them, the ranking order decides.
    const candidates = ranked.filter((r) => r.evidence >= MIN_SCORE);
    const first = candidates[0];
    if (first) offered = candidates.filter((r) => r.score >= first.score * RELATIVE_CUTOFF).slice(0, 3);

    // Cue words alone ("comment on fait… une mayonnaise ?") are not a request to the CCAS, unless they say
    // the person needs someone (level 3) or is stuck online (level 4).
    const needsSomeone = cues[3]! >= 3 || cues[4]! >= 3;
    if (offered.length === 0 && (!hasCue || !needsSomeone)) {
      const social = SOCIAL_INTENTS.find((tag) => has(tag));
      const intent = social && social !== "filler" && content.length <= 1 ? social : "out-of-scope";
      return { ...base, crisis: null, level: 0, entries: [], intent };
    }

    const { level } = decideLevel(cues, offered);
    let entries = offered.map((r) => r.id);
    if (entries.length === 0) entries = existing(fallbackEntries(level));
    return { ...base, crisis: null, level: level === 0 ? 1 : (level as Level), entries, intent: "question" };
  }

  return { understand };
}

/** How much a cue's `suggests` adds to its entry, per unit of cue weight. */
const SUGGESTION_BOOST = 1.2;

/** Cue groups may name an entry they make a candidate for (levels.yml `suggests`): "je suis perdu, des
 * dettes partout" needs a social worker even if no alias of that entry was written. */
function boostSuggested(ranked: RankedEntry[], matches: readonly PatternMatch<LevelCue>[], index: EntryIndex): RankedEntry[] {
  const boosts = new Map<string, number>();
  for (const m of matches) {
    const id = m.tag.suggests;
    if (id && index.has(id)) boosts.set(id, Math.max(boosts.get(id) ?? 0, m.tag.weight * SUGGESTION_BOOST));
  }
  if (boosts.size === 0) return ranked;
  const out = ranked.filter((r) => !boosts.has(r.id));
  for (const [id, boost] of boosts) {
    const existing = ranked.find((r) => r.id === id);
    out.push({ id, score: (existing?.score ?? 0) + boost, evidence: (existing?.evidence ?? 0) + boost, levels: index.levelsOf(id) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** When cue words set a level but no entry matched, the entry that serves that level in general. */
function fallbackEntries(level: Level): string[] {
  if (level === 3) return ["rendez-vous-travailleur-social"];
  if (level === 4) return ["accompagnement-numerique"];
  return [];
}
