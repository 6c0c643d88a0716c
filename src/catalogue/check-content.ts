/**
 * `accueil content check`: everything a content author must fix before the catalogue ships.
 *
 * Errors (exit 1): schema problems (a figure's verified_on without what it was checked against, or the
 * reverse, included), duplicate ids, coverage ids missing (../shared/catalogue/coverage.yml), malformed
 * links, dates in the future, unresolved `related` and `online.account_entry` references, a broken
 * emergency numbers file or a crisis sentence naming an unknown number.
 * Warnings (exit 0): a figure whose only support is a secondary site, whose source is not an official
 * site, whose period a yearly revaluation (1 January, 1 April, 1 August) has superseded without a new
 * check, or checked more than 12 months ago; the same alias in several entries; missing en/ar/es/uk
 * translations. Translation files (content/translations/<lang>/<id>.yml): errors for a malformed file,
 * an unknown entry or a stale phrase (its French key is no longer a string of the entry), and a
 * per-language completeness report.
 * Re-read (exit 0): per entry, each figure a person must read again at its source, and why.
 * With `openfiscaDir`, each figure naming an OpenFisca parameter is compared with that checkout.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseYaml } from "../content/read-yaml.js";
import { z } from "zod";
import { foldText } from "../understanding/fold-text.js";
import { checkEmergencyNumbers } from "../content/check-emergency-numbers.js";
import { entryFigureList, figureProvenance } from "./figure-provenance.js";
import { readCatalogueFiles } from "./load-catalogue.js";
import { crossCheckOpenFisca, type CrossCheckReport } from "./openfisca/cross-check.js";
import type { CatalogueEntry, TranslatedLanguage } from "./schema.js";
import { applyTranslations, defaultTranslationsDir, formatCompleteness, translationCompleteness } from "./translations.js";
import { PROJECT_ROOT } from "../project-root.js";
import { checkEstimateParameters } from "../content/estimate-parameters.js";

export interface ContentReport {
  errors: string[];
  warnings: string[];
  notes: string[];
  /** Per entry (or "emergency-numbers"), what a person must re-read at the source, and why. */
  reread: { entry: string; items: string[] }[];
  entries: number;
  /** Present when an OpenFisca checkout was given. */
  openfisca?: CrossCheckReport;
  /** Per translated language, one line: entries with title and summary, reviewed, % of phrases. */
  translations: string[];
}

export interface CheckOptions {
  rightsDir: string;
  /** Path of coverage.yml; absent file → a note, and that check is skipped. */
  coveragePath?: string;
  /** content/emergency-numbers.yml; absent option → that check is skipped. */
  emergencyNumbersPath?: string;
  /** locales/, to check that crisis sentences name numbers of the emergency numbers file. */
  localesDir?: string;
  /** A checkout of openfisca-france (or its parameters folder), to cross-check figures. */
  openfiscaDir?: string;
  /** content/estimate (the estimate's parameters and simulators); absent option → that check is skipped. */
  estimateDir?: string;
  /** content/translations (default: next to rightsDir). */
  translationsDir?: string;
  /** "Today", for staleness (injected so tests do not depend on the clock). */
  today: Date;
}

/** ../shared/catalogue/coverage.yml relative to the project root, or under ACCUEIL_SHARED_DIR. */
export function defaultCoveragePath(env: NodeJS.ProcessEnv = process.env): string {
  const shared = env.ACCUEIL_SHARED_DIR ? resolve(env.ACCUEIL_SHARED_DIR) : join(PROJECT_ROOT, "..", "shared");
  return join(shared, "catalogue", "coverage.yml");
}

const coverageSchema = z.record(z.string(), z.array(z.looseObject({ id: z.string() })));

const STALE_DAYS = 365;

/**
 * Languages every entry's title and summary must exist in (a warning otherwise). The other translated
 * languages are in the per-language completeness report, not one warning per entry.
 */
const REQUIRED_TRANSLATIONS: readonly TranslatedLanguage[] = ["en", "ar", "es", "uk"];

function daysBetween(from: string, to: Date): number {
  return (to.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function isWellFormedHttps(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "https:" && u.hostname.includes(".") && !/\s/.test(url);
  } catch {
    return false;
  }
}

/** The entry's sources and its own date (figures have their own provenance check). */
function datedSources(entry: CatalogueEntry): { what: string; url?: string; verified: string }[] {
  const items: { what: string; url?: string; verified: string }[] = entry.sources.map((s) => ({ what: `source "${s.title}"`, url: s.url, verified: s.verified_on }));
  items.push({ what: "entry", verified: entry.verified_on });
  return items;
}

export function checkContent(options: CheckOptions): ContentReport {
  const report: ContentReport = { errors: [], warnings: [], notes: [], reread: [], entries: 0, translations: [] };
  const { entries, problems } = readCatalogueFiles(options.rightsDir);
  report.entries = entries.length;
  report.errors.push(...problems);
  // Translation files: malformed, naming an unknown entry, or translating a French string that changed.
  report.errors.push(...applyTranslations(entries, options.translationsDir ?? defaultTranslationsDir(options.rightsDir)));
  report.translations = translationCompleteness(entries).map(formatCompleteness);

  const byId = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) report.errors.push(`${entry.id}: duplicate id`);
    byId.set(entry.id, entry);
  }

  // Coverage.
  const coveragePath = options.coveragePath;
  if (!coveragePath || !existsSync(coveragePath)) {
    report.notes.push(`coverage file not found (${coveragePath ?? "none given"}): coverage check skipped`);
  } else {
    const parsed = coverageSchema.safeParse(parseYaml(readFileSync(coveragePath, "utf8"), coveragePath));
    if (!parsed.success) report.errors.push(`${coveragePath}: not a coverage file (${parsed.error.issues[0]?.message ?? "?"})`);
    else {
      const missing = Object.values(parsed.data).flat().map((c) => c.id).filter((id) => !byId.has(id));
      for (const id of missing) report.errors.push(`coverage: no entry for "${id}" (expected content/rights/${id}.yml)`);
    }
  }

  for (const entry of entries) {
    const at = (msg: string): string => `${entry.id}: ${msg}`;
    // Links and dates of sources.
    for (const item of datedSources(entry)) {
      if (item.url !== undefined && !isWellFormedHttps(item.url)) report.errors.push(at(`${item.what}: malformed link ${item.url}`));
      const age = daysBetween(item.verified, options.today);
      if (age < -1) report.errors.push(at(`${item.what}: verified_on ${item.verified} is in the future`));
      else if (age > STALE_DAYS) report.warnings.push(at(`${item.what}: verified_on ${item.verified} is more than 12 months old`));
    }
    if (entry.online && !isWellFormedHttps(entry.online.url)) report.errors.push(at(`online.url: malformed link ${entry.online.url}`));
    // Figures: provenance, freshness, what to re-read.
    const sourceUrls = new Set(entry.sources.map((s) => s.url));
    const reread: string[] = [];
    for (const labelled of entryFigureList(entry)) {
      const { figure, what } = labelled;
      if (!isWellFormedHttps(figure.source)) report.errors.push(at(`${what}: malformed link ${figure.source}`));
      else if (!sourceUrls.has(figure.source) && !entry.sources.some((s) => figure.source.startsWith(new URL(s.url).origin))) {
        report.warnings.push(at(`${what}: its source ${figure.source} is not listed in sources`));
      }
      const found = figureProvenance(labelled, options.today);
      report.errors.push(...found.errors.map(at));
      report.warnings.push(...found.warnings.map(at));
      reread.push(...found.reread);
    }
    if (reread.length > 0) report.reread.push({ entry: entry.id, items: reread });
    // References.
    for (const id of entry.related) if (!byId.has(id)) report.errors.push(at(`related: unknown entry "${id}"`));
    const account = entry.online?.account_entry;
    if (account && !byId.has(account)) report.errors.push(at(`online.account_entry: unknown entry "${account}"`));
    // Translations.
    const missing = REQUIRED_TRANSLATIONS.filter((l) => !entry.translations[l]);
    if (missing.length) report.warnings.push(at(`no translation for ${missing.join(", ")}`));
  }

  // Alias collisions: the same phrase (after folding) in two entries.
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const list of Object.values(entry.aliases)) {
      for (const alias of list ?? []) {
        const key = foldText(alias).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
        const set = owners.get(key) ?? new Set<string>();
        set.add(entry.id);
        owners.set(key, set);
      }
    }
  }
  const collisions = [...owners].filter(([, ids]) => ids.size > 1).sort(([a], [b]) => a.localeCompare(b));
  for (const [alias, ids] of collisions) report.warnings.push(`alias collision: "${alias}" in ${[...ids].sort().join(", ")}`);

  // Emergency numbers.
  if (options.emergencyNumbersPath) {
    const found = checkEmergencyNumbers(options.emergencyNumbersPath, options.localesDir, options.today);
    report.errors.push(...found.errors);
    report.warnings.push(...found.warnings);
    if (found.reread.length > 0) report.reread.push({ entry: "emergency-numbers", items: found.reread });
  }

  // OpenFisca.
  const openfiscaDir = options.openfiscaDir && existsSync(options.openfiscaDir) ? options.openfiscaDir : undefined;
  if (options.openfiscaDir) {
    if (!openfiscaDir) report.errors.push(`--openfisca: no folder ${options.openfiscaDir}`);
    else report.openfisca = crossCheckOpenFisca(entries, openfiscaDir);
  }

  // The eligibility estimate's parameters (with the same provenance rules, and the same OpenFisca check).
  if (options.estimateDir) {
    const found = checkEstimateParameters(options.estimateDir, options.today, entries, openfiscaDir);
    report.errors.push(...found.errors);
    report.warnings.push(...found.warnings);
    if (found.reread.length > 0) report.reread.push({ entry: "estimate-parameters", items: found.reread });
    if (report.openfisca) report.openfisca.results.push(...found.openfisca);
  }
  return report;
}
