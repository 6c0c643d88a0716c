/**
 * Every language the bot speaks has every string French has in the namespaces a resident reads (bot,
 * volunteer, territory, telegram), with the same placeholders, and no other. Plural forms (_one, _few…)
 * follow each language's own rules; the labels of emergency numbers (crisis.numbers) exist only outside
 * French, where they come from content/emergency-numbers.yml.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "../../src/core/command-payloads.js";
import { LOCALES_DIR } from "../../src/project-root.js";
import { loadTelegramStrings } from "../../src/channels/telegram/telegram-strings.js";

type Tree = { [key: string]: string | Tree };
const read = (lng: string, namespace: string): Tree => JSON.parse(readFileSync(join(LOCALES_DIR, lng, `${namespace}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (strings: Map<string, string>): string[] =>
  [...new Set([...strings.keys()].map((k) => k.replace(PLURAL, "")))].filter((k) => !k.startsWith("crisis.numbers.")).sort();
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

describe.each(["bot", "volunteer", "territory", "telegram"])("locales/*/%s.json", (namespace) => {
  const french = flatten(read("fr", namespace));
  it.each(UI_LANGUAGES.filter((l) => l !== "fr"))("%s has the French keys and placeholders", (lng) => {
    const strings = flatten(read(lng, namespace));
    expect(baseKeys(strings)).toEqual(baseKeys(french));
    for (const [key, text] of strings) {
      const reference = french.get(key) ?? french.get(key.replace(PLURAL, ""));
      if (reference === undefined) continue;
      // A plural form may say its number in words ("سنة واحدة", one year): {{count}} is optional there.
      const plural = PLURAL.test(key) || french.has(`${key}_one`);
      const expected = placeholders(reference).filter((p) => !(plural && p === "count" && !text.includes("{{count}}")));
      expect([key, placeholders(text)]).toEqual([key, expected]);
      if (reference.trim()) expect(text.trim().length, `${lng} ${key}`).toBeGreaterThan(0);
    }
  });
});

describe("Telegram strings", () => {
  it("load for every UI language, with latin command names", () => {
    const strings = loadTelegramStrings();
    for (const lng of UI_LANGUAGES) {
      expect(strings.language(lng)).toBe(lng);
      for (const c of Object.values(strings.files[lng].commands)) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
    }
  });
});
