/**
 * A name the resident also typed inside an e-mail address: "my roommate aarav (aarav.mehta.2000@…)",
 * "écrivez à kenza, kenza.b@…". The address itself goes to the e-mail detector; the same word written
 * elsewhere in the message, even in lower case, is the person's name. Only words of the address's local
 * part that no vocabulary knows are spread ("contact", "info", "mairie" never are).
 */
import { FUNCTION_WORDS, isCommonWord } from "./lexicon.js";
import { foldWord } from "./normalize.js";
import { isKnown, type Token } from "./name-words.js";
import type { Span } from "./span.js";

const EMAIL = /[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+/gu;

export function namesInEmails(text: string, tokens: readonly Token[]): Span[] {
  const emails = [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, local: m[0].slice(0, m[0].indexOf("@")) }));
  if (emails.length === 0) return [];
  const pieces = new Set(
    emails.flatMap((e) => e.local.split(/[^\p{L}]+/u)).filter((p) => p.length >= 3).map(foldWord).filter((p) => !isCommonWord(p) && !FUNCTION_WORDS.has(p)),
  );
  return tokens
    .filter((t) => pieces.has(t.folded) && !isKnown(t) && !emails.some((e) => e.start < t.end && t.start < e.end))
    .map((t) => ({ start: t.start, end: t.end, kind: "name" }));
}
