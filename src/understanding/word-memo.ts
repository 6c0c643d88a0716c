/**
 * An answer kept per word. Residents' words repeat from message to message (Zipf), so what depends on a
 * word alone — its standard tokens, the cue patterns or concepts it may start — is worked out once. The
 * table is bounded and emptied when full: a message of random strings must not grow it without end, and
 * emptying costs less on the hot path than keeping recency (entry-index.ts uses an LRU for its costlier
 * typo-tolerant lookups).
 */
const MAX_WORDS = 50_000;

export function memoByWord<V>(compute: (word: string) => V): (word: string) => V {
  const known = new Map<string, V>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = compute(word);
      if (known.size >= MAX_WORDS) known.clear();
      known.set(word, value);
    }
    return value;
  };
}
