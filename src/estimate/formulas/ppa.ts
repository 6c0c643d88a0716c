/**
 * The prime d'activité, ported from openfisca_france/model/prestations/minima_sociaux/ppa.py.
 *
 * For a month, the prime is the average of three "fictive" primes, one for each month of the reference
 * quarter (the 3 months before), each computed with that month's incomes and parameters:
 *   montant forfaitaire + 59.85 % (61 % before April 2025) of activity income + individual bonuses
 *   − max(resources + forfait logement, montant forfaitaire),
 * paid when at least the minimum (15 €).
 */
import { addMonths, yearOf, type Month } from "../months.js";
import { P } from "../parameter-keys.js";
import type { FamilleFormula, IndividuFormula, ModelPart, Simulation } from "../simulation.js";
import { afCounted, cfCounted, referenceQuarter, roundHalfEven } from "./common.js";
import { householdRate, housingInKind } from "./rsa.js";

const ACTIVITY_INCOMES = [
  "salaire_net",
  "revenus_stage_formation_pro",
  "remuneration_apprenti",
  "bourse_recherche",
  "indemnites_chomage_partiel",
  "rpns_auto_entrepreneur_benefice",
  "rsa_indemnites_journalieres_activite",
] as const;

const OTHER_INCOMES = [
  "asi",
  "caah",
  "chomage_net",
  "retraite_nette",
  "retraite_combattant",
  "pensions_invalidite",
  "pensions_alimentaires_percues",
  "prestation_compensatoire",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "rsa_indemnites_journalieres_hors_activite",
] as const;

/** Before 2016, OpenFisca evaluates the prime's own parameters on 1 January 2016 (its first month). */
function pp(sim: Simulation, key: string, m: Month): number {
  return sim.p(key, m < "2016-01" ? "2016-01" : m);
}

/** The AAH counts as activity income above 29 hours of SMIC of earnings (only read when an AAH is paid). */
function aahThreshold(sim: Simulation, m: Month): number {
  return sim.p(P.ppaAahThresholdHours, m) * sim.p(P.smicHourly, m);
}

function earnedWithoutAah(sim: Simulation, i: number, m: Month): number {
  return ACTIVITY_INCOMES.reduce((sum, name) => sum + sim.n(name, i, m), 0);
}

const ppaRevenuActiviteIndividu: IndividuFormula = (sim, i, m) => {
  const earned = earnedWithoutAah(sim, i, m);
  const aah = sim.n("aah", i, m);
  return aah > 0 && earned >= aahThreshold(sim, m) ? earned + aah : earned;
};

/** Capital and rental income count as received two years before, a twelfth a month. */
function incomeTwoYearsBefore(sim: Simulation, i: number, m: Month): number {
  const year = `${String(yearOf(m) - 2).padStart(4, "0")}-01`;
  const months = Array.from({ length: 12 }, (_v, k) => addMonths(year, k));
  return (sim.nOver("revenus_capital", i, months) + sim.nOver("revenus_locatifs", i, months)) / 12;
}

const ppaRessourcesHorsActiviteIndividu: IndividuFormula = (sim, i, m) => {
  let total = OTHER_INCOMES.reduce((sum, name) => sum + sim.n(name, i, m), 0) + incomeTwoYearsBefore(sim, i, m);
  const aah = sim.n("aah", i, m);
  if (aah > 0 && earnedWithoutAah(sim, i, m) < aahThreshold(sim, m)) total += aah;
  return total;
};

const ppaEligibilite: FamilleFormula = (sim, m) => {
  const ageMin = sim.p(P.ppaAgeMin, m);
  if (!sim.everyone.some((i) => sim.n("age", i, m) >= ageMin)) return false;
  return sim.any("rsa_condition_nationalite", m) || sim.fb("rsa_majore_eligibilite", m);
};

/** Students, trainees and apprentices must earn above a floor each month of the quarter; others need some
 * activity income in one of the 3 previous months. */
const ppaEligibiliteApprenants: FamilleFormula = (sim, m) => {
  if (sim.fb("rsa_majore_eligibilite", m)) return true;
  const previous = [1, 2, 3].map((k) => addMonths(m, -k));
  return sim.parentIndexes.some((i) => {
    const learner = sim.b("etudiant", i, m) || sim.b("stagiaire", i, m) || sim.b("apprenti", i, m);
    if (!learner && previous.some((month) => sim.n("ppa_revenu_activite_individu", i, month) > 0)) return true;
    const floor = sim.n("ppa_plancher_revenu_activite_apprenant", i, m);
    return previous.every((month) => sim.n("ppa_revenu_activite_individu", i, month) > floor);
  });
};

const ppaPlancherApprenant: IndividuFormula = (sim, _i, m) => sim.p(P.dependentEarningsHours, m) * sim.p(P.smicHourly, m) * sim.p(P.dependentEarningsCeiling, m);

const ppaMontantForfaitaireNonMajore: FamilleFormula = (sim, m) => {
  const parents = sim.fn("nb_parents", m);
  const rate = householdRate(parents + sim.fn("rsa_nb_enfants", m), parents, pp(sim, P.ppaMajSecondPerson, m), pp(sim, P.ppaMajThirdPerson, m), pp(sim, P.ppaMajExtraChild, m));
  return pp(sim, P.ppaBase, m) * rate;
};

const ppaMontantForfaitaireMajore: FamilleFormula = (sim, m) =>
  pp(sim, P.ppaBase, m) * (pp(sim, P.ppaIsolatedBase, m) + pp(sim, P.ppaIsolatedPerChild, m) * sim.fn("rsa_nb_enfants", m));

const ppaBaseRessourcesPrestationsFamiliales: FamilleFormula = (sim, m) =>
  sim.fn("paje_base", m) + sim.fn("paje_clca", m) + sim.fn("paje_prepare", m) + sim.fn("paje_colca", m) + sim.fn("rsa_forfait_asf", m) + cfCounted(sim, m) + afCounted(sim, m);

const ppaRessourcesHorsActivite: FamilleFormula = (sim, m) =>
  sim.fn("aspa", m) + sim.fn("ppa_base_ressources_prestations_familiales", m) + sim.everyone.reduce((sum, i) => sum + sim.n("ass", i, m) + sim.n("ppa_ressources_hors_activite_individu", i, m), 0);

const ppaBonification: IndividuFormula = (sim, i, m) => {
  const earned = sim.n("ppa_revenu_activite_individu", i, m);
  const smic = sim.p(P.smicHourly, m);
  const from = pp(sim, P.ppaBonusFrom, m) * smic;
  if (earned <= from) return 0;
  const full = pp(sim, P.ppaBonusFull, m) * smic;
  const maximum = roundHalfEven(pp(sim, P.ppaBonusRate, m) * pp(sim, P.ppaBase, m), 2);
  return Math.min(Math.max((maximum * (earned - from)) / (full - from), 0), maximum);
};

const ppaForfaitLogement: FamilleFormula = (sim, m) => {
  const persons = sim.fn("nb_parents", m) + sim.fn("rsa_nb_enfants", m);
  const housingAid = sim.fn("aide_logement", m);
  const inKind = housingInKind(sim, m);
  if (housingAid <= 0 && !inKind) return 0;
  // The montant forfaitaire of at most three persons.
  const rate = 1 + (persons >= 2 ? pp(sim, P.ppaMajSecondPerson, m) : 0) + (persons >= 3 ? pp(sim, P.ppaMajThirdPerson, m) : 0);
  const share = persons <= 1 ? pp(sim, P.ppaHousing1, m) : persons === 2 ? pp(sim, P.ppaHousing2, m) : pp(sim, P.ppaHousing3, m);
  const forfait = pp(sim, P.ppaBase, m) * rate * share;
  return Math.max(housingAid > 0 ? Math.min(housingAid, forfait) : 0, inKind ? forfait : 0);
};

const ppaFictive: FamilleFormula = (sim, m) => {
  if (!sim.fb("ppa_eligibilite", m)) return 0;
  const forfaitaire = sim.fn("ppa_fictive_montant_forfaitaire", m);
  const bonus = sim.sum("ppa_bonification", m);
  const earnings = sim.fn("ppa_fictive_ressource_activite", m);
  const resources = sim.fn("ppa_base_ressources", m) + sim.fn("ppa_forfait_logement", m);
  return Math.max(forfaitaire + bonus + earnings - Math.max(resources, forfaitaire), 0);
};

const ppa: FamilleFormula = (sim, m) => {
  if (m < "2016-01") return 0;
  const quarter = referenceQuarter(sim, m);
  const average = sim.fnOver("ppa_fictive", quarter) / 3;
  if (average <= 0 || !sim.fb("ppa_eligibilite_apprenants", m)) return 0;
  return average >= sim.p(P.ppaMinimumPaid, m) ? average : 0;
};

export const PPA: ModelPart = {
  individu: {
    ppa_revenu_activite_individu: ppaRevenuActiviteIndividu,
    ppa_ressources_hors_activite_individu: ppaRessourcesHorsActiviteIndividu,
    ppa_bonification: ppaBonification,
    ppa_plancher_revenu_activite_apprenant: ppaPlancherApprenant,
  },
  famille: {
    ppa_eligibilite: ppaEligibilite,
    ppa_eligibilite_apprenants: ppaEligibiliteApprenants,
    ppa_montant_forfaitaire_familial_non_majore: ppaMontantForfaitaireNonMajore,
    ppa_montant_forfaitaire_familial_majore: ppaMontantForfaitaireMajore,
    ppa_revenu_activite: (sim, m) => sim.sum("ppa_revenu_activite_individu", m),
    ppa_ressources_hors_activite: ppaRessourcesHorsActivite,
    ppa_base_ressources_prestations_familiales: ppaBaseRessourcesPrestationsFamiliales,
    ppa_base_ressources: (sim, m) => sim.fn("ppa_revenu_activite", m) + sim.fn("ppa_ressources_hors_activite", m),
    ppa_forfait_logement: ppaForfaitLogement,
    ppa_fictive_ressource_activite: (sim, m) => pp(sim, P.ppaEarningsRate, m) * sim.fn("ppa_revenu_activite", m),
    ppa_fictive_montant_forfaitaire: (sim, m) => (sim.fb("rsa_majore_eligibilite", m) ? sim.fn("ppa_montant_forfaitaire_familial_majore", m) : sim.fn("ppa_montant_forfaitaire_familial_non_majore", m)),
    ppa_fictive: ppaFictive,
    ppa,
  },
};
