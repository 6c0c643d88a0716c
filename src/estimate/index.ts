/** The eligibility estimate: pure functions over a household and dated parameters (no I/O). */
export { estimate, roundToCent, BENEFITS, type Benefit, type BenefitEstimate, type CssStatus, type Estimate, type Reason } from "./estimate.js";
export { householdSchema, moneySchema, type Household, type HouseholdInput, type Money } from "./household.js";
export { MissingParameterError, parameterSource, type DatedValue, type ParameterSource, type Timelines } from "./parameters.js";
export { addMonths, ageInYears, isMonth, type Month } from "./months.js";
