/** Leaving the estimate's questions. */
import type { Turn } from "../../turn.js";

/** Leaves the questions (the answers given stay in the state until the conversation is erased). */
export function leaveEstimate(turn: Turn): void {
  turn.state.mode = "idle";
  if (turn.state.estimate && turn.state.estimate.step !== "done") turn.state.estimate = null;
}
