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
import { WordLookup, type TermMatch } from "./word-lookup.js";

interface Alias {
  entry: number;
  terms: string[];
  /** Sum of the IDF of its terms, filled once the IDF is known. */
  total: number;
}

export interface RankedEntry {
  id: string;
  score: number;
  levels: readonly number[];
}

const SUMMARY_WEIGHT = 0.3;
const BAG_WEIGHT = 0.3;

export class EntryIndex {
  private readonly ids: string[] = [];
  private readonly levels: (readonly number[])[] = [];
  private readonly aliases: Alias[] = [];
  private readonly aliasPostings = new Map<string, number[]>();
  /** term → entry index → source weight (1 alias/title, 0.3 summary only). */
  private readonly bag = new Map<string, Map<number, number>>();
  private readonly idf = new Map<string, number>();
  private readonly lookup: WordLookup;

  constructor(
    entries: readonly CatalogueEntry[],
    extraAliases: ExtraAliases,
    private readonly tokenize: Tokenizer,
    private readonly isStopword: (token: string) => boolean,
  ) {
    entries.forEach((entry, e) => {
      this.ids.push(entry.id);
      this.levels.push(entry.levels);
      const phrases = new Set<string>([entry.title]);
      for (const list of Object.values(entry.aliases)) for (const a of list ?? []) phrases.add(a);
      for (const list of Object.values(extraAliases[entry.id] ?? {})) for (const a of list) phrases.add(a);
      for (const t of Object.values(entry.translations)) if (t) phrases.add(t.title);
      for (const phrase of phrases) this.addAlias(e, phrase);
      const summaries = [entry.summary, ...Object.values(entry.translations).map((t) => t?.summary ?? "")];
      for (const summary of summaries) for (const term of this.terms(summary)) this.addBag(term, e, SUMMARY_WEIGHT);
    });
    const n = entries.length;
    for (const [term, byEntry] of this.bag) this.idf.set(term, Math.log(1 + n / byEntry.size));
    for (const alias of this.aliases) alias.total = alias.terms.reduce((sum, t) => sum + (this.idf.get(t) ?? 0), 0);
    this.lookup = new WordLookup(this.bag.keys());
  }

  /** Content terms of a text: tokenized, stop words out, stemmed, unique, in order. */
  terms(text: string): string[] {
    return this.termsOfTokens(this.tokenize(text));
  }

  termsOfTokens(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (const token of tokens) {
      if (this.isStopword(token)) continue;
      if (token.length < 2 && !/\d/.test(token)) continue;
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
    return this.ids.includes(id);
  }

  levelsOf(id: string): readonly number[] {
    return this.levels[this.ids.indexOf(id)] ?? [];
  }

  /** Which known terms the message's words stand for (exact, typo, or inflection). */
  matchTerms(tokens: readonly string[]): Map<string, number> {
    const matched = new Map<string, number>();
    for (const term of this.termsOfTokens(tokens)) {
      const found: TermMatch[] = this.lookup.lookup(term);
      for (const { term: t, quality } of found) if ((matched.get(t) ?? 0) < quality) matched.set(t, quality);
    }
    return matched;
  }

  /** Entries by decreasing score (score > 0 only). */
  rank(tokens: readonly string[]): RankedEntry[] {
    const matched = this.matchTerms(tokens);
    const aliasMatched = new Map<number, number>();
    const bagScore = new Float64Array(this.ids.length);
    for (const [term, quality] of matched) {
      const idf = this.idf.get(term) ?? 0;
      for (const a of this.aliasPostings.get(term) ?? []) aliasMatched.set(a, (aliasMatched.get(a) ?? 0) + idf * quality);
      for (const [e, w] of this.bag.get(term) ?? []) bagScore[e]! += idf * quality * w;
    }
    const phrase = new Float64Array(this.ids.length);
    for (const [a, m] of aliasMatched) {
      const alias = this.aliases[a]!;
      const s = alias.total > 0 ? (m * m) / alias.total : 0;
      if (s > phrase[alias.entry]!) phrase[alias.entry] = s;
    }
    const out: RankedEntry[] = [];
    for (let e = 0; e < this.ids.length; e++) {
      const score = phrase[e]! + BAG_WEIGHT * bagScore[e]!;
      if (score > 0) out.push({ id: this.ids[e]!, score, levels: this.levels[e]! });
    }
    return out.sort((x, y) => y.score - x.score);
  }
}
