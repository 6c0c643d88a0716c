/**
 * What `accueil chat` (a conversation in the terminal) can do, for the core (see
 * core/channel-traits.ts): the command prints each turn's replies itself; nothing leaves the machine.
 */
import type { ChannelTraits } from "../core/channel-traits.js";

export const CLI_CHANNEL = "cli";

export const CLI_TRAITS: ChannelTraits = { canPush: false, endToEndEncrypted: true, privacyNoticeOnPage: false };
