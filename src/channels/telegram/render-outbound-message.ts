/**
 * Renders the core's neutral replies as Telegram messages: plain text with entities (never a parse
 * mode), choices as an inline keyboard of callback buttons, links as URL buttons, entry cards with their
 * figures, source and who decides, places with their opening status and a map link, emergency numbers
 * first and in bold. One outbox item becomes one Telegram message, or several when longer than 4096
 * UTF-16 units (the keyboard then rides on the last part, under the text it belongs to).
 *
 * Rendering is deterministic for a given item and language: the sender relies on that to resume a
 * split message where it stopped after a 429 without sending a part twice.
 */
import type { InlineKeyboardButton, MessageEntity } from "grammy/types";
import type { Author, OutboundReply, PlaceCard } from "../../core/messages.js";
import { encodeCallbackData } from "./callback-data.js";
import { RichTextBuilder } from "./rich-text.js";
import { splitRichText, TELEGRAM_TEXT_LIMIT } from "./split-rich-text.js";
import type { TelegramStrings } from "./telegram-strings.js";

export interface TelegramOutgoing {
  text: string;
  entities: MessageEntity[];
  keyboard?: InlineKeyboardButton[][];
}

export interface RenderableMessage {
  author: Author;
  authorName?: string;
  replies: OutboundReply[];
}

export function renderOutboundMessage(
  message: RenderableMessage,
  lang: string | null,
  strings: TelegramStrings,
  limit: number = TELEGRAM_TEXT_LIMIT,
): TelegramOutgoing[] {
  const t = (key: string, values?: Record<string, string>) => strings.t(lang, key, values);
  const out = new RichTextBuilder();
  const keyboard: InlineKeyboardButton[][] = [];

  if (message.author !== "bot") {
    // Words typed by a person are marked as such, so a resident knows who answers.
    const name = message.authorName?.trim();
    const label =
      message.author === "agent"
        ? name ? t("author.agent", { name }) : t("author.agentAnonymous")
        : name ? t("author.volunteer", { name }) : t("author.volunteerAnonymous");
    out.plain("👤 ").bold(label).newline();
  }

  for (const reply of message.replies) {
    switch (reply.kind) {
      case "text":
        out.block().plain(reply.text);
        break;
      case "choices":
        out.block().plain(reply.text);
        for (const choice of reply.choices) {
          keyboard.push([{ text: choice.label, callback_data: encodeCallbackData(choice.payload) }]);
        }
        break;
      case "link":
        if (isButtonUrl(reply.url)) keyboard.push([{ text: `🔗 ${reply.label}`, url: reply.url }]);
        else out.block().plain(`🔗 ${reply.label} — ${reply.url}`);
        break;
      case "entry":
        out.block().bold(reply.title).newline().plain(reply.summary);
        if (reply.fallbackNote) out.newline().italic(reply.fallbackNote);
        for (const figure of reply.figures) {
          out.newline().plain(`• ${figure.label} — `).bold(figure.value).plain(`, ${figure.asOf}`);
          // The core's caution line (below) says what an unconfirmed figure means.
          if (!figure.confirmed) out.plain(" ⚠️");
        }
        if (reply.caution) out.newline().plain("⚠️ ").plain(reply.caution);
        out.newline().plain(reply.decidedBy);
        out.newline().plain("🔗 ");
        linkOrText(out, t("entry.officialPage"), reply.officialUrl);
        break;
      case "place":
        renderPlace(out, reply.place, lang, t);
        break;
      case "data":
        // Readable first; then the same as JSON, preformatted so that it copies whole.
        out.block().plain(reply.text);
        out.block().pre(reply.json, "json");
        break;
      case "emergency":
        out.block().plain("🚨 ").bold(reply.text);
        for (const n of reply.numbers) out.newline().plain("📞 ").bold(n.number).plain(` — ${n.label}`);
        break;
    }
  }

  if (out.length === 0) {
    // Telegram refuses an empty text: a message made of buttons only shows their labels.
    out.plain(keyboard.flat().map((b) => b.text).join("\n"));
  }
  const parts = splitRichText(out.build(), limit);
  return parts.map((part, index) =>
    index === parts.length - 1 && keyboard.length > 0 ? { ...part, keyboard } : { ...part },
  );
}

function renderPlace(
  out: RichTextBuilder,
  place: PlaceCard,
  lang: string | null,
  t: (key: string, values?: Record<string, string>) => string,
): void {
  out.block().plain("📍 ").bold(place.name);
  if (place.distanceKm !== undefined) {
    const km = new Intl.NumberFormat(lang ?? "fr", { maximumFractionDigits: 1 }).format(place.distanceKm);
    out.plain(` (${t("place.distance", { km })})`);
  }
  out.newline().plain(place.address);
  if (place.phone) out.newline().plain(`☎️ ${place.phone}`);
  const dot = place.openNow === true ? "🟢" : place.openNow === false ? "🔴" : "⚪";
  out.newline().plain(`${dot} `).bold(place.status || t("place.hoursUnknown"));
  for (const line of place.hours) out.newline().plain(`   ${line}`);
  out.newline().plain("🗺 ");
  linkOrText(out, t("place.map"), place.mapUrl);
}

/** A text link, or label and URL in clear when Telegram would refuse the URL in an entity. */
function linkOrText(out: RichTextBuilder, label: string, url: string): void {
  if (isButtonUrl(url)) out.link(label, url);
  else out.plain(`${label} — ${url}`);
}

/** Telegram accepts only http(s) and tg: URLs on buttons; anything else is shown as text. */
function isButtonUrl(url: string): boolean {
  return /^(https?:\/\/|tg:\/\/)/i.test(url);
}
