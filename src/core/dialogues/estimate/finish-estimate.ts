/** The end of the questions: the calculation, and the answer. */
import { answersSchema, householdFromAnswers } from "../../../estimate/answers.js";
import { estimate, type Estimate } from "../../../estimate/estimate.js";
import { householdSchema } from "../../../estimate/household.js";
import type { EstimateDraft } from "../../dialogue-state.js";
import { offer, say, type Turn } from "../../turn.js";
import { ALL, ESTIMABLE } from "./estimable-benefits.js";
import { simulatorLink } from "./estimate-wording.js";
import { showAllEstimates } from "./show-all-estimates.js";
import { showOneEstimate } from "./show-one-estimate.js";
import { encodePayload } from "../../payloads.js";

export function finishEstimate(turn: Turn, draft: EstimateDraft): void {
  const content = turn.deps.estimate!;
  draft.step = "done";
  draft.retries = 0;
  turn.state.mode = "idle";
  let result: Estimate;
  try {
    const answers = answersSchema.parse(draft.answers);
    result = estimate(householdSchema.parse(householdFromAnswers(answers, draft.period, content.timelines)), content.timelines);
  } catch (error) {
    turn.deps.logger.warn({ err: error }, "estimate failed");
    say(turn, turn.t("estimate.failed"));
    simulatorLink(turn, draft.target === ALL ? "all" : ESTIMABLE[draft.target]!);
    offer(turn, turn.t("entry.next"), [{ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk" }) }, { label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) }]);
    return;
  }
  if (draft.target === ALL) showAllEstimates(turn, draft, result);
  else showOneEstimate(turn, draft, ESTIMABLE[draft.target]!, result);
}
