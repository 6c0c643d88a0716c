/**
 * Removes personal data from a resident's question before anyone without a need to know (volunteers)
 * reads it: names, phone numbers, e-mail addresses, social-security numbers (NIR), IBANs, postal
 * addresses, dates of birth, social-network handles, and any other long number (CAF allocataire or tax
 * numbers identify a person as surely as a name).
 *
 * French first, deterministic, biased towards removing too much: a volunteer reading "[nom]" where a town
 * was is a small loss; a volunteer reading a resident's name is a breach of professional secrecy.
 * Each detector marks spans of the original text; overlapping spans keep the first detector's kind (the
 * order below goes from the most to the least specific); each span becomes a marker such as "[nom]".
 *
 * Names are the hard part (see name-spans.ts): cues ("je m'appelle", "Mme", "mon fils", greetings and
 * signatures), a first-name list, and capitalised words that are not known words in the middle of a
 * sentence. A lower-case name with no cue and not in the list is the known blind spot.
 */
import { addressSpans } from "./address-spans.js";
import { emailSpans, handleSpans, phoneSpans } from "./contact-spans.js";
import { nameSpans } from "./name-spans.js";
import { birthdateSpans, ibanSpans, longNumberSpans, nirSpans } from "./number-spans.js";
import type { Span, PersonalDataKind } from "./span.js";

export type { PersonalDataKind } from "./span.js";

export interface Redaction {
  text: string;
  /** Kinds found, with how many spans of each were replaced; empty when nothing was found. */
  found: Array<{ kind: PersonalDataKind; count: number }>;
}

/**
 * What replaces each kind. These markers are stored with the question and shown as they are to the
 * volunteers (a French team), like the store's ERASED_MARKER: data, not interface text.
 */
export const REDACTION_MARKERS: Record<PersonalDataKind, string> = {
  email: "[e-mail]",
  iban: "[IBAN]",
  nir: "[n° de sécurité sociale]",
  phone: "[téléphone]",
  number: "[numéro]",
  birthdate: "[date de naissance]",
  address: "[adresse]",
  handle: "[pseudo]",
  name: "[nom]",
};

const MARKER_PATTERN = /\[(?:e-mail|IBAN|n° de sécurité sociale|téléphone|numéro|date de naissance|adresse|pseudo|nom)\]/gu;

export function redactPersonalData(text: string): Redaction {
  const source = text.normalize("NFC");
  // Markers already in the text (a resident pasting a redacted text back) are kept as they are.
  const kept = [...source.matchAll(MARKER_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const accepted: Span[] = [];

  // Most specific first: an IBAN holds digit groups a phone pattern would take, an e-mail holds a name.
  const detectors: Array<(text: string) => Span[]> = [
    emailSpans,
    ibanSpans,
    nirSpans,
    phoneSpans,
    handleSpans,
    birthdateSpans,
    addressSpans,
    longNumberSpans,
    nameSpans,
  ];
  for (const detect of detectors) {
    for (const span of detect(source)) {
      if (span.end <= span.start) continue;
      const overlaps = (a: { start: number; end: number }) => span.start < a.end && a.start < span.end;
      if (kept.some(overlaps) || accepted.some(overlaps)) continue;
      accepted.push(span);
    }
  }
  const spans = accepted.sort((a, b) => a.start - b.start);
  const merged = mergeNeighbours(source, spans);

  let out = "";
  let cursor = 0;
  const counts = new Map<PersonalDataKind, number>();
  for (const span of merged) {
    out += source.slice(cursor, span.start) + REDACTION_MARKERS[span.kind];
    cursor = span.end;
    counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  }
  out += source.slice(cursor);
  return { text: out, found: [...counts].map(([kind, count]) => ({ kind, count })) };
}

/** "[nom] [nom]" for "Fatima Benali" reads worse and tells the length of a name: one marker per run. */
function mergeNeighbours(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && last.kind === span.kind && /^[\s,-]*$/u.test(text.slice(last.end, span.start)) && !text.slice(last.end, span.start).includes(",")) {
      last.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}
