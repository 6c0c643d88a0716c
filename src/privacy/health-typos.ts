/**
 * Health words typed with a slip ("fauteil roulant", "diabetik", "shizophrene", "alzeimer", "epilepsi"):
 * a word that no vocabulary of the residents' languages knows, one edit (a letter missing, added, changed
 * or two swapped, the first letter kept) away from a word of the health vocabulary, is read as that word.
 * Real words and listed names are never corrected ("salade" stays a salad, "Benali" a name), so the cost of a wrong guess is a question sent to an
 * agent rather than to volunteers — the safe side.
 *
 * Returns the text with such words corrected, and for each character where it came from in the text
 * read (so the lexicon can run on it and its matches be mapped back), or undefined when nothing changed.
 */
import type { MappedText } from "./normalize.js";

export interface TypoIndex {
  /** Health words and stems (the letters before "*"), six letters or more. */
  words: Map<string, { stem: boolean }>;
  /** Each of those words with one letter deleted → the word. */
  deletions: Map<string, string>;
}

const MIN_LENGTH = 6;

export function buildTypoIndex(entries: readonly string[]): TypoIndex {
  const words = new Map<string, { stem: boolean }>();
  const deletions = new Map<string, string>();
  for (const entry of entries) {
    for (const raw of entry.split(/\s+/u)) {
      const stem = raw.endsWith("*");
      const word = raw.replace(/\*$/u, "");
      if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
      if (!words.has(word) || stem) words.set(word, { stem });
      for (const d of deletionsOf(word)) if (!deletions.has(d)) deletions.set(d, word);
    }
  }
  return { words, deletions };
}

/** The health word a typo stands for, and how many of the token's letters it replaces. */
function intended(token: string, index: TypoIndex): { word: string; length: number } | undefined {
  for (let length = Math.min(token.length, 16); length >= MIN_LENGTH - 1; length--) {
    const prefix = token.slice(0, length);
    const candidates = [index.deletions.get(prefix), ...deletionsOf(prefix).flatMap((d) => [index.words.has(d) ? d : undefined, index.deletions.get(d)])];
    for (const word of candidates) {
      // A slip rarely touches the first letter; keeping it keeps "benali" from being "renali".
      if (!word || word === prefix || word[0] !== token[0]) continue;
      // A whole word must be the whole token; a stem may be followed by any ending ("diabetik" + "ue").
      const { stem } = index.words.get(word)!;
      // (A stem's slip needs a longer word: "açmadı", Turkish "did not open", is no "acamad-", bedridden.)
      if (stem ? token.length > MIN_LENGTH : length === token.length) return { word, length };
    }
  }
  return undefined;
}

export function correctHealthTypos(folded: string, index: TypoIndex, isKnownWord: (word: string) => boolean): MappedText | undefined {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  let changed = false;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      text += folded[i];
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const m of folded.matchAll(/\p{L}+/gu)) {
    const token = m[0];
    if (token.length < MIN_LENGTH || index.words.has(token) || isKnownWord(token)) continue;
    const found = intended(token, index);
    if (!found) continue;
    copy(cursor, m.index);
    const replacement = found.word + token.slice(found.length);
    for (const char of replacement) {
      text += char;
      starts.push(m.index);
      ends.push(m.index + token.length);
    }
    cursor = m.index + token.length;
    changed = true;
  }
  if (!changed) return undefined;
  copy(cursor, folded.length);
  return { text, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
