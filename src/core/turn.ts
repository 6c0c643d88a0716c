/**
 * One resident turn in progress: the conversation, its state, the language, and the replies gathered so
 * far. Dialogue functions read and change it; the pipeline persists it in one transaction at the end.
 */
import type { TFunction } from "i18next";
import type { Store } from "../store/store.js";
import type { ConversationRecord } from "../records/conversation-record.js";
import type { CoreDeps } from "./core-deps.js";
import type { PendingEvent } from "./deliver.js";
import type { DialogueState } from "./dialogue-state.js";
import type { InboundMessage, OutboundReply } from "./messages.js";

export interface Turn {
  readonly deps: CoreDeps;
  /** The store bound to this turn's transaction. */
  readonly store: Store;
  readonly message: InboundMessage;
  conversation: ConversationRecord;
  readonly now: Date;
  state: DialogueState;
  /** The language the bot answers in (one of the UI languages). */
  lang: string;
  t: TFunction;
  readonly replies: OutboundReply[];
  /** Events to emit once the transaction has committed. */
  readonly pending: PendingEvent[];
  /** Set when the conversation was erased during the turn: nothing more is saved for it. */
  erased: boolean;
}

export function say(turn: Turn, text: string): void {
  turn.replies.push({ kind: "text", text });
}

export function offer(turn: Turn, text: string, choices: Array<{ label: string; payload: string }>): void {
  turn.replies.push({ kind: "choices", text, choices });
}
