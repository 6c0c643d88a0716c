/**
 * The resident's commands, in their language: /aide in French, /help in English, /ayuda in Spanish…
 * (Telegram allows only latin letters in command names, so Arabic and Ukrainian use the English ones,
 * with descriptions in their own language). Every alias of every language is accepted whatever the
 * conversation's language, and maps to the core's command payloads; the core answers.
 */
import type { BotCommand } from "grammy/types";
import { COMMAND_PAYLOADS, UI_LANGUAGES } from "../../core/command-payloads.js";
import type { TelegramStrings } from "./telegram-strings.js";

type CommandName = keyof typeof COMMAND_PAYLOADS;
const COMMAND_NAMES = Object.keys(COMMAND_PAYLOADS) as CommandName[];

export interface CommandTable {
  /** The command payload for a message text such as "/aide" or "/oubli@accueil_bot", if it is one. */
  payloadFor(text: string): string | undefined;
  /** Menus for setMyCommands: a default one (French) and one per language code. */
  menus(): Array<{ languageCode?: string; commands: BotCommand[] }>;
}

export function createCommandTable(strings: TelegramStrings, botUsername: string): CommandTable {
  const aliases = new Map<string, string>();
  for (const lng of UI_LANGUAGES) {
    for (const name of COMMAND_NAMES) aliases.set(strings.files[lng].commands[name].command, COMMAND_PAYLOADS[name]);
  }
  // The English names always work, whatever the files say: they are what a helper would type.
  for (const name of COMMAND_NAMES) aliases.set(name.toLowerCase(), COMMAND_PAYLOADS[name]);

  const menuFor = (lng: (typeof UI_LANGUAGES)[number]): BotCommand[] =>
    COMMAND_NAMES.map((name) => ({
      command: strings.files[lng].commands[name].command,
      description: strings.files[lng].commands[name].description,
    }));

  return {
    payloadFor(text) {
      const match = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s|$)/.exec(text.trim());
      if (!match) return undefined;
      const [, command, mention] = match;
      if (mention !== undefined && mention.toLowerCase() !== botUsername.toLowerCase()) return undefined;
      return aliases.get((command ?? "").toLowerCase());
    },
    menus() {
      return [
        { commands: menuFor("fr") },
        ...UI_LANGUAGES.map((lng) => ({ languageCode: lng, commands: menuFor(lng) })),
      ];
    },
  };
}
