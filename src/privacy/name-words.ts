/**
 * The words of a message as the name detector sees them (tokens with their folded form and whether they
 * start a sentence), what makes a word look like a name, and how a name runs on over several words.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, FRENCH_AMBIGUOUS_FIRST_NAMES, SURNAMES } from "./first-names.js";
import { KNOWN_CAPITALISED, NAME_STOP_WORDS } from "./known-words.js";
import { FUNCTION_WORDS, isCommonWord, isFrequentWord } from "./lexicon.js";
import { foldWord } from "./normalize.js";

export interface Token {
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // Letters glued to digits are no name ("3andi", arabizi for "I have"; "14h30").
    if (m.index > 0 && /\p{N}/u.test(text[m.index - 1]!)) continue;
    let value = m[0].replace(/['’\-]+$/u, "");
    let start = m.index;
    const elided = ELISION.exec(value);
    if (elided) {
      start += elided[0].length;
      value = value.slice(elided[0].length);
    }
    const before = text.slice(Math.max(0, m.index - 40), m.index).replace(/[\s"«»“”()*_\-–—>¿¡,]+$/u, "");
    const atStart = m.index <= 40 && /^[\s"«»“”()*_\-–—>¿¡,]*$/u.test(text.slice(0, m.index));
    // "M. Dupont", "J. Martin", "Dr. Diallo": the dot of an abbreviation or an initial ends no sentence.
    const abbreviation = /(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Me|St|Ste|Sr|Sra|av|bd|n°)\.$/u.test(before);
    const sentenceStart = atStart || (/[.!?…:;\n]$/u.test(before) && !abbreviation) || /\n[ \t]*$/u.test(text.slice(Math.max(0, m.index - 20), m.index));
    tokens.push({ text: m[0], core: value, folded: foldWord(value), start, end: start + value.length, sentenceStart });
  }
  return tokens;
}

export const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.core) && !isAllCaps(t);
export function isAllCaps(t: Token): boolean {
  return t.core.length >= 2 && /^[\p{Lu}'’\-]+$/u.test(t.core);
}
/** Words the capitalisation rules never take for names: institutions, places, courtesy, stop words. */
export const isKnown = (t: Token) => isKnownWord(t.folded);
/** The same, for a folded word outside a token. */
export const isKnownWord = (folded: string) => KNOWN_CAPITALISED.has(folded) || NAME_STOP_WORDS.has(folded) || /^(?:saint|sainte|st|ste)-/u.test(folded) || knownWithTurkishSuffix(folded) || knownCompound(folded);
/** "English-speaking", "CAF-compatible": a known word, a hyphen, an ordinary word. */
function knownCompound(folded: string): boolean {
  const dash = folded.indexOf("-");
  return dash > 1 && KNOWN_CAPITALISED.has(folded.slice(0, dash)) && isCommonWord(folded.slice(dash + 1));
}
/** "Lyon'da", "CCAS'ta", "Vénissieux'de", Romanian "CCAS-ul", "CAF-ului": case endings after an apostrophe on a known place or body (not the
 * genitive: "Mme Rousseau'nun", "Can'ın" are people's). */
const TURKISH_SUFFIX = /^(.{2,})(?:['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye|yi|i|u|ki|la|le|dir|tir|daki|deki|taki|teki|dayiz|deyiz|tayiz|teyiz|dayim|deyim|tayim|teyim)|-(?:ul|ului|urile|uri|lui))$/u;
function knownWithTurkishSuffix(folded: string): boolean {
  const stem = TURKISH_SUFFIX.exec(folded)?.[1];
  return stem !== undefined && (KNOWN_CAPITALISED.has(stem) || (isCommonWord(stem) && !FIRST_NAMES.has(stem) && !SURNAMES.has(stem)));
}
/** An ordinary word of one of the residents' languages (so not a name in a name's place). */
export const isCommon = (t: Token) => isKnown(t) || isCommonWord(t.folded);

/** Words a relative may be followed by that are no names even though listed ("ma fille france travail"…). */
const TITLE_LIKE_KNOWN = /^(?:france|paris|lyon|marseille|caf|noel)$/u;
/**
 * Russian and Ukrainian decline names ("з донькою софією", "с сыном Ильёй", "у Марии"): a Cyrillic word
 * whose stem, given a nominative ending, is a listed first name.
 */
const CYRILLIC_CASE_ENDING = /(?:ою|ею|єю|ой|ей|ом|ем|ого|ої|ую|юю|ії|ию|ия|і|и|ы|у|ю|е|а|я)$/u;
export function inflectedCyrillicFirstName(folded: string): boolean {
  if (folded.length < 4 || !/^\p{Script=Cyrillic}+$/u.test(folded)) return false;
  const stem = folded.replace(CYRILLIC_CASE_ENDING, "");
  if (stem === folded || stem.length < 2) return false;
  return ["", "а", "я", "ия", "ии", "ий", "и"].some((ending) => FIRST_NAMES.has(foldWord(stem + ending)));
}

/** Benefits whose acronym is also a first name: typed in capitals, they are the benefit ("ADA", not Ada). */
const ACRONYMS_LIKE_NAMES = new Set(["ada", "ata", "asf", "are", "ars"]);
export function isFirstName(t: Token): boolean {
  if (isAllCaps(t) && ACRONYMS_LIKE_NAMES.has(t.folded)) return false;
  if (KNOWN_CAPITALISED.has(t.folded) || /^(?:saint|sainte|st|ste)-/u.test(t.folded)) return false;
  // "yasemin'in", "Ayşe'ye": a listed first name with a Turkish case ending.
  const stem = /^(\p{L}{3,})['’](?:in|un|nin|nun|a|e|ya|ye|yi|i|u|da|de|dan|den|la|le|yla|yle)$/u.exec(t.folded)?.[1];
  if (stem && FIRST_NAMES.has(stem) && !AMBIGUOUS_FIRST_NAMES.has(stem) && !KNOWN_CAPITALISED.has(stem)) return true;
  if (FIRST_NAMES.has(t.folded)) return !AMBIGUOUS_FIRST_NAMES.has(t.folded) || /^\p{Lu}/u.test(t.core);
  // "Jean-Kévin", "marie-ange": a compound whose parts are first names.
  if (t.folded.includes("-")) {
    const parts = t.folded.split("-");
    return parts.every((p) => FIRST_NAMES.has(p)) && (/^\p{Lu}/u.test(t.core) || parts.some((p) => !AMBIGUOUS_FIRST_NAMES.has(p)));
  }
  return false;
}
export const isSurname = (t: Token) => SURNAMES.has(t.folded) && !KNOWN_CAPITALISED.has(t.folded);

/** A word that may be part of a name once a cue announced one. */
/**
 * How sure the context makes a name: "strong" after "je m'appelle" (any word but a function word),
 * "relation" after "mon fils", a title or a greeting (ambiguous first names count), "place" after "à",
 * "avec"… (this file's ambiguous French first names count: "demander à pierre"), "weak" otherwise.
 */
export type Strength = "strong" | "relation" | "place" | "weak";

export function nameLike(t: Token, lenient: boolean, strength: Strength = "weak", afterFirstName = false): boolean {
  if (/^\p{Lu}$/u.test(t.core)) return t.core !== "I"; // an initial ("J. Martin"), not English "I"
  if (isFirstName(t) || isSurname(t)) return true;
  if ((strength === "strong" || strength === "relation") && FIRST_NAMES.has(t.folded) && (!isKnown(t) || isCapitalised(t))) return true; // "je m'appelle rose", "mi vecino Julio"
  if (strength === "strong" && FIRST_NAMES.has(t.folded) && !FUNCTION_WORDS.has(t.folded) && !NAME_STOP_WORDS.has(t.folded)) return true; // "je m'appelle noël", "france" too
  // (Never a word that ends a name and never starts one: "mon père vit seul".)
  if (strength === "relation" && FIRST_NAMES.has(t.folded) && !FUNCTION_WORDS.has(t.folded) && !NAME_STOP_WORDS.has(t.folded) && !TITLE_LIKE_KNOWN.test(t.folded)) return true; // "sa sœur espérance"
  if ((strength === "strong" || strength === "relation") && inflectedCyrillicFirstName(t.folded)) return true; // "з донькою софією"
  if (strength === "place" && FRENCH_AMBIGUOUS_FIRST_NAMES.has(t.folded) && !isKnown(t)) return true; // "demander à pierre"
  if (strength === "strong" && t.core.length >= 2 && !/\p{N}/u.test(t.core) && !isKnown(t) && !FUNCTION_WORDS.has(t.folded) && !isFrequentVerb(t)) return true; // "je m'appelle oumou petit"
  if (isKnown(t)) return false;
  if (isCapitalised(t) || (isAllCaps(t) && t.core.length >= 4)) return true;
  if (afterFirstName && t.core.length >= 3 && !/\p{N}/u.test(t.core) && !isFrequentWord(t.folded) && !CYRILLIC_VERB.test(t.folded)) return true; // "inès moreau"
  if (afterFirstName && WORD_SURNAMES.has(t.folded)) return true; // "emma petit", "pierre constant"
  if (afterFirstName && /^ال\p{L}{2,}ي$/u.test(t.folded)) return true; // "محمد العلوي"
  return lenient && t.core.length >= 2 && !/\p{N}/u.test(t.core) && !isCommonWord(t.folded) && !CYRILLIC_VERB.test(t.folded);
}
/** A Ukrainian or Russian verb by its ending (past, infinitive, present plural): "приїхали", "живемо" are no names. */
export const CYRILLIC_VERB = /^\p{Script=Cyrillic}{3,}(?:али|или|ули|ыли|іли|яли|ала|ила|ула|ыла|іла|яла|ати|ити|іти|ять|ить|ать|уть|ють|емо|ємо|имо|ете|ите|ться|тися|лися|лась|лись)$/u;

/**
 * Frequent French surnames that are also ordinary words: taken right after a first name only ("emma
 * petit", "pierre constant", "blanche rivière"), where the word would make little sense otherwise.
 */
export const WORD_SURNAMES = new Set(
  `petit petitjean constant blanc leblanc lenoir legrand grand roux leroux brun lebrun fontaine chevalier boulanger marchand
  mercier meunier berger renard roy leroy noel bonnet moulin dubois bois marin pierre paris lacroix poirier poulain picard
  joly barbier germain gay riviere leger lebon sage vaillant rose blanche olive ange fort lefort gros legros bon bonhomme
  masson mason maire lemaire boucher fevre lefevre faure fabre page cordier vasseur charpentier carpentier couturier
  drapeau jardin lejeune jeune vieux levieux beau lebeau bel doux ledoux juste rossignol pigeon loup leloup lievre
  chauvin cousin lecousin bailly prevost prevot baron comte lecomte prince leprince roi leroi chef rey loyal franc
  france allemand langlais lallemand breton normand picard gascon poitevin savoyard martin
  grondin khan costa neves maillot sauvage santos silva ferreira pereira oliveira martins lopes gomes alves rocha payet
  hoarau boyer lauret techer turpin nativel mendes pinto teixeira cardoso carre bouvier moine lemoine pasteur roche laine
  vacher potier tisserand tailleur sabatier cordonnier lebreton lenormand`.split(/\s+/u).filter(Boolean),
);

/** Verbs a resident may write right after a name ("je m'appelle ahmed cherche…"): not a surname. */
// (Not "-ir": "espoir", "désir" are names too, and an -ir verb rarely follows a name.)
const VERB_ENDING = /(?:er|ais|ait|ons|ez|ent|erai|erais|erait|ai)$/u;
export function isFrequentVerb(t: Token): boolean {
  return isFrequentWord(t.folded) && VERB_ENDING.test(t.folded) && !FIRST_NAMES.has(t.folded);
}

/** Particles inside names ("Jean de La Fontaine", "Ould Ahmed", "Ben Salah", "Van der Berg"). */
export const NAME_PARTICLES = new Set(["de", "du", "del", "do", "des", "la", "le", "van", "von", "der", "den", "ter", "el", "al", "ben", "bin", "ibn", "ould", "abou", "abu", "da", "das", "dos", "di", "mac", "mc", "st", "saint", "ait", "bou", "بن", "ابن", "بنت", "ولد", "ال", "ابو"]);

/** Only spaces (or a hyphen, or the dot of an initial: "J. Martin") between two words of one name. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.core.length === 1 && /^\p{L}$/u.test(a.core) && /^\.[ \t]*$/u.test(gap)) return true;
  return /^[ \t]+$|^\s*-\s*$|^[ \t]+[nNmMdDoO]['’]$/u.test(gap);
}

/** Takes up to `max` name words from token i on; returns the index after the last one taken. */
export function takeName(text: string, tokens: Token[], i: number, lenient: boolean, max = 3, strength: Strength = "weak"): number {
  let j = i;
  let taken = 0;
  while (j < tokens.length && taken < max) {
    const t = tokens[j]!;
    if (j > i && !adjacent(text, tokens[j - 1]!, t)) break;
    // After a first name, words that are no common words are taken for the surname ("karim benali m'a
    // dit", "emma da silva"): a verb wrongly taken costs a word, a surname left costs a person.
    // (Also after a first name that is a word, once a cue made it a name: "ma voisine olive grondin"; and
    // after a listed surname: "pham thu ha".)
    const afterFirstName = j > i && (isFirstName(tokens[i]!) || isSurname(tokens[i]!) || ((strength === "strong" || strength === "relation") && FIRST_NAMES.has(tokens[i]!.folded)));
    if (nameLike(t, lenient || afterFirstName, afterFirstName && strength === "weak" ? "relation" : strength, afterFirstName)) {
      j++;
      taken++;
      continue;
    }
    // An initial in lower case after a name ("dominique b.").
    if (taken > 0 && /^\p{Ll}$/u.test(t.core) && text[t.end] === ".") {
      j++;
      taken++;
      continue;
    }
    // Within a name, a first name that is also a known word ("Ngo Thi Mai", "Marie France", "ngo thi mai").
    if ((taken > 0 && isCapitalised(t) && FIRST_NAMES.has(t.folded)) || (taken >= 2 && FIRST_NAMES.has(t.folded))) {
      j++;
      taken++;
      continue;
    }
    // A particle counts only between two name words ("Marie-Hélène de Saint-Exupéry" too).
    const next = tokens[j + 1];
    if (taken > 0 && NAME_PARTICLES.has(t.folded) && next && adjacent(text, t, next) && /^(?:saint|sainte)-/u.test(next.folded)) {
      j += 2;
      taken++;
      continue;
    }
    if (taken > 0 && NAME_PARTICLES.has(t.folded) && next && adjacent(text, t, next) && nameLike(next, lenient || afterFirstName) && !isCommon(next)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}
