/** A real i18next instance with only the territory namespace, for tests (no global instance touched). */
import { readFileSync } from "node:fs";
import { createInstance, type TFunction } from "i18next";

export const TERRITORY_LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;

export function readTerritoryLocale(lng: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../locales/${lng}/territory.json`, import.meta.url), "utf8")) as Record<string, unknown>;
}

export async function territoryT(): Promise<TFunction> {
  const instance = createInstance();
  await instance.init({
    lng: "fr",
    fallbackLng: "fr",
    ns: ["territory"],
    defaultNS: "territory",
    resources: Object.fromEntries(TERRITORY_LANGUAGES.map((lng) => [lng, { territory: readTerritoryLocale(lng) }])),
  });
  return instance.t;
}
