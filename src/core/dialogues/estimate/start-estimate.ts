/**
 * "Ai-je droit ?" (the estimate dialogue, the files of this folder): a short conversation (8 questions
 * at most, one at a time, with buttons where possible) ending with an estimate of the RSA, the prime
 * d'activité, the ASPA or the complémentaire santé solidaire — or of all four ("vérifier mes droits", to
 * find what a resident may be missing). The answer gives the amount with the conditions that matter, the date of the figures,
 * who decides, the official simulator, and the next steps (the démarche, or a social worker). It never
 * says "not entitled" flatly: it says what would change the answer and offers a person.
 *
 * The answers live only in the conversation's dialogue state (erased with the conversation); nothing is
 * sent anywhere. The calculation is src/estimate, with content/estimate/parameters.yml.
 *
 * This file: how the questions start. Then ask-next-question.ts asks them one at a time, answered with a
 * button (handle-estimate-payload.ts) or in words (continue-estimate.ts), and finish-estimate.ts gives
 * the answer (show-one-estimate.ts, show-all-estimates.ts).
 */
import { say, type Turn } from "../../turn.js";
import { askNextQuestion } from "./ask-next-question.js";
import { ALL, ESTIMABLE } from "./estimable-benefits.js";
import { bidiName } from "./estimate-wording.js";

/** Starts the questions for an entry (rsa, prime-activite, aspa, css) or for all four ("all"). */
export function startEstimate(turn: Turn, target: string): void {
  if (!turn.deps.estimate || (target !== ALL && !(target in ESTIMABLE))) return;
  turn.state.mode = "estimate";
  turn.state.estimate = { target, step: "age", period: currentMonth(turn), answers: {}, retries: 0 };
  if (target !== ALL) turn.state.entryId = target;
  const what = target === ALL ? "" : bidiName(turn, turn.t(`estimate.benefit.${ESTIMABLE[target]}`));
  say(turn, `${target === ALL ? turn.t("estimate.intro_all") : turn.t("estimate.intro", { what })} ${turn.t("estimate.privacy")}`);
  askNextQuestion(turn);
}

function currentMonth(turn: Turn): string {
  return turn.now.toISOString().slice(0, 7);
}
