/**
 * The ASPA (minimum vieillesse), ported from openfisca_france/model/prestations/minima_sociaux/asi_aspa.py
 * for families where no one receives the ASI (allocation supplémentaire d'invalidité, not modelled).
 *
 * Resources are the averages over the 3 previous months (gross pensions, unemployment benefit, alimony,
 * gross wages after a flat allowance); the ASPA tops them up to the ceiling (single, or couple), up to its
 * maximum amount.
 */
import { monthsBefore, yearOf, type Month } from "../months.js";
import { P } from "../parameter-keys.js";
import { str, type FamilleFormula, type IndividuFormula, type ModelPart, type Simulation } from "../simulation.js";
import { NotModelledError } from "./common.js";

const INCLUDED = [
  "allocation_securisation_professionnelle",
  "chomage_net",
  "dedommagement_victime_amiante",
  "gains_exceptionnels",
  "indemnites_chomage_partiel",
  "indemnites_journalieres",
  "indemnites_volontariat",
  "pensions_alimentaires_percues",
  "pensions_invalidite",
  "prestation_compensatoire",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "retraite_brute",
  "revenus_stage_formation_pro",
  "rsa_base_ressources_patrimoine_individu",
  "salaire_de_base",
  "traitement_indiciaire_brut",
] as const;

/** Wages count after a flat allowance of 0.9 (single) or 1.5 (couple) SMIC month per quarter. */
function wageAllowance(sim: Simulation, i: number, m: Month, quarter: readonly Month[]): number {
  const wages = sim.nOver("salaire_de_base", i, quarter) + sim.nOver("traitement_indiciaire_brut", i, quarter);
  if (wages <= 0) return 0;
  const january = `${String(yearOf(m)).padStart(4, "0")}-01`;
  const base = sim.p(P.smicHourly, january) * sim.p(P.smicMonthlyHours, m);
  const rate = sim.fb("aspa_couple", m) ? sim.p(P.aspaEarningsAllowanceCouple, m) : sim.p(P.aspaEarningsAllowanceSingle, m);
  return Math.min(wages, base * rate);
}

const baseRessourcesIndividu: IndividuFormula = (sim, i, m) => {
  const quarter = monthsBefore(m, 3);
  let total = INCLUDED.reduce((sum, name) => sum + Math.max(0, sim.nOver(name, i, quarter)), 0);
  const aah = sim.nOver("aah", i, quarter);
  if (aah > 0 && !sim.b("aspa_eligibilite", i, m) && !sim.b("asi_eligibilite", i, m) && !(sim.n("pensions_invalidite", i, m) > 0)) total += aah;
  total -= Math.abs(sim.nOver("pensions_alimentaires_versees_individu", i, quarter));
  total -= wageAllowance(sim, i, m, quarter);
  return total / 3;
};

const conditionNationalite: IndividuFormula = (sim, i, m) =>
  sim.b("ressortissant_eee", i, m) || str(sim.individu("nationalite", i, m)) === "CH" || sim.n("duree_possession_titre_sejour", i, m) >= sim.p(P.aspaPermit, m);

const aspaEligibilite: IndividuFormula = (sim, i, m) => {
  const a = sim.n("age", i, m);
  let ageOk = a >= sim.p(P.aspaAgeMin, m);
  if (!ageOk && (sim.b("inapte_travail", i, m) || sim.n("taux_incapacite", i, m) > 0)) {
    // Earlier, at the legal retirement age, for a person unfit for work or with an incapacity over 50 %.
    const unfit = sim.n("taux_incapacite", i, m) > sim.p(P.aspaEarlyIncapacity, m) || sim.b("inapte_travail", i, m);
    ageOk = unfit && a >= sim.p(P.retirementAge, m);
  }
  return ageOk && sim.b("asi_aspa_condition_nationalite", i, m);
};

const aspa: FamilleFormula = (sim, m) => {
  const [claimant, partner] = sim.parentIndexes;
  const eligible = (i: number | undefined): boolean => i !== undefined && sim.b("aspa_eligibilite", i, m);
  const asi = (i: number | undefined): boolean => i !== undefined && sim.b("asi_eligibilite", i, m);
  if (asi(claimant) || asi(partner)) throw new NotModelledError("a family where someone receives the ASI");
  const count = Number(eligible(claimant)) + Number(eligible(partner));
  if (count === 0) return 0;
  const couple = sim.fb("en_couple", m);
  const maximum = (count === 2 ? sim.p(P.aspaMaxCouple, m) : sim.p(P.aspaMaxSingle, m)) / 12;
  const ceiling = (count === 2 || couple ? sim.p(P.aspaCeilingCouple, m) : sim.p(P.aspaCeilingSingle, m)) / 12;
  const overshoot = Math.max(sim.fn("asi_aspa_base_ressources", m) + maximum - ceiling, 0);
  return Math.max(maximum - overshoot, 0);
};

export const ASPA: ModelPart = {
  individu: {
    asi_aspa_base_ressources_individu: baseRessourcesIndividu,
    asi_aspa_condition_nationalite: conditionNationalite,
    aspa_eligibilite: aspaEligibilite,
    asi_eligibilite: false,
  },
  famille: {
    aspa_couple: (sim, m) => sim.fb("en_couple", m),
    asi_aspa_base_ressources: (sim, m) => sim.parentIndexes.reduce((sum, i) => sum + sim.n("asi_aspa_base_ressources_individu", i, m) + sim.n("ass", i, m), 0),
    asi_aspa_nb_alloc: (sim, m) => sim.parentIndexes.filter((i) => sim.b("aspa_eligibilite", i, m) || sim.b("asi_eligibilite", i, m)).length,
    aspa,
  },
};
