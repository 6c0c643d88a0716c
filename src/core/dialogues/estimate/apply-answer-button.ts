/** An answer given with one of the question's buttons. */
import type { EstimateDraft } from "../../dialogue-state.js";
import type { Turn } from "../../turn.js";
import { askNextQuestion } from "./ask-next-question.js";
import type { Step } from "./remaining-steps.js";

/** Records the button's answer to the current question, then asks the next one. */
export function applyAnswerButton(turn: Turn, draft: EstimateDraft, step: Step, value: string): void {
  const a = draft.answers;
  switch (step) {
    case "age":
      if (value === "under25" || value === "25to64" || value === "65plus") a.age = value;
      break;
    case "couple":
      a.couple = value !== "alone";
      if (value === "65plus" || value === "under65") a.partnerAge = value === "65plus" ? "65plus" : "25to64";
      break;
    case "children":
      a.children = [];
      a.expecting = value === "expecting";
      break;
    case "pay":
      a.pay = [0, 0, 0];
      break;
    case "partner_pay":
      a.partnerPay = [0, 0, 0];
      break;
    case "other":
      a.otherIncome = 0;
      break;
    case "housing":
      if (value === "tenant_aid" || value === "tenant" || value === "owner" || value === "free") a.housing = value;
      break;
    case "housing_aid":
      a.housingAid = null;
      break;
  }
  draft.retries = 0;
  askNextQuestion(turn);
}
