// The console pages' strings (locales/<lng>/console.json), in the agent's browser language when the
// console speaks it: loaded, applied to the page's marked elements, and returned as t().
import { applyStrings, loadStrings, preferredLanguage } from "../shared/i18n.js";

/** The languages the console's strings exist in, as the server lists them (French if it cannot say). */
async function consoleLanguages() {
  try {
    const response = await fetch("/console/api/locales", { credentials: "same-origin" });
    const body = response.ok ? await response.json() : null;
    const codes = Array.isArray(body?.languages) ? body.languages.map((l) => l.code).filter((c) => typeof c === "string") : [];
    return codes.length > 0 ? codes : ["fr"];
  } catch {
    return ["fr"];
  }
}

export async function consoleStrings() {
  const lang = preferredLanguage(await consoleLanguages());
  const { t, dir } = await loadStrings(`/console/api/locales/${lang}`, lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  applyStrings(document, t);
  return { t, lang };
}
