/**
 * The search index over catalogue entries, built once per catalogue. Sources, strongest first:
 * aliases (the entry's own, merged with content/understanding/extra-aliases.yml), the French title and
 * translated titles, then the summaries as a weak bag of words.
 *
 * Scoring, per entry:
 *   phrase part  = best alias: matched² / total, where matched and total sum the IDF of the alias's terms
 *                  (a fully matched, specific, multi-word alias beats a lone generic word);
 *   bag part     = 0.3 × Σ IDF of the message terms found anywhere in the entry (× 0.3 if only in a summary).
 * IDF is computed over entries, so words every entry uses ("aide", "demande", "caf") weigh little.
 */
import type { CatalogueEntry } from "../catalogue/schema.js";
import { stem } from "./stem.js";
import type { Tokenizer } from "./tokenize.js";
import type { ExtraAliases } from "./vocabulary-schema.js";
import { LRUCache } from "lru-cache";
import { WordLookup, type TermMatch } from "./word-lookup.js";

/** Everything rank() reads about one known term, gathered once: one lookup per matched term. */
interface TermInfo {
  idf: number;
  /** Aliases holding the term. */
  aliases: Int32Array;
  /** Entries holding the term (bag of words), with the source weight in each. */
  bagEntries: Int32Array;
  bagWeights: Float64Array;
}

interface Alias {
  entry: number;
  terms: string[];
  /** Sum of the IDF of its terms, filled once the IDF is known. */
  total: number;
}

export interface RankedEntry {
  id: string;
  /** Ranking score (context sentences weigh less). */
  score: number;
  /** The same score with every sentence at full weight: how much the message says about this entry at
   * all, used to decide whether to offer anything (a question about a right named earlier still counts). */
  evidence: number;
  levels: readonly number[];
}

const SUMMARY_WEIGHT = 0.3;
const BAG_WEIGHT = 0.3;
const NAME_BONUS = 5;
/** Entries with less evidence than this are left out of rank()'s answer (most entries share a word or two
 * with any long message; listing them all cost more than the rest of the ranking). */
const MIN_RANKED_EVIDENCE = 1;

/** "rsa" for id rsa; "DALO", "DAHO" for "Droit au logement opposable (DALO / DAHO)". */
function entryNames(entry: CatalogueEntry): string[] {
  const names = entry.id.includes("-") ? [] : [entry.id];
  // A short title is a name too ("Prime d'activité", "Chèque énergie"): matched only as a whole.
  for (const m of entry.title.matchAll(/\(([^)]+)\)/g)) {
    for (const part of m[1]!.split(/[,/;]| et | ou /)) {
      const name = part.trim();
      if (/^[A-Z0-9][A-Z0-9.+-]{1,9}$/.test(name)) names.push(name);
    }
  }
  return names;
}

export class EntryIndex {
  private readonly ids: string[] = [];
  /** id → index in `ids` (looked up for every label of every message). */
  private readonly position = new Map<string, number>();
  private readonly levels: (readonly number[])[] = [];
  private readonly aliases: Alias[] = [];
  private readonly aliasPostings = new Map<string, number[]>();
  /** term → entry index → source weight (1 alias/title, 0.3 summary only). */
  private readonly bag = new Map<string, Map<number, number>>();
  private readonly idf = new Map<string, number>();
  private readonly termInfo = new Map<string, TermInfo>();
  /** The entry's own names (its id when one word, acronyms in its title): naming a right is the strongest
   * signal there is ("on m'a parlé du DALO" is about DALO, whatever else the message says). */
  private readonly names = new Map<string, number[]>();
  /** Short French titles (≤ 3 terms), a name when all their terms are in the message. */
  private readonly titleTerms: (string[] | null)[] = [];
  /** term → the entries whose short title (titleTerms) holds it. */
  private readonly titlesByTerm = new Map<string, number[]>();
  private readonly lookup: WordLookup;
  private readonly termCache = new LRUCache<string, readonly TermMatch[]>({ max: 50_000 });
  /** Each alias's total and entry side by side with the others' (rank() reads them for every alias hit). */
  private readonly aliasTotal: Float64Array;
  private readonly aliasEntry: Int32Array;
  /** Scratch buffer for rank(): the aliases a message hits (each once: see aliasM). */
  private readonly touchedAliases: Int32Array;
  /** Scratch buffers for rank(), one slot per alias, always left at zero between calls. */
  private readonly aliasM: Float64Array;
  private readonly aliasMW: Float64Array;
  /** Per-entry scratch scores for rank(), reused from message to message (zeroed at each call). */
  private readonly scratch: Record<"bagW" | "bagF" | "phraseW" | "phraseF" | "namedW" | "namedF", Float64Array>;

  constructor(
    entries: readonly CatalogueEntry[],
    extraAliases: ExtraAliases,
    private readonly tokenize: Tokenizer,
    private readonly isStopword: (token: string) => boolean,
  ) {
    entries.forEach((entry, e) => {
      this.ids.push(entry.id);
      this.position.set(entry.id, e);
      this.levels.push(entry.levels);
      const phrases = new Set<string>([entry.title]);
      for (const list of Object.values(entry.aliases)) for (const a of list ?? []) phrases.add(a);
      for (const list of Object.values(extraAliases[entry.id] ?? {})) for (const a of list) phrases.add(a);
      for (const t of Object.values(entry.translations)) if (t) phrases.add(t.title);
      for (const phrase of phrases) this.addAlias(e, phrase);
      const title = this.terms(entry.title.replace(/\([^)]*\)/g, " "));
      this.titleTerms.push(title.length >= 2 && title.length <= 3 ? title : null);
      if (title.length >= 2 && title.length <= 3) {
        for (const term of title) {
          const list = this.titlesByTerm.get(term) ?? [];
          if (!list.includes(e)) list.push(e);
          this.titlesByTerm.set(term, list);
        }
      }
      for (const name of entryNames(entry)) {
        for (const term of this.terms(name)) {
          const list = this.names.get(term) ?? [];
          if (!list.includes(e)) list.push(e);
          this.names.set(term, list);
        }
      }
      const summaries = [entry.summary, ...Object.values(entry.translations).map((t) => t?.summary ?? "")];
      for (const summary of summaries) for (const term of this.terms(summary)) this.addBag(term, e, SUMMARY_WEIGHT);
    });
    const n = entries.length;
    for (const [term, byEntry] of this.bag) this.idf.set(term, Math.log(1 + n / byEntry.size));
    for (const alias of this.aliases) alias.total = alias.terms.reduce((sum, t) => sum + (this.idf.get(t) ?? 0), 0);
    for (const [term, byEntry] of this.bag) {
      this.termInfo.set(term, {
        idf: this.idf.get(term) ?? 0,
        aliases: Int32Array.from(this.aliasPostings.get(term) ?? []),
        bagEntries: Int32Array.from(byEntry.keys()),
        bagWeights: Float64Array.from(byEntry.values()),
      });
    }
    this.lookup = new WordLookup(this.bag.keys());
    this.aliasTotal = Float64Array.from(this.aliases, (alias) => alias.total);
    this.aliasEntry = Int32Array.from(this.aliases, (alias) => alias.entry);
    this.touchedAliases = new Int32Array(this.aliases.length);
    this.aliasM = new Float64Array(this.aliases.length);
    this.aliasMW = new Float64Array(this.aliases.length);
    this.scratch = {
      bagW: new Float64Array(n),
      bagF: new Float64Array(n),
      phraseW: new Float64Array(n),
      phraseF: new Float64Array(n),
      namedW: new Float64Array(n),
      namedF: new Float64Array(n),
    };
  }

  /** Content terms of a text: tokenized, stop words out, stemmed, unique, in order. */
  terms(text: string): string[] {
    return this.termsOfTokens(this.tokenize(text));
  }

  termsOfTokens(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (const token of tokens) {
      if (this.isStopword(token)) continue;
      if (token.length < 2) continue;
      // Small numbers ("3 enfants", "2 mois") are circumstances, not topics; 115, 3919, 3114 are.
      if (/^\d+$/.test(token) && token.length < 3) continue;
      const t = stem(token);
      if (!out.includes(t)) out.push(t);
    }
    return out;
  }

  private addAlias(entry: number, phrase: string): void {
    const terms = this.terms(phrase);
    if (terms.length === 0) return;
    const index = this.aliases.length;
    this.aliases.push({ entry, terms, total: 0 });
    for (const term of terms) {
      const list = this.aliasPostings.get(term) ?? [];
      list.push(index);
      this.aliasPostings.set(term, list);
      this.addBag(term, entry, 1);
    }
  }

  private addBag(term: string, entry: number, weight: number): void {
    const byEntry = this.bag.get(term) ?? new Map<number, number>();
    byEntry.set(entry, Math.max(byEntry.get(entry) ?? 0, weight));
    this.bag.set(term, byEntry);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.position.has(id);
  }

  levelsOf(id: string): readonly number[] {
    return this.levels[this.position.get(id) ?? -1] ?? [];
  }

  /**
   * Which known terms the message's words stand for (exact, typo, or inflection): quality in (0, 1], and
   * the weight of the sentence the word was in (see weigh-sentences.ts).
   */
  matchTerms(tokens: readonly string[], weights?: readonly number[]): Map<string, { quality: number; weight: number }> {
    const matched = new Map<string, { quality: number; weight: number }>();
    tokens.forEach((token, i) => {
      const weight = weights?.[i] ?? 1;
      for (const { term: t, quality } of this.termsOfToken(token)) {
        const prev = matched.get(t);
        if (!prev || prev.quality * prev.weight < quality * weight) matched.set(t, { quality, weight });
      }
    });
    return matched;
  }

  /** The known terms one message word stands for. Words repeat from message to message (Zipf), and the
   * typo-tolerant lookup is the costliest step of ranking, so answers are kept (bounded, least recently
   * used out). */
  private termsOfToken(token: string): readonly TermMatch[] {
    const known = this.termCache.get(token);
    if (known) return known;
    const [term] = this.termsOfTokens([token]);
    const found = term === undefined ? [] : this.lookup.lookup(term);
    this.termCache.set(token, found);
    return found;
  }

  /** Entries by decreasing score (evidence ≥ MIN_RANKED_EVIDENCE only). */
  rank(tokens: readonly string[], weights?: readonly number[]): RankedEntry[] {
    const matched = this.matchTerms(tokens, weights);
    const n = this.ids.length;
    // Two scores in one pass: weighted by sentence (ranking) and unweighted (evidence).
    const aliasM = this.aliasM;
    const aliasMW = this.aliasMW;
    // The aliases hit, in a buffer kept from message to message (a common word is in hundreds of them).
    const touched = this.touchedAliases;
    let touchedCount = 0;
    const bagW = this.scratch.bagW.fill(0);
    const bagF = this.scratch.bagF.fill(0);
    for (const [term, { quality, weight }] of matched) {
      const info = this.termInfo.get(term);
      if (!info) continue;
      const q = info.idf * quality;
      // Nothing to add; and an alias's first hit must leave it above zero, or it would be listed twice.
      if (!(q > 0)) continue;
      const { aliases, bagEntries, bagWeights } = info;
      for (let k = 0; k < aliases.length; k++) {
        const a = aliases[k]!;
        if (aliasM[a] === 0) touched[touchedCount++] = a;
        aliasM[a]! += q;
        aliasMW[a]! += q * weight;
      }
      for (let k = 0; k < bagEntries.length; k++) {
        const e = bagEntries[k]!;
        const w = bagWeights[k]!;
        bagF[e]! += q * w;
        bagW[e]! += q * weight * w;
      }
    }
    const phraseW = this.scratch.phraseW.fill(0);
    const phraseF = this.scratch.phraseF.fill(0);
    for (let k = 0; k < touchedCount; k++) {
      const a = touched[k]!;
      const total = this.aliasTotal[a]!;
      const entry = this.aliasEntry[a]!;
      const m = aliasM[a]!;
      const mw = aliasMW[a]!;
      aliasM[a] = 0;
      aliasMW[a] = 0;
      if (total <= 0 || m <= 0) continue;
      // Coverage is judged on the words themselves; the sentence weight scales the result linearly.
      const full = (m * m) / total;
      const weighted = full * (mw / m);
      if (full > phraseF[entry]!) phraseF[entry] = full;
      if (weighted > phraseW[entry]!) phraseW[entry] = weighted;
    }
    const namedW = this.scratch.namedW.fill(0);
    const namedF = this.scratch.namedF.fill(0);
    for (const [term, { quality, weight }] of matched) {
      if (quality < 0.99) continue;
      for (const e of this.names.get(term) ?? []) {
        namedF[e] = 1;
        namedW[e] = Math.max(namedW[e]!, weight);
      }
    }
    // Only the short titles holding one of the message's terms can be whole in it.
    for (const [term, { quality }] of matched) {
      if (quality < 0.99) continue;
      for (const e of this.titlesByTerm.get(term) ?? []) {
        let weight = 1;
        let whole = true;
        for (const t of this.titleTerms[e]!) {
          const m = matched.get(t);
          if (!m || m.quality < 0.99) {
            whole = false;
            break;
          }
          weight = Math.min(weight, m.weight);
        }
        if (!whole) continue;
        namedF[e] = 1;
        namedW[e] = Math.max(namedW[e]!, weight);
      }
    }
    const out: RankedEntry[] = [];
    for (let e = 0; e < n; e++) {
      const score = phraseW[e]! + BAG_WEIGHT * bagW[e]! + NAME_BONUS * namedW[e]!;
      if (score <= 0) continue;
      const evidence = phraseF[e]! + BAG_WEIGHT * bagF[e]! + NAME_BONUS * namedF[e]!;
      // A word or two of a summary in common says nothing; decisions start at MIN_EVIDENCE (3).
      if (evidence < MIN_RANKED_EVIDENCE) continue;
      out.push({ id: this.ids[e]!, score, evidence, levels: this.levels[e]! });
    }
    return out.sort((x, y) => y.score - x.score);
  }
}
