/** The Telegram channel's public surface (see create-telegram-channel.ts). */
export { createTelegramChannel } from "./create-telegram-channel.js";
export type { TelegramChannel, TelegramChannelDeps, TelegramConfig } from "./create-telegram-channel.js";
export { TELEGRAM_WEBHOOK_PATH } from "./webhook-route.js";
