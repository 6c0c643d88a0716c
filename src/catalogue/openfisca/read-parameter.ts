/**
 * Reads one parameter from a local checkout of openfisca-france's parameter files
 * (openfisca_france/parameters/…/*.yaml). A dotted path walks folders, then a file, then keys inside the
 * file: `prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa`, or for
 * a scale `…cheque_energie.baremes.une_uc.brackets[0].amount`. A parameter is a mapping of dates to values,
 * under `values:` (or directly, inside a scale's bracket), each `{value: …}` or a bare number; `null` ends it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "../../content/read-yaml.js";

export interface ParameterValue {
  date: string;
  /** null: the parameter stopped applying on that date. */
  value: number | null;
}

export interface ParameterReference {
  title?: string;
  href?: string;
}

export interface ParameterTimeline {
  path: string;
  /** The YAML file the parameter was read from. */
  file: string;
  /** Dated values, oldest first. */
  values: ParameterValue[];
  /** OpenFisca's unit: "currency", "/1" (a ratio), "year"… */
  unit?: string;
  /** The official texts OpenFisca cites, by date. */
  references: Map<string, ParameterReference[]>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The parameters folder of a checkout (the repository root or the folder itself). */
export function parametersRoot(dir: string): string {
  const inRepository = join(dir, "openfisca_france", "parameters");
  return existsSync(inRepository) ? inRepository : dir;
}

type Segment = string | number;

function segments(path: string): Segment[] {
  return path.split(".").flatMap((part): Segment[] => {
    const bracket = /^(\w+)\[(\d+)\]$/.exec(part);
    return bracket ? [bracket[1]!, Number(bracket[2])] : [part];
  });
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function asRecord(node: unknown): Record<string, unknown> | undefined {
  return node && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

function readValues(node: Record<string, unknown>): ParameterValue[] | string {
  const dated = asRecord(node.values) ?? node;
  const dates = Object.keys(dated).filter((k) => DATE.test(k));
  if (dates.length === 0) return "not a parameter (no dated values)";
  const values: ParameterValue[] = [];
  for (const date of dates.sort()) {
    const raw = dated[date];
    const value = asRecord(raw) ? asRecord(raw)!.value : raw;
    if (value === null || value === undefined) values.push({ date, value: null });
    else if (typeof value === "number") values.push({ date, value });
    else return `value on ${date} is not a number (${JSON.stringify(value)})`;
  }
  return values;
}

function readReferences(metadata: Record<string, unknown> | undefined): Map<string, ParameterReference[]> {
  const references = new Map<string, ParameterReference[]>();
  const byDate = asRecord(metadata?.reference);
  if (!byDate) return references;
  for (const [date, raw] of Object.entries(byDate)) {
    const list = (Array.isArray(raw) ? raw : [raw]).flatMap((r) => {
      const ref = asRecord(r);
      if (!ref) return [];
      return [{ ...(typeof ref.title === "string" ? { title: ref.title } : {}), ...(typeof ref.href === "string" ? { href: ref.href } : {}) }];
    });
    references.set(date, list);
  }
  return references;
}

export function readParameter(root: string, path: string): ParameterTimeline | { error: string } {
  const parts = segments(path);
  let dir = root;
  let index = 0;
  // Folders first, then the file.
  while (index < parts.length && isDirectory(join(dir, String(parts[index])))) dir = join(dir, String(parts[index++]));
  const fileName = index < parts.length ? `${String(parts[index])}.yaml` : "index.yaml";
  const file = join(dir, fileName);
  if (!existsSync(file)) return { error: `no file ${fileName} in ${dir}` };
  index++;
  let node: unknown;
  try {
    node = parseYaml(readFileSync(file, "utf8"), file);
  } catch (error) {
    return { error: `${file}: not readable YAML (${(error as Error).message.split("\n")[0]})` };
  }
  let metadata = asRecord(asRecord(node)?.metadata);
  // Then keys inside the file (nested nodes, a scale's brackets).
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    const next: unknown = typeof part === "number" ? (Array.isArray(node) ? node[part] : undefined) : asRecord(node)?.[part];
    if (next === undefined) return { error: `${file}: no "${String(part)}" inside` };
    node = next;
    metadata = asRecord(asRecord(node)?.metadata) ?? metadata;
  }
  const record = asRecord(node);
  if (!record) return { error: `${file}: ${path} is not a parameter` };
  const values = readValues(record);
  if (typeof values === "string") return { error: `${file}: ${values}` };
  const unit = typeof metadata?.unit === "string" ? metadata.unit : undefined;
  return { path, file, values, ...(unit ? { unit } : {}), references: readReferences(metadata) };
}

/** The value in force on `day` (the latest dated value on or before it), if any. */
export function valueOn(timeline: ParameterTimeline, day: string): ParameterValue | undefined {
  let found: ParameterValue | undefined;
  for (const v of timeline.values) if (v.date <= day) found = v;
  return found;
}

/** The checkout's commit, when the folder is a git clone (for the report). */
export function checkoutCommit(dir: string): string | undefined {
  try {
    const head = readFileSync(join(dir, ".git", "HEAD"), "utf8").trim();
    if (!head.startsWith("ref: ")) return head;
    const ref = head.slice(5);
    const loose = join(dir, ".git", ref);
    if (existsSync(loose)) return readFileSync(loose, "utf8").trim();
    const packed = readFileSync(join(dir, ".git", "packed-refs"), "utf8");
    return packed.split("\n").find((line) => line.endsWith(` ${ref}`))?.split(" ")[0];
  } catch {
    return undefined;
  }
}
