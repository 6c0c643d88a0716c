/**
 * Reads content/rights/*.yml into validated catalogue entries.
 *
 * A malformed file is reported with its path and the zod issue paths, so a content author can fix it
 * without reading code. Loading never guesses: one bad file fails the whole load (the bot must not start
 * with a half-read catalogue that silently lacks a right).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readCheckedYamlFile } from "../content/read-yaml.js";
import { entrySchema, type CatalogueEntry } from "./schema.js";
import { defaultTranslationsDir, mergeTranslationFiles, readTranslationFiles } from "./translations.js";

export interface Catalogue {
  readonly entries: readonly CatalogueEntry[];
  get(id: string): CatalogueEntry | undefined;
}

export class CatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The catalogue has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    this.name = "CatalogueError";
  }
}

export function readCatalogueFiles(rightsDir: string): { entries: CatalogueEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries: CatalogueEntry[] = [];
  const files = readdirSync(rightsDir)
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .sort();
  for (const file of files) {
    const path = join(rightsDir, file);
    const entry = readCheckedYamlFile(path, entrySchema, problems);
    if (!entry) continue;
    const expectedId = file.replace(/\.ya?ml$/, "");
    if (entry.id !== expectedId) problems.push(`${path}: id "${entry.id}" must match the file name "${expectedId}"`);
    entries.push(entry);
  }
  return { entries, problems };
}

/**
 * The catalogue, with the translation files (content/translations/<lang>/<id>.yml, next to the rights
 * folder unless given) merged in. A malformed translation file fails the load like a malformed entry; a
 * stale phrase or an unknown entry only makes that phrase unused (`content check` reports them).
 */
export function loadCatalogue(rightsDir: string, translationsDir: string = defaultTranslationsDir(rightsDir)): Catalogue {
  const { entries, problems } = readCatalogueFiles(rightsDir);
  const translations = readTranslationFiles(translationsDir);
  problems.push(...translations.problems);
  if (problems.length > 0) throw new CatalogueError(problems);
  mergeTranslationFiles(entries, translations.files);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { entries, get: (id) => byId.get(id) };
}

export type { CatalogueEntry };
