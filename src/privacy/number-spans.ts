/**
 * IBANs, French social-security numbers (NIR, 13 digits + a 2-digit key, Corsica "2A"/"2B"), identifiers
 * (CAF allocataire, France Travail identifiant "1234567A", passport "12AB34567", titre de séjour, tax
 * numbers, file and client numbers — with or without letters), and any other long number: a number
 * that identifies a file identifies a person as surely as a name.
 */
import { KNOWN_CAPITALISED } from "./known-words.js";
import { spansOf, type Span } from "./span.js";

const SEP = String.raw`[\s.\-]?`;

const IBAN = new RegExp(String.raw`\b[A-Z]{2}\d{2}(?:${SEP}[A-Z0-9]{4}){2,7}(?:${SEP}[A-Z0-9]{1,3})?\b`, "gi");
/** What follows "IBAN" / "RIB" is bank data even when mistyped. */
const IBAN_CUE = /\b(?:iban|rib|bic)\s*(?::|=|c'est|est)?\s*(?<v>(?=[A-Z0-9\s.\-]{8})[A-Z0-9]*\d[A-Z0-9]*(?:[\s.\-][A-Z0-9]*\d[A-Z0-9]*)*)/gi;

const NIR = new RegExp(
  String.raw`(?<![\p{N}])[12]${SEP}\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\d)${SEP}(?:\d{2}|2[AB])${SEP}\d{3}${SEP}\d{3}(?:${SEP}\d{2})?(?![\p{N}])`,
  "giu",
);

/** Seven digits or more, with separators: file, allocataire, tax or card numbers. */
const LONG_NUMBER = /(?<![\p{N}\p{L}])\p{N}(?:[\s.\-/]?\p{N}){6,}(?![\p{N}])/gu;

/**
 * Letters and digits mixed in one word, as identifiers are ("1234567A", "12AB34567", "AB123456",
 * "X4RTBPFW4"): three digits or more and eight characters, or upper-case letters with digits.
 */
const MIXED_ID = /(?<![\p{L}\p{N}_@.\/-])(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{6,20}(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/gu;
/** "2019-RT-448812": a year, letters, then a number. */
/** A French passport number, its digits sometimes spaced: "19 AB 12345", "19 AB 1 2 3 4 5". */
const FRENCH_PASSPORT = /(?<![\p{L}\p{N}])\d{2}\s?[A-Z]{2}\s?(?:\d\s?){4}\d(?![\p{L}\p{N}])/gu;
/** A UK National Insurance number: "JT 62 48 19 B". */
const UK_NINO = /(?<![\p{L}\p{N}])[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}])/gu;
/** A Romanian identity card: "seria XT nr 481920", "seria RX 123456". */
const SERIES_ID = /(?<![\p{L}])seri[ae]\s+[A-Z]{2}\s*(?:nr\.?|num[ăa]rul|n°)?\s*\d{6}(?!\p{N})/giu;
const YEAR_LETTERS_ID = /(?<![\p{L}\p{N}])\d{2,6}[\-/][A-Z]{1,4}[\-/]\d{3,}(?![\p{L}\p{N}])/gu;
/** "RPS-2024-556677", "DOS/2023/1187": a short upper-case prefix, then digit groups. */
/** "10987654 3 ZX1": a Portuguese citizen card number (eight digits, a check digit, two letters and a digit). */
const PT_CITIZEN_CARD = /(?<![\p{L}\p{N}])\d{8}\s?\d\s?[A-Z]{2}\d(?![\p{L}\p{N}])/gu;
/** "FJ 418307", "AXB 503917", "75 № 4829163": a passport or licence series and number. */
const SERIES_NUMBER = /(?<![\p{L}\p{N}])(?:[A-ZА-ЯЁІЇЄҐ]{1,3}\s?\d{6,8}|\d{2}\s?(?:№|No)\s?\d{6,8}|(?<=(?:№|No)\s?)\d{5,8})(?![\p{L}\p{N}])/gu;
/** "13H-004581": digits and letters, a dash, then digits (a landlord's or a file's reference). */
const DIGITS_LETTERS_ID = /(?<![\p{L}\p{N}])\d{1,4}[A-Z]{1,4}[\-/]\d{4,}(?![\p{L}\p{N}])/gu;
/** "505-22C01478": a number, a dash, then letters and digits mixed (a card or a file number). */
const NUMBER_THEN_MIXED_ID = /(?<![\p{L}\p{N}_@.\/-])\d{2,5}[\-/](?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d{4})[A-Z0-9]{6,14}(?![\p{L}\p{N}])/gu;
/** "MDPH 59-2022-45031", "CAF 1234567", "RET 45 887 213": the body's name or a short code in capitals right before a file number goes with it. */
const KNOWN_BODIES = new Set(["MDPH", "CAF", "CPAM", "CNAV", "CARSAT", "MSA", "URSSAF", "CROUS"]);
const BODY_BEFORE = /(?:^|[\s:(])(?:MDPH|CAF|CPAM|CNAV|CARSAT|MSA|URSSAF|CROUS|[A-Z]{2,4})\s+$/u;
const PREFIXED_ID = /(?<![\p{L}\p{N}])[A-Za-z]{1,6}[\-/]?\d[\d\-/]{4,}\d(?![\p{L}\p{N}])/gu;
/** Not identifiers: times, ordinals, sizes and units, form numbers, common product names. */
const NOT_AN_ID = /^(?:\d{1,2}h\d{0,2}|\d+(?:er|ere|eme|e|nd|rd|th|st|km|kg|m2|cm|mm|ml|cl|mo|go|gb|ko|mb|min|mn|ans|an|mois|eur|euros|h|pm|am)|cerfa\d*|covid\d+|\p{L}+\d{1,2}|mp\d|[a-z]\d[a-z]?|\d+x\d+)$/iu;

/** A cue that announces an identifier, then the identifier (digits, possibly letters, grouped). */
const CUED_ID = new RegExp(
  String.raw`(?<![\p{L}])(?:num[ée]ro|num\.?|n°|nº|№|no(?=\s+\p{Lu}{1,3}\s\d)|no\.|n\s?°|#|identifiant|ident\.?|id|matricule|r[ée]f[ée]rence|r[ée]f\.?|dossier|allocataire|client|adh[ée]rent|passeport|passport|pasaporte|passaporte|pașaport|pasaport|паспорт|جواز|carte d'identit[ée]|carte de s[ée]jour|titre de s[ée]jour|r[ée]c[ée]piss[ée]|cni|agdref|anef|fiscal|num[ée]ro fiscal|sécu|secu|s[ée]curit[ée] sociale|permis|contrat|compte|abonn[ée]|pôle emploi|p[ôo]le emploi|france travail|caf|cpam|msa|impots|impôts|SIRET|siren)` +
    String.raw`(?![\p{L}])(?:\s+(?:de|du|d'|l'|la|le|des|my|mon|ma|france travail|caf|p[ôo]le emploi|fiscal|allocataire|dossier|client|s[ée]jour|passeport))*\s*(?:est|c'est|is|es|é|:|=|-|n°|nº|no)?\s*(?:le|:)?\s*(?<v>(?:\p{Lu}{1,3}\s)?[A-Z0-9]*\d[A-Z0-9]*(?:[\s.\-/][A-Z0-9]*\d[A-Z0-9]*)*)(?![\p{L}\p{N}])`,
  "giu",
);

/** "mon numéro de sécu commence par 1 62 07 et finit par 123 45": the parts of a number a resident
 * remembers (never an amount: "ça commence par 150 €"). */
const NUMBER_PART = /(?<=(?<![\p{L}])(?:commence par|commen[çc]ait par|d[ée]bute par|finit par|finissait par|se termine par|termine par|starts with|begins with|ends with|ending in|începe cu|incepe cu|se termină cu|se termina cu|empieza por|termina en|come[çc]a (?:com|por)|termina (?:com|em))\s*:?\s*)\p{N}{1,4}(?:[\s.\-]\p{N}{1,4}){0,5}(?![\p{N}]|[.,]\p{N}|\s?(?:€|euros?\b|eur\b|%|ans\b|years\b|h\b))/giu;

export function ibanSpans(text: string): Span[] {
  return [...spansOf(text, IBAN, "iban").filter((s) => /\d/.test(text.slice(s.start + 2, s.end))), ...spansOf(text, IBAN_CUE, "iban")];
}

export function nirSpans(text: string): Span[] {
  // The key may follow apart: "2 92 05 99 350 118 clé 46".
  return spansOf(text, NIR, "nir").map((s) => {
    const key = /^\s*,?\s*(?:cl[ée]|key|cle)\s*:?\s*\d{2}(?!\d)/iu.exec(text.slice(s.end));
    return key ? { ...s, end: s.end + key[0].length } : s;
  });
}

/** Long numbers (dates are taken before, by their own detector). */
export function longNumberSpans(text: string): Span[] {
  return withBodyName(text, spansOf(text, LONG_NUMBER, "number"));
}

function withBodyName(text: string, spans: Span[]): Span[] {
  return spans.map((s) => {
    const body = BODY_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start));
    // (A known word in capitals is a cue, not a code: "DDN 02/11/1985", "NIR …".)
    const code = body?.[0].trim().replace(/^[:(]/u, "");
    if (!body || (code && !KNOWN_BODIES.has(code) && KNOWN_CAPITALISED.has(code.toLowerCase()))) return s;
    return { ...s, start: s.start - body[0].trimStart().length };
  });
}

/** Identifiers: mixed letters and digits, and what follows an identifier cue. */
export function idSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MIXED_ID)) {
    const value = m[0];
    if (NOT_AN_ID.test(value)) continue;
    const digits = value.replace(/\D/gu, "").length;
    const upperOrDigits = /^[\p{Lu}\p{N}]+$/u.test(value);
    if (digits >= 3 || (upperOrDigits && value.length >= 6 && digits >= 1) || (value.length >= 8 && digits >= 2)) out.push({ start: m.index, end: m.index + value.length, kind: "number" });
  }
  for (const m of text.matchAll(FRENCH_PASSPORT)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const m of text.matchAll(UK_NINO)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const m of text.matchAll(SERIES_ID)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const m of text.matchAll(YEAR_LETTERS_ID)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const m of text.matchAll(SERIES_NUMBER)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const m of text.matchAll(PT_CITIZEN_CARD)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const pattern of [DIGITS_LETTERS_ID, NUMBER_THEN_MIXED_ID]) for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  for (const m of text.matchAll(PREFIXED_ID)) {
    if (m[0].replace(/\D/gu, "").length >= 5 && !/^(?:cerfa|CERFA|[LRD][\d.\- ])/u.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  }
  for (const m of text.matchAll(CUED_ID)) {
    const value = m.groups!.v!.replace(/[\s.\-/]+$/u, "");
    const digits = value.replace(/\D/gu, "").length;
    // Four digits at least ("n° 1234"), so a time or a count after "numéro" is left; a year alone too;
    // and a form's number ("cerfa n°10840*07") is nobody's.
    // (A French short service number, "3230", "3919", is everyone's.)
    if (digits < 4 || /^(?:19|20)\d\d$/u.test(value) || /^3\d{3}$/u.test(value.replace(/^\p{L}{1,3}\s/u, "").replace(/[\s.]/gu, ""))) continue;
    if (/^\*/u.test(text.slice(m.index + m[0].length)) || /cerfa\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = m.index + m[0].lastIndexOf(m.groups!.v!);
    out.push({ start, end: start + value.length, kind: "number" });
  }
  for (const m of text.matchAll(NUMBER_PART)) if (m[0].replace(/\D/gu, "").length >= 3) out.push({ start: m.index, end: m.index + m[0].length, kind: "number" });
  return withBodyName(text, out);
}
