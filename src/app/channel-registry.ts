/**
 * Every channel's traits, as its adapter declares them (web, Telegram, Slack, the terminal), registered
 * once for the core. Only the small traits files are imported here, never a channel's SDK.
 */
import { ChannelRegistry } from "../core/channel-traits.js";
import { SLACK_CHANNEL, SLACK_TRAITS } from "../channels/slack/slack-traits.js";
import { TELEGRAM_CHANNEL, TELEGRAM_TRAITS } from "../channels/telegram/telegram-traits.js";
import { WEB_CHANNEL, WEB_TRAITS } from "../channels/web/web-traits.js";
import { CLI_CHANNEL, CLI_TRAITS } from "../cli/cli-traits.js";

export function createChannelRegistry(): ChannelRegistry {
  return new ChannelRegistry()
    .register(WEB_CHANNEL, WEB_TRAITS)
    .register(TELEGRAM_CHANNEL, TELEGRAM_TRAITS)
    .register(SLACK_CHANNEL, SLACK_TRAITS)
    .register(CLI_CHANNEL, CLI_TRAITS);
}
