/**
 * What a channel can do, as the core needs to know it — never its name. Each adapter declares its
 * traits next to its code and the app registers them here, once, at start-up; the core asks the
 * registry about a conversation's channel (does it push? does the platform read the messages? does its
 * page show the privacy notice?) instead of keeping lists of channel names.
 */

export interface ChannelTraits {
  /** Replies are sent by an outbox worker (the platform is called), rather than read by the channel from
   * the transcript (a page polling or streaming it). */
  canPush: boolean;
  /** Only the resident and the CCAS can read the conversation: no third-party platform in between, or
   * one that encrypts end to end. Otherwise residents are told not to write anything very personal. */
  endToEndEncrypted: boolean;
  /** The page around the conversation shows the privacy notice itself: the welcome is then short enough
   * to fit on a phone's screen with the message field, and offers the main themes. */
  privacyNoticeOnPage: boolean;
}

/** A channel nobody registered: nothing is pushed, and residents are told the platform may read them. */
export const UNKNOWN_CHANNEL_TRAITS: ChannelTraits = Object.freeze({ canPush: false, endToEndEncrypted: false, privacyNoticeOnPage: false });

export class ChannelRegistry {
  private readonly traits = new Map<string, ChannelTraits>();

  constructor(channels: Readonly<Record<string, ChannelTraits>> = {}) {
    for (const [name, traits] of Object.entries(channels)) this.register(name, traits);
  }

  /** Declares a channel's traits; registering a name twice with other traits is a mistake. */
  register(name: string, traits: ChannelTraits): this {
    const known = this.traits.get(name);
    const differs = known !== undefined && (Object.keys(known) as Array<keyof ChannelTraits>).some((key) => known[key] !== traits[key]);
    if (differs) throw new Error(`channel "${name}" is already registered with other traits`);
    this.traits.set(name, Object.freeze({ ...traits }));
    return this;
  }

  traitsOf(name: string): ChannelTraits {
    return this.traits.get(name) ?? UNKNOWN_CHANNEL_TRAITS;
  }

  names(): string[] {
    return [...this.traits.keys()];
  }
}
