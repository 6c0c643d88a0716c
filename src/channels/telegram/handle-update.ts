/**
 * The grammY middleware of the adapter: one update in, one call to the core out. It translates and
 * forwards, nothing more — the core decides every answer, and its replies reach Telegram through the
 * outbox (in order, with retries). Two exceptions, both transport matters: a button press is
 * acknowledged at once (otherwise the resident's app shows a spinner; a button whose payload is gone
 * gets a short "no longer valid" toast), and when the core could answer a
 * crisis only without its store (`degraded`), its emergency replies are sent here directly.
 */
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
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

/**
 * Registers the adapter on the bot with grammY's filter queries: a button press, a change of the bot's
 * membership (blocked, unblocked), a message. Every other kind of update is left alone by grammY.
 */
export function registerUpdateHandlers(bot: Bot, deps: HandleUpdateDeps): void {
  bot.on("callback_query", async (ctx) => {
    const payload = await acknowledgeButton(ctx, deps);
    await forward(ctx.update, deps, payload);
  });
  bot.on("my_chat_member", (ctx) => forward(ctx.update, deps));
  bot.on(["message", "edited_message"], (ctx) => forward(ctx.update, deps));
}

/** The button's payload (undefined when it is gone), answered at once: the app shows a spinner until then. */
async function acknowledgeButton(ctx: Context & { callbackQuery: NonNullable<Context["callbackQuery"]> }, deps: HandleUpdateDeps): Promise<string | undefined> {
  const query = ctx.callbackQuery;
  const chatId = query.message?.chat.id ?? query.from.id;
  const conversation = await deps.core.findConversation("telegram", String(chatId));
  const payload = await decodeCallbackData(query.data ?? "", { core: deps.core, conversationId: conversation?.id });
  const toast = payload === undefined ? { text: deps.strings.t(conversation?.locale ?? query.from.language_code, "staleButton") } : undefined;
  await ctx.answerCallbackQuery(toast).catch((err: unknown) => deps.logger.warn({ err }, "answerCallbackQuery failed"));
  return payload;
}

/** One update in, one call to the core out. */
async function forward(update: Update, deps: HandleUpdateDeps, callbackPayload?: string): Promise<void> {
  const meaning = toInboundMessage(update, {
    commandPayload: (text) => deps.commands.payloadFor(text),
    now: deps.clock.now(),
    ...(callbackPayload !== undefined ? { callbackPayload } : {}),
  });
  switch (meaning.kind) {
    case "ignore":
      return;
    case "reachability":
      // Telegram tells us when a resident blocks the bot: stop queueing for them before a 403 does.
      await deps.core.setReachable("telegram", String(meaning.chatId), !meaning.blocked);
      return;
    case "inbound": {
      const result = await deps.core.handleInbound(meaning.message);
      if (result.degraded && result.replies.length > 0) {
        const outcome = await deps.sender.sendNow(meaning.message.conversationKey, { author: "bot", replies: result.replies }, meaning.message.localeHint ?? null);
        if (!outcome.ok) deps.logger.warn({ error: outcome.error }, "direct crisis answer could not be sent");
      }
      return;
    }
  }
}
