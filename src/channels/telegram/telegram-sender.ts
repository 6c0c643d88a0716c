/**
 * Sends one outbox item to Telegram and reports the outcome to the outbox worker, which owns retries:
 *   429 → retryAfterMs from `parameters.retry_after` (Telegram's own number, honoured exactly);
 *   403 (bot blocked, user deactivated) → "blocked": the resident is marked unreachable, no retry loop;
 *   400 (Telegram refuses this message for good) → "rejected";
 *   5xx, network errors, Telegram unreachable → transient: backoff, then retry.
 *
 * A long item becomes several Telegram messages. If Telegram stops us after the first part, the item is
 * retried later; the parts already delivered are remembered (per outbox id, in memory) so that the
 * retry resumes at the next part instead of sending the first one twice. Rendering is deterministic, so
 * part numbers stay valid. A restart forgets this and may repeat a part: a duplicate beats a loss.
 * The outbox worker hands over the conversation with the item: where to send (the chat id kept as its
 * channel reference) and in which language.
 */
import { GrammyError, HttpError, type Api } from "grammy";
import type { SendOutcome } from "../../delivery/send-outcome.js";
import type { ConversationRecord } from "../../records/conversation-record.js";
import type { OutboxItem } from "../../records/outbox-record.js";
import { renderOutboundMessage, type RenderableMessage, type TelegramOutgoing } from "./render-outbound-message.js";
import type { TelegramStrings } from "./telegram-strings.js";

export interface TelegramSenderDeps {
  api: Api;
  strings: TelegramStrings;
}

export interface TelegramSender {
  sendOutboxItem(item: OutboxItem, conversation: Pick<ConversationRecord, "channelReference" | "externalId" | "locale">): Promise<SendOutcome>;
  /** Sends straight away, outside the outbox (crisis answers when the store itself failed). */
  sendNow(chatId: number | string, message: RenderableMessage, lang: string | null): Promise<SendOutcome>;
}

export function createTelegramSender(deps: TelegramSenderDeps): TelegramSender {
  const delivered = new Map<number, number>();

  async function sendParts(chatId: number | string, parts: TelegramOutgoing[], from: number, onPart: (n: number) => void): Promise<SendOutcome> {
    for (let index = from; index < parts.length; index++) {
      const part = parts[index] as TelegramOutgoing;
      try {
        await deps.api.sendMessage(chatId, part.text, {
          // No parse_mode, ever: text is verbatim and formatting is carried by entities.
          entities: part.entities,
          link_preview_options: { is_disabled: true },
          ...(part.keyboard ? { reply_markup: { inline_keyboard: part.keyboard } } : {}),
        });
      } catch (error) {
        return classifyError(error);
      }
      onPart(index + 1);
    }
    return { ok: true };
  }

  return {
    async sendOutboxItem(item, conversation) {
      const chatId = conversation.channelReference?.chatId ?? conversation.externalId;
      const parts = renderOutboundMessage(item.message, conversation.locale, deps.strings);
      const outcome = await sendParts(chatId, parts, delivered.get(item.id) ?? 0, (n) => delivered.set(item.id, n));
      // Settled one way or another (sent, or dead): nothing to resume any more.
      if (outcome.ok || outcome.permanent) delivered.delete(item.id);
      return outcome;
    },
    sendNow(chatId, message, lang) {
      return sendParts(chatId, renderOutboundMessage(message, lang, deps.strings), 0, () => undefined);
    },
  };
}

export function classifyError(error: unknown): SendOutcome {
  if (error instanceof GrammyError) {
    const detail = `${error.error_code}: ${error.description}`;
    if (error.error_code === 429) {
      const seconds = error.parameters.retry_after;
      return { ok: false, error: detail, ...(typeof seconds === "number" ? { retryAfterMs: seconds * 1000 } : {}) };
    }
    if (error.error_code === 403) return { ok: false, permanent: "blocked", error: detail };
    // 401/404 mean a wrong token or API root: a configuration fault, retried so that fixing it delivers.
    if (error.error_code === 400) return { ok: false, permanent: "rejected", error: detail };
    return { ok: false, error: detail };
  }
  if (error instanceof HttpError) return { ok: false, error: `network: ${error.message}` };
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
