/** Every language file of the territory namespace has exactly the French keys and placeholders. */
import { describe, expect, it } from "vitest";
import { readTerritoryLocale, TERRITORY_LANGUAGES } from "./territory-i18n.js";

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [fk, fv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(fk, fv);
  }
  return out;
}
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();

const french = flatten(readTerritoryLocale("fr"));

describe.each(TERRITORY_LANGUAGES.filter((l) => l !== "fr"))("locales/%s/territory.json", (lng) => {
  const other = flatten(readTerritoryLocale(lng));
  it("has the French keys, no more, no less", () => {
    expect([...other.keys()].sort()).toEqual([...french.keys()].sort());
  });
  it("keeps every placeholder and translates the sentences", () => {
    for (const [key, fr] of french) {
      const text = other.get(key) ?? "";
      expect(placeholders(text), `${lng} ${key}`).toEqual(placeholders(fr));
      expect(text.trim().length, `${lng} ${key}`).toBeGreaterThan(0);
    }
    expect(other.get("status.closed")).not.toBe(french.get("status.closed"));
  });
});
