/** Asking the estimate's next question, or giving the answer when none is left. */
import { offer, type Turn } from "../../turn.js";
import { monthList } from "./estimate-wording.js";
import { finishEstimate } from "./finish-estimate.js";
import { remainingSteps } from "./remaining-steps.js";
import { encodePayload } from "../../payloads.js";

export function askNextQuestion(turn: Turn): void {
  const draft = turn.state.estimate;
  if (!draft) return;
  const a = draft.answers;
  // Early answers: the ASPA before 65, the prime d'activité without any work.
  if (draft.target === "aspa" && a.age !== undefined && a.age !== "65plus") return finishEstimate(turn, draft);
  if (draft.target === "prime-activite" && a.pay !== undefined && (!a.couple || a.partnerPay !== undefined)) {
    const worked = [...(a.pay ?? []), ...(a.partnerPay ?? [])].some((v) => v > 0);
    if (!worked) return finishEstimate(turn, draft);
  }
  const [next] = remainingSteps(draft.target, a);
  if (!next) return finishEstimate(turn, draft);
  draft.step = next;
  turn.state.mode = "estimate";
  const t = turn.t;
  const button = (value: string, label: string) => ({ label, payload: encodePayload({ kind: "estimate-answer", step: next, value }) });
  const months = monthList(turn, draft.period);
  switch (next) {
    case "age":
      return offer(turn, t("estimate.q.age"), [button("under25", t("estimate.age.under25")), button("25to64", t("estimate.age.25to64")), button("65plus", t("estimate.age.65plus"))]);
    case "couple":
      if (draft.target === "aspa") {
        return offer(turn, t("estimate.q.couple"), [
          button("alone", t("estimate.couple.alone")),
          button("65plus", t("estimate.couple.partner_65plus")),
          button("under65", t("estimate.couple.partner_under65")),
        ]);
      }
      return offer(turn, t("estimate.q.couple"), [button("alone", t("estimate.couple.alone")), button("together", t("estimate.couple.together"))]);
    case "children":
      return offer(turn, t("estimate.q.children"), [button("none", t("estimate.children.none")), button("expecting", t("estimate.children.expecting"))]);
    case "pay":
      return offer(turn, t(a.couple ? "estimate.q.pay_you" : "estimate.q.pay", { months }), [button("none", t("estimate.pay.none"))]);
    case "partner_pay":
      return offer(turn, t("estimate.q.partner_pay", { months }), [button("none", t("estimate.pay.none"))]);
    case "other":
      return offer(turn, t(draft.target === "aspa" ? "estimate.q.pension" : "estimate.q.other"), [button("none", t("estimate.other.none"))]);
    case "housing":
      return offer(turn, t("estimate.q.housing"), [
        button("tenant_aid", t("estimate.housing.tenant_aid")),
        button("tenant", t("estimate.housing.tenant")),
        button("owner", t("estimate.housing.owner")),
        button("free", t("estimate.housing.free")),
      ]);
    case "housing_aid":
      return offer(turn, t("estimate.q.housing_aid"), [button("unknown", t("estimate.housing_aid.unknown"))]);
  }
}
