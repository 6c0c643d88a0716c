/**
 * IBANs, French social-security numbers (NIR, 13 digits + a 2-digit key, Corsica "2A"/"2B"), dates of
 * birth, and any other long number (allocataire, tax or file numbers identify a person too).
 */
import { spansOf, type Span } from "./span.js";

const SEP = String.raw`[\s.\-]?`;

const IBAN = new RegExp(String.raw`\b[A-Z]{2}\d{2}(?:${SEP}[A-Z0-9]{4}){2,7}(?:${SEP}[A-Z0-9]{1,3})?\b`, "gi");
/** What follows "IBAN" / "RIB" is bank data even when mistyped. */
const IBAN_CUE = /\b(?:iban|rib|bic)\s*(?::|=|c'est|est)?\s*(?<v>[A-Z0-9](?:[\s.\-]?[A-Z0-9]){7,33})/gi;

const NIR = new RegExp(
  String.raw`(?<![\p{N}])[12]${SEP}\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\d)${SEP}(?:\d{2}|2[AB])${SEP}\d{3}${SEP}\d{3}(?:${SEP}\d{2})?(?![\p{N}])`,
  "giu",
);

const MONTHS = String.raw`janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|d[ée]c\.?`;
const NUMERIC_DATE = String.raw`(?:0?[1-9]|[12]\d|3[01])\s?[/.\-]\s?(?:0?[1-9]|1[0-2])\s?[/.\-]\s?(?:\d{4}|\d{2})`;
const WORD_DATE = String.raw`(?:1er|premier|0?[1-9]|[12]\d|3[01])\s+(?:${MONTHS})\s+(?:\d{4}|\d{2})\b`;
const MONTH_YEAR = String.raw`(?:${MONTHS})\s+(?:19|20)\d{2}`;
const DAY_MONTH = String.raw`(?:1er|premier|0?[1-9]|[12]\d|3[01])\s+(?:${MONTHS})`;
const YEAR = String.raw`(?:19|20)\d{2}`;

const ANY_FULL_DATE = new RegExp(String.raw`(?<![\p{N}])(?:${NUMERIC_DATE}|${WORD_DATE})(?![\p{N}])`, "giu");
/** "né le 3 mars 1985", "née en 1962", "date de naissance : 03/03/85", "DDN 1/2/90", "né(e) le 3 mars". */
const CUED_BIRTH = new RegExp(
  String.raw`(?:\bn[ée]e?s?\b|\bn[ée]\(e\)|\bdate\s+de\s+naissance\b|\bddn\b|\bnaissance\b|\banniversaire\b|\bborn\b|\bnacid[oa]\b)\s*(?::|le|en|du|on|in|el)?\s*(?<v>${NUMERIC_DATE}|${WORD_DATE}|${MONTH_YEAR}|${DAY_MONTH}|${YEAR})`,
  "giu",
);

/** Seven digits or more, with separators: file, allocataire, tax or card numbers. */
const LONG_NUMBER = /(?<![\p{N}\p{L}])\p{N}(?:[\s.\-/]?\p{N}){6,}(?![\p{N}])/gu;

/** Years from which a full date is taken for a date of birth rather than an appointment. */
const BIRTH_YEAR_LIMIT = 2014;

export function ibanSpans(text: string): Span[] {
  return [...spansOf(text, IBAN, "iban").filter((s) => /\d/.test(text.slice(s.start + 2, s.end))), ...spansOf(text, IBAN_CUE, "iban")];
}

export function nirSpans(text: string): Span[] {
  return spansOf(text, NIR, "nir");
}

export function birthdateSpans(text: string): Span[] {
  const cued = spansOf(text, CUED_BIRTH, "birthdate");
  // A full date with an old year is someone's birth (or a past event as telling): removed either way.
  const old = spansOf(text, ANY_FULL_DATE, "birthdate").filter((s) => yearOf(text.slice(s.start, s.end)) < BIRTH_YEAR_LIMIT);
  return [...cued, ...old];
}

const WHOLE_DATE = new RegExp(String.raw`^${NUMERIC_DATE}$`, "u");

/** Long numbers that are not dates (an appointment "le 12/03/2026" is no identifier). */
export function longNumberSpans(text: string): Span[] {
  return spansOf(text, LONG_NUMBER, "number").filter((s) => !WHOLE_DATE.test(text.slice(s.start, s.end)));
}

function yearOf(date: string): number {
  const digits = date.match(/(\d{2,4})\s*$/)?.[1] ?? "";
  if (digits.length === 4) return Number(digits);
  const two = Number(digits);
  // "12/03/85" is 1985; "12/03/24" is 2024.
  return two > 30 ? 1900 + two : 2000 + two;
}
