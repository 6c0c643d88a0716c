/**
 * The one list of the languages Accueil speaks, with their names and writing direction. Every channel,
 * the widget's API and the core read it from here; French is the reference and the fallback. Adding a
 * language is a line here plus its locales/<code>/ files (the parity test says which keys are missing).
 */
export const UI_LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const DETAILS: Record<UiLanguage, { name: string; dir: "ltr" | "rtl" }> = {
  fr: { name: "Français", dir: "ltr" },
  en: { name: "English", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
  es: { name: "Español", dir: "ltr" },
  uk: { name: "Українська", dir: "ltr" },
  pt: { name: "Português", dir: "ltr" },
  tr: { name: "Türkçe", dir: "ltr" },
  ru: { name: "Русский", dir: "ltr" },
  ro: { name: "Română", dir: "ltr" },
};

/** Each language with its own name and direction (served by /api/v1). */
export const LANGUAGES: ReadonlyArray<{ code: UiLanguage; name: string; dir: "ltr" | "rtl" }> = UI_LANGUAGES.map((code) => ({ code, ...DETAILS[code] }));
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES.filter((l) => l.dir === "rtl").map((l) => l.code));

export function isUiLanguage(code: string): code is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(code);
}

/** "ar" → "rtl"; any other code (known or not) → "ltr". */
export function textDirection(code: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(code) ? "rtl" : "ltr";
}

/** The language's own name ("Español"), or the code itself for an unknown one. */
export function languageName(code: string): string {
  return isUiLanguage(code) ? DETAILS[code].name : code;
}

/** A platform's language tag ("pt-BR", "en_GB") as one of ours, else French. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage {
  const base = (tag ?? "").toLowerCase().split(/[-_]/u)[0] ?? "";
  return isUiLanguage(base) ? base : "fr";
}
