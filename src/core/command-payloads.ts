/**
 * The payloads a channel may put in InboundMessage.payload for the resident's commands. Channels map their
 * own syntax to these (a "/aide" command, a page's menu, a card's button) and the core answers in the
 * resident's language. Every other payload is produced by the core itself inside choice buttons and is
 * opaque to channels: they send it back verbatim. Both are members of the one protocol of payloads.ts.
 */
import { UI_LANGUAGES } from "../i18n/languages.js";
import { encodePayload } from "./payloads.js";

export const COMMAND_PAYLOADS = {
  /** Welcome: what the bot is, the privacy notice, the themes. */
  start: encodePayload({ kind: "cmd", command: "start" }),
  /** The themes the bot can help with. */
  help: encodePayload({ kind: "cmd", command: "help" }),
  /** Choose the language (answers with one button per language). */
  language: encodePayload({ kind: "cmd", command: "language" }),
  /** Ask for a person (starts the referral dialogue, with consent). */
  human: encodePayload({ kind: "cmd", command: "human" }),
  /** Erase my data (asks for confirmation first). */
  forget: encodePayload({ kind: "cmd", command: "forget" }),
  /** What is stored about me (right of access): readable text and JSON. */
  myData: encodePayload({ kind: "cmd", command: "my-data" }),
} as const;

/** Payload that sets the conversation language directly, e.g. "lang:ar". */
export const languagePayload = (lang: string): string => encodePayload({ kind: "lang", lang });

/** True for a payload any channel may send without a button (help, talk to a person, a language…). */
export function isCommandPayload(payload: string): boolean {
  return COMMANDS.has(payload);
}

/** The languages (one list, src/i18n/languages.ts), re-exported for the channels that read them here. */
export { RTL_LANGUAGES, UI_LANGUAGES, type UiLanguage } from "../i18n/languages.js";

const COMMANDS: ReadonlySet<string> = new Set([...Object.values(COMMAND_PAYLOADS), ...UI_LANGUAGES.map(languagePayload)]);
