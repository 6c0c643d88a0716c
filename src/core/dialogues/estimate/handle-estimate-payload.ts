/** The estimate's buttons. */
import type { Turn } from "../../turn.js";
import { showThemes } from "../welcome.js";
import { applyAnswerButton } from "./apply-answer-button.js";
import { askNextQuestion } from "./ask-next-question.js";
import { ALL, ESTIMABLE } from "./estimable-benefits.js";
import type { Step } from "./remaining-steps.js";
import { startEstimate } from "./start-estimate.js";

/** Buttons: `estimate:<entry>|all` starts, `estimate:a:<step>:<value>` answers, `estimate:reuse:all` checks the
 * other rights with the answers already given. */
export function handleEstimatePayload(turn: Turn, argument: string): void {
  const [kind = "", step = "", value = ""] = argument.split(":");
  if (kind === "a") {
    const draft = turn.state.estimate;
    if (!draft || draft.step === "done" || draft.step !== step) {
      // A button from an earlier question: ask the current one again (or start over).
      if (draft && draft.step !== "done") return askNextQuestion(turn);
      return startEstimate(turn, draft?.target ?? ALL);
    }
    turn.state.mode = "estimate";
    applyAnswerButton(turn, draft, step as Step, value);
    return;
  }
  if (kind === "reuse") {
    // The same answers for another estimate (or all four): only the questions not asked yet are asked.
    const draft = turn.state.estimate;
    const target = step === ALL || step in ESTIMABLE ? step : ALL;
    if (!draft) return startEstimate(turn, target);
    draft.target = target;
    draft.step = "reuse";
    draft.retries = 0;
    return askNextQuestion(turn);
  }
  if (!turn.deps.estimate || (kind !== ALL && !(kind in ESTIMABLE))) return showThemes(turn);
  startEstimate(turn, kind);
}
