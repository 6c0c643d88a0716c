/**
 * What Slack can do as a channel of conversations, for the core (see core/channel-traits.ts): messages
 * are pushed through an outbox; Slack can read them (no end-to-end encryption). Slack serves agents and
 * volunteers; its events are deduplicated under this channel's name.
 */
import type { ChannelTraits } from "../../core/channel-traits.js";

export const SLACK_CHANNEL = "slack";

export const SLACK_TRAITS: ChannelTraits = { canPush: true, endToEndEncrypted: false, privacyNoticeOnPage: false };
