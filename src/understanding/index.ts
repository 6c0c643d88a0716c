/** The understanding step: what the core and the CLI import. */
export { createUnderstander } from "./create-understander.js";
export { detectCrisis } from "./detect-crisis.js";
export { parseYesNo } from "./parse-yes-no.js";
export { parseGuideWord } from "./parse-guide-word.js";
export type { Understanding, Understander, CrisisSignal, CrisisCategory } from "../core/understanding-port.js";
