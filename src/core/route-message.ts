/**
 * Routes a resident's free text on the understanding's decision: level 1 shows the entry, level 2 starts
 * the démarche, level 3 the referral, level 4 the digital guide, level 0 small talk or "not understood".
 * For a first message this is the very decision `accueil classify` prints.
 */
import type { Understanding } from "./understanding-port.js";
import { offer, type Turn } from "./turn.js";
import { askBack } from "./dialogues/ask-back.js";
import type { ReferralRequest } from "./dialogues/referral.js";
import { showEntry } from "./dialogues/quick-info.js";
import { isDigital, startDemarche, startDigitalGuide } from "./dialogues/steps.js";
import { startReferral } from "./dialogues/referral.js";
import { answerNotUnderstood, answerSmallTalk } from "./dialogues/small-talk.js";
import { encodePayload } from "./payloads.js";

/** The general digital-help entry, used when a level-4 message names no particular account. */
const GENERAL_DIGITAL_ENTRY = "accompagnement-numerique";

/** How a referral started from here is flagged (a "possible" crisis makes it urgent). */
export type ReferralFlags = Pick<ReferralRequest, "urgency" | "crisis">;

export async function routeUnderstanding(turn: Turn, understanding: Understanding, flags: ReferralFlags = {}): Promise<void> {
  const [first, ...others] = understanding.entries.filter((id) => turn.deps.catalogue.get(id));
  if (understanding.intent === "human") {
    turn.state.misses = 0;
    await startReferral(turn, { entryId: first ?? turn.state.entryId, level: 3, ...flags });
    return;
  }
  if (understanding.intent === "unsure" && first) {
    turn.state.misses = 0;
    askBack(turn, understanding);
    return;
  }
  await routeOnLevel(turn, understanding, first, others, flags);
  // Signs of distress beside a question of information or procedure: a social worker is offered too.
  if (understanding.distress && (understanding.level === 1 || understanding.level === 2) && first) {
    offer(turn, turn.t("distress.offer"), [{ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk", entryId: first }) }]);
  }
}

async function routeOnLevel(turn: Turn, understanding: Understanding, first: string | undefined, others: string[], flags: ReferralFlags): Promise<void> {
  switch (understanding.level) {
    case 0:
      if (understanding.intent === "unknown" || understanding.intent === "question") answerNotUnderstood(turn);
      else answerSmallTalk(turn, understanding.intent);
      return;
    case 1:
      if (!first) return answerNotUnderstood(turn);
      turn.state.misses = 0;
      showEntry(turn, first, others);
      return;
    case 2:
      if (!first) return answerNotUnderstood(turn);
      turn.state.misses = 0;
      startDemarche(turn, first);
      return;
    case 3:
      turn.state.misses = 0;
      if (first) showEntry(turn, first, others);
      // The entry card's choices are replaced by the referral question: one question at a time.
      if (first) turn.replies.pop();
      await startReferral(turn, { entryId: first ?? null, level: 3, ...flags });
      return;
    case 4: {
      turn.state.misses = 0;
      const entry = first ? turn.deps.catalogue.get(first) : undefined;
      if (entry && !isDigital(entry)) {
        startDemarche(turn, entry.id);
        return;
      }
      const guide = entry?.id ?? (turn.deps.catalogue.get(GENERAL_DIGITAL_ENTRY) ? GENERAL_DIGITAL_ENTRY : undefined);
      if (!guide) return answerNotUnderstood(turn);
      startDigitalGuide(turn, guide);
      return;
    }
  }
}
