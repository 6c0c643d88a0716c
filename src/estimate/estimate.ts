/**
 * The estimate for one household and one month: the four benefits in euros per month (rounded to the
 * cent), the C2S status, and for each the reasons that matter (what was counted, which condition failed,
 * what would change the answer), the date of the figures used and the ones nobody could confirm.
 *
 * Pure: the parameters come in as timelines (content/estimate/parameters.yml when the bot runs).
 */
import { situationOf } from "./from-household.js";
import type { Household } from "./household.js";
import { MODEL } from "./model.js";
import { addMonths, type Month } from "./months.js";
import { P } from "./parameter-keys.js";
import { parameterSource, type ParameterSource, type Timelines, type UsedValue } from "./parameters.js";
import { Simulation } from "./simulation.js";

export type CssStatus = "gratuite" | "participation" | "non";
export type Benefit = "rsa" | "prime_activite" | "aspa" | "css";
export const BENEFITS: readonly Benefit[] = ["rsa", "prime_activite", "aspa", "css"];

/** Why an estimate came out as it did; `values` are euros per month unless the code says otherwise. */
export interface Reason {
  code:
    | "rsa.age"
    | "rsa.nationality"
    | "rsa.resources"
    | "rsa.below_minimum"
    | "rsa.isolated_parent"
    | "rsa.housing"
    | "rsa.family_benefits"
    | "ppa.no_activity"
    | "ppa.age"
    | "ppa.nationality"
    | "ppa.resources"
    | "ppa.below_minimum"
    | "ppa.bonus"
    | "aspa.age"
    | "aspa.nationality"
    | "aspa.resources"
    | "css.rsa"
    | "css.free"
    | "css.participation"
    | "css.above"
    | "css.not_independent";
  values?: Record<string, number>;
}

export interface BenefitEstimate {
  /** Euros per month, rounded to the cent (for the C2S: the monthly participation when there is one). */
  amount: number;
  reasons: Reason[];
  /** The latest date among the figures used (YYYY-MM-DD): "montants au …". */
  figuresFrom: string;
  /** Labels of the figures used that nobody could confirm. */
  unconfirmed: string[];
}

export interface Estimate {
  period: Month;
  rsa: number;
  prime_activite: number;
  /** null when nobody in the household has the ASPA's age. */
  aspa: number | null;
  css: CssStatus;
  details: Record<Benefit, BenefitEstimate>;
}

export function roundToCent(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

function figures(used: UsedValue[]): Pick<BenefitEstimate, "figuresFrom" | "unconfirmed"> {
  const figuresFrom = used.reduce((latest, u) => (u.from > latest ? u.from : latest), "");
  const unconfirmed = [...new Set(used.filter((u) => !u.confirmed).map((u) => u.label ?? u.key))];
  return { figuresFrom, unconfirmed };
}

function fresh(household: Household, timelines: Timelines): { sim: Simulation; parameters: ParameterSource } {
  const parameters = parameterSource(timelines);
  return { sim: new Simulation(situationOf(household, parameters), parameters, MODEL), parameters };
}

function rsaEstimate(household: Household, timelines: Timelines): BenefitEstimate {
  const { sim, parameters } = fresh(household, timelines);
  const m = household.period;
  const amount = roundToCent(sim.fn("rsa", m));
  const reasons: Reason[] = [];
  const socle = Math.max(sim.fn("rsa_socle", m), sim.fn("rsa_socle_majore", m));
  if (sim.fb("rsa_majore_eligibilite", m)) reasons.push({ code: "rsa.isolated_parent", values: { socle: roundToCent(socle) } });
  if (socle <= 0) {
    const nationality = sim.any("rsa_condition_nationalite", m, sim.parentIndexes);
    if (!nationality) reasons.push({ code: "rsa.nationality", values: { years: sim.p(P.rsaPermitNonEea, m) } });
    else reasons.push({ code: "rsa.age", values: { age: sim.p(P.rsaAgeDependants, m) } });
  } else {
    const housing = sim.fn("rsa_forfait_logement", m);
    const resources = sim.fn("rsa_base_ressources", m);
    const family = sim.fn("rsa_base_ressources_prestations_familiales", m);
    if (housing > 0) reasons.push({ code: "rsa.housing", values: { forfait: roundToCent(housing) } });
    if (family > 0) reasons.push({ code: "rsa.family_benefits", values: { amount: roundToCent(family) } });
    const left = socle - housing - resources;
    if (left <= 0) reasons.push({ code: "rsa.resources", values: { resources: roundToCent(resources + housing), socle: roundToCent(socle) } });
    else if (amount === 0) reasons.push({ code: "rsa.below_minimum", values: { minimum: sim.p(P.rsaMinimumPaid, m) } });
  }
  return { amount, reasons, ...figures(parameters.used()) };
}

function ppaEstimate(household: Household, timelines: Timelines): BenefitEstimate {
  const { sim, parameters } = fresh(household, timelines);
  const m = household.period;
  const amount = roundToCent(sim.fn("ppa", m));
  const quarter = [3, 2, 1].map((k) => addMonths(m, -k));
  const reasons: Reason[] = [];
  if (quarter.every((q) => sim.fn("ppa_revenu_activite", q) <= 0)) reasons.push({ code: "ppa.no_activity" });
  else if (quarter.every((q) => !sim.fb("ppa_eligibilite", q))) {
    const adult = quarter.some((q) => sim.everyone.some((i) => sim.n("age", i, q) >= sim.p(P.ppaAgeMin, q)));
    reasons.push(adult ? { code: "ppa.nationality" } : { code: "ppa.age", values: { age: sim.p(P.ppaAgeMin, m) } });
  } else if (amount === 0) {
    const average = quarter.reduce((s, q) => s + sim.fn("ppa_fictive", q), 0) / 3;
    reasons.push(average > 0 ? { code: "ppa.below_minimum", values: { minimum: sim.p(P.ppaMinimumPaid, m) } } : { code: "ppa.resources" });
  } else {
    const bonus = quarter.reduce((s, q) => s + sim.sum("ppa_bonification", q), 0) / 3;
    if (bonus > 0) reasons.push({ code: "ppa.bonus", values: { bonus: roundToCent(bonus) } });
  }
  return { amount, reasons, ...figures(parameters.used()) };
}

function aspaEstimate(household: Household, timelines: Timelines): BenefitEstimate & { concerned: boolean } {
  const { sim, parameters } = fresh(household, timelines);
  const m = household.period;
  const ageMin = sim.p(P.aspaAgeMin, m);
  const concerned = sim.everyone.some((i) => sim.n("age", i, m) >= ageMin);
  const amount = roundToCent(sim.fn("aspa", m));
  const reasons: Reason[] = [];
  const eligible = sim.parentIndexes.filter((i) => sim.b("aspa_eligibilite", i, m));
  if (!concerned) reasons.push({ code: "aspa.age", values: { age: ageMin } });
  else if (eligible.length === 0) reasons.push({ code: "aspa.nationality", values: { years: sim.p(P.aspaPermit, m) } });
  else if (amount === 0) {
    const couple = eligible.length === 2 || sim.fb("en_couple", m);
    const ceiling = (couple ? sim.p(P.aspaCeilingCouple, m) : sim.p(P.aspaCeilingSingle, m)) / 12;
    reasons.push({ code: "aspa.resources", values: { resources: roundToCent(sim.fn("asi_aspa_base_ressources", m)), ceiling: roundToCent(ceiling) } });
  }
  return { amount, reasons, concerned, ...figures(parameters.used()) };
}

function cssEstimate(household: Household, timelines: Timelines): BenefitEstimate & { status: CssStatus } {
  const { sim, parameters } = fresh(household, timelines);
  const m = household.period;
  const resources = roundToCent(sim.fn("css_cmu_base_ressources", m));
  const ceiling = sim.fn("cmu_c_plafond", m);
  let status: CssStatus = "non";
  const reasons: Reason[] = [];
  if (!sim.fb("css_cmu_acs_eligibilite", m)) reasons.push({ code: "css.not_independent" });
  else if (sim.fb("cmu_c", m)) {
    status = "gratuite";
    reasons.push(resources <= ceiling ? { code: "css.free", values: { resources, ceiling } } : { code: "css.rsa" });
  } else if (sim.fn("css_participation_forfaitaire", m) > 0) {
    status = "participation";
    reasons.push({ code: "css.participation", values: { resources, ceiling: roundToCent(sim.fn("acs_plafond", m)), fee: roundToCent(sim.fn("css_participation_forfaitaire", m)) } });
  } else reasons.push({ code: "css.above", values: { resources, ceiling: roundToCent(sim.fn("acs_plafond", m)) } });
  const amount = status === "participation" ? roundToCent(sim.fn("css_participation_forfaitaire", m)) : 0;
  return { amount, reasons, status, ...figures(parameters.used()) };
}

/** The four estimates for the household's month. */
export function estimate(household: Household, timelines: Timelines): Estimate {
  const rsa = rsaEstimate(household, timelines);
  const ppa = ppaEstimate(household, timelines);
  const aspa = aspaEstimate(household, timelines);
  const css = cssEstimate(household, timelines);
  return {
    period: household.period,
    rsa: rsa.amount,
    prime_activite: ppa.amount,
    aspa: aspa.concerned ? aspa.amount : null,
    css: css.status,
    details: { rsa, prime_activite: ppa, aspa, css },
  };
}
