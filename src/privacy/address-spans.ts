/**
 * Postal addresses: "12 bis rue des Lilas", "3, allée Jean Moulin 34000 Montpellier", "rue Paul Bert",
 * "bâtiment B appartement 12", "résidence Les Tilleuls", "34070 Montpellier", "j'habite à Lunel".
 * After a street type, the street name runs over particles, capitalised words and short numbers
 * ("avenue du 8 Mai 1945"); in lower case, one word at least is taken ("12 rue des lilas").
 */
import { fold, type Span } from "./span.js";

const STREET_TYPES = [
  "rue", "avenue", "av", "av.", "ave", "boulevard", "bd", "bld", "bvd", "place", "pl", "pl.", "allée", "allee", "allées",
  "impasse", "imp", "chemin", "ch.", "route", "rte", "quai", "cours", "square", "sq", "passage", "faubourg", "fbg",
  "rond-point", "chaussée", "chaussee", "sentier", "voie", "esplanade", "promenade", "parvis", "mail", "montée", "montee",
  "traverse", "cité", "cite", "résidence", "residence", "lotissement", "lot.", "hameau", "lieu-dit", "lieudit", "domaine",
  "quartier", "ruelle", "venelle", "carrefour", "rocade", "zac", "za", "zi",
];
const STREET_TYPE_SET = new Set(STREET_TYPES.map(fold));
const PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "saint", "sainte", "st", "ste", "en", "sur", "sous", "aux", "au"]);
const MONTH_WORDS = new Set(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]);
/** Words that end a lower-case street name ("12 rue des lilas depuis 3 ans"). */
const STREET_STOP = new Set([
  "a", "et", "ou", "mais", "depuis", "avec", "pour", "chez", "dans", "je", "j", "on", "il", "elle", "nous", "vous", "qui",
  "que", "est", "c", "mon", "ma", "mes", "merci", "svp", "car", "donc", "alors", "pres", "vers", "quand", "comment",
  "pourquoi", "ce", "cette", "y", "ne", "n", "pas", "plus", "bonjour", "merci", "cordialement", "bonne", "svp", "stp",
  "tel", "mon", "au", "le", "la", "les", "de", "des", "du",
]);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-.]*|\p{N}+(?:\s?(?:bis|ter|quater))?/gu;

interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    // A trailing dot belongs to abbreviations ("av.", "bd.") only; elsewhere it ends the sentence.
    let value = m[0];
    if (value.endsWith(".") && !STREET_TYPE_SET.has(fold(value))) value = value.slice(0, -1);
    return { text: value, folded: fold(value), start: m.index, end: m.index + value.length };
  });
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isNumber = (t: Token) => /^\p{N}/u.test(t.text);
/** Only spaces (and commas right after a number) between two tokens of the same address. */
const joined = (text: string, a: Token, b: Token, allowComma = false) => (allowComma ? /^[\s,]*$/ : /^[\s]*$/).test(text.slice(a.end, b.start)) && !text.slice(a.end, b.start).includes("\n");

const POSTCODE_CITY = /(?<![\p{N}])(?:[0-9]{5}|[0-9]{2}\s[0-9]{3})\s+(?:cedex\s+)?[\p{Lu}][\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|le|la|les|de|du|en|lès|lez|l'|d')[\s\-]+)?[\p{Lu}][\p{L}'’\-]+)*(?:\s+cedex(?:\s+\d{1,2})?)?/giu;
/** "bâtiment B", "appartement 12", "porte 3B", "esc. A": the id is a number or one capital letter (so
 * "un appartement sur internet", "la porte et" are not addresses). */
const BUILDING = /\b(?:[Bb][âa]timent|[Bb][âa]t\.?|[Aa]ppartement|[Aa]ppart\.?|[Aa]ppt\.?|[Aa]pt\.?|[Ee]scalier|[Ee]sc\.?|[Pp]orte|[Bb]o[iî]te aux lettres|BAL)\s*(?:n°|no|num[ée]ro)?\s*(?:\p{N}{1,4}\p{L}?|\p{Lu}\p{N}{0,3})(?![\p{L}\p{N}])/gu;
const FLOOR = /\b\d{1,2}\s?(?:e|è|ème|eme|er|re)\s+[ée]tage\b/giu;
const POSTBOX = /\b(?:bp|cs|tsa)\s?\d{2,6}\b/giu;
/** "j'habite à Lunel", "je vis à Saint-Jean-de-Védas", "domiciliée à Sète". */
const LIVES_IN = /\b(?:j'habite|j’habite|habite|habitons|habitez|vis|vit|vivons|domicili[ée]e?s?|demeurant|r[ée]sid(?:e|ant|ons))\s+(?:[àa]|au|aux|en|sur|dans\s+le|dans\s+la)\s+(?<v>[\p{Lu}][\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|le|la|les|de|du|en|lès|d')[\s\-]+)?[\p{Lu}][\p{L}'’\-]+)*)/gu;

export function addressSpans(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!STREET_TYPE_SET.has(token.folded)) continue;
    const next = tokens[i + 1];
    if (!next || !joined(text, token, next)) continue;
    const numbered = i > 0 && isNumber(tokens[i - 1]!) && joined(text, tokens[i - 1]!, token, true);
    // Without a house number a street type must be followed by a name ("rue Paul Bert"), not a word
    // ("la rue est fermée"); particles before the name are fine ("rue de la Paix").
    let j = i + 1;
    while (j < tokens.length && PARTICLES.has(tokens[j]!.folded) && joined(text, tokens[j - 1]!, tokens[j]!)) j++;
    const head = tokens[j];
    if (!head || !joined(text, tokens[j - 1]!, head)) continue;
    if (!numbered && !isCapitalised(head) && !isNumber(head)) continue;
    if (STREET_STOP.has(head.folded) && !isCapitalised(head)) continue;
    let end = head.end;
    let k = j + 1;
    let lowerWords = 0;
    // Then capitalised words, particles followed by one, numbers and months ("avenue du 8 Mai 1945").
    while (k < tokens.length && k - i <= 8 && joined(text, tokens[k - 1]!, tokens[k]!)) {
      const t = tokens[k]!;
      const after = tokens[k + 1];
      if ((isCapitalised(t) && !STREET_STOP.has(t.folded)) || MONTH_WORDS.has(t.folded)) {
        end = t.end;
      } else if ((PARTICLES.has(t.folded) || isNumber(t)) && after && joined(text, t, after) && (isCapitalised(after) || MONTH_WORDS.has(after.folded))) {
        end = t.end;
      } else if (numbered && !isCapitalised(head) && lowerWords < 3 && !STREET_STOP.has(t.folded) && !isNumber(t)) {
        // "46 place jean moulin": a street typed in lower case runs on for a few words.
        lowerWords++;
        end = t.end;
      } else {
        break;
      }
      k++;
    }
    const start = numbered ? tokens[i - 1]!.start : token.start;
    spans.push({ start, end: extendWithPostcode(text, end), kind: "address" });
  }
  for (const pattern of [POSTCODE_CITY, BUILDING, FLOOR, POSTBOX]) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length, kind: "address" });
  }
  for (const m of text.matchAll(LIVES_IN)) {
    const value = m.groups?.v ?? "";
    const offset = m[0].lastIndexOf(value);
    spans.push({ start: m.index + offset, end: m.index + offset + value.length, kind: "address" });
  }
  return spans;
}

/** ", 34000 Montpellier" right after a street belongs to the same address. */
function extendWithPostcode(text: string, end: number): number {
  const rest = text.slice(end);
  const m = /^[\s,]*(?:[0-9]{5}|[0-9]{2}\s[0-9]{3})(?:\s+(?:cedex\s+)?[\p{Lu}][\p{L}'’\-]+(?:[\s\-]+[\p{Lu}][\p{L}'’\-]+)*)?/u.exec(rest);
  return m ? end + m[0].length : end;
}
