/**
 * A crisis message gets the right emergency numbers at once, in every dialogue state and even while an
 * agent holds the conversation; then an urgent case is offered. The numbers come from
 * content/emergency-numbers.yml (each sourced and dated), read once at start: never from anything slow or
 * remote. The sentences around them are in locales, where {{id}} stands for a number of that file.
 */
import type { TFunction } from "i18next";
import type { EmergencyNumbers } from "../../content/load-emergency-numbers.js";
import type { CaseRecord } from "../../records/case-record.js";
import type { OutboundReply } from "../messages.js";
import type { CrisisCategory, CrisisSignal, Understanding } from "../understanding-port.js";
import { say, type Turn } from "../turn.js";
import { startReferral } from "./referral.js";

/** The crisis an understanding carries, as the pipeline handles it. */
export function crisisOf(understanding: Understanding): CrisisSignal | null {
  if (!understanding.crisis) return null;
  return {
    category: understanding.crisis,
    matched: "",
    strength: understanding.crisisStrength ?? "imminent",
    aboutOther: understanding.crisisAboutOther,
    also: understanding.crisisAlso,
  };
}

/**
 * The numbers and what to do, in the words that fit: the writer in danger now (`crisis.<category>`),
 * someone else in danger — a neighbour's child, a grandmother who fell — (`crisis.other.<category>`), or a
 * possible danger, put on top of the normal answer (`crisis.possible.<category>`).
 */
export function emergencyReply(
  emergency: EmergencyNumbers,
  category: CrisisCategory,
  t: TFunction,
  signal: Pick<CrisisSignal, "strength" | "aboutOther" | "also"> = {},
): OutboundReply {
  const values = emergency.placeholders;
  const text = (c: CrisisCategory): string => {
    const key = signal.aboutOther ? `crisis.other.${c}` : signal.strength === "possible" ? `crisis.possible.${c}` : `crisis.${c}`;
    return t(key, { ...values, defaultValue: t(`crisis.${c}`, values) });
  };
  // A message that may be two crises (a mother and her children in the car tonight) gets both answers:
  // the second category's sentence and numbers follow the first's.
  const categories = signal.also && signal.also !== category ? [category, signal.also] : [category];
  const numbers = [...new Map(categories.flatMap((c) => emergency.forCategory(c)).map((n) => [n.number, n])).values()];
  return {
    kind: "emergency",
    text: categories.map(text).join(" "),
    // French labels are the file's; other languages translate them as crisis.numbers.<id>.
    numbers: numbers.map((n) => ({ number: n.number, label: t(`crisis.numbers.${n.id}`, { defaultValue: n.label }) })),
    category,
  };
}

/** An imminent crisis: the numbers at once, then an urgent case offered (or the open case raised). */
export async function answerCrisis(turn: Turn, signal: CrisisSignal, activeCase: CaseRecord | undefined, crisisT: TFunction = turn.t): Promise<void> {
  const { category } = signal;
  turn.replies.push(emergencyReply(turn.deps.emergencyNumbers, category, crisisT, signal));
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
