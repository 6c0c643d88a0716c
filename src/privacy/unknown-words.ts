/**
 * A second line of defence behind the redactor: the words of a redacted question that nobody's
 * vocabulary knows. A name the redactor missed ("on m'a dit de demander à loubna") is such a word; so is a
 * rare word or a bad typo. A question with unknown words is shown to an agent before any volunteer sees
 * it (see core/dialogues/volunteer.ts); one made only of known words goes straight to the volunteers.
 *
 * The vocabulary is what the project already holds in French — the catalogue's text, the bot's own
 * sentences — plus common-french-words.ts, compared by word and by rough stem (stemOf), plus the
 * redactor's lexicon (lexicon.ts: the frequent words of the residents' languages, names removed). Small typos in
 * long words are tolerated (one edit, words of six letters or more): "formulair" is the word everybody
 * knows; short names ("demir" near "demi") are not excused that way.
 */
import { COMMON_FRENCH_WORDS } from "./common-french-words.js";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from "./first-names.js";
import { KNOWN_CAPITALISED } from "./known-words.js";
import { isCommonWord } from "./lexicon.js";
import { fold } from "./span.js";
import { REDACTION_MARKERS } from "./markers.js";

export interface Vocabulary {
  has(word: string): boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu;
const ELISION = /^(?:[ldmnstjc]|qu|jusqu|lorsqu|puisqu)'/u;
const MIN_TYPO_LENGTH = 6;

/** The folded words of a text, elided articles and hyphenated parts split off. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(WORD)) {
    for (const part of m[0].split("-")) {
      const word = part.replace(ELISION, "").replace(/'+$/u, "");
      if (word) out.push(word);
    }
  }
  return out;
}

/**
 * A rough French stem: the longest common inflectional or derivational ending removed, if at least four
 * letters remain ("souhaiterais" → "souhait", "déménageant" → "demenag"). Names rarely share a stem with
 * a word of the vocabulary, and a known stem is a far better sign of an ordinary word than nothing.
 */
const SUFFIXES = [
  "erions", "eriez", "aient", "erais", "erait", "erons", "eront", "ements", "ement", "ations", "ation", "ances", "ance",
  "euses", "euse", "eurs", "eur", "antes", "ante", "ants", "ant", "ions", "iez", "ons", "ez", "ais", "ait", "ent", "er",
  "ir", "ees", "ee", "es", "e", "s", "x",
];
export function stemOf(word: string): string {
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

export function createVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Set<string>([...wordsOf(COMMON_FRENCH_WORDS), ...[...KNOWN_CAPITALISED].flatMap((w) => wordsOf(w))]);
  for (const text of texts) for (const word of wordsOf(text)) words.add(word);
  const stems = new Set<string>([...words].map(stemOf));
  // One-deletion index of the long words: a typo (one letter added, dropped, changed or swapped) shares
  // a deletion with the word it was meant to be.
  const deletions = new Set<string>();
  for (const word of words) if (word.length >= MIN_TYPO_LENGTH - 1) for (const d of deletionsOf(word)) deletions.add(d);
  return {
    has(word: string): boolean {
      const w = fold(word);
      if (words.has(w) || stems.has(stemOf(w)) || isCommonWord(w)) return true;
      if (w.length < MIN_TYPO_LENGTH) return false;
      return deletionsOf(w).some((d) => words.has(d) || deletions.has(d)) || deletions.has(w);
    },
  };
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const MARKER_WORDS = new Set(Object.values(REDACTION_MARKERS).flatMap((marker) => wordsOf(marker)));

/** Words of the text (markers aside) that the vocabulary does not know, in order, without repeats. */
export function unknownWords(text: string, vocabulary: Vocabulary): string[] {
  const unknown = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 2 || MARKER_WORDS.has(word)) continue;
    // A listed first name or surname left in the text is a name the redactor did not take: an agent
    // decides. (First names that are ordinary words, "rose", "pierre", are the redactor's doubts when
    // capitalised: see residual-doubt.ts.)
    const firstName = ((FIRST_NAMES.has(word) && !AMBIGUOUS_FIRST_NAMES.has(word)) || SURNAMES.has(word)) && !KNOWN_CAPITALISED.has(word);
    if (firstName || !vocabulary.has(word)) unknown.add(word);
  }
  return [...unknown];
}

/** Every string inside a value (catalogue entries, translation bundles), for building a vocabulary. */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value && typeof value === "object") for (const item of Object.values(value)) yield* stringsIn(item);
}
