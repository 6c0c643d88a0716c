/** Which catalogue entries the estimate dialogue (start-estimate.ts) can estimate. */
import type { Benefit } from "../../../estimate/estimate.js";
import type { Turn } from "../../turn.js";

/** Catalogue entries that can be estimated, and the estimator's name for each. */
export const ESTIMABLE: Readonly<Record<string, Benefit>> = { rsa: "rsa", "prime-activite": "prime_activite", aspa: "aspa", css: "css" };

/** The catalogue entry of each benefit the estimator knows. */
export const ENTRY_OF: Readonly<Record<Benefit, string>> = { rsa: "rsa", prime_activite: "prime-activite", aspa: "aspa", css: "css" };

/** The target that estimates all four benefits at once. */
export const ALL = "all";

export function canEstimate(turn: Turn, entryId: string): boolean {
  return Boolean(turn.deps.estimate) && entryId in ESTIMABLE;
}
