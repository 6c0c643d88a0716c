/**
 * Reads the territory file (content/territory/<name>.yml) into a validated Territory.
 *
 * Every problem names the file and the field (e.g. "places.3.opening_hours"), and every opening_hours
 * value is parsed here, so that a typo stops the server at start-up instead of surfacing the day a
 * resident asks when the CAF is open. All problems are collected before failing, so one run shows them all.
 */
import { readFileSync } from "node:fs";
import { parseYaml } from "../content/read-yaml.js";
import { OpeningHoursError, parseOpeningHours } from "./parse-opening-hours.js";
import { territorySchema, type Territory } from "./schema.js";

export const DEFAULT_TERRITORY_FILE = "content/territory/demo.yml";

export class TerritoryError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`The territory file ${path} has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    this.name = "TerritoryError";
  }
}

/** The file to load: TERRITORY_FILE if set, else the demo territory. */
export function territoryPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env["TERRITORY_FILE"]?.trim();
  return fromEnv ? fromEnv : DEFAULT_TERRITORY_FILE;
}

export function loadTerritory(path: string = territoryPathFromEnv()): Territory {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new TerritoryError(path, [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, path);
  } catch (error) {
    throw new TerritoryError(path, [`not valid YAML (${(error as Error).message.split("\n")[0]})`]);
  }
  const parsed = territorySchema.safeParse(raw);
  if (!parsed.success) {
    throw new TerritoryError(
      path,
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`),
    );
  }
  const territory = parsed.data;
  const problems: string[] = [];

  try {
    new Intl.DateTimeFormat("fr", { timeZone: territory.timezone });
  } catch {
    problems.push(`timezone: unknown time zone "${territory.timezone}" (expected an IANA name such as Europe/Paris)`);
  }

  const seen = new Set<string>();
  territory.places.forEach((place, index) => {
    if (seen.has(place.id)) problems.push(`places.${index}.id: duplicate place id "${place.id}"`);
    seen.add(place.id);
    try {
      parseOpeningHours(place.opening_hours, territory);
    } catch (error) {
      const detail = error instanceof OpeningHoursError ? error.problems.join(" / ") : String(error);
      problems.push(`places.${index}.opening_hours (${place.id}): "${place.opening_hours}" is not valid: ${detail}`);
    }
  });

  if (problems.length > 0) throw new TerritoryError(path, problems);
  return territory;
}
