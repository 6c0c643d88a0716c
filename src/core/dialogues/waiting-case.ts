/**
 * A case waiting for a social worker is never invisible: whatever the resident writes while it waits is
 * added to it and acknowledged with its reference, its state and the usual delay, so nobody thinks the
 * request was lost ("allo ?" must not get the welcome again). A real question still gets its answer.
 * Cancelling asks for a confirmation first: one tap next to "another question" must not drop a request.
 */
import type { CaseRecord } from "../../records/case-record.js";
import type { Understanding } from "../understanding-port.js";
import { offer, say, type Turn } from "../turn.js";
import { encodePayload } from "../payloads.js";

export function acknowledgeWaitingCase(turn: Turn, waiting: CaseRecord): void {
  const delays = turn.deps.territory.referral_delay_days;
  const days = waiting.urgency === "urgent" ? delays.urgent : delays.normal;
  say(turn, turn.t("referral.waiting", { reference: waiting.reference, days }));
}

/** True when the message asks something the bot can answer beside the waiting case. */
export function isAnotherQuestion(understanding: Understanding | null): boolean {
  if (!understanding || understanding.intent === "human" || understanding.intent === "unsure") return false;
  return understanding.level > 0 && understanding.entries.length > 0;
}

export function offerWaitingChoices(turn: Turn): void {
  offer(turn, turn.t("entry.next"), [
    { label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) },
    { label: turn.t("choice.cancel_case"), payload: encodePayload({ kind: "case", action: "cancel-ask" }) },
  ]);
}

export async function askCancelConfirmation(turn: Turn): Promise<void> {
  const active = await turn.store.findActiveCase(turn.conversation.id);
  if (!active) {
    say(turn, turn.t("referral.no_case"));
    return;
  }
  offer(turn, turn.t("referral.cancel_confirm", { reference: active.reference }), [
    { label: turn.t("choice.cancel_yes"), payload: encodePayload({ kind: "case", action: "cancel" }) },
    { label: turn.t("choice.cancel_no"), payload: encodePayload({ kind: "case", action: "keep" }) },
  ]);
}

export async function keepCase(turn: Turn): Promise<void> {
  const active = await turn.store.findActiveCase(turn.conversation.id);
  say(turn, active ? turn.t("referral.kept", { reference: active.reference }) : turn.t("referral.no_case"));
}
