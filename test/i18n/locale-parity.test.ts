/**
 * The one parity test for locales/: for every namespace (bot, widget, console, telegram, slack, privacy,
 * volunteer, territory…), each translation holds exactly French's keys (the reference), with the same
 * {{placeholders}} and no empty text where French has one. Plural forms (_one, _few…) follow each
 * language's own rules; the labels of emergency numbers (crisis.numbers) exist only outside French, where
 * they come from content/emergency-numbers.yml. The namespaces a resident meets exist in every language.
 */
import { describe, expect, it } from "vitest";
import { loadTelegramStrings } from "../../src/channels/telegram/telegram-strings.js";
import { UI_LANGUAGES } from "../../src/i18n/languages.js";
import { localeTreeSchema, namespacesOf, readNamespace, type LocaleValue } from "../../src/i18n/read-namespace.js";

const RESIDENT_NAMESPACES = ["bot", "widget", "telegram", "volunteer", "territory"];
const PLURAL = /_(zero|one|two|few|many|other)$/u;

function leaves(value: LocaleValue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") return out.set(prefix.slice(0, -1), value);
  // A list is compared item by item: "purposes.0", "purposes.1"…
  for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, `${prefix}${key}.`)) out.set(k, v);
  return out;
}
const baseKeys = (strings: Map<string, string>): string[] =>
  [...new Set([...strings.keys()].map((k) => k.replace(PLURAL, "")))].filter((k) => !k.startsWith("crisis.numbers.")).sort();
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((m) => m[1]!).sort();

describe.each(namespacesOf())("locales/*/%s.json", (namespace) => {
  const files = readNamespace(namespace, localeTreeSchema);
  const french = leaves(files.get("fr")!);
  const others = [...files.keys()].filter((lng) => lng !== "fr");

  it.each(others.length > 0 ? others : ["(French only)"])("%s has French's keys and placeholders", (lng) => {
    const tree = files.get(lng);
    if (!tree) return;
    const strings = leaves(tree);
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

  if (RESIDENT_NAMESPACES.includes(namespace)) {
    it("exists in every language residents may choose", () => {
      expect(UI_LANGUAGES.filter((lng) => !files.has(lng))).toEqual([]);
    });
  }
});

describe("Telegram strings", () => {
  it("load for every UI language, with latin command names", () => {
    const strings = loadTelegramStrings();
    for (const lng of UI_LANGUAGES) {
      expect(strings.language(lng)).toBe(lng);
      for (const c of Object.values(strings.files[lng].commands)) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/u);
    }
  });
});
