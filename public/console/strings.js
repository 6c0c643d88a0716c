// The console pages' strings (locales/<lng>/console.json), in the agent's browser language when the
// console speaks it: loaded, applied to the page's marked elements, and returned as t().
import { applyStrings, loadStrings, preferredLanguage } from "../shared/i18n.js";

/** The languages the console's strings exist in. */
const CONSOLE_LANGUAGES = ["fr", "en"];

export async function consoleStrings() {
  const lang = preferredLanguage(CONSOLE_LANGUAGES);
  const { t } = await loadStrings(`/console/api/locales/${lang}`, lang);
  document.documentElement.lang = lang;
  applyStrings(document, t);
  return { t, lang };
}
