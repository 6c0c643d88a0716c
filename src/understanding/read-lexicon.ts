/**
 * What the vocabularies (content/understanding/*.yml) and the catalogue's aliases say about a message:
 * the crisis lexicon, near misses, intents (greeting, thanks, asking for a person, out of scope), the
 * entries ranked by aliases and the cue words' level, and the decision these alone would take. The
 * routing model's decision is weighed against it in decide-route.ts.
 */
import type { Catalogue } from "../catalogue/load-catalogue.js";
import type { CrisisSignal, Understanding } from "../core/understanding-port.js";
import type { CompiledVocabulary, IntentTag } from "./compile-vocabulary.js";
import { cueScores, decideLevel, type Level, type LevelCue } from "./decide-level.js";
import { detectCrisisInTokens, nearMissIndexes } from "./detect-crisis.js";
import { EntryIndex, type RankedEntry } from "./entry-index.js";
import type { PatternMatch } from "./pattern-set.js";
import { weighSentences } from "./weigh-sentences.js";

/** Below this evidence the best entry is a coincidence of generic words: offer nothing. */
export const MIN_EVIDENCE = 3;
/** Further entries are offered only if they come reasonably close to the first. */
const RELATIVE_CUTOFF = 0.4;
/** An out-of-scope cue (weather, football, car papers…) wins unless an entry matches this strongly. */
export const STRONG_EVIDENCE = 10;

const SOCIAL_INTENTS: IntentTag[] = ["thanks", "goodbye", "greeting", "smalltalk", "filler"];

export interface LexicalView {
  /** The message's tokens (tokenize.ts), sentence after sentence. */
  tokens: readonly string[];
  crisis: CrisisSignal | null;
  /** The message speaks of someone else who may be in danger (crisis.yml `third_party`). */
  aboutOther: boolean;
  intents: ReadonlySet<IntentTag>;
  /** Entries by decreasing score, with how much the message says about each. */
  ranked: RankedEntry[];
  /** Cue-word weight per level (index 1–4). */
  cues: number[];
  /** Content words left once greetings, intents and figures of speech are set aside. */
  contentWords: number;
  /** The decision the lexicon alone would take (crisis aside). */
  decision: Pick<Understanding, "level" | "entries" | "intent">;
}

export interface LexiconReader {
  index: EntryIndex;
  read(text: string): LexicalView;
}

export function createLexiconReader(catalogue: Catalogue, vocab: CompiledVocabulary): LexiconReader {
  const index = new EntryIndex(catalogue.entries, vocab.vocabulary.extraAliases, vocab.phrases.tokenize, (t) => vocab.stopwords.has(t));
  const existing = (ids: string[]): string[] => ids.filter((id) => index.has(id));
  const generic = vocab.vocabulary.ranking.generic;

  function read(text: string): LexicalView {
    const { tokens, weights } = weighSentences(text, vocab.tokenize);
    const nearMisses = nearMissIndexes(tokens, vocab);
    const crisis = detectCrisisInTokens(tokens, vocab, nearMisses);
    const intentMatches = vocab.intents.matchAll(tokens);
    const intents = new Set(intentMatches.map((m) => m.tag));
    const covered = new Set<number>(nearMisses);
    for (const m of intentMatches) {
      if (m.tag === "out-of-scope" || m.tag === "human") continue;
      for (let i = m.start; i < m.end; i++) covered.add(i);
    }
    const rest = tokens.filter((_t, i) => !covered.has(i));
    const restWeights = weights.filter((_w, i) => !covered.has(i));
    const contentWords = index.termsOfTokens(rest).length;
    const cueMatches = vocab.levelCues.matchAll(tokens);
    const cues = cueScores(cueMatches);
    const ranked = boostSuggested(index.rank(rest, restWeights), cueMatches, index);
    // rank() returns fresh objects: the generic entries' discount is applied in place.
    for (const r of ranked) if (generic[r.id]) r.score *= generic[r.id]!;
    ranked.sort((a, b) => b.score - a.score);
    const aboutOther = vocab.thirdParty.matchAll(tokens).length > 0;
    return { tokens, crisis, aboutOther, intents, ranked, cues, contentWords, decision: decide(intents, ranked, cues, contentWords, tokens.length) };
  }

  function decide(intents: ReadonlySet<IntentTag>, ranked: RankedEntry[], cues: number[], contentWords: number, tokenCount: number): LexicalView["decision"] {
    const social = SOCIAL_INTENTS.find((tag) => intents.has(tag));
    if (contentWords === 0 && !intents.has("human")) {
      const intent = social === "filler" || social === undefined ? (tokenCount ? "smalltalk" : "unknown") : social;
      return { level: 0, entries: [], intent };
    }
    if (intents.has("out-of-scope") && !ranked.some((r) => r.evidence >= STRONG_EVIDENCE)) return { level: 0, entries: [], intent: "out-of-scope" };
    if (intents.has("human")) {
      const entries = existing(["rendez-vous-travailleur-social"]);
      for (const r of ranked) if (r.evidence >= MIN_EVIDENCE && !entries.includes(r.id)) entries.push(r.id);
      return { level: 3, entries: entries.slice(0, 3), intent: "human" };
    }
    const candidates = ranked.filter((r) => r.evidence >= MIN_EVIDENCE);
    const first = candidates[0];
    const offered = first ? candidates.filter((r) => r.score >= first.score * RELATIVE_CUTOFF).slice(0, 3) : [];
    // Cue words alone ("comment on fait… une mayonnaise ?") are not a request to the CCAS, unless they say
    // the person needs someone (level 3) or is stuck online (level 4).
    const hasCue = cues.some((s) => s > 0);
    const needsSomeone = cues[3]! >= 3 || cues[4]! >= 3;
    if (offered.length === 0 && (!hasCue || !needsSomeone)) {
      const intent = social && social !== "filler" && contentWords <= 1 ? social : "out-of-scope";
      return { level: 0, entries: [], intent };
    }
    const { level } = decideLevel(cues, offered);
    let entries = offered.map((r) => r.id);
    if (entries.length === 0) entries = existing(fallbackEntries(level));
    return { level: level === 0 ? 1 : (level as Exclude<Level, 0>), entries, intent: "question" };
  }

  return { index, read };
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
