/**
 * A crisis message gets the right emergency numbers at once, in every dialogue state and even while an
 * agent holds the conversation; then an urgent case is offered. The numbers come from locales (checked
 * against service-public.fr's list of emergency numbers), never from anything slow or remote.
 */
import type { TFunction } from "i18next";
import type { CaseRecord } from "../../store/store.js";
import type { OutboundReply } from "../messages.js";
import type { CrisisCategory } from "../understanding-port.js";
import { say, type Turn } from "../turn.js";
import { startReferral } from "./referral.js";

export const CRISIS_NUMBERS: Record<CrisisCategory, readonly string[]> = {
  suicide: ["3114", "15", "112"],
  violence: ["17", "3919", "114"],
  child: ["119", "17"],
  shelter: ["115"],
  medical: ["15", "112", "114"],
};

export function emergencyReply(category: CrisisCategory, t: TFunction): OutboundReply {
  return {
    kind: "emergency",
    text: t(`crisis.${category}`),
    numbers: CRISIS_NUMBERS[category].map((number) => ({ number, label: t(`crisis.numbers.${number}`) })),
  };
}

export async function answerCrisis(turn: Turn, category: CrisisCategory, activeCase: CaseRecord | undefined): Promise<void> {
  turn.replies.push(emergencyReply(category, turn.t));
  if (activeCase) {
    // Someone already follows this resident: raise the case so the team sees it first.
    if (activeCase.urgency !== "urgent") await turn.store.updateCase(activeCase.id, { urgency: "urgent" });
    turn.pending.push({ name: "case", event: { caseId: activeCase.id, change: "updated" } });
    return;
  }
  say(turn, turn.t("crisis.offer"));
  const entryByCategory: Record<CrisisCategory, string | null> = {
    suicide: "soutien-psy",
    violence: "violences-conjugales",
    child: "protection-enfance",
    shelter: "hebergement-urgence",
    medical: null,
  };
  const entryId = entryByCategory[category];
  await startReferral(turn, { entryId: entryId && turn.deps.catalogue.get(entryId) ? entryId : null, level: 3, urgency: "urgent", crisis: category });
}
