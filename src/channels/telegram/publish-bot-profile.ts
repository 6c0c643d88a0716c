/**
 * What Telegram shows about the bot before and around a conversation, sent at each start so that it
 * follows the locale files: the command menu (setMyCommands) and the description on the empty chat
 * (setMyDescription, setMyShortDescription), in French by default and per language code. The
 * description is where a resident learns, before writing anything, that this is software and that
 * Telegram chats with bots are not end-to-end encrypted.
 *
 * Each call is best effort: a failure costs the menu or the description, never the channel.
 */
import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import type { Logger } from "pino";
import { UI_LANGUAGES, type UiLanguage } from "../../core/command-payloads.js";
import type { CommandTable } from "./telegram-commands.js";
import type { TelegramStrings } from "./telegram-strings.js";

export async function publishBotProfile(options: {
  api: Api;
  commands: CommandTable;
  strings: TelegramStrings;
  /** The CCAS's name and desk phone, from the territory file. */
  ccas?: { name: string; phone: string };
  logger: Pick<Logger, "warn">;
}): Promise<void> {
  const { api, strings, logger } = options;
  const attempt = async (what: string, call: () => Promise<unknown>) => {
    await call().catch((err: unknown) => logger.warn({ err }, `${what} failed`));
  };
  const scope = (lng?: UiLanguage) => (lng ? { language_code: lng as LanguageCode } : undefined);

  for (const menu of options.commands.menus()) {
    await attempt(`setMyCommands (${menu.languageCode ?? "default"})`, () =>
      api.setMyCommands(menu.commands, scope(menu.languageCode as UiLanguage | undefined)),
    );
  }
  if (!options.ccas) return;
  const values = { ccas: options.ccas.name, phone: options.ccas.phone };
  for (const lng of [undefined, ...UI_LANGUAGES]) {
    const description = strings.t(lng ?? "fr", "bot.description", values).slice(0, 512);
    const short = strings.t(lng ?? "fr", "bot.shortDescription", values).slice(0, 120);
    await attempt(`setMyDescription (${lng ?? "default"})`, () => api.setMyDescription(description, scope(lng)));
    await attempt(`setMyShortDescription (${lng ?? "default"})`, () => api.setMyShortDescription(short, scope(lng)));
  }
}
