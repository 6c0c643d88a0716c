/**
 * A transcript as people read it: what the resident API shows of each message, and what the console
 * shows of a case's conversation (one view, so both read the same words and the same labels). A button
 * press is stored as a payload; the resident saw the button's label, so the view resolves the label
 * from the choices offered earlier in the same conversation (the viewer must therefore see the
 * conversation from its start, in order).
 *
 * `seq` in the API is the message's position in its own conversation (1, 2, 3…), not the store's
 * sequence, which counts every conversation's messages: a resident must not read the service's volume
 * (or when others write) from the numbers their page receives.
 */
import type { OutboundReply } from "./messages.js";
import type { InboundBody, OutboundBody, TranscriptMessage } from "../records/transcript-record.js";

export type ApiMessage =
  | {
      seq: number;
      direction: "in";
      author: "resident";
      createdAt: string;
      text: string;
      payload?: string;
      /** The label of the button pressed, when the message is a button press. */
      choiceLabel?: string;
    }
  | {
      seq: number;
      direction: "out";
      author: "bot" | "agent" | "volunteer";
      /** Display name of the person who wrote, for agent and volunteer messages. */
      authorName?: string;
      createdAt: string;
      replies: OutboundReply[];
    };

export class TranscriptViewer {
  private readonly labels = new Map<string, string>();
  private position = 0;

  /** Feeds one message (in seq order) and returns its API view. */
  view(message: TranscriptMessage): ApiMessage {
    const createdAt = message.createdAt.toISOString();
    const seq = ++this.position;
    if (message.direction === "in") {
      const body = message.body as InboundBody;
      const label = body.payload !== undefined ? this.labels.get(body.payload) : undefined;
      return {
        seq,
        direction: "in",
        author: "resident",
        createdAt,
        text: typeof body.text === "string" ? body.text : "",
        ...(body.payload !== undefined ? { payload: body.payload } : {}),
        ...(label !== undefined ? { choiceLabel: label } : {}),
      };
    }
    const replies = Array.isArray((message.body as OutboundBody).replies) ? (message.body as OutboundBody).replies : [];
    for (const reply of replies) {
      if (reply.kind === "choices") {
        for (const choice of reply.choices) this.labels.set(choice.payload, choice.label);
      }
    }
    const author = message.author === "resident" ? "bot" : message.author;
    return {
      seq,
      direction: "out",
      author,
      ...(message.authorName && author !== "bot" ? { authorName: message.authorName } : {}),
      createdAt,
      replies,
    };
  }

  viewAll(messages: TranscriptMessage[]): ApiMessage[] {
    return messages.map((m) => this.view(m));
  }
}
