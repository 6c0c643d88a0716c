/**
 * People's names, from four kinds of evidence:
 * - cues that announce a name: "je m'appelle", "mon nom est", "Nom :", "moi c'est", "de la part de",
 *   titles ("Mme", "M.", "Monsieur", "Dr"), relatives and helpers ("mon fils", "ma voisine",
 *   "mon assistante sociale"), greetings ("Bonjour Sophie") and signatures ("Cordialement, J. Martin");
 * - a list of first names (first-names.ts), with the capitalised words around them (the surname);
 * - capitalised words in the middle of a sentence that are not known words or places (surnames of all
 *   origins), and upper-case words that are not acronyms ("DUPONT");
 * - the last line of a message made only of one to three capitalised words (a signature).
 * After a strong cue ("je m'appelle fatima benali et…") lower-case words are taken too, until a common
 * word ends the name.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./first-names.js";
import { KNOWN_CAPITALISED, NAME_STOP_WORDS } from "./known-words.js";
import { fold, type Span } from "./span.js";

interface Token {
  text: string;
  /** The word without an elided article ("d'Ahmed" → "Ahmed"). */
  core: string;
  folded: string;
  start: number;
  end: number;
  /** First word of a sentence (after the start, . ! ? … : ; or a line break). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-]*/gu;
const ELISION = /^(?:[ldmnstjc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let value = m[0].replace(/['’\-]+$/u, "");
    let start = m.index;
    const elided = ELISION.exec(value);
    if (elided) {
      start += elided[0].length;
      value = value.slice(elided[0].length);
    }
    const before = text.slice(0, m.index).replace(/[\s"«»“”()*_\-–—>¿¡]+$/u, "");
    // "M. Dupont", "J. Martin", "Dr. Diallo": the dot of an abbreviation or an initial ends no sentence.
    const abbreviation = /(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Mr|Dr|Pr|Me|St|Ste|av|bd|n°)\.$/u.test(before);
    const sentenceStart = before === "" || (/[.!?…:;\n]$/u.test(before) && !abbreviation) || /\n\s*$/u.test(text.slice(0, m.index));
    tokens.push({ text: m[0], core: value, folded: fold(value), start, end: start + value.length, sentenceStart });
  }
  return tokens;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.core) && !isAllCaps(t);
function isAllCaps(t: Token): boolean {
  return t.core.length >= 2 && /^[\p{Lu}'’\-]+$/u.test(t.core);
}
const isKnown = (t: Token) => KNOWN_CAPITALISED.has(t.folded) || NAME_STOP_WORDS.has(t.folded) || /^(?:saint|sainte|st|ste)-/u.test(t.folded);

function isFirstName(t: Token): boolean {
  if (KNOWN_CAPITALISED.has(t.folded) || /^(?:saint|sainte|st|ste)-/u.test(t.folded)) return false;
  if (FIRST_NAMES.has(t.folded)) return !AMBIGUOUS_FIRST_NAMES.has(t.folded) || /^\p{Lu}/u.test(t.core);
  // "Jean-Kévin", "Marie-Ange": a capitalised compound with a listed first part.
  if (t.folded.includes("-") && /^\p{Lu}/u.test(t.core)) return t.folded.split("-").some((part) => FIRST_NAMES.has(part) && !AMBIGUOUS_FIRST_NAMES.has(part));
  return false;
}

/** A word that may be part of a name once a cue announced one. */
function nameLike(t: Token, lenient: boolean): boolean {
  if (/^\p{Lu}$/u.test(t.core)) return true; // an initial ("J. Martin")
  if (isFirstName(t)) return true;
  if (FIRST_NAMES.has(t.folded)) return true; // ambiguous first names count after a cue
  if (isKnown(t)) return false;
  if (isCapitalised(t) || isAllCaps(t)) return true;
  return lenient && t.core.length >= 2 && !/\p{N}/u.test(t.core);
}

/** Particles inside names ("Jean de La Fontaine", "Ould Ahmed", "Ben Salah", "Van der Berg"). */
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "el", "al", "ben", "bin", "ibn", "ould", "abou", "da", "das", "dos", "di", "mac", "mc", "st", "saint"]);

/** Only spaces (or a hyphen, or the dot of an initial: "J. Martin") between two words of one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.core.length === 1 && /^\p{Lu}$/u.test(a.core) && /^\.[ \t]*$/u.test(gap)) return true;
  return /^[ \t]+$|^\s*-\s*$/u.test(gap);
}

/** Takes up to `max` name words from token i on; returns the index after the last one taken. */
function takeName(text: string, tokens: Token[], i: number, lenient: boolean, max = 3): number {
  let j = i;
  let taken = 0;
  while (j < tokens.length && taken < max) {
    const t = tokens[j]!;
    if (j > i && !adjacent(text, tokens[j - 1]!, t)) break;
    // After a first name, lower-case words that are no common words are taken for the surname
    // ("karim benali m'a dit", "emma da silva"): a verb wrongly taken costs a word, a surname left
    // costs a person.
    const afterFirstName = j > i && isFirstName(tokens[i]!);
    if (nameLike(t, lenient || afterFirstName)) {
      j++;
      taken++;
      continue;
    }
    // A particle counts only between two name words.
    const next = tokens[j + 1];
    if (taken > 0 && NAME_PARTICLES.has(t.folded) && next && adjacent(text, t, next) && (isCapitalised(next) || isAllCaps(next) || isFirstName(next))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

// ---------------------------------------------------------------- cues

/** Strong cues: what follows is a name even in lower case. Matched on folded text. */
const STRONG_CUES = [
  /\bje m ?'? ?appel+e?s?\b/,
  /\bjm'?appel+e\b/,
  /\bje me (?:nomme|prenomme)\b/,
  /\bmon (?:nom|prenom|nom de famille|nom de naissance|nom d'usage|nom de jeune fille)(?: complet)? (?:est|c'est|:)/,
  /\b(?:nom|prenom|nom de famille|nom de naissance|nom d'usage|nom de jeune fille|nom et prenom|prenom et nom|nom prenom|nom\/prenom|signe|signature)\s*:/,
  /\bmoi c'est\b/,
  /\bmoi,? c'est\b/,
  /\bau nom de\b/,
  /\bde la part de\b/,
  /\bsous le nom (?:de )?\b/,
  /\bmy name is\b/,
  /\bme llamo\b/,
  /\bmi nombre es\b/,
  /\bмене звати\b/,
  /\bменя зовут\b/,
  /\bاسمي\b/,
  /\b(?:epouse|epoux|veuve|nee|ne) (?=\p{Lu})/u, // "Marie Dupont née Martin" (never "née le 3 mars": dates go first)
];

/** Weak cues: what follows is a name only if it looks like one (capitalised, listed). */
const TITLE = /^(?:m|mr|mme|mmes|mlle|mlles|mm|monsieur|madame|mademoiselle|messieurs|mesdames|dr|docteur|docteure|pr|professeur|professeure|maitre|me)$/;
const RELATION = new RegExp(
  String.raw`\b(?:mon|ma|mes|notre|nos|son|sa|ses|votre|vos)\s+(?:(?:ex|futur|future|nouveau|nouvelle|petit|petite|grand|grande)[\s\-])?(?:fils|fille|filles|mari|femme|epouse|epoux|conjoint|conjointe|compagnon|compagne|copain|copine|ami|amie|amis|pere|mere|papa|maman|frere|soeur|frere|grand-mere|grand-pere|grands-parents|petit-fils|petite-fille|neveu|niece|oncle|tante|cousin|cousine|voisin|voisine|voisins|bebe|enfant|enfants|beau-pere|belle-mere|beau-frere|belle-soeur|belle-fille|gendre|assistante sociale|assistant social|assistante|conseiller|conseillere|referente?|medecin|docteur|proprietaire|proprio|bailleur|employeur|patron|patronne|collegue|aide a domicile|auxiliaire de vie|aidant|aidante|tuteur|tutrice|curateur|curatrice|avocat|avocate|colocataire|coloc|locataire|chef)\b\s*,?`,
  "gu",
);
const GREETING = /\b(?:bonjour|bonsoir|salut|coucou|hello|hi|allo|cher|chere|chers|hola|buenos dias|привіт|добрий день|مرحبا|السلام عليكم)\b\s*,?/gu;
const CLOSING = /\b(?:cordialement|bien cordialement|bien a vous|bien a toi|salutations|sinceres salutations|respectueusement|amicalement|merci d'avance|merci par avance|merci beaucoup|merci bien|merci encore|merci|bonne journee|bonne soiree|a bientot|bisous|bises|signe|thanks|thank you|regards|gracias|дякую|спасибо|شكرا)\b\s*[,.!:\-–—]*\s*/gu;
/** "c'est Karim", "je suis Fatima Benali", "ici Paul": a name only if it looks like one. */
const INTRO = /\b(?:c'est|ici|je suis|i am|i'm|soy|я|это)\b\s*/gu;

export function nameSpans(text: string): Span[] {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  const folded = fold(text);
  // fold() keeps string length for Latin scripts only when no combining marks were removed; map offsets
  // back through the tokens instead of trusting indices in the folded text.
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.end > offset);
  const foldedTokensStart = foldedOffsets(text);

  const push = (from: number, to: number) => {
    if (to > from) spans.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, kind: "name" });
  };

  const afterCue = (pattern: RegExp, lenient: boolean | ((t: Token) => boolean), max = 3) => {
    for (const m of folded.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"))) {
      const endInText = foldedTokensStart(m.index + m[0].length);
      const i = tokenAt(endInText);
      if (i < 0) continue;
      // Only punctuation such as ":" or "," may sit between the cue and the name, never a full stop.
      if (/[.!?\n]/u.test(text.slice(endInText, tokens[i]!.start))) continue;
      const first = tokens[i]!;
      const isLenient = typeof lenient === "function" ? lenient(first) : lenient;
      push(i, takeName(text, tokens, i, isLenient, max));
    }
  };

  for (const cue of STRONG_CUES) afterCue(cue, true);
  afterCue(RELATION, false);
  afterCue(GREETING, false);
  afterCue(INTRO, false);
  // Signatures: after a closing formula, one to four name-like words that end the message.
  for (const m of folded.matchAll(CLOSING)) {
    const endInText = foldedTokensStart(m.index + m[0].length);
    const i = tokenAt(endInText);
    if (i < 0) continue;
    // Not lenient: "Thanks, that was really helpful" ends a message too. A lower-case signature that is
    // not a listed first name is left to the unknown-words check.
    const j = takeName(text, tokens, i, false, 4);
    const rest = text.slice(j < tokens.length ? tokens[j - 1]?.end ?? endInText : tokens.at(-1)!.end);
    if (j > i && /^[\s.!,)\-–—]*$/u.test(rest)) push(i, j);
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Titles: "M. Dupont", "Mme Diallo", "madame benali" (lower case is taken after a title, but never a
    // common word: "madame la directrice", "monsieur je voudrais").
    if (TITLE.test(t.folded) && (t.folded !== "me" || t.core === "Me") && (t.folded !== "m" || t.core === "M")) {
      const next = tokens[i + 1];
      if (next && /^\.?[ \t]+$|^\.$/u.test(text.slice(t.end, next.start))) push(i + 1, takeName(text, tokens, i + 1, true, 2));
      continue;
    }
    if (isFirstName(t)) {
      // The surname may come before ("DUPONT Jean", "Benali Fatima") or after.
      let from = i;
      const prev = tokens[i - 1];
      if (prev && adjacent(text, prev, t) && (isAllCaps(prev) || isCapitalised(prev)) && !isKnown(prev)) from = i - 1;
      push(from, takeName(text, tokens, i, false));
      continue;
    }
    // Capitalised words mid-sentence that are not known words: most likely names. Upper-case words
    // alone are names only when long ("DUPONT"): short ones are acronyms (FSL, EHPAD, DALO, RQTH).
    if (!t.sentenceStart && (isCapitalised(t) || (isAllCaps(t) && t.core.length >= 6)) && !isKnown(t) && t.core.length >= 2) {
      push(i, takeName(text, tokens, i, false));
      continue;
    }
    // A sentence starting with two unknown capitalised words: "Kowalczyk Anna", "Benali Fatima a…".
    const next = tokens[i + 1];
    if (t.sentenceStart && isCapitalised(t) && !isKnown(t) && next && adjacent(text, t, next) && (isCapitalised(next) || (isAllCaps(next) && next.core.length >= 4)) && !isKnown(next)) {
      push(i, takeName(text, tokens, i, false));
    }
  }

  // A last line made of one to three capitalised words is a signature ("…\nFatima B.").
  const lines = text.split("\n");
  if (lines.length > 1) {
    const lastLine = lines.at(-1)!.trim();
    if (/^(?:[\p{Lu}][\p{L}'’\-]*\.?\s*){1,3}$/u.test(lastLine)) {
      const start = text.lastIndexOf(lastLine);
      const inLine = tokens.filter((t) => t.start >= start && !isKnown(t));
      if (inLine.length > 0) spans.push({ start: inLine[0]!.start, end: inLine.at(-1)!.end, kind: "name" });
    }
  }
  return spans;
}

/**
 * fold() may shorten the text (a decomposed "é" loses its mark), so an offset in the folded text is
 * mapped back to the original by folding prefixes character by character.
 */
function foldedOffsets(text: string): (foldedOffset: number) => number {
  const map: number[] = [];
  let foldedLength = 0;
  for (let i = 0; i < text.length; i++) {
    map[foldedLength] ??= i;
    foldedLength += fold(text[i]!).length;
  }
  map[foldedLength] = text.length;
  return (offset) => {
    for (let o = offset; o >= 0; o--) if (map[o] !== undefined) return map[o]!;
    return 0;
  };
}
