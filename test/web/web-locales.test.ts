/** Every language of the widget (and of the console) has every string French has, and no other. */
import { describe, expect, it } from "vitest";
import { loadLocaleNamespace, type Strings } from "../../src/server/locale-files.js";
import { LOCALES_DIR } from "../../src/server/paths.js";
import { WIDGET_LANGUAGES } from "../../src/channels/web/languages.js";

function keys(strings: Strings, prefix = ""): string[] {
  return Object.entries(strings).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe.each([
  ["widget", WIDGET_LANGUAGES],
  ["console", ["fr", "en"]],
] as const)("locales/*/%s.json", (namespace, languages) => {
  const all = loadLocaleNamespace(LOCALES_DIR, namespace, languages);
  const reference = all.get("fr")!;

  it.each(languages.filter((l) => l !== "fr"))("%s has the same keys and placeholders as fr", (lng) => {
    const strings = all.get(lng);
    expect(strings).toBeDefined();
    expect(keys(strings!).sort()).toEqual(keys(reference).sort());
    for (const key of keys(reference)) {
      const get = (s: Strings) => key.split(".").reduce<Strings | string>((node, part) => (node as Strings)[part]!, s) as string;
      expect([key, placeholders(get(strings!))]).toEqual([key, placeholders(get(reference))]);
    }
  });
});
