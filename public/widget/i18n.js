// Interface strings, loaded from the server (locales/<lng>/widget.json). No library: a key lookup and
// {{name}} interpolation are all the widget needs.

export const LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"];
const STORAGE_KEY = "accueil.lang";

/** The language to start in: the resident's last choice, else the browser's, else French. */
export function initialLanguage() {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved && LANGUAGES.includes(saved)) return saved;
  } catch {
    // Storage can be disabled; the browser's language is then enough.
  }
  for (const tag of navigator.languages || [navigator.language || "fr"]) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return "fr";
}

export function rememberLanguage(lng) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered: harmless.
  }
}

/** Fetches a language's strings and returns { lng, dir, t }. */
export async function loadTranslator(lng) {
  const response = await fetch(`/api/v1/locales/${encodeURIComponent(lng)}/widget`, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`strings for ${lng}: HTTP ${response.status}`);
  const { dir, strings } = await response.json();
  return { lng, dir, t: (key, values) => translate(strings, key, values) };
}

function translate(strings, key, values = {}) {
  let node = strings;
  for (const part of key.split(".")) node = node && typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => (values[name] === undefined ? "" : String(values[name])));
}

/** Fills every element marked data-i18n="key" with its string (textContent only). */
export function applyStaticStrings(root, t) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.getAttribute("data-i18n"));
  }
}
