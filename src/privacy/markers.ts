/**
 * What replaces each kind of personal data. These markers are stored with the question and shown as they
 * are to the volunteers (a French team), like the store's ERASED_MARKER: data, not interface text.
 */
import type { PersonalDataKind } from "./span.js";

export const REDACTION_MARKERS: Record<PersonalDataKind, string> = {
  email: "[e-mail]",
  iban: "[IBAN]",
  nir: "[n° de sécurité sociale]",
  phone: "[téléphone]",
  number: "[numéro]",
  birthdate: "[date de naissance]",
  date: "[date]",
  address: "[adresse]",
  postcode: "[code postal]",
  handle: "[pseudo]",
  name: "[nom]",
  health: "[santé]",
};

/** Any marker, as it appears in a redacted text. */
export const MARKER_PATTERN = new RegExp(
  Object.values(REDACTION_MARKERS)
    .map((m) => m.replace(/[[\]\\.*+?^${}()|]/g, "\\$&"))
    .join("|"),
  "gu",
);
