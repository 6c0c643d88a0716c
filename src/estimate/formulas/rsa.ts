/**
 * The RSA, ported from openfisca_france/model/prestations/minima_sociaux/rsa.py (formulas in force since
 * 2017: the rsa_revenu_activite slope ended in 2016, the non-calculable TNS cases in 2016).
 *
 * rsa = max(montant forfaitaire, montant majoré) − forfait logement − resources, when at least the
 * minimum paid; resources are the averages over the reference quarter (the 3 months before the month),
 * an income that stopped being neutralised, plus the family benefits and minima of the month.
 */
import { addMonths, type Month } from "../months.js";
import { P } from "../parameter-keys.js";
import { str, type FamilleFormula, type IndividuFormula, type ModelPart, type Simulation } from "../simulation.js";
import { afCounted, cfCounted, childrenAged, referenceQuarter } from "./common.js";

/** Activity income averaged over the quarter (calcul_revenu_moyenne). */
export const RSA_ACTIVITY_INCOMES = [
  "salaire_net",
  "indemnites_chomage_partiel",
  "remuneration_apprenti",
  "indemnites_volontariat",
  "revenus_stage_formation_pro",
  "bourse_recherche",
  "hsup",
  "etr",
  "rpns_auto_entrepreneur_benefice",
  "rsa_indemnites_journalieres_activite",
] as const;

/** Replacement incomes, neutralised like activity income when they stop (calcul_revenu_pro). */
const RSA_REPLACEMENT_INCOMES = ["chomage_net", "retraite_nette"] as const;

/** Other incomes, neutralised up to three months of the base amount when they stop (calcul_revenu_non_pro). */
const RSA_OTHER_INCOMES = [
  "allocation_securisation_professionnelle",
  "dedommagement_victime_amiante",
  "gains_exceptionnels",
  "pensions_alimentaires_percues",
  "pensions_invalidite",
  "prestation_compensatoire",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "rsa_base_ressources_patrimoine_individu",
  "rsa_indemnites_journalieres_hors_activite",
] as const;

/** An income paid last month and not this month: it stopped. */
function stopped(sim: Simulation, name: string, i: number, m: Month): boolean {
  return sim.n(name, i, m) === 0 && sim.n(name, i, addMonths(m, -1)) > 0;
}

const hasSubstitution: IndividuFormula = (sim, i, m) => sim.n("chomage_net", i, m) + sim.n("indemnites_journalieres", i, m) + sim.n("retraite_nette", i, m) > 0;

/** A stopped activity or replacement income is not counted, unless a replacement income came instead. */
function neutralisedSum(sim: Simulation, names: readonly string[], i: number, m: Month): number {
  const quarter = referenceQuarter(sim, m);
  const substitution = sim.b("rsa_has_ressources_substitution", i, m);
  return names.reduce((sum, name) => (stopped(sim, name, i, m) && !substitution ? sum : sum + sim.nOver(name, i, quarter)), 0);
}

const rsaRevenuActiviteIndividu: IndividuFormula = (sim, i, m) => neutralisedSum(sim, RSA_ACTIVITY_INCOMES, i, m) / 3;

const rsaBaseRessourcesIndividu: IndividuFormula = (sim, i, m) => {
  const quarter = referenceQuarter(sim, m);
  const replacement = neutralisedSum(sim, RSA_REPLACEMENT_INCOMES, i, m);
  let other = 0;
  for (const name of RSA_OTHER_INCOMES) {
    const total = sim.nOver(name, i, quarter);
    if (total === 0 && !stopped(sim, name, i, m)) continue;
    const neutralised = stopped(sim, name, i, m) ? 3 * sim.p(P.rsaBase, m) : 0;
    other += Math.max(0, total - neutralised);
  }
  return (replacement + other) / 3;
};

/** A child counts unless their own resources are above what they add to the montant forfaitaire. */
const rsaEnfantACharge: IndividuFormula = (sim, i, m) => {
  if (!sim.b("est_enfant_dans_famille", i, m) || sim.b("autonomie_financiere", i, m)) return false;
  const ageLimit = sim.p(P.rsaAgeDependants, m);
  if (sim.n("age", i, m) >= ageLimit) return false;
  const resources = sim.n("rsa_base_ressources_individu", i, m) + sim.n("rsa_revenu_activite_individu", i, m);
  const base = sim.p(P.rsaBase, m);
  const opensIncrease =
    !sim.fb("enceinte_fam", m) &&
    !sim.fb("en_couple", m) &&
    sim.fb("rsa_isolement_recent", m) &&
    sim.childIndexes.filter((c) => !sim.b("autonomie_financiere", c, m) && sim.n("age", c, m) < ageLimit).length <= 1;
  const limit = opensIncrease ? sim.p(P.rsaIsolatedBase, m) - 1 + sim.p(P.rsaIsolatedPerChild, m) : sim.p(P.rsaMajExtraChild, m);
  return resources < limit * base;
};

const rsaNbEnfants: FamilleFormula = (sim, m) => sim.childIndexes.filter((i) => sim.b("rsa_enfant_a_charge", i, m)).length;

const rsaConditionNationalite: IndividuFormula = (sim, i, m) => {
  const nationality = str(sim.individu("nationalite", i, m));
  if (nationality === "FR") return true;
  const years = sim.n("duree_possession_titre_sejour", i, m);
  const eea = sim.b("ressortissant_eee", i, m);
  // As written in OpenFisca: (EEA + Swiss) × years ≥ minimum for the EEA; (not EEA) × years ≥ minimum otherwise.
  const eeaOrSwiss = (Number(eea) + Number(nationality === "CH")) * years >= sim.p(P.rsaPermitEea, m);
  const other = Number(!eea) * years >= sim.p(P.rsaPermitNonEea, m);
  return eeaOrSwiss || other;
};

const rsaEligibilite: FamilleFormula = (sim, m) => {
  const children = sim.fn("rsa_nb_enfants", m);
  const ageLimit = sim.p(P.rsaAgeDependants, m);
  const parentQualifies = sim.parentIndexes.some((i) => {
    if (sim.b("etudiant", i, m)) return false;
    const a = sim.n("age", i, m);
    if (children > 0 || a >= ageLimit) return true;
    return sim.b("rsa_jeune_condition_heures_travail_remplie", i, m) && a > sim.p(P.rsaYoungAgeMin, m) && a < sim.p(P.rsaYoungAgeMax, m);
  });
  return parentQualifies && sim.any("rsa_condition_nationalite", m, sim.parentIndexes);
};

/** The montant forfaitaire's rate: +50 % for the 2nd person, +30 % for the 3rd, 4th (+40 % for a single
 * parent's 3rd child), +40 % for each next one. */
export function householdRate(nbPersons: number, nbParents: number, second: number, third: number, extra: number): number {
  return (
    1 +
    (nbPersons >= 2 ? second : 0) +
    (nbPersons >= 3 ? third : 0) +
    (nbPersons >= 4 ? (nbParents === 1 ? extra : third) : 0) +
    Math.max(nbPersons - 4, 0) * extra
  );
}

const rsaSocle: FamilleFormula = (sim, m) => {
  if (!sim.fb("rsa_eligibilite", m)) return 0;
  const parents = sim.fn("nb_parents", m);
  const rate = householdRate(parents + sim.fn("rsa_nb_enfants", m), parents, sim.p(P.rsaMajSecondPerson, m), sim.p(P.rsaMajThirdPerson, m), sim.p(P.rsaMajExtraChild, m));
  return sim.p(P.rsaBase, m) * rate;
};

/** A single parent with a child under 3, or expecting one (or recently alone): the majoration isolement. */
const rsaMajoreEligibilite: FamilleFormula = (sim, m) => {
  if (sim.fb("en_couple", m)) return false;
  const pregnant = sim.fb("enceinte_fam", m);
  const children = sim.fn("rsa_nb_enfants", m);
  if (!pregnant && children === 0) return false;
  const youngChild = childrenAged(sim, m, 0, 2) > 0;
  if (!youngChild && !sim.fb("rsa_isolement_recent", m) && !pregnant) return false;
  const claimant = sim.parentIndexes[0];
  return claimant === undefined || !sim.b("enfant_a_charge", claimant, m);
};

const rsaSocleMajore: FamilleFormula = (sim, m) => {
  if (!sim.fb("rsa_majore_eligibilite", m)) return 0;
  return sim.p(P.rsaBase, m) * (sim.p(P.rsaIsolatedBase, m) + sim.p(P.rsaIsolatedPerChild, m) * sim.fn("rsa_nb_enfants", m));
};

/** Housing advantage in kind: owner without a loan to repay, or housed free of charge. */
export function housingInKind(sim: Simulation, m: Month): boolean {
  const status = str(sim.menage("statut_occupation_logement", m));
  const owner = (status === "primo_accedant" || status === "proprietaire") && sim.mn("loyer", m) === 0;
  const free = status === "loge_gratuitement" && !sim.mb("participation_frais", m);
  return owner || free;
}

const rsaForfaitLogement: FamilleFormula = (sim, m) => {
  const persons = sim.fn("nb_parents", m) + sim.fn("rsa_nb_enfants", m);
  const housingAid = sim.fn("aide_logement", m);
  const inKind = housingInKind(sim, m);
  if (housingAid <= 0 && !inKind) return 0;
  const twoRate = 1 + sim.p(P.rsaMajSecondPerson, m);
  const threeRate = twoRate + sim.p(P.rsaMajThirdPerson, m);
  const rate = persons <= 1 ? sim.p(P.rsaHousing1, m) : persons === 2 ? sim.p(P.rsaHousing2, m) * twoRate : sim.p(P.rsaHousing3, m) * threeRate;
  const forfait = sim.p(P.rsaBase, m) * rate;
  return Math.max(housingAid > 0 ? Math.min(housingAid, forfait) : 0, inKind ? forfait : 0);
};

const rsaBaseRessourcesPrestationsFamiliales: FamilleFormula = (sim, m) => {
  let total = sim.fn("paje_base", m) + sim.fn("rsa_forfait_asf", m) + cfCounted(sim, m) + afCounted(sim, m);
  if (m >= "2017-01") total += sim.fn("paje_clca", m) + sim.fn("paje_colca", m) + sim.fn("paje_prepare", m);
  else total += sim.fnOver("paje_clca", referenceQuarter(sim, m)) / 3 + sim.fnOver("paje_prepare", referenceQuarter(sim, m)) / 3 + sim.fnOver("paje_colca", referenceQuarter(sim, m)) / 3;
  return total;
};

const rsaBaseRessourcesMinimaSociaux: FamilleFormula = (sim, m) => {
  const quarter = referenceQuarter(sim, m);
  const others = sim.everyone.reduce((sum, i) => sum + ["ass", "aah", "asi", "caah"].reduce((s, name) => s + sim.nOver(name, i, quarter), 0), 0);
  return sim.fn("aspa", m) + others / 3;
};

const rsaBaseRessources: FamilleFormula = (sim, m) => {
  const members = sim.everyone.filter((i) => !sim.b("est_enfant_dans_famille", i, m) || sim.b("rsa_enfant_a_charge", i, m));
  const individual = members.reduce((sum, i) => sum + sim.n("rsa_base_ressources_individu", i, m) + sim.n("rsa_revenu_activite_individu", i, m), 0);
  return sim.fn("rsa_base_ressources_prestations_familiales", m) + sim.fn("rsa_base_ressources_minima_sociaux", m) + individual;
};

const rsaMontant: FamilleFormula = (sim, m) => {
  const socle = Math.max(sim.fn("rsa_socle", m), sim.fn("rsa_socle_majore", m));
  if (socle <= 0) return 0;
  const amount = Math.max(socle - sim.fn("rsa_forfait_logement", m) - sim.fn("rsa_base_ressources", m), 0);
  return amount >= sim.p(P.rsaMinimumPaid, m) ? amount : 0;
};

export const RSA: ModelPart = {
  individu: {
    rsa_has_ressources_substitution: hasSubstitution,
    rsa_revenu_activite_individu: rsaRevenuActiviteIndividu,
    rsa_base_ressources_individu: rsaBaseRessourcesIndividu,
    rsa_base_ressources_patrimoine_individu: (sim, i, m) => sim.n("revenus_capital", i, m) + sim.n("revenus_locatifs", i, m),
    rsa_indemnites_journalieres_activite: 0,
    rsa_indemnites_journalieres_hors_activite: (sim, i, m) => sim.n("indemnites_journalieres", i, m) - sim.n("rsa_indemnites_journalieres_activite", i, m),
    rsa_enfant_a_charge: rsaEnfantACharge,
    rsa_condition_nationalite: rsaConditionNationalite,
  },
  famille: {
    rsa_nb_enfants: rsaNbEnfants,
    rsa_eligibilite: rsaEligibilite,
    rsa_socle: rsaSocle,
    rsa_majore_eligibilite: rsaMajoreEligibilite,
    rsa_socle_majore: rsaSocleMajore,
    rsa_forfait_logement: rsaForfaitLogement,
    rsa_base_ressources_prestations_familiales: rsaBaseRessourcesPrestationsFamiliales,
    rsa_base_ressources_minima_sociaux: rsaBaseRessourcesMinimaSociaux,
    rsa_base_ressources: rsaBaseRessources,
    rsa_revenu_activite: 0,
    rsa_montant: rsaMontant,
    rsa: (sim, m) => sim.fn("rsa_montant", m),
  },
};
