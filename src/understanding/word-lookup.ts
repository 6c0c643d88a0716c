/**
 * Finds which known terms a message word stands for: the term itself, a one-edit typo of a term
 * (symmetric-delete lookup, like SymSpell: fast and independent of vocabulary size), or a term sharing a
 * long prefix (inflections the light stemmer does not remove: "başvurmamız"/"başvuru", "ولدي"/"ولد").
 *
 * fuse.js gave the same matches on single words but at ~1 ms per word over a few thousand terms; this
 * keeps a message well under a millisecond.
 */
export interface TermMatch {
  term: string;
  quality: number;
}

function deletes1(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau-Levenshtein distance capped at 2 (enough to verify a delete-lookup candidate). */
function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class WordLookup {
  private readonly terms = new Set<string>();
  private readonly deleteMap = new Map<string, string[]>();
  private readonly prefixMap = new Map<string, string[]>();

  constructor(
    terms: Iterable<string>,
    private readonly options = { minFuzzyLength: 5, minPrefixLength: 5 },
  ) {
    for (const term of terms) this.terms.add(term);
    for (const term of this.terms) {
      if (!/^\p{L}+$/u.test(term)) continue;
      if (term.length >= options.minFuzzyLength - 1) {
        for (const d of deletes1(term)) this.push(this.deleteMap, d, term);
      }
      for (let k = options.minPrefixLength; k < term.length; k++) this.push(this.prefixMap, term.slice(0, k), term);
    }
  }

  private push(map: Map<string, string[]>, key: string, term: string): void {
    const list = map.get(key);
    if (!list) map.set(key, [term]);
    else if (!list.includes(term)) list.push(term);
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  lookup(word: string): TermMatch[] {
    if (this.terms.has(word)) return [{ term: word, quality: 1 }];
    if (!/^\p{L}+$/u.test(word)) return [];
    const found = new Map<string, number>();
    if (word.length >= this.options.minFuzzyLength) {
      const candidates = new Set<string>(this.deleteMap.get(word) ?? []);
      for (const d of deletes1(word)) {
        if (this.terms.has(d)) candidates.add(d);
        for (const t of this.deleteMap.get(d) ?? []) candidates.add(t);
      }
      for (const c of candidates) if (editDistanceAtMost1(word, c)) found.set(c, 0.8);
    }
    if (found.size === 0 && word.length >= this.options.minPrefixLength) {
      // The word is a truncation of a term ("inscri" → "inscription"), or shares a long prefix with one.
      for (const t of this.prefixMap.get(word) ?? []) found.set(t, 0.7);
      const floor = Math.max(this.options.minPrefixLength, Math.ceil(word.length * 0.6));
      for (let k = word.length - 1; k >= floor && found.size === 0; k--) {
        const prefix = word.slice(0, k);
        if (this.terms.has(prefix)) found.set(prefix, 0.6);
        for (const t of this.prefixMap.get(prefix) ?? []) if (t.length <= k + 4) found.set(t, 0.6);
      }
    }
    return [...found].slice(0, 6).map(([term, quality]) => ({ term, quality }));
  }
}
