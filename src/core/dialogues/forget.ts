/**
 * Right to erasure from the conversation itself (/oubli, a web page's "clear" button): confirmation
 * first, then the transcript, consents and contact data go, and an open case is cancelled.
 */
import { freshState } from "../dialogue-state.js";
import { offer, say, type Turn } from "../turn.js";
import { encodePayload } from "../payloads.js";

export function askForgetConfirmation(turn: Turn): void {
  turn.state.mode = "forget-confirm";
  offer(turn, turn.t("forget.confirm"), [
    { label: turn.t("forget.yes"), payload: encodePayload({ kind: "forget", answer: "yes" }) },
    { label: turn.t("forget.no"), payload: encodePayload({ kind: "forget", answer: "no" }) },
  ]);
}

export async function answerForget(turn: Turn, answer: "yes" | "no"): Promise<void> {
  if (answer === "no") {
    turn.state.mode = "idle";
    say(turn, turn.t("forget.kept"));
    return;
  }
  const { store, conversation, now } = turn;
  const active = await store.findActiveCase(conversation.id);
  if (active) {
    await store.cancelJobs(`case:${active.id}:`);
    turn.pending.push({ name: "case", event: { caseId: active.id, change: "cancelled" } });
  }
  await store.eraseConversation(conversation.id, now);
  // A fresh, empty conversation carries the confirmation (push channels need a row to send from).
  const fresh = await store.findOrCreateConversation(conversation.channel, conversation.externalId, now);
  if (conversation.channelReference) await store.saveConversation(fresh.id, { channelReference: conversation.channelReference, locale: turn.lang }, now);
  turn.conversation = { ...fresh, channelReference: conversation.channelReference, locale: turn.lang };
  // No memory of the old conversation: no topic, no démarche, no mode (only the language and the chat,
  // without which the confirmation could not be sent).
  turn.state = freshState();
  turn.erased = true;
  say(turn, turn.t("forget.done"));
}
