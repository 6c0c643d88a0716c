/**
 * Finds which known terms a message word stands for: the term itself, a one-edit typo of a term
 * (compared only with terms of the same first letter and a close length), or a term sharing a long prefix
 * (inflections the light stemmer does not remove: "başvurmamız"/"başvuru", "ولدي"/"ولد").
 *
 * fuse.js gave the same matches on single words but at about 1 ms per word over a few thousand terms,
 * and a symmetric-delete table took half a second to build; buckets and a sorted array keep both the
 * build and a message well under a millisecond.
 */
export interface TermMatch {
  term: string;
  quality: number;
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent transposition. */
/** x from xi equals y from yi (no slicing: this runs for every typo candidate). */
function rest(x: string, xi: number, y: string, yi: number): boolean {
  if (x.length - xi !== y.length - yi) return false;
  for (let k = 0; xi + k < x.length; k++) if (x.charCodeAt(xi + k) !== y.charCodeAt(yi + k)) return false;
  return true;
}

export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (rest(a, i + 1, b, i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2); // transposition
  }
  return la > lb ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1);
}

const MIN_FUZZY_LENGTH = 5;
const MIN_PREFIX_LENGTH = 5;

export class WordLookup {
  private readonly terms = new Set<string>();
  /** first letter + length → terms (for typo candidates). */
  private readonly buckets = new Map<string, string[]>();
  private readonly sorted: string[];

  constructor(terms: Iterable<string>) {
    for (const term of terms) this.terms.add(term);
    for (const term of this.terms) {
      if (term.length < MIN_FUZZY_LENGTH - 1) continue;
      const key = `${term[0]}${term.length}`;
      const list = this.buckets.get(key);
      if (list) list.push(term);
      else this.buckets.set(key, [term]);
    }
    this.sorted = [...this.terms].sort();
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  /** Terms starting with prefix (binary search in the sorted terms). */
  private withPrefix(prefix: string, limit: number): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && out.length < limit; i++) {
      const t = this.sorted[i]!;
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    return out;
  }

  lookup(word: string): TermMatch[] {
    if (this.terms.has(word)) return [{ term: word, quality: 1 }];
    if (!/^\p{L}+$/u.test(word)) return [];
    const found = new Map<string, number>();
    if (word.length >= MIN_FUZZY_LENGTH) {
      for (let len = word.length - 1; len <= word.length + 1; len++) {
        for (const t of this.buckets.get(`${word[0]}${len}`) ?? []) if (withinOneEdit(word, t)) found.set(t, 0.8);
      }
    }
    if (found.size === 0 && word.length >= MIN_PREFIX_LENGTH) {
      // The word is a truncation of a term ("inscri" → "inscription"), or shares a long prefix with one.
      for (const t of this.withPrefix(word, 6)) if (t !== word) found.set(t, 0.7);
      const floor = Math.max(MIN_PREFIX_LENGTH, Math.ceil(word.length * 0.6));
      for (let k = word.length - 1; k >= floor && found.size === 0; k--) {
        const prefix = word.slice(0, k);
        for (const t of this.withPrefix(prefix, 6)) if (t.length <= k + 4) found.set(t, 0.6);
      }
    }
    return [...found].slice(0, 6).map(([term, quality]) => ({ term, quality }));
  }
}
