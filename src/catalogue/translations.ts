/**
 * Catalogue translations: the inline `translations:` of an entry (title and summary) merged with the
 * files content/translations/<lang>/<entry-id>.yml, which also carry `phrases` — every French string a
 * resident sees (who decides, figure labels, eligibility, documents, steps, delay, contest), keyed by the
 * French text exactly as in the entry, mapped to its translation. Where both exist, the file wins.
 *
 * `translatePhrase` is the one lookup every place that shows entry text to a resident goes through;
 * French stays when no translation exists, and the caller can tell (to add a one-line notice).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readCheckedYamlFile } from "../content/read-yaml.js";
import { TRANSLATED_LANGUAGES, type CatalogueEntry, type TranslatedLanguage } from "./schema.js";

/** One file content/translations/<lang>/<entry-id>.yml. */
export const translationFileSchema = z
  .object({
    entry: z.string().min(1),
    lang: z.enum(TRANSLATED_LANGUAGES),
    /** true only after a fluent speaker reviewed it. */
    reviewed: z.boolean(),
    title: z.string().min(2),
    summary: z.string().min(10),
    /** French string (as in content/rights/<id>.yml after YAML parsing) → its translation. */
    phrases: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();
export type TranslationFile = z.infer<typeof translationFileSchema>;

/** content/translations next to content/rights. */
export function defaultTranslationsDir(rightsDir: string): string {
  return join(rightsDir, "..", "translations");
}

export function isTranslatedLanguage(lang: string): lang is TranslatedLanguage {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(lang);
}

/** Reads every translation file; problems name the file. Entries are not checked here (see below). */
export function readTranslationFiles(dir: string): { files: { path: string; data: TranslationFile }[]; problems: string[] } {
  const files: { path: string; data: TranslationFile }[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { files, problems };
  for (const lang of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const langDir = join(dir, lang);
    for (const file of readdirSync(langDir).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml")).sort()) {
      const path = join(langDir, file);
      const data = readCheckedYamlFile(path, translationFileSchema, problems);
      if (!data) continue;
      const expected = file.replace(/\.ya?ml$/, "");
      if (data.entry !== expected) problems.push(`${path}: entry "${data.entry}" must match the file name "${expected}"`);
      if (data.lang !== lang) problems.push(`${path}: lang "${data.lang}" must match the folder "${lang}"`);
      files.push({ path, data });
    }
  }
  return { files, problems };
}

/** Every French string of an entry a resident may read (the keys `phrases` may use), in reading order. */
export function frenchPhrases(entry: CatalogueEntry): string[] {
  const out: string[] = [entry.decided_by];
  for (const a of entry.amounts) out.push(a.label);
  for (const c of entry.eligibility.conditions) {
    if (c.kind === "resources" && c.ceiling) out.push(c.ceiling.label);
    if (c.note) out.push(c.note);
  }
  out.push(...entry.eligibility.text, ...entry.documents);
  for (const s of entry.steps) out.push(s.title, s.detail);
  if (entry.online) out.push(entry.online.label);
  if (entry.delay) out.push(entry.delay);
  if (entry.contest) {
    out.push(entry.contest.how);
    if (entry.contest.deadline) out.push(entry.contest.deadline.label);
    if (entry.contest.answer_within) out.push(entry.contest.answer_within.label);
  }
  for (const p of entry.phones) out.push(p.label);
  out.push(...entry.unconfirmed);
  return [...new Set(out)];
}

/**
 * Merges the files into the entries' `translations` (the file wins field by field, phrase by phrase).
 * Returns the problems a content author must fix: a file naming an unknown entry, a phrase whose key is
 * not a French string of that entry (the French changed since: a stale translation).
 */
export function mergeTranslationFiles(entries: readonly CatalogueEntry[], files: readonly { path: string; data: TranslationFile }[]): string[] {
  const problems: string[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const { path, data } of files) {
    const entry = byId.get(data.entry);
    if (!entry) {
      problems.push(`${path}: unknown entry "${data.entry}" (no content/rights/${data.entry}.yml)`);
      continue;
    }
    const known = new Set(frenchPhrases(entry));
    for (const french of Object.keys(data.phrases)) {
      if (!known.has(french)) problems.push(`${path}: stale phrase, not a French string of ${entry.id}: "${french.length > 80 ? `${french.slice(0, 77)}…` : french}"`);
    }
    const inline = entry.translations[data.lang];
    entry.translations[data.lang] = {
      title: data.title,
      summary: data.summary,
      reviewed: data.reviewed,
      phrases: { ...(inline?.phrases ?? {}), ...data.phrases },
    };
  }
  return problems;
}

/** Reads the folder and merges it; returns the problems (see mergeTranslationFiles). */
export function applyTranslations(entries: readonly CatalogueEntry[], dir: string): string[] {
  const { files, problems } = readTranslationFiles(dir);
  return [...problems, ...mergeTranslationFiles(entries, files)];
}

/** The translation of one French string of an entry, or undefined (French, or not translated). */
export function findPhrase(entry: CatalogueEntry, lang: string, french: string): string | undefined {
  if (lang === "fr" || !isTranslatedLanguage(lang)) return undefined;
  return entry.translations[lang]?.phrases?.[french];
}

/** A French string of an entry in the resident's language, or the French text when not translated. */
export function translatePhrase(entry: CatalogueEntry, lang: string, french: string): string {
  return findPhrase(entry, lang, french) ?? french;
}

/**
 * Like translatePhrase, and records whether French stayed, so a card or a guide can add a one-line
 * notice when anything it shows is still in French.
 */
export function phraseTranslator(entry: CatalogueEntry, lang: string): { tr: (french: string) => string; readonly missing: boolean } {
  let missing = false;
  return {
    tr(french: string): string {
      if (lang === "fr") return french;
      const found = findPhrase(entry, lang, french);
      if (found === undefined) missing = true;
      return found ?? french;
    },
    get missing() {
      return missing;
    },
  };
}

export interface LanguageCompleteness {
  lang: TranslatedLanguage;
  entries: number;
  /** Entries with a title and summary in that language. */
  withTitle: number;
  /** Of those, reviewed by a fluent speaker. */
  reviewed: number;
  phrases: number;
  translatedPhrases: number;
}

/** Per language: how much of the catalogue a resident reads in it. */
export function translationCompleteness(entries: readonly CatalogueEntry[]): LanguageCompleteness[] {
  return TRANSLATED_LANGUAGES.map((lang) => {
    const row: LanguageCompleteness = { lang, entries: entries.length, withTitle: 0, reviewed: 0, phrases: 0, translatedPhrases: 0 };
    for (const entry of entries) {
      const t = entry.translations[lang];
      if (t) row.withTitle++;
      if (t?.reviewed) row.reviewed++;
      for (const french of frenchPhrases(entry)) {
        row.phrases++;
        if (t?.phrases?.[french] !== undefined) row.translatedPhrases++;
      }
    }
    return row;
  });
}

export function formatCompleteness(row: LanguageCompleteness): string {
  const pct = row.phrases === 0 ? 100 : Math.floor((row.translatedPhrases / row.phrases) * 1000) / 10;
  return `${row.lang}: ${row.withTitle}/${row.entries} entries with title and summary (${row.reviewed} reviewed), ${row.translatedPhrases}/${row.phrases} phrases (${pct}%)`;
}
