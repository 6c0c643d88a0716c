// Interface strings for the widget and the console, served by the server from locales/<lng>/ (the widget's
// at /api/v1/locales/<lng>/widget, the console's at /console/api/locales/<lng>). No library: a key lookup
// and {{name}} interpolation are all the pages need. A missing key shows as the key itself, so a caller
// can tell (`t(key) === key`) and fall back.
import { request } from "./api.js";

/**
 * Looks a dotted key up in a tree of strings and fills its {{name}} placeholders.
 * @param {Record<string, unknown>} strings
 * @returns {(key: string, values?: Record<string, unknown>) => string}
 */
export function translator(strings) {
  return (key, values = {}) => {
    let node = strings;
    for (const part of key.split(".")) node = node && typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => (values[name] === undefined || values[name] === null ? "" : String(values[name])));
  };
}

/**
 * Fetches a language's strings from `path`; returns { lng, dir, t }.
 * @param {string} path
 * @param {string} lng
 */
export async function loadStrings(path, lng) {
  const data = await request("GET", path);
  return { lng: data.lng || lng, dir: data.dir === "rtl" ? "rtl" : "ltr", t: translator(data.strings || {}) };
}

/**
 * Fills every element marked data-i18n="key" with its string (textContent only) and every element marked
 * data-i18n-aria-label="key" with its accessible name.
 * @param {ParentNode} root
 * @param {(key: string) => string} t
 */
export function applyStrings(root, t) {
  for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = t(element.getAttribute("data-i18n"));
  for (const element of root.querySelectorAll("[data-i18n-aria-label]")) element.setAttribute("aria-label", t(element.getAttribute("data-i18n-aria-label")));
}

/** The language a person chose earlier on this page, if it is still offered. */
export function savedLanguage(storageKey, supported) {
  try {
    const saved = window.localStorage.getItem(storageKey);
    return saved && supported.includes(saved) ? saved : null;
  } catch {
    // Storage can be disabled: nothing was remembered.
    return null;
  }
}

export function rememberLanguage(storageKey, lng) {
  try {
    window.localStorage.setItem(storageKey, lng);
  } catch {
    // Not remembered: harmless.
  }
}

/**
 * The language to start in: the person's last choice (when a storage key is given), else the browser's
 * first supported one, else French.
 * @param {readonly string[]} supported
 * @param {string} [storageKey]
 */
export function preferredLanguage(supported, storageKey) {
  const saved = storageKey ? savedLanguage(storageKey, supported) : null;
  if (saved) return saved;
  for (const tag of navigator.languages || [navigator.language || "fr"]) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (supported.includes(base)) return base;
  }
  return "fr";
}
