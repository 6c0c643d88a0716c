/**
 * i18next over locales/<lng>/<namespace>.json, every namespace read and checked by read-namespace.ts.
 * French is the reference and the fallback: a key missing in another language shows the French text
 * rather than a key name.
 */
import i18next, { type TFunction, type i18n as I18n } from "i18next";
import { localeTreeSchema, namespacesOf, readNamespace } from "./read-namespace.js";

export type Translate = TFunction;

export interface Translations {
  /** A t function bound to a language and namespace. */
  t(lang: string, namespace: string): TFunction;
  /** Every language with at least one namespace file. */
  readonly languages: readonly string[];
  has(lang: string, namespace: string): boolean;
  /** The raw resource bundle (served to the widget). */
  bundle(lang: string, namespace: string): Record<string, unknown> | undefined;
  readonly instance: I18n;
}

export async function createI18n(localesDir: string): Promise<Translations> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const namespace of namespacesOf(localesDir)) {
    for (const [lang, strings] of readNamespace(namespace, localeTreeSchema, { dir: localesDir })) (resources[lang] ??= {})[namespace] = strings;
  }
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: "fr",
    fallbackLng: "fr",
    // Residents' text and catalogue content are inserted as values: never HTML-escape here; each channel
    // escapes for its own markup, and the widget renders text as text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<I18n["init"]>[0]);
  const languages = Object.keys(resources).sort();
  return {
    t: (lang, namespace) => instance.getFixedT(lang, namespace),
    languages,
    has: (lang, namespace) => Boolean(resources[lang]?.[namespace]),
    bundle: (lang, namespace) => resources[lang]?.[namespace],
    instance,
  };
}
