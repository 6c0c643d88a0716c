/**
 * What the Telegram channel can do, for the core (see core/channel-traits.ts): replies are pushed
 * through the outbox to the Bot API; Telegram's servers can read bot chats (no end-to-end encryption),
 * so residents are told; the privacy notice is said in the welcome.
 */
import type { ChannelTraits } from "../../core/channel-traits.js";

export const TELEGRAM_CHANNEL = "telegram";

export const TELEGRAM_TRAITS: ChannelTraits = { canPush: true, endToEndEncrypted: false, privacyNoticeOnPage: false };
