/**
 * The pieces of a contact that residents give around it rather than in it, read once the e-mails and the
 * phones are found:
 *
 * - the rest of a number given in parts: "le début c'est 07 65, la suite 43 21 09", "puis 12 90 33…
 *   et 88 à la fin", "01 39 84 … 27 61 (le milieu c 52)";
 * - the start of an address spelled before the part a detector found: "h, a, k, i, m, 7, 5 arobase
 *   gmail.com", "lina point b 2010 at icloud point com";
 * - the end of a domain said in words after the part found: "yahoo dot co dot uk".
 *
 * Each piece only counts next to a contact already found, so "j'ai 2 enfants de 12 et 14 ans" is left.
 */
import { FIRST_NAMES } from "./first-names.js";
import type { Span } from "./span.js";

/** Groups of two digits ("43 21 09", "52"), with the separators residents put between them. */
const PAIR_GROUPS = /(?<![\p{N}\p{L}])\p{N}{2}(?:(?:[\s.\-/]{1,3}|\s*(?:…|\.{3})\s*)\p{N}{2}){0,4}(?![\p{N}]|[.,]\p{N}|\s?(?:€|euros?\b|ans\b|h\b|heures?\b|mn\b|min\b|%|ans?\b|mois\b|jours?\b|kg\b|km\b|m2\b))/gu;
/** Words that say "the rest of the number" in the residents' languages. */
const REST_CUE = /(?:suite|reste|restul|rest|pour finir|finir|enfin|кінці|конце|puis|pui|pis|apr[eè]s|ensuite|milieu|fin|finit|termine|dernier|derniers|manque|oubli[ée]|the rest|then|middle|end|luego|despu[eé]s|depois|apoi|sonra|потом|потім|далі|дальше)(?![\p{L}])[^.!?\n\p{N}]{0,20}$/iu;
const REST_AFTER = /^\s*(?:à la fin|a la fin|au milieu|at the end|in the middle|al final|no fim|la sfarsit|la sfârșit)/iu;
/** How far after a phone found its other parts may come; a word calling them the rest carries further
 * after a number left short ("le début c'est 06 52 … [a whole sentence] … Fin : 88 70 14"). */
const REACH = 120;
const CUED_REACH = 320;
/** No sentence ends between a number and the rest given right after it (a little further for three pairs). */
const SAME_CLAUSE = /^[^.!?\n]{0,40}$/u;
const SAME_CLAUSE_LONG = /^[^.!?\n]{0,60}$/u;

export function phoneRestSpans(text: string, phones: readonly Span[]): Span[] {
  if (phones.length === 0) return [];
  const out: Span[] = [];
  for (const phone of phones) {
    const short = (text.slice(phone.start, phone.end).match(/\p{N}/gu)?.length ?? 0) < 10;
    const window = text.slice(phone.end, phone.end + (short ? CUED_REACH : REACH));
    for (const m of window.matchAll(PAIR_GROUPS)) {
      const start = phone.end + m.index;
      if (phones.some((p) => start >= p.start && start < p.end)) continue;
      const pairs = m[0].match(/\p{N}{2}/gu)!.length;
      const before = text.slice(Math.max(phone.end, start - 30), start);
      const cued = REST_CUE.test(before) || REST_AFTER.test(text.slice(start + m[0].length));
      if (m.index > REACH && !cued) continue;
      // Two pairs or more right after a number ("…, 43 21 09"), or one pair that a word calls the rest.
      // (An ellipsis is a pause, not the end of a sentence: "06 12 … et 90 12".)
      if (cued || (pairs >= 2 && (pairs >= 3 ? SAME_CLAUSE_LONG : SAME_CLAUSE).test(text.slice(phone.end, start).replace(/\.{3}|…/gu, "")))) out.push({ start, end: start + m[0].length, kind: "phone" });
    }
  }
  return out;
}

/** A mobile's first two digits given alone after a cue ("mon numéro : 06. … La fin c'est 52 19 88 07"). */
const LONE_MOBILE_START = /(?<=(?:num[ée]ro|num|n°|t[ée]l[ée]?phone|t[ée]l|portable|mobile|phone|number)[^.!?\n\p{N}]{0,24})(?<![\p{N}])(?:\+33\s?|0)[67](?![\p{N}]|\s?[.\-/]?\s?\p{N})/giu;
const FOUR_PAIRS = /(?<![\p{N}])\p{N}{2}(?:[\s.\-/]{1,3}\p{N}{2}){3}(?![\p{N}])/u;

/** The start of a mobile number given apart from its last eight digits, and those eight digits. */
export function splitMobileSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(LONE_MOBILE_START)) {
    const after = m.index + m[0].length;
    const rest = FOUR_PAIRS.exec(text.slice(after, after + 160));
    if (!rest) continue;
    out.push({ start: m.index, end: after, kind: "phone" }, { start: after + rest.index, end: after + rest.index + rest[0].length, kind: "phone" });
  }
  return out;
}

/** What joins the parts of an address said aloud: "point", "dot", "tiret", a comma between letters. */
const JOIN = String.raw`(?:\.|,|_|-|point|dot|punto|ponto|punct|nokta|tiret(?:\s+(?:du\s+)?(?:bas|8|huit|6|six))?|underscore|under|точка|крапка|نقطة|نقطه)`;
const PIECE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<piece>[\p{L}\p{N}]{1,24})(?<sep>\s*${JOIN}\s*|\s+)$`, "iu");
const ONE_LETTER_WORDS = new Set(["a", "à", "y", "o", "e", "é", "u", "i", "и", "і", "в", "у", "с", "з", "о"]);
/** A digit said in a spoken address ("lucas point bernard deux arobase…"). */
const NUMBER_WORD = /^(?:z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|mille|cent|zero|one|two|three|four|five|seven|eight|nine|ten|twenty|thousand|unu|doi|doua|trei|patru|cinci|sase|șase|sapte|șapte|opt|noua|nouă|zece|douazeci|douăzeci|mii|mie|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|mil)$/iu;
/** Words that come before a number in a sentence, not in an address ("c 93", "mail 75…"). */
const COMMON_BEFORE_DIGITS = new Set(["c", "mail", "email", "mon", "le", "la", "est", "au", "du", "de", "et", "ou", "sur", "my", "is", "mi", "es"]);
const TAIL_AFTER = /^\s*,?\s*(?:\.|point|dot|punto|ponto|punct|nokta|точка|крапка|نقطة|دوت)\s*(?<tld>uk|fr|com|net|org|br|pt|ro|ua|ru|tr|es|be|ch|ma|dz|tn|sn|f\s?r|c\s?o\s?m|n\s?e\s?t|[eè]ff?e?\s+[eè]rr?e?)(?![\p{L}\p{N}])/iu;

/** "attaché", "collé", "espace" (of "sans espace") starting an address: said of the words before it. */
const JOINED_WORD = /^(?:attach[ée]e?s?|coll[ée]e?s?|espaces?)(?![\p{L}])/iu;
const JOINED_BEFORE = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]{2,}\s+){1,2}(?:tout\s+|sans\s+)?$/iu;

/** The providers residents name most. */
const PROVIDER = String.raw`(?:gmail|hotmail|yahoo|outlook|orange|free|sfr|laposte|la\s+poste|wanadoo|icloud)`;
/** The provider given after an address's first part: "… ah et c'est sur gmail.com", "… de chez Orange" (never past "ou": a second address). */
const PROVIDER_AFTER = new RegExp(
  String.raw`^(?:(?!\s(?:ou|or|sinon|otherwise)\s)[^.!?\n@,]){0,30}?(?:(?:\bsur\b|\bchez\b|\bat\b|\bon\b|@|arobase(?:\s+c['’]?\s?est)?)\s*(?:${PROVIDER}|live|msn|gmx|aol|yandex|proton(?:mail)?)\s?(?:\.|point|dot)\s?(?:com|fr|net|org|ru|ua|ro)|(?:\bde\s+)?\bchez\s+${PROVIDER}|\bsur\s+(?:la\s+)?(?:bo[iî]te|messagerie|adresse)\s+(?:de\s+|d['’]\s?)?${PROVIDER})(?![\p{L}\p{N}])`,
  "iu",
);
const ENDS_WITH_PROVIDER = new RegExp(`${PROVIDER}$`, "iu");
/** Words between two parts of one address: "Et après c'est", "puis", "then". */
const EMAIL_FILLER = /^[\s.,…]*(?:ah\s+)?(?:(?:et\s+)?(?:apr[eè]s|ensuite|puis|la suite|then|and then)(?:\s+l['’]\s?arobase)?\s*)?(?:c['’]?\s?est|c['’]?|:)?[\s,:]*$/iu;

export function widenEmails(text: string, emails: readonly Span[]): Span[] {
  const widened = emails.map((email) => {
    let { start, end } = email;
    // "kadi traore tout attaché chez gmail…", "… sans espace chez…": the words said to be joined (a name,
    // two words at most, never "c", "mail"…) go with the address.
    if (JOINED_WORD.test(text.slice(start, end))) {
      const words = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      const kept = words?.[0].trim().split(/\s+/u).filter((w) => !/^(?:tout|sans)$/iu.test(w)) ?? [];
      if (words && kept.length > 0 && !kept.some((w) => COMMON_BEFORE_DIGITS.has(w.toLowerCase()))) start -= words[0].length;
    }
    // Backwards: pieces tied by a spoken "point", or letters and digits one by one ("lina point b 2010
    // at…", "h, a, k, i, m, 7, 5 arobase…").
    for (let step = 0; step < 12; step++) {
      const m = PIECE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      if (!m) break;
      const { piece, sep } = m.groups as { piece: string; sep: string };
      const first = /^[\p{L}\p{N}]+/u.exec(text.slice(start, end))?.[0] ?? "";
      // One character that is no word of its own ("à", "a", "y": "écrire à jean.b@…" keeps its "à").
      // Letters in a comma list ("h, a, k") are spelled; alone, a one-letter word stays a word.
      const loose = (w: string) => /^\p{N}+$/u.test(w) || NUMBER_WORD.test(w) || (w.length === 1 && (sep.includes(",") || !ONE_LETTER_WORDS.has(w.toLowerCase())));
      const spokenJoin = /[\p{L}_]/u.test(sep) || /^[.\-]$/u.test(sep);
      // "sow 93 @…": a word right before the digits that start the address ("fatou point sow 93").
      const wordBeforeDigits = (/^\p{N}+$/u.test(first) || NUMBER_WORD.test(first)) && /^\p{L}{2,}$/u.test(piece) && !ONE_LETTER_WORDS.has(piece) && (start === email.start || NUMBER_WORD.test(first));
      // "gary holt 1985 at hotmail…": a listed first name right before the surname taken with the digits.
      const firstNameBefore = step === 1 && sep === " " && FIRST_NAMES.has(piece.toLowerCase()) && /^\p{L}{2,}$/u.test(first);
      if (!spokenJoin && !(loose(piece) && loose(first)) && !(wordBeforeDigits && !COMMON_BEFORE_DIGITS.has(piece.toLowerCase())) && !firstNameBefore) break;
      start -= m[0].length;
    }
    // Forwards: "… ah et c'est sur gmail.com", the provider said after the first part.
    const provider = PROVIDER_AFTER.exec(text.slice(end, end + 60));
    if (provider) end += provider[0].length;
    // ("mehdi.kaci93 🌀 gmail 🔵 com": a bare ending after a provider, past a sign standing for the dot.)
    if (ENDS_WITH_PROVIDER.test(text.slice(start, end))) end += /^[^\p{L}\p{N}\n]{1,4}(?:com|fr|net)(?![\p{L}\p{N}])/u.exec(text.slice(end))?.[0].length ?? 0;
    // "mailto:" before an address copied from a link goes with it.
    const mailto = /mailto:\s?$/iu.exec(text.slice(Math.max(0, start - 8), start));
    if (mailto) start -= mailto[0].length;
    // Forwards: "… dot co dot uk".
    for (let step = 0; step < 3; step++) {
      const m = TAIL_AFTER.exec(text.slice(end, end + 20));
      if (!m) break;
      end += m[0].length;
    }
    return { ...email, start, end };
  });
  // "dupont.marc1975. Et après c'est arobase laposte point net": two parts of one address, the words between go with them.
  const sorted = [...widened].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const gap = text.slice(sorted[i - 1]!.end, sorted[i]!.start);
    if (sorted[i]!.start > sorted[i - 1]!.end && EMAIL_FILLER.test(gap)) widened.push({ start: sorted[i - 1]!.end, end: sorted[i]!.start, kind: "email" });
  }
  return widened;
}
