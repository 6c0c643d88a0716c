/** A stretch of a resident's text holding personal data, found by one of the redactor's detectors. */
export type PersonalDataKind =
  | "name"
  | "phone"
  | "email"
  | "nir"
  | "iban"
  | "address"
  | "postcode"
  | "birthdate"
  | "date"
  | "handle"
  | "number"
  | "health";

export interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/** Lower case without diacritics, for comparing words ("Hélène" → "helene"). */
export function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’]/g, "'")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .toLowerCase();
}

/** Every match of a global pattern as a span of the given kind (group `v` narrows it when present). */
export function spansOf(text: string, pattern: RegExp, kind: PersonalDataKind): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = m.groups?.v;
    if (value !== undefined) {
      const offset = m[0].indexOf(value);
      out.push({ start: m.index + offset, end: m.index + offset + value.length, kind });
    } else {
      out.push({ start: m.index, end: m.index + m[0].length, kind });
    }
  }
  return out;
}

/** A span without the spaces and unmatched brackets at its edges. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  // An opening bracket stays when its closing one is inside ("(21) 99876-1234").
  while (start < end && (/[\s)]/u.test(text[start]!) || (text[start] === "(" && !text.slice(start + 1, end).includes(")")))) start++;
  while (end > start && /[\s(]/u.test(text[end - 1]!)) end--;
  if (text[end - 1] === ")" && !text.slice(start, end - 1).includes("(")) end--;
  return { ...s, start, end };
}
