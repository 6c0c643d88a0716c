/**
 * The grammY middleware of the adapter: one update in, one call to the core out. It translates and
 * forwards, nothing more — the core decides every answer, and its replies reach Telegram through the
 * outbox (in order, with retries). Two exceptions, both transport matters: a button press is
 * acknowledged at once (otherwise the resident's app shows a spinner; a button whose payload is gone
 * gets a short "no longer valid" toast), and when the core could answer a
 * crisis only without its store (`degraded`), its emergency replies are sent here directly.
 */
import type { Context } from "grammy";
import type { Logger } from "pino";
import type { AccueilCore } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import { decodeCallbackData } from "./callback-data.js";
import type { CommandTable } from "./telegram-commands.js";
import type { TelegramSender } from "./telegram-sender.js";
import type { TelegramStrings } from "./telegram-strings.js";
import { toInboundMessage } from "./to-inbound-message.js";

export interface HandleUpdateDeps {
  core: AccueilCore;
  clock: Clock;
  logger: Pick<Logger, "warn" | "info">;
  commands: CommandTable;
  sender: TelegramSender;
  strings: TelegramStrings;
}

export function createUpdateHandler(deps: HandleUpdateDeps): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const update = ctx.update;
    let callbackPayload: string | undefined;
    if (update.callback_query) {
      const query = update.callback_query;
      const chatId = query.message?.chat.id ?? query.from.id;
      const conversation = await deps.core.findConversation("telegram", String(chatId));
      callbackPayload = await decodeCallbackData(query.data ?? "", { core: deps.core, conversationId: conversation?.id });
      // Always answered, or the resident's app keeps a spinner on the button.
      const toast = callbackPayload === undefined ? { text: deps.strings.t(conversation?.locale ?? query.from.language_code, "staleButton") } : undefined;
      await ctx.answerCallbackQuery(toast).catch((err: unknown) => deps.logger.warn({ err }, "answerCallbackQuery failed"));
    }

    const meaning = toInboundMessage(update, {
      commandPayload: (text) => deps.commands.payloadFor(text),
      now: deps.clock.now(),
      ...(callbackPayload !== undefined ? { callbackPayload } : {}),
    });

    switch (meaning.kind) {
      case "ignore":
        return;
      case "reachability": {
        // Telegram tells us when a resident blocks the bot: stop queueing for them before a 403 does.
        await deps.core.setReachable("telegram", String(meaning.chatId), !meaning.blocked);
        return;
      }
      case "inbound": {
        const result = await deps.core.handleInbound(meaning.message);
        if (result.degraded && result.replies.length > 0) {
          const outcome = await deps.sender.sendNow(meaning.message.conversationKey, { author: "bot", replies: result.replies }, meaning.message.localeHint ?? null);
          if (!outcome.ok) deps.logger.warn({ error: outcome.error }, "direct crisis answer could not be sent");
        }
        return;
      }
    }
  };
}
