/**
 * The one reader of locale files (locales/<lng>/<namespace>.json) for every namespace — the bot's, the
 * widget's, the console's, Telegram's, Slack's, the privacy notice's: read once at start, checked with a
 * zod schema, so a broken translation stops the start with the file and the fix instead of breaking a
 * resident's page later. French is required; another language's missing file falls back to French.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { LOCALES_DIR } from "../project-root.js";
import { UI_LANGUAGES } from "./languages.js";

export type Strings = { [key: string]: string | Strings };
/** Any tree of strings: what every namespace is, whatever its own schema adds. */
export const stringsSchema: z.ZodType<Strings> = z.lazy(() => z.record(z.string(), z.union([z.string(), stringsSchema])));

/** What any namespace may hold: strings, lists and groups of them (the privacy notice has lists). */
export type LocaleTree = { [key: string]: LocaleValue };
export type LocaleValue = string | LocaleValue[] | LocaleTree;
export const localeTreeSchema: z.ZodType<LocaleTree> = z.lazy(() => z.record(z.string(), localeValueSchema));
const localeValueSchema: z.ZodType<LocaleValue> = z.lazy(() => z.union([z.string(), z.array(localeValueSchema), localeTreeSchema]));

export interface ReadOptions {
  dir?: string;
  languages?: readonly string[];
}

export function readNamespace<T = Strings>(namespace: string, schema: z.ZodType<T> = stringsSchema as z.ZodType<T>, options: ReadOptions = {}): Map<string, T> {
  const dir = options.dir ?? LOCALES_DIR;
  const out = new Map<string, T>();
  for (const lng of options.languages ?? UI_LANGUAGES) {
    const file = join(dir, lng, `${namespace}.json`);
    if (!existsSync(file)) {
      if (lng === "fr") throw new Error(`${file} is missing: French is the reference every other language falls back to. Restore it from git.`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file} is not valid JSON (${(error as Error).message}). Fix the file, or remove it to fall back to French.`, { cause: error });
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file} does not have the expected shape — fix these keys:\n${z.prettifyError(parsed.error)}`);
    out.set(lng, parsed.data);
  }
  return out;
}

/** Every namespace present for French (the reference): bot, widget, console, telegram… */
export function namespacesOf(dir: string = LOCALES_DIR): string[] {
  const french = join(dir, "fr");
  return existsSync(french) ? readdirSync(french).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)).sort() : [];
}
