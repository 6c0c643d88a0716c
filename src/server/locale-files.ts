/**
 * Loads a namespace's locale files (locales/<lng>/<namespace>.json) once at start-up, checked with zod,
 * so a broken translation file stops the server at start instead of breaking a resident's page.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export type Strings = { [key: string]: string | Strings };

const stringsSchema: z.ZodType<Strings> = z.lazy(() => z.record(z.string(), z.union([z.string(), stringsSchema])));

export function loadLocaleNamespace(localesDir: string, namespace: string, languages: readonly string[]): Map<string, Strings> {
  const result = new Map<string, Strings>();
  for (const lng of languages) {
    const file = path.join(localesDir, lng, `${namespace}.json`);
    if (!existsSync(file)) continue;
    const parsed = stringsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}: not a tree of strings (${parsed.error.message})`);
    result.set(lng, parsed.data);
  }
  return result;
}
