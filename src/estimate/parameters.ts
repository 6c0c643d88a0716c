/**
 * The legislation's parameters, as the estimator reads them: dated values by key, the value in force on
 * the first day of a month (as OpenFisca evaluates `parameters(period)`). Keys are OpenFisca-France
 * parameter paths (`prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa`),
 * plus a few figures OpenFisca writes in its code rather than in a parameter (under `accueil.`).
 *
 * The estimator never holds a figure itself: the shipped values come from content/estimate/parameters.yml
 * (each with its source and check, like a catalogue figure), the OpenFisca test cases bring the values of
 * their own periods from OpenFisca's parameter files.
 */
import { firstDay, type Month } from "./months.js";

export interface DatedValue {
  /** First day the value applies (YYYY-MM-DD). */
  from: string;
  /** A number in OpenFisca's unit (a rate as a ratio, 0.12), a list (country codes), or null: stopped. */
  value: number | readonly string[] | null;
  /** False when nobody could confirm the value against an official text or OpenFisca. */
  confirmed?: boolean;
  /** What the figure is, in French, for the resident and the logs. */
  label?: string;
  /** "MM-DD" when the figure is revalued each year on that day: read for a month after the next such day
   * (and no newer value given), it may be out of date, and is reported as not confirmed. */
  revalued?: string;
}

export interface UsedValue {
  key: string;
  from: string;
  /** Checked against an official text or OpenFisca, and not read past its next yearly revaluation. */
  confirmed: boolean;
  label?: string;
}

/** The first `monthDay` ("04-01") strictly after `day`. */
function nextRevaluation(day: string, monthDay: string): string {
  const year = Number(day.slice(0, 4));
  const sameYear = `${day.slice(0, 4)}-${monthDay}`;
  return sameYear > day ? sameYear : `${String(year + 1).padStart(4, "0")}-${monthDay}`;
}

export class MissingParameterError extends Error {
  constructor(
    readonly key: string,
    readonly day: string,
  ) {
    super(`no value for the parameter ${key} on ${day}`);
    this.name = "MissingParameterError";
  }
}

export interface ParameterSource {
  /** The number in force on the first day of `month`. */
  number(key: string, month: Month): number;
  /** The list in force on the first day of `month` (country codes). */
  list(key: string, month: Month): readonly string[];
  /** The values read so far (for "figures as of …" and the cautions of an estimate). */
  used(): UsedValue[];
}

export type Timelines = Readonly<Record<string, readonly DatedValue[]>>;

/** Values sorted oldest first; the value in force on a day is the latest dated on or before it. */
export function parameterSource(timelines: Timelines): ParameterSource {
  const sorted = new Map<string, DatedValue[]>();
  for (const [key, values] of Object.entries(timelines)) sorted.set(key, [...values].sort((a, b) => a.from.localeCompare(b.from)));
  const used = new Map<string, UsedValue>();

  function inForce(key: string, month: Month): DatedValue {
    const day = firstDay(month);
    let found: DatedValue | undefined;
    for (const v of sorted.get(key) ?? []) if (v.from <= day) found = v;
    if (!found || found.value === null) throw new MissingParameterError(key, day);
    const id = `${key}@${found.from}`;
    const stale = found.revalued !== undefined && nextRevaluation(found.from, found.revalued) <= day;
    const confirmed = (found.confirmed ?? true) && !stale;
    const known = used.get(id);
    if (!known) used.set(id, { key, from: found.from, confirmed, ...(found.label ? { label: found.label } : {}) });
    else if (!confirmed) known.confirmed = false;
    return found;
  }

  return {
    number(key, month) {
      const { value } = inForce(key, month);
      if (typeof value !== "number") throw new Error(`the parameter ${key} is a list, not a number`);
      return value;
    },
    list(key, month) {
      const { value } = inForce(key, month);
      if (!Array.isArray(value)) throw new Error(`the parameter ${key} is a number, not a list`);
      return value as readonly string[];
    },
    used: () => [...used.values()],
  };
}
