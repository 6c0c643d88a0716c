/**
 * The words the Telegram adapter itself shows (command menu, labels around cards and agent messages),
 * read from locales/<lng>/telegram.json. Everything else a resident reads comes from the core, already
 * in their language — including the answer to content the bot cannot read (voice, photos…).
 *
 * The files are validated with zod at load time so that a missing key fails at start-up, not in front
 * of a resident. French is the reference and the fallback.
 */
import i18next, { type TFunction } from "i18next";
import { z } from "zod";
import { readNamespace } from "../../i18n/read-namespace.js";
import { UI_LANGUAGES, uiLanguageOf, type UiLanguage } from "../../i18n/languages.js";
import { LOCALES_DIR } from "../../project-root.js";

const commandSchema = z.object({
  /** Telegram accepts 1–32 characters, lowercase latin letters, digits and underscores. */
  command: z.string().regex(/^[a-z0-9_]{1,32}$/),
  description: z.string().min(3).max(256),
});

export const telegramStringsSchema = z.object({
  commands: z.object({
    start: commandSchema,
    help: commandSchema,
    language: commandSchema,
    human: commandSchema,
    forget: commandSchema,
    myData: commandSchema,
  }),
  author: z.object({
    agent: z.string().includes("{{name}}"),
    volunteer: z.string().includes("{{name}}"),
    agentAnonymous: z.string(),
    volunteerAnonymous: z.string(),
  }),
  entry: z.object({ officialPage: z.string() }),
  /** Shown by Telegram on the empty chat before the resident presses Start (setMyDescription). */
  bot: z.object({
    // Limits are Telegram's (512 and 120) minus room for the CCAS's name and phone.
    description: z.string().includes("{{ccas}}").max(440),
    shortDescription: z.string().includes("{{ccas}}").max(90),
  }),
  /** Toast shown when a pressed button's payload cannot be found any more. */
  staleButton: z.string().max(200),
  place: z.object({ map: z.string(), distance: z.string().includes("{{km}}"), hoursUnknown: z.string() }),
});
export type TelegramStringsFile = z.infer<typeof telegramStringsSchema>;

export interface TelegramStrings {
  /** Translates a key of telegram.json into lng (French when lng is unknown or missing). */
  t(lng: string | null | undefined, key: string, values?: Record<string, string>): string;
  /** The parsed file of each UI language (for the command menu). */
  files: Record<UiLanguage, TelegramStringsFile>;
  /** lng if the bot speaks it, else French. */
  language(lng: string | null | undefined): UiLanguage;
}

export function loadTelegramStrings(dir: string = LOCALES_DIR): TelegramStrings {
  const read = readNamespace("telegram", telegramStringsSchema, { dir });
  const files = {} as Record<UiLanguage, TelegramStringsFile>;
  const resources: Record<string, { telegram: TelegramStringsFile }> = {};
  for (const lng of UI_LANGUAGES) {
    // Every language has its file (the locale parity test checks it); French stands in otherwise.
    files[lng] = read.get(lng) ?? read.get("fr")!;
    resources[lng] = { telegram: files[lng] };
  }
  const instance = i18next.createInstance();
  // Resources are given inline, so init is synchronous with initAsync: false.
  void instance.init({
    resources,
    ns: ["telegram"],
    defaultNS: "telegram",
    fallbackLng: "fr",
    initAsync: false,
    // Messages are plain text sent with entities: nothing is ever interpreted as markup.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const language = uiLanguageOf;
  const fixed = new Map<UiLanguage, TFunction>();
  for (const lng of UI_LANGUAGES) fixed.set(lng, instance.getFixedT(lng, "telegram"));
  return {
    files,
    language,
    t: (lng, key, values) => {
      const t = fixed.get(language(lng)) as TFunction;
      return String(t(key, values ?? {}));
    },
  };
}
