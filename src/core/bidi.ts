/**
 * Numbers inside right-to-left text: a phone number with spaces ("01 99 00 10 00") is shown with its
 * groups reversed in Arabic unless it is isolated as left-to-right (Unicode bidi isolates, U+2066/U+2069).
 */
import { RTL_LANGUAGES } from "./command-payloads.js";

export function isolateForLanguage(value: string, lang: string): string {
  return RTL_LANGUAGES.has(lang) ? `\u2066${value}\u2069` : value;
}
