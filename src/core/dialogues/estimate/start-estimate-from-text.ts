/** Starting the estimate from a question typed in the resident's own words. */
import type { Turn } from "../../turn.js";
import type { Understanding } from "../../understanding-port.js";
import { ALL, ESTIMABLE } from "./estimable-benefits.js";
import { startEstimate } from "./start-estimate.js";

/**
 * A free-text message that asks whether one is entitled ("est-ce que j'ai droit au RSA ?", "à quoi j'ai
 * droit ?"): starts the estimate. False when the message is about something else, or an entry that cannot
 * be estimated (the usual routing then answers).
 */
export function startEstimateFromText(turn: Turn, understanding: Understanding): boolean {
  if (!turn.deps.estimate || !understanding.entitlement || understanding.intent === "human" || understanding.level === 3) return false;
  if (understanding.entitlement === "all") {
    startEstimate(turn, ALL);
    return true;
  }
  const entry = understanding.entries.find((id) => id in ESTIMABLE);
  if (!entry || understanding.entries[0] !== entry) return false;
  startEstimate(turn, entry);
  return true;
}
