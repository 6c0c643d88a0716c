/**
 * A namespace's strings for the pages (the widget's, the console's), read by the one locale reader.
 */
import { readNamespace, stringsSchema, type Strings } from "../i18n/read-namespace.js";

export type { Strings } from "../i18n/read-namespace.js";

export function loadLocaleNamespace(localesDir: string, namespace: string, languages: readonly string[]): Map<string, Strings> {
  return readNamespace(namespace, stringsSchema, { dir: localesDir, languages });
}
