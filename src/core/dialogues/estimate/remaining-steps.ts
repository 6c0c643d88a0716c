/** The questions of the estimate, and which of them are still to ask. */
import type { EstimateAnswers } from "../../../estimate/answers.js";

export type Step = "age" | "couple" | "children" | "pay" | "partner_pay" | "other" | "housing" | "housing_aid";

/** The questions still to ask, in order, given the target and the answers so far. */
export function remainingSteps(target: string, a: EstimateAnswers): Step[] {
  if (target === "aspa") return (["age", "couple", "other"] as Step[]).filter((s) => !answered(s, a));
  const steps: Step[] = ["age", "couple", "children", "pay"];
  if (a.couple) steps.push("partner_pay");
  steps.push("other", "housing");
  if (a.housing === "tenant_aid") steps.push("housing_aid");
  return steps.filter((s) => !answered(s, a));
}

function answered(step: Step, a: EstimateAnswers): boolean {
  switch (step) {
    case "age":
      return a.age !== undefined;
    case "couple":
      return a.couple !== undefined;
    case "children":
      return a.children !== undefined;
    case "pay":
      return a.pay !== undefined;
    case "partner_pay":
      return a.partnerPay !== undefined;
    case "other":
      return a.otherIncome !== undefined;
    case "housing":
      return a.housing !== undefined;
    case "housing_aid":
      return a.housingAid !== undefined;
  }
}
