/**
 * The neutral message model. Channels (a web page, a messaging app, the terminal) map their platform
 * payloads to an InboundMessage, and render OutboundReply values their own way. The core never sees a
 * platform payload and never produces platform markup: every text here is plain text, never HTML.
 */

/** A channel's name, as its adapter registered it (see channel-traits.ts): the core never tests it, it
 * asks the channel's traits. */
export type ChannelName = string;

/** Kinds of content a resident can send that the bot cannot read (it answers kindly, stores nothing). */
export type UnsupportedContent = "voice" | "audio" | "sticker" | "photo" | "video" | "document" | "other";

export interface InboundMessage {
  channel: ChannelName;
  /** The channel's address of the conversation (a chat id, a web session id…). */
  conversationKey: string;
  /** The channel's id of the sender (may equal conversationKey on one-to-one channels). */
  senderKey: string;
  /** What the resident typed; empty when they pressed a button or sent a location only. */
  text: string;
  /** The payload of a choice button the resident pressed (see OutboundChoice.payload). */
  payload?: string;
  location?: { lat: number; lon: number };
  /** Content the bot cannot read; text is then empty or a caption (never stored if a photo). */
  unsupported?: UnsupportedContent;
  /** The platform's own id for this message or update, used to drop duplicate deliveries. */
  platformMessageId: string;
  receivedAt: Date;
  /** The language the platform or browser reports (BCP 47), a hint only. */
  localeHint?: string;
  /** Channel data needed later to message this resident proactively (e.g. a messaging app's chat id). */
  channelReference?: Record<string, string | number>;
}

export interface Choice {
  label: string;
  /** Opaque to channels: sent back verbatim as InboundMessage.payload when pressed. */
  payload: string;
}

export interface Figure {
  label: string;
  /** Already formatted for the resident's locale, with unit ("651,69 € par mois"). */
  value: string;
  /** "au 1er avril 2026"-style date the figure applies from. */
  asOf: string;
  confirmed: boolean;
  sourceUrl: string;
}

export interface PlaceCard {
  name: string;
  address: string;
  phone?: string;
  /** null when the hours could not be evaluated. */
  openNow: boolean | null;
  /** "Ouvert jusqu'à 17:00" / "Fermé, ouvre lundi à 08:30". */
  status: string;
  /** Opening hours in words, one line per day group. */
  hours: string[];
  mapUrl: string;
  distanceKm?: number;
}

export type OutboundReply =
  | { kind: "text"; text: string }
  | { kind: "choices"; text: string; choices: Choice[] }
  | { kind: "link"; label: string; url: string }
  | {
      kind: "entry";
      entryId: string;
      title: string;
      summary: string;
      figures: Figure[];
      decidedBy: string;
      officialUrl: string;
      /** Set when the summary is shown in French because no translation exists for the resident's language. */
      fallbackNote?: string;
      caution?: string;
    }
  | { kind: "place"; place: PlaceCard }
  /** What is stored about the resident (right of access): readable text, and the same as JSON. */
  | { kind: "data"; title: string; text: string; json: string; filename: string }
  | {
      kind: "emergency";
      /** Headline and numbers, in the resident's language; shown before anything else. */
      text: string;
      numbers: Array<{ number: string; label: string }>;
      /** What kind of danger (suicide, violence, child, shelter, medical): for metrics and agents' views. */
      category?: string;
    };

/** Who wrote an outgoing message, so channels can mark agent and volunteer words as such. */
export type Author = "bot" | "agent" | "volunteer";

export interface OutboundMessage {
  conversationId: string;
  author: Author;
  /** Display name of the agent or volunteer, when the author is a person. */
  authorName?: string;
  replies: OutboundReply[];
}
