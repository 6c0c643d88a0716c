/**
 * What is left in a redacted text that could still be personal data: the redactor's own doubts. A
 * question with any doubt is held for an agent's review before a volunteer sees it.
 *
 * - a word that no vocabulary of the residents' languages knows (lexicon.ts) where a name could be: a
 *   capitalised one, one right after a word that often comes before a name ("à", "avec", "chez",
 *   "je suis", "bonjour", "merci", "mon fils"…), the last word of the message (a signature) — a name the
 *   detectors did not dare take; other unknown words are left to the vocabulary check of the
 *   volunteers' dialogue (unknown-words.ts), which holds the question all the same;
 * - a first name of the lists left in the text: any listed one that is no ordinary word, and, in
 *   capitals, those that are ("Rose", "Pierre" — at the start of a sentence only this project's French
 *   ones, or every English message starting with "My" would be held);
 * - a run of four digits or more, or a word mixing letters and digits, that no detector classified (not a
 *   year on its own, an amount, a time);
 * - what an e-mail leaves behind ("@", "arobase", "gmail");
 * - a health word used in a general sentence ("c'est quoi la MDPH ?"), reported by the health detector.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, FRENCH_AMBIGUOUS_FIRST_NAMES, SURNAMES } from "./first-names.js";
import { KNOWN_CAPITALISED } from "./known-words.js";
import { isCommonWord } from "./lexicon.js";
import { MARKER_PATTERN } from "./markers.js";
import { foldWord } from "./normalize.js";

/** Words often right before a name. */
const BEFORE_A_NAME = new Set(
  `a à avec chez pour et par de du je suis c'est moi ici bonjour bonsoir salut coucou merci cordialement fils fille mari femme
  voisin voisine mere pere frere soeur ami amie copain copine madame monsieur mme mr m mlle dr docteur appelle nom prenom
  signe vu croise rencontre appele contacte demander demandez voir ask with my is name me llamo soy chamo sou numesc sunt
  adim ismim ismi smiti esmi зовут звати`.split(/\s+/u),
);
/** Words after which a first name that is also a word is still most likely a name. */
const INTRODUCING = new Set(["c", "c'est", "moi", "ici", "appelle", "suis", "signe", "soy", "sou", "sunt", "ben", "i'm", "am"]);
const TOKEN = /[\p{L}][\p{L}'’\-]*|\p{N}(?:[\s.\-/]?\p{N})*|@/gu;
const MAIL_REMNANT = /^(?:@|arobase|arrobase|arobas|arroba|gmail|hotmail|yahoo|outlook|wanadoo|laposte|icloud|protonmail)$/u;

export function residualDoubts(redacted: string, extra: readonly string[] = []): string[] {
  const doubts = new Set<string>(extra);
  // Markers become plain separators: their words ("nom", "adresse") are ours, not the resident's.
  const text = redacted.replace(MARKER_PATTERN, (m) => " ".repeat(m.length));
  const all = [...text.matchAll(TOKEN)];
  let previous = "";
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    const token = m[0];
    const before = previous;
    previous = foldWord(token.toLowerCase());
    if (/^\p{N}/u.test(token)) {
      if (doubtfulDigits(text, m.index, token)) doubts.add(token);
      continue;
    }
    const folded = foldWord(token.replace(/^(?:[ldmnstjc]|qu)['’]/iu, "")).replace(/['’\-]+$/u, "");
    if (!folded) continue;
    if (MAIL_REMNANT.test(folded)) {
      doubts.add(token);
      continue;
    }
    const capitalised = /^\p{Lu}/u.test(token.replace(/^(?:[ldmnstjc]|qu)['’]/iu, ""));
    // A first name that is also a word, in a name's slot: "c claire l'assistante", "c lan qui", "noel
    // mon voisin", "patience m'a dit".
    const introduced = INTRODUCING.has(before) || (k === 0 && /^\s*(?:,\s*)?(?:m'|mon |ma |mes |le |la |qui |et )/u.test(text.slice(m.index + token.length)));
    if (FIRST_NAMES.has(folded) && !AMBIGUOUS_FIRST_NAMES.has(folded)) doubts.add(token);
    else if (FIRST_NAMES.has(folded) && introduced && !KNOWN_CAPITALISED.has(folded)) doubts.add(token);
    else if (SURNAMES.has(folded)) doubts.add(token);
    else if (capitalised && FIRST_NAMES.has(folded) && !KNOWN_CAPITALISED.has(folded) && (!sentenceStart(text, m.index) || FRENCH_AMBIGUOUS_FIRST_NAMES.has(folded))) doubts.add(token);
    else if (folded.length >= 3 && !isCommonWord(folded) && !KNOWN_CAPITALISED.has(folded) && !folded.split("-").every((p) => isCommonWord(p))) {
      // The last word, set apart by a comma, a line break or a dash, may be a signature.
      const signature = k === all.length - 1 && (k === 0 || /[,\n—–-]/u.test(text.slice(all[k - 1]!.index + all[k - 1]![0].length, m.index)));
      const nameSlot = capitalised || BEFORE_A_NAME.has(before.replace(/^(?:[ldmnstjc]|qu)'/u, "")) || before.endsWith("'appelle") || signature;
      if (nameSlot) doubts.add(token);
    }
  }
  // Three numbers of one or two digits or more, apart, that nothing explained: a number said in pieces
  // ("06 pui 78 pui 43"). Times, amounts, ages and counts are not pieces.
  const pieces = [...text.matchAll(/(?<![\p{L}\p{N},.])\p{N}{1,2}(?![\p{N}]|[,.:h]\p{N}|\s?(?:€|euros?|ans?\b|mois|jours?|h\b|heures?|min|%|enfants?|personnes|fois|ème|eme|e\b|er\b))/gu)];
  if (pieces.length >= 4) doubts.add(pieces.map((m) => m[0]).join(" "));
  // Letters and digits mixed ("AB12", "x7k9p").
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{4,}(?![\p{L}\p{N}])/gu)) {
    if (!/^\d{1,2}h\d{0,2}$|^\d+(?:er|e|eme|ème|ans|h|mn|min|km|kg|€)$/iu.test(m[0]) && m[0].replace(/\D/gu, "").length >= 2) doubts.add(m[0]);
  }
  return [...doubts];
}

function sentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?…:;\n])[\s"«»(\-]*$/u.test(text.slice(Math.max(0, index - 40), index)) || /^[\s"«»(\-]*$/u.test(text.slice(0, index));
}

/** Four digits or more that are not a year on its own, an amount, a time or a count. */
function doubtfulDigits(text: string, index: number, token: string): boolean {
  const digits = token.replace(/\D/gu, "");
  if (digits.length < 4) return false;
  if (/^(?:19|20)\d\d$/u.test(token)) return false;
  // Short service numbers (3114, 3919, 3646…) and law articles ("L262-2").
  if (/^3\d{3}$/u.test(token) || /(?:article|art\.?)\s*[LRD]?\.?\s?$|[LRD]$/iu.test(text.slice(Math.max(0, index - 12), index))) return false;
  const after = text.slice(index + token.length, index + token.length + 12);
  const before = text.slice(Math.max(0, index - 12), index);
  if (/cerfa\s?(?:n°\s?)?$/iu.test(before)) return false;
  if (/^\*/u.test(after)) return false;
  if (/^\s?(?:€|euros?\b|eur\b|k€|\$|£|dh\b|dinars?|lei\b|ron\b|tl\b|hryvn|грн|руб|ans\b|personnes|habitants|fois\b)/iu.test(after) || /[€$£]\s?$/u.test(before)) return false;
  // "1 000", "12 500": a number with thousands separators is an amount.
  if (/^\d{1,3}(?:[ .]\d{3})+(?:,\d+)?$/u.test(token)) return false;
  return true;
}
