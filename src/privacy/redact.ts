/**
 * Removes personal data from a resident's question before anyone without a need to know (volunteers)
 * reads it: names, phone numbers, e-mail addresses, social-security numbers (NIR), IBANs, postal
 * addresses and postcodes, dates, social-network handles, identifiers (CAF, France Travail, passport,
 * titre de séjour, tax and file numbers, with or without letters), any other long number, and health
 * details (conditions, treatments, disabilities, pregnancy, addictions, mental health, hospital stays:
 * special-category data, RGPD art. 9).
 *
 * Design:
 * - Deterministic, French first with the residents' other languages (English, Spanish, Portuguese,
 *   Romanian, Arabic in script and in Latin "arabizi", Russian, Ukrainian, Turkish), biased towards
 *   removing too much: a volunteer reading "[nom]" where a town was is a small loss; a volunteer reading
 *   a resident's name or illness is a breach of professional secrecy.
 * - The text is read after normalisation (normalize.ts: NFKC — full-width "ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ" —,
 *   Arabic-Indic digits, zero-width characters dropped) and, by the lexicon detectors, folded (no case,
 *   no accents); every span found is mapped back, and the resident's original characters are what gets
 *   replaced.
 * - Detectors, most specific first: e-mails (also "arobase", "(at)", "point com"), IBANs, NIR, phones
 *   (any separators, +33/0033, a letter O for a zero, digits spelled out), handles, dates (every format,
 *   every language's months), health (health-spans.ts), identifiers, addresses and postcodes, long
 *   numbers, names (name-spans.ts: cues, titles, relatives, greetings, signatures, first-name and
 *   surname lists of many origins, capitals, words no vocabulary knows in a name's place). A character
 *   taken by one detector keeps that detector's kind; what a later, overlapping span adds is still
 *   removed (spans are united, never dropped). Each run becomes one marker ("[nom]", "[santé]").
 * - Health details: the text is redacted, and `health` is set — the volunteers' dialogue never shares
 *   such a question (an agent answers it). Institution and benefit names ("MDPH", "AAH", "handicap" in
 *   "les personnes handicapées") count only when tied to someone ("mon dossier MDPH"); otherwise they are
 *   left and reported as a doubt.
 * - Residual doubt (residual-doubt.ts): whatever is left that could still be personal — a word no
 *   vocabulary knows, a listed name, a digit run no detector classified, mail remnants — is listed in
 *   `doubts`, and `doubt` is set: the question is then held for an agent's review before any volunteer
 *   sees it.
 * - Fast: a few regular expressions and set look-ups per message, well under a millisecond for a typical
 *   question (the word lists are loaded once, at import).
 */
import { addressSpans } from "./address-spans.js";
import { emailSpans, handleSpans, phoneSpans } from "./contact-spans.js";
import { dateSpans } from "./date-spans.js";
import { findHealth } from "./health-spans.js";
import { MARKER_PATTERN, REDACTION_MARKERS } from "./markers.js";
import { nameSpans } from "./name-spans.js";
import { detectionText, toSource } from "./normalize.js";
import { ibanSpans, idSpans, longNumberSpans, nirSpans } from "./number-spans.js";
import { residualDoubts } from "./residual-doubt.js";
import type { PersonalDataKind, Span } from "./span.js";

export type { PersonalDataKind } from "./span.js";
export { MARKER_PATTERN, REDACTION_MARKERS } from "./markers.js";

export interface Redaction {
  text: string;
  /** Kinds found, with how many spans of each were replaced; empty when nothing was found. */
  found: Array<{ kind: PersonalDataKind; count: number }>;
  /** A health detail was found (and redacted): such a question is never shown to volunteers. */
  health: boolean;
  /** Something left could still be personal data: an agent must review the question first. */
  doubt: boolean;
  /** What raised the doubt (words or numbers left in the redacted text, for the reviewing agent). */
  doubts: string[];
}

const KIND_ORDER: PersonalDataKind[] = ["email", "iban", "nir", "phone", "handle", "birthdate", "date", "health", "number", "address", "postcode", "name"];

export function redactPersonalData(text: string): Redaction {
  const source = text.normalize("NFC");
  const detection = detectionText(source);
  const d = detection.text;
  const health = findHealth(d);

  // Most specific first: an IBAN holds digit groups a phone pattern would take, an e-mail holds a name.
  const detectors: Array<() => Span[]> = [
    () => emailSpans(d),
    () => ibanSpans(d),
    () => nirSpans(d),
    () => phoneSpans(d),
    () => handleSpans(d),
    () => dateSpans(d),
    () => health.spans,
    () => idSpans(d),
    () => addressSpans(d),
    () => longNumberSpans(d),
    () => nameSpans(d),
  ];

  // Which kind owns each character of the source (0: none); markers already there are kept as they are.
  const owner = new Int8Array(source.length);
  const KEPT = -1;
  for (const m of source.matchAll(MARKER_PATTERN)) owner.fill(KEPT, m.index, m.index + m[0].length);
  for (const detect of detectors) {
    for (const span of detect()) {
      if (span.end <= span.start) continue;
      const { start, end } = trimToWord(source, toSource(detection, span.start, span.end));
      const code = KIND_ORDER.indexOf(span.kind) + 1;
      for (let i = start; i < end; i++) if (owner[i] === 0) owner[i] = code;
    }
  }

  // Runs of one kind become one marker; two runs of the same kind separated only by spaces or a hyphen
  // are one ("[nom]" for "Fatima Benali", not "[nom] [nom]": the length of a name tells something).
  const runs: Array<{ start: number; end: number; kind: PersonalDataKind }> = [];
  for (let i = 0; i < source.length; ) {
    const code = owner[i]!;
    let j = i + 1;
    while (j < source.length && owner[j] === code) j++;
    if (code > 0) {
      const kind = KIND_ORDER[code - 1]!;
      const last = runs.at(-1);
      // Two kinds touching with nothing between ("34-2023" + "-00871") read as one value: one marker.
      if (last && ((last.kind === kind && /^[\s\-]*$/u.test(source.slice(last.end, i))) || last.end === i)) last.end = j;
      else runs.push({ start: i, end: j, kind });
    }
    i = j;
  }

  let out = "";
  let cursor = 0;
  const counts = new Map<PersonalDataKind, number>();
  for (const run of runs) {
    out += source.slice(cursor, run.start) + REDACTION_MARKERS[run.kind];
    cursor = run.end;
    counts.set(run.kind, (counts.get(run.kind) ?? 0) + 1);
  }
  out += source.slice(cursor);
  const doubts = residualDoubts(out, health.generalMentions);
  return {
    text: out,
    found: [...counts].map(([kind, count]) => ({ kind, count })),
    health: counts.has("health"),
    doubt: doubts.length > 0,
    doubts,
  };
}

/** A span without the spaces and punctuation at its edges (what stays around a marker reads better). */
function trimToWord(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s,;:.!?()"«»]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:!?()"«»]/u.test(text[end - 1]!)) end--;
  // A final dot stays with an abbreviation or an initial ("av.", "J."), not with a sentence.
  if (end > start && text[end - 1] === "." && !/(?:^|[\s.])[\p{L}]{1,4}\.$/u.test(text.slice(start, end))) end--;
  return { start, end };
}
