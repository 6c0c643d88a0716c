/** The estimate's buttons. */
import type { Payload } from "../../payloads.js";
import type { Turn } from "../../turn.js";
import { showThemes } from "../welcome.js";
import { applyAnswerButton } from "./apply-answer-button.js";
import { askNextQuestion } from "./ask-next-question.js";
import { ALL, ESTIMABLE } from "./estimable-benefits.js";
import type { Step } from "./remaining-steps.js";
import { startEstimate } from "./start-estimate.js";

/** Buttons: "estimate" starts for one benefit or all, "estimate-answer" answers the question `step`,
 * "estimate-reuse" checks the other rights with the answers already given. */
export function handleEstimatePayload(turn: Turn, payload: Extract<Payload, { kind: "estimate" | "estimate-answer" | "estimate-reuse" }>): void {
  if (payload.kind === "estimate-answer") {
    const draft = turn.state.estimate;
    if (!draft || draft.step === "done" || draft.step !== payload.step) {
      // A button from an earlier question: ask the current one again (or start over).
      if (draft && draft.step !== "done") return askNextQuestion(turn);
      return startEstimate(turn, draft?.target ?? ALL);
    }
    turn.state.mode = "estimate";
    applyAnswerButton(turn, draft, payload.step as Step, payload.value);
    return;
  }
  if (payload.kind === "estimate-reuse") {
    // The same answers for another estimate (or all four): only the questions not asked yet are asked.
    const draft = turn.state.estimate;
    const target = payload.target === ALL || payload.target in ESTIMABLE ? payload.target : ALL;
    if (!draft) return startEstimate(turn, target);
    draft.target = target;
    draft.step = "reuse";
    draft.retries = 0;
    return askNextQuestion(turn);
  }
  if (!turn.deps.estimate || (payload.target !== ALL && !(payload.target in ESTIMABLE))) return showThemes(turn);
  startEstimate(turn, payload.target);
}
