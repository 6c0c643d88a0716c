/**
 * `content check --openfisca DIR`: each figure that names an OpenFisca parameter is compared with a local
 * checkout of openfisca-france's parameter files.
 *
 * - match: OpenFisca's value in force on the figure's `effective_from` is the catalogue's, and OpenFisca
 *   knows no later change;
 * - newer: the same, but OpenFisca has a different value from a later date (a revaluation to copy, with
 *   the official text OpenFisca cites);
 * - mismatch: OpenFisca's value on that date differs (a typing error, or OpenFisca not yet updated);
 * - missing: the parameter is not in this checkout (renamed or removed), or holds no value on that date.
 * A figure computed from a parameter (`multiply_by`, `divide_by`) may differ by its own rounding: less
 * than a cent, or less than half a euro for a figure written in whole euros; a figure in percent follows a
 * ratio parameter (unit /1) times 100.
 */
import { entryFigureList } from "../figure-provenance.js";
import type { Amount, CatalogueEntry } from "../schema.js";
import { parametersRoot, readParameter, valueOn, type ParameterReference, type ParameterTimeline } from "./read-parameter.js";

export type CrossCheckStatus = "match" | "newer" | "mismatch" | "missing";

export interface CrossCheckResult {
  entry: string;
  label: string;
  parameter: string;
  status: CrossCheckStatus;
  catalogue: { value: number; from: string };
  /** OpenFisca's value in force on the figure's effective_from (converted like the figure). */
  openfisca?: { value: number; from: string };
  /** For `newer`: OpenFisca's latest value, its date and the text it cites. */
  newer?: { value: number | null; from: string; references: ParameterReference[] };
  /** For `missing`: why. */
  problem?: string;
}

export interface CrossCheckReport {
  root: string;
  results: CrossCheckResult[];
  /** Figures that name no OpenFisca parameter. */
  notModelled: { entry: string; label: string }[];
}

/** Exact parameters must agree; a computed figure may differ by its own rounding (to the cent, or to the
 * euro for a figure written without cents). */
const EXACT = 0.00001;
const CENT = 0.01;
const EURO = 0.5;

/** OpenFisca units of a rate (a fraction of 1, of the SMIC, of the BMAF, of the RSA's base amount). */
const RATIO_UNITS: ReadonlySet<string> = new Set(["/1", "smic", "smic_mensuel_brut", "BMAF", "RSA"]);

function converter(figure: Amount, timeline: ParameterTimeline): (value: number) => number {
  const ref = figure.openfisca!;
  const factor = ("multiply_by" in ref ? (ref.multiply_by ?? 1) : 1) / ("divide_by" in ref ? (ref.divide_by ?? 1) : 1);
  const ratioToPercent =
    figure.unit === "percent" && (RATIO_UNITS.has(timeline.unit ?? "") || timeline.values.every((v) => v.value === null || Math.abs(v.value) <= 1));
  return (value) => value * factor * (ratioToPercent ? 100 : 1);
}

function tolerance(figure: Amount): number {
  const ref = figure.openfisca!;
  if (!("multiply_by" in ref) && !("divide_by" in ref)) return EXACT;
  return (Number.isInteger(figure.value) ? EURO : CENT) + EXACT;
}

export function crossCheckFigure(entry: string, figure: Amount, timeline: ParameterTimeline | { error: string }): CrossCheckResult {
  const parameter = figure.openfisca!.parameter;
  const base = { entry, label: figure.label, parameter, catalogue: { value: figure.value, from: figure.effective_from } };
  if ("error" in timeline) return { ...base, status: "missing", problem: timeline.error };
  const convert = converter(figure, timeline);
  const same = (a: number, b: number): boolean => Math.abs(a - b) <= tolerance(figure);
  const inForce = valueOn(timeline, figure.effective_from);
  if (!inForce) return { ...base, status: "missing", problem: `no value on ${figure.effective_from} (OpenFisca starts on ${timeline.values[0]?.date ?? "?"})` };
  if (inForce.value === null) return { ...base, status: "missing", problem: `the parameter ended on ${inForce.date}` };
  const inForceValue = convert(inForce.value);
  const openfisca = { value: round(inForceValue), from: inForce.date };
  if (!same(inForceValue, figure.value)) return { ...base, status: "mismatch", openfisca };
  const latest = timeline.values.at(-1)!;
  const changed = latest.date > figure.effective_from && (latest.value === null || !same(convert(latest.value), figure.value));
  if (!changed) return { ...base, status: "match", openfisca };
  return {
    ...base,
    status: "newer",
    openfisca,
    newer: { value: latest.value === null ? null : round(convert(latest.value)), from: latest.date, references: timeline.references.get(latest.date) ?? [] },
  };
}

/** For the report: a thousandth shows how a computed figure was rounded (1 043,595 → 1 043,59). */
function round(value: number): number {
  return Math.round(value * 1e3) / 1e3;
}

export function crossCheckOpenFisca(entries: readonly CatalogueEntry[], dir: string): CrossCheckReport {
  const root = parametersRoot(dir);
  const cache = new Map<string, ReturnType<typeof readParameter>>();
  const report: CrossCheckReport = { root, results: [], notModelled: [] };
  for (const entry of entries) {
    for (const { figure } of entryFigureList(entry)) {
      if (!figure.openfisca) {
        report.notModelled.push({ entry: entry.id, label: figure.label });
        continue;
      }
      const path = figure.openfisca.parameter;
      if (!cache.has(path)) cache.set(path, readParameter(root, path));
      report.results.push(crossCheckFigure(entry.id, figure, cache.get(path)!));
    }
  }
  return report;
}

export function countByStatus(report: CrossCheckReport): Record<CrossCheckStatus, number> {
  const counts: Record<CrossCheckStatus, number> = { match: 0, newer: 0, mismatch: 0, missing: 0 };
  for (const r of report.results) counts[r.status]++;
  return counts;
}
