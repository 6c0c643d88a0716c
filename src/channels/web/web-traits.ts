/**
 * What the web channel (the widget's page and its API) can do, for the core (see core/channel-traits.ts):
 * the page reads replies from the transcript (its stream), nothing is pushed; the conversation goes only
 * between the browser and the CCAS's own server; the page shows the privacy notice next to it.
 */
import type { ChannelTraits } from "../../core/channel-traits.js";

export const WEB_CHANNEL = "web";

export const WEB_TRAITS: ChannelTraits = { canPush: false, endToEndEncrypted: true, privacyNoticeOnPage: true };
