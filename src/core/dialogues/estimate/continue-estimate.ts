/** An answer typed while the estimate's questions are asked. */
import type { AgeBracket } from "../../../estimate/answers.js";
import { say, type Turn } from "../../turn.js";
import { askNextQuestion } from "./ask-next-question.js";
import { amounts, childAges, integers, threeAmounts } from "./read-numbers.js";
import type { Step } from "./remaining-steps.js";

/**
 * A typed answer while questions are asked. Returns false when the message is not an answer (twice in a
 * row, or the question wants a button): the pipeline then treats it as a new question.
 */
export function continueEstimate(turn: Turn, text: string): boolean {
  const draft = turn.state.estimate;
  if (!draft || draft.step === "done") return false;
  const a = draft.answers;
  const no = turn.deps.parseYesNo(text) === "no";
  let understood = true;
  switch (draft.step as Step) {
    case "age": {
      const [age] = integers(text);
      if (age === undefined || age > 120) understood = false;
      else a.age = bracketOf(age);
      break;
    }
    case "children": {
      if (no) {
        a.children = [];
        break;
      }
      const ages = childAges(text);
      if (ages.length === 0) understood = false;
      else a.children = ages;
      break;
    }
    case "pay":
    case "partner_pay": {
      const months = no ? [0, 0, 0] : threeAmounts(text);
      if (!months) understood = false;
      else if (draft.step === "pay") a.pay = months;
      else a.partnerPay = months;
      break;
    }
    case "other": {
      const [total] = no ? [0] : amounts(text);
      if (total === undefined) understood = false;
      else a.otherIncome = total;
      break;
    }
    case "housing_aid": {
      const [aid] = amounts(text);
      if (aid === undefined) understood = false;
      else a.housingAid = aid;
      break;
    }
    default:
      understood = false;
  }
  if (!understood) {
    draft.retries += 1;
    if (draft.retries >= 2) return false;
    say(turn, turn.t("estimate.retry"));
    askNextQuestion(turn);
    return true;
  }
  draft.retries = 0;
  askNextQuestion(turn);
  return true;
}

function bracketOf(age: number): AgeBracket {
  return age >= 65 ? "65plus" : age >= 25 ? "25to64" : "under25";
}
