/**
 * content/estimate/parameters.yml: the dated figures of the eligibility estimate, each with the provenance
 * of a catalogue figure (source, checked_against, verified_on; `confirmed` derived, never written), and
 * content/estimate/simulators.yml: the official simulator of each benefit.
 *
 * Read into the estimator's timelines (rates written in percent become ratios), and checked by
 * `accueil content check`: schema, every parameter the estimator reads present, dates in order, each
 * value's provenance, agreement with the catalogue's figures that follow the same OpenFisca parameter,
 * and with `--openfisca`, each value against OpenFisca's.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { entryFigureList, figureProvenance } from "../catalogue/figure-provenance.js";
import { isOfficialSite } from "../catalogue/official-sites.js";
import { crossCheckFigure, type CrossCheckResult } from "../catalogue/openfisca/cross-check.js";
import { parametersRoot, readParameter } from "../catalogue/openfisca/read-parameter.js";
import { amountSchema, checkSchema, REVALUATIONS, type Amount, type CatalogueEntry } from "../catalogue/schema.js";
import { ALL_KEYS, OPTIONAL_KEYS } from "../estimate/parameter-keys.js";
import type { DatedValue, Timelines } from "../estimate/parameters.js";
import { CONTENT_DIR } from "../project-root.js";
import { parseYaml, readCheckedYamlFile } from "./read-yaml.js";

export const DEFAULT_ESTIMATE_DIR = join(CONTENT_DIR, "estimate");

/** content/estimate under a content folder, or the shipped one when that folder has none. */
export function estimateDir(contentDir: string): string {
  const dir = join(contentDir, "estimate");
  return existsSync(join(dir, "parameters.yml")) ? dir : DEFAULT_ESTIMATE_DIR;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const key = z.string().regex(/^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/, "expected a dotted parameter path");

const parameterSchema = z
  .object({
    key,
    /** False for a figure OpenFisca writes in its code (`accueil.…`): not cross-checked. */
    openfisca: z.boolean().default(true),
    /** Read only for situations the chat never describes: its absence is not an error. */
    optional: z.boolean().default(false),
    note: z.string().optional(),
    values: z.array(amountSchema).min(1),
  })
  .strict();

const listValueSchema = z
  .object({
    value: z.array(z.string().regex(/^[A-Z]{2}$/, "expected ISO 3166-1 alpha-2 country codes")).min(1),
    effective_from: isoDate,
    source: z.url({ protocol: /^https$/ }),
    checked_against: z.array(checkSchema).min(1),
    verified_on: isoDate,
    note: z.string().optional(),
  })
  .strict();

const listSchema = z.object({ key, label: z.string().min(3), values: z.array(listValueSchema).min(1) }).strict();

export const estimateParametersSchema = z
  .object({
    parameters: z.array(parameterSchema),
    lists: z.array(listSchema).default([]),
  })
  .strict();

export type EstimateParametersFile = z.output<typeof estimateParametersSchema>;

const simulatorSchema = z.object({ label: z.string().min(3), url: z.url({ protocol: /^https$/ }) }).strict();

export const simulatorsSchema = z
  .object({
    rsa: simulatorSchema,
    prime_activite: simulatorSchema,
    aspa: simulatorSchema,
    css: simulatorSchema,
    all: simulatorSchema,
  })
  .strict();

export type Simulators = z.output<typeof simulatorsSchema>;

export class EstimateParametersError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The estimate's parameters have ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    this.name = "EstimateParametersError";
  }
}

function issues(path: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${path}: ${i.path.join(".") || "(file)"}: ${i.message}`);
}

export function readEstimateParametersFile(path: string): { file?: EstimateParametersFile; problems: string[] } {
  if (!existsSync(path)) return { problems: [`${path}: no such file`] };
  const problems: string[] = [];
  const file = readCheckedYamlFile(path, estimateParametersSchema, problems);
  return file ? { file, problems } : { problems };
}

/** A figure's value in OpenFisca's unit: a rate written in percent becomes a ratio. */
function inOpenFiscaUnit(figure: Amount): number {
  return figure.unit === "percent" ? Math.round(figure.value * 1e9) / 1e11 : figure.value;
}

export function estimateTimelines(file: EstimateParametersFile): Timelines {
  const timelines: Record<string, DatedValue[]> = {};
  for (const parameter of file.parameters) {
    timelines[parameter.key] = parameter.values.map((v) => ({
      from: v.effective_from,
      value: inOpenFiscaUnit(v),
      confirmed: v.confirmed,
      label: v.label,
      ...(v.revalued ? { revalued: REVALUATIONS[v.revalued] } : {}),
    }));
  }
  for (const list of file.lists) {
    timelines[list.key] = list.values.map((v) => ({ from: v.effective_from, value: v.value, confirmed: v.checked_against.some((c) => c.kind !== "secondary"), label: list.label }));
  }
  return timelines;
}

/** The shipped parameters as timelines; throws with every problem when the file is broken. */
export function loadEstimateParameters(dir: string = DEFAULT_ESTIMATE_DIR): Timelines {
  const path = join(dir, "parameters.yml");
  const { file, problems } = readEstimateParametersFile(path);
  if (!file) throw new EstimateParametersError(problems);
  const missing = missingKeys(file);
  if (missing.length) throw new EstimateParametersError(missing.map((k) => `${path}: no value for ${k}`));
  return estimateTimelines(file);
}

export function loadSimulators(dir: string = DEFAULT_ESTIMATE_DIR): Simulators {
  const path = join(dir, "simulators.yml");
  const parsed = simulatorsSchema.safeParse(parseYaml(readFileSync(path, "utf8"), path));
  if (!parsed.success) throw new EstimateParametersError(issues(path, parsed.error));
  return parsed.data;
}

function missingKeys(file: EstimateParametersFile): string[] {
  const present = new Set([...file.parameters.map((p) => p.key), ...file.lists.map((l) => l.key)]);
  return ALL_KEYS.filter((k) => !present.has(k) && !OPTIONAL_KEYS.has(k));
}

export interface EstimateParametersFindings {
  errors: string[];
  warnings: string[];
  reread: string[];
  /** With an OpenFisca checkout: each value compared with OpenFisca's on its date. */
  openfisca: CrossCheckResult[];
}

/**
 * `content check` on the estimate's files. `entries`: the catalogue, whose figures naming the same OpenFisca
 * parameter (without a factor) must agree with the value of the same date.
 */
export function checkEstimateParameters(dir: string, today: Date, entries: readonly CatalogueEntry[], openfiscaDir?: string): EstimateParametersFindings {
  const found: EstimateParametersFindings = { errors: [], warnings: [], reread: [], openfisca: [] };
  const path = join(dir, "parameters.yml");
  const { file, problems } = readEstimateParametersFile(path);
  found.errors.push(...problems);
  const simulatorsPath = join(dir, "simulators.yml");
  if (!existsSync(simulatorsPath)) found.errors.push(`${simulatorsPath}: no such file`);
  else {
    const parsed = simulatorsSchema.safeParse(parseYaml(readFileSync(simulatorsPath, "utf8"), simulatorsPath));
    if (!parsed.success) found.errors.push(...issues(simulatorsPath, parsed.error));
    else for (const [id, s] of Object.entries(parsed.data)) if (!isOfficialSite(s.url)) found.warnings.push(`estimate simulator ${id}: ${s.url} is not an official site`);
  }
  if (!file) return found;

  for (const k of missingKeys(file)) found.errors.push(`${path}: no value for ${k}, which the estimator reads`);
  const known = new Set(ALL_KEYS);
  const seen = new Set<string>();
  for (const parameter of file.parameters) {
    const at = `estimate parameter ${parameter.key}`;
    if (seen.has(parameter.key)) found.errors.push(`${at}: given twice`);
    seen.add(parameter.key);
    if (!known.has(parameter.key)) found.warnings.push(`${at}: the estimator does not read it`);
    const dates = parameter.values.map((v) => v.effective_from);
    if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) found.errors.push(`${at}: values must be in date order, one per date`);
    parameter.values.forEach((figure, i) => {
      const what = `${at} "${figure.label}" from ${figure.effective_from}`;
      const followed = parameter.openfisca && !figure.openfisca ? { ...figure, openfisca: { parameter: parameter.key } } : figure;
      const provenance = figureProvenance({ what, figure: followed }, today);
      found.errors.push(...provenance.errors);
      found.warnings.push(...provenance.warnings);
      found.reread.push(...provenance.reread.map((r) => `${parameter.key}: ${r}`));
      const isLast = i === parameter.values.length - 1;
      if (!isLast && figure.revalued) found.warnings.push(`${what}: only the latest value is revalued; a past one needs no "revalued"`);
    });
    // The catalogue's figures that follow the same parameter must say the same on the same date.
    for (const entry of entries) {
      for (const { what, figure } of entryFigureList(entry)) {
        const ref = figure.openfisca;
        if (!ref || ref.parameter !== parameter.key || "multiply_by" in ref || "divide_by" in ref) continue;
        const same = parameter.values.find((v) => v.effective_from === figure.effective_from);
        if (same && Math.abs(inOpenFiscaUnit(same) - inOpenFiscaUnit(figure)) > 1e-9) {
          found.errors.push(`${entry.id}: ${what} is ${figure.value} from ${figure.effective_from}, the estimate's parameter ${parameter.key} says ${same.value}`);
        }
      }
    }
  }
  for (const list of file.lists) {
    for (const v of list.values) {
      if (!isOfficialSite(v.source)) found.warnings.push(`estimate list ${list.key}: its source ${v.source} is not an official site`);
      if (v.checked_against.every((c) => c.kind === "secondary")) found.reread.push(`${list.key}: only a secondary site supports it: read ${v.source}`);
    }
  }

  if (openfiscaDir) {
    const root = parametersRoot(openfiscaDir);
    for (const parameter of file.parameters) {
      if (!parameter.openfisca) continue;
      const timeline = readParameter(root, parameter.key);
      parameter.values.forEach((figure, i) => {
        const result = crossCheckFigure("estimate", { ...figure, openfisca: { parameter: parameter.key } }, timeline);
        // A past value has a newer one in the file too: only the latest can be behind OpenFisca.
        found.openfisca.push(result.status === "newer" && i < parameter.values.length - 1 ? { ...result, status: "match" } : result);
      });
    }
  }
  return found;
}
