/**
 * Reads content/emergency-numbers.yml, validated at load. A broken file stops the start with its problems
 * (the crisis answer must never run on half a list); a content folder without the file falls back to the
 * shipped one, so a CCAS catalogue made before the file existed still gives numbers.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_DIR } from "../project-root.js";
import type { CrisisCategory } from "../core/understanding-port.js";
import { parseYaml } from "./read-yaml.js";
import { emergencyNumbersFileSchema, type EmergencyNumber } from "./emergency-numbers-schema.js";

export const EMERGENCY_NUMBERS_FILE = "emergency-numbers.yml";

export interface EmergencyNumbers {
  readonly numbers: readonly EmergencyNumber[];
  /** The numbers a crisis category's answer gives, in the file's order. */
  forCategory(category: CrisisCategory): readonly EmergencyNumber[];
  /** { id: number } for the {{id}} placeholders of the crisis sentences. */
  readonly placeholders: Readonly<Record<string, string>>;
}

export class EmergencyNumbersError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`${path} has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    this.name = "EmergencyNumbersError";
  }
}

export function readEmergencyNumbersFile(path: string): { numbers: EmergencyNumber[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, "utf8"), path);
  } catch (error) {
    return { numbers: [], problems: [`${path}: not readable YAML (${(error as Error).message.split("\n")[0]})`] };
  }
  const parsed = emergencyNumbersFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { numbers: [], problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join(".") || "(file)"}: ${issue.message}`) };
  }
  return { numbers: parsed.data.numbers, problems: [] };
}

export function emergencyNumbersOf(numbers: readonly EmergencyNumber[]): EmergencyNumbers {
  const byCategory = new Map<CrisisCategory, EmergencyNumber[]>();
  for (const n of numbers) for (const c of n.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), n]);
  return {
    numbers,
    forCategory: (category) => byCategory.get(category) ?? [],
    placeholders: Object.fromEntries(numbers.map((n) => [n.id, n.number])),
  };
}

export function loadEmergencyNumbers(path: string): EmergencyNumbers {
  const { numbers, problems } = readEmergencyNumbersFile(path);
  if (problems.length > 0) throw new EmergencyNumbersError(path, problems);
  return emergencyNumbersOf(numbers);
}

/** The file in a content folder, or the shipped one when that folder has none. */
export function emergencyNumbersPath(contentDir: string): string {
  const own = join(contentDir, EMERGENCY_NUMBERS_FILE);
  return existsSync(own) ? own : join(CONTENT_DIR, EMERGENCY_NUMBERS_FILE);
}
