/**
 * E-mail addresses (also written "jean point dupont arobase gmail point com"), phone numbers (French and
 * international, with any separators) and social-network handles ("@jean_d", "insta : jeand34",
 * facebook.com/jean.dupont).
 */
import { spansOf, type Span } from "./span.js";

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]+`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}\-]+`;

const EMAIL = new RegExp(String.raw`${LOCAL}@${DOMAIN_LABEL}(?:\.${DOMAIN_LABEL})*\.\p{L}{2,}`, "gu");
/** "jean.dupont arobase gmail point com", "jean (at) gmail (dot) com". */
const SPOKEN_EMAIL = new RegExp(
  String.raw`${LOCAL}(?:\s+(?:point|dot|tiret|underscore)\s+${LOCAL})*\s*(?:\(at\)|\[at\]|\{at\}|\barobase\b|\barobas\b|\bat\b)\s*${DOMAIN_LABEL}(?:\s*(?:\.|\(dot\)|\[dot\]|\bpoint\b|\bdot\b)\s*${DOMAIN_LABEL})*\s*(?:\.|\(dot\)|\[dot\]|\bpoint\b|\bdot\b)\s*(?:com|fr|net|org|eu|be|ch|info|biz|io|ma|dz|tn|sn|ua|es|pt|it|de|uk)\b`,
  "giu",
);

/** French numbers: 0X XX XX XX XX or +33 (0)X XX XX XX XX, any separators among space . - / */
const FRENCH_PHONE = /(?<![\p{N}])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]|0\s?[1-9])(?:[\s.\-/]{0,2}\p{N}{2}){4}(?!\p{N})/gu;
/** International numbers: a country code then 6 to 14 digits in groups. */
const INTERNATIONAL_PHONE = /(?<![\p{N}\p{L}])(?:\+|00)\s?[1-9]\p{N}{0,2}(?:[\s.\-/]{0,2}\(?\p{N}{1,4}\)?){2,6}(?!\p{N})/gu;
/** A phone number given as words after a cue: "mon numéro c'est le 06 12 34 56" (short or partial). */
const CUED_PHONE = /\b(?:t[ée]l[ée]?phone|t[ée]l\.?|portable|mobile|num[ée]ro(?:\s+de\s+(?:t[ée]l[ée]phone|portable))?|joignable\s+au|appele[rz]?(?:-moi)?\s+au|rappele[rz]?(?:-moi)?\s+au|whatsapp)\s*(?::|au|c'est(?:\s+le)?|est(?:\s+le)?|le)?\s*(?<v>\+?\p{N}(?:[\s.\-/]{0,2}\p{N}){5,14})/giu;

const HANDLE_AT = /(?<![\p{L}\p{N}._%+\-@])@[\p{L}\p{N}_.]{2,30}/gu;
const HANDLE_CUE = /\b(?:insta(?:gram)?|snap(?:chat)?|facebook|fb|tiktok|twitter|telegram|whatsapp|discord|skype|linkedin|messenger|signal|pseudo|identifiant|login|username)\s*(?::|=|->|→|c'est|est)\s*(?<v>@?[\p{L}\p{N}_.\-]{2,40})/giu;
const HANDLE_URL = /\b(?:https?:\/\/)?(?:www\.)?(?:facebook|fb|instagram|tiktok|twitter|x|linkedin|snapchat|t)\.(?:com|me)\/[\p{L}\p{N}_.\-/@]+/giu;

export function emailSpans(text: string): Span[] {
  return [...spansOf(text, EMAIL, "email"), ...spansOf(text, SPOKEN_EMAIL, "email")];
}

export function phoneSpans(text: string): Span[] {
  return [...spansOf(text, FRENCH_PHONE, "phone"), ...spansOf(text, INTERNATIONAL_PHONE, "phone"), ...spansOf(text, CUED_PHONE, "phone")];
}

export function handleSpans(text: string): Span[] {
  return [...spansOf(text, HANDLE_URL, "handle"), ...spansOf(text, HANDLE_CUE, "handle"), ...spansOf(text, HANDLE_AT, "handle")];
}
