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

/** The answer each question fills in: a question is asked until its answer is there. */
const ANSWER_OF: Record<Step, keyof EstimateAnswers> = {
  age: "age",
  couple: "couple",
  children: "children",
  pay: "pay",
  partner_pay: "partnerPay",
  other: "otherIncome",
  housing: "housing",
  housing_aid: "housingAid",
};

function answered(step: Step, a: EstimateAnswers): boolean {
  return a[ANSWER_OF[step]] !== undefined;
}
