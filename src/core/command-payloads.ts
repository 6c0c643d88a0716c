/**
 * Payloads a channel may put in InboundMessage.payload for the resident's commands. Channels map their
 * own syntax to these (a "/aide" command, a page's menu, a card's button) and the core answers in the
 * resident's language. Every other payload is produced by the core itself inside choice buttons and is
 * opaque to channels: they send it back verbatim.
 */
export const COMMAND_PAYLOADS = {
  /** Welcome: what the bot is, the privacy notice, the themes. */
  start: "cmd:start",
  /** The themes the bot can help with. */
  help: "cmd:help",
  /** Choose the language (answers with one button per language). */
  language: "cmd:language",
  /** Ask for a person (starts the referral dialogue, with consent). */
  human: "cmd:human",
  /** Erase my data (asks for confirmation first). */
  forget: "cmd:forget",
  /** What is stored about me (right of access): readable text and JSON. */
  myData: "cmd:my-data",
} as const;

export type CommandPayload = (typeof COMMAND_PAYLOADS)[keyof typeof COMMAND_PAYLOADS];

/** Payload that sets the conversation language directly, e.g. "lang:ar". */
export const languagePayload = (lang: string): string => `lang:${lang}`;

/** Languages the bot's own words exist in (locales/<lng>/bot.json). */
export const UI_LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar"]);
