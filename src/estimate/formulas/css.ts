/**
 * The complémentaire santé solidaire (C2S, formerly CMU-C and ACS), ported from
 * openfisca_france/model/prestations/minima_sociaux/cs/*.py (formulas since November 2019).
 *
 * Resources of the 12 months before the month, of the parents and of the children up to 25, plus the
 * family benefits and the ASPA (after an allowance), plus a housing forfait (owner, housed free of charge,
 * or housing aid): free when under the ceiling for the household size (or when the RSA is paid), with a
 * participation when under the ceiling + 35 %.
 */
import { monthsBefore, type Month } from "../months.js";
import { P } from "../parameter-keys.js";
import { str, type FamilleFormula, type IndividuFormula, type ModelPart, type Simulation } from "../simulation.js";
import { NotModelledError, roundHalfEven } from "./common.js";

const MS = "prestations_sociales.solidarite_insertion.minima_sociaux";

/** Before November 2019 the housing forfaits were CMU parameters. */
function housingKeys(m: Month, withAid: boolean): [string, string, string] {
  const group = m >= "2019-11" ? "css" : "cmu";
  const kind = withAid ? "forfait_logement_avec_al" : "forfait_logement_sans_al";
  if (group === "css") return withAid ? [P.cssHousingAid1, P.cssHousingAid2, P.cssHousingAid3] : [P.cssHousingFree1, P.cssHousingFree2, P.cssHousingFree3];
  return [`${MS}.cs.cmu.${kind}.taux_1p`, `${MS}.cs.cmu.${kind}.taux_2p`, `${MS}.cs.cmu.${kind}.taux_3p_plus`];
}

const INCLUDED = [
  "allocation_securisation_professionnelle",
  "ass",
  "bourse_recherche",
  "caah",
  "chomage_net",
  "css_base_ressources_aah_individu",
  "css_base_ressources_asi_individu",
  "dedommagement_victime_amiante",
  "gains_exceptionnels",
  "indemnites_chomage_partiel",
  "indemnites_journalieres",
  "indemnites_stage",
  "indemnites_compensatrices_conges_payes",
  "pensions_alimentaires_percues",
  "pensions_invalidite",
  "prestation_compensatoire",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "retraite_combattant",
  "retraite_nette",
  "revenus_stage_formation_pro",
  "rsa_base_ressources_patrimoine_individu",
  "salaire_net",
  "rente_accident_travail",
] as const;

/** The 12 months before the month (OpenFisca's rolling year). */
function previousYear(m: Month): Month[] {
  return monthsBefore(m, 12);
}

/** 30 % off the wages of the year for a person now unemployed (or on sick leave, ASS, training). */
function unemploymentAllowance(sim: Simulation, i: number, m: Month): number {
  const unemployed = str(sim.individu("activite", i, m)) === "chomeur" && sim.n("indemnites_chomage_partiel", i, m) + sim.n("chomage_net", i, m) > 0;
  const qualifies = sim.n("indemnites_journalieres_maladie", i, m) > 0 || unemployed || sim.n("ass", i, m) > 0 || sim.n("revenus_stage_formation_pro", i, m) > 0;
  if (!qualifies) return 0;
  const wages = sim.nOver("salaire_net", i, previousYear(m));
  return wages > 0 ? wages * sim.p(P.cssUnemploymentAllowance, m) : 0;
}

const baseRessourcesIndividu: IndividuFormula = (sim, i, m) => {
  const year = previousYear(m);
  let total = INCLUDED.reduce((sum, name) => sum + sim.nOver(name, i, year), 0);
  total -= Math.abs(sim.nOver("pensions_alimentaires_versees_individu", i, year));
  total -= unemploymentAllowance(sim, i, m);
  // Training income no longer received last month is left out.
  if (sim.n("revenus_stage_formation_pro", i, monthsBefore(m, 1)[0]!) === 0) total -= sim.nOver("revenus_stage_formation_pro", i, year);
  return total;
};

const aspaCounted: FamilleFormula = (sim, m) => {
  const aspa = sim.fn("aspa", m);
  if (m < "2021-04" || aspa <= 0) return aspa;
  const allowance = sim.fb("aspa_couple", m) ? sim.p(P.cssAspaAllowanceCouple, m) : sim.p(P.cssAspaAllowanceSingle, m);
  return Math.max(aspa - allowance, 0);
};

function dependantsUpTo25(sim: Simulation, m: Month): number[] {
  const limit = sim.p(P.cssAgeDependants, m);
  return sim.childIndexes.filter((i) => {
    const a = sim.n("age", i, m);
    return a >= 0 && a <= limit;
  });
}

/** The RSA's montant forfaitaire for up to three persons, times 12, times a share. */
function housingForfait(sim: Simulation, m: Month, withAid: boolean): number {
  const persons = sim.fn("cmu_nbp_foyer", m);
  const socle = sim.p(P.rsaBase, m) * (1 + (persons >= 2 ? sim.p(P.rsaMajSecondPerson, m) : 0) + (persons >= 3 ? sim.p(P.rsaMajThirdPerson, m) : 0));
  const [one, two, three] = housingKeys(m, withAid);
  const share = sim.p(persons <= 1 ? one : persons === 2 ? two : three, m);
  return 12 * socle * share;
}

const forfaitLogementBase: FamilleFormula = (sim, m) => housingForfait(sim, m, false);

const forfaitLogementAl: FamilleFormula = (sim, m) => {
  const aid = sim.fn("aide_logement", m);
  return aid > 0 ? Math.min(12 * aid, housingForfait(sim, m, true)) : 0;
};

const baseRessources: FamilleFormula = (sim, m) => {
  const status = str(sim.menage("statut_occupation_logement", m));
  const inKind = status === "proprietaire" || status === "loge_gratuitement";
  const housing = (inKind ? sim.fn("css_cmu_forfait_logement_base", m) : 0) + sim.fn("css_cmu_forfait_logement_al", m);
  const year = previousYear(m);
  const family = ["af", "asf", "css_base_ressources_aspa_asv", "cf", "paje_clca", "paje_prepare"].reduce((sum, name) => sum + sim.fnOver(name, year), 0);
  const parents = sim.parentIndexes.reduce((sum, i) => sum + sim.n("css_cmu_base_ressources_individu", i, m), 0);
  const children = dependantsUpTo25(sim, m).reduce((sum, i) => sum + sim.n("css_cmu_base_ressources_individu", i, m), 0);
  return housing + family + parents + children;
};

/** The ceiling for free C2S: a base times 1, +0.5 for the 2nd person, +0.3 for the 3rd and 4th, +0.4 next
 * (children ranked from the eldest; a child in shared custody counts half), rounded to the euro. */
const cmuCPlafond: FamilleFormula = (sim, m) => {
  const ranked = [...sim.childIndexes].sort((a, b) => sim.n("age_en_mois", b, m) - sim.n("age_en_mois", a, m));
  const second = sim.p(P.cssCoeffSecond, m);
  const thirdFourth = sim.p(P.cssCoeffThirdFourth, m);
  const fifth = sim.p(P.cssCoeffFifthPlus, m);
  const couple = sim.fn("nb_parents", m) === 2;
  let coefficient = couple ? 1 + second : 1;
  ranked.forEach((i, rank) => {
    const share = sim.b("garde_alternee", i, m) ? 0.5 : 1;
    const c = couple ? (rank <= 1 ? thirdFourth : fifth) : rank === 0 ? second : rank <= 2 ? thirdFourth : fifth;
    coefficient += c * share;
  });
  return roundHalfEven(sim.p(P.cssCeiling, m) * coefficient);
};

const eligibilite: FamilleFormula = (sim, m) => {
  if (sim.fn("cmu_nb_pac", m) > 0) return true;
  if (sim.everyone.some((i) => sim.n("age", i, m) >= sim.p(P.cssAgeDependants, m))) return true;
  const year = previousYear(m);
  return sim.everyone.every((i) => !sim.b("enfant_a_charge", i, m) && !sim.b("habite_chez_parents", i, m) && !(sim.nOver("pensions_alimentaires_percues", i, year) > 0));
};

const cmuC: FamilleFormula = (sim, m) => {
  if (!sim.fb("css_cmu_acs_eligibilite", m) || sim.mb("residence_mayotte", m)) return false;
  if (sim.fn("css_cmu_base_ressources", m) <= sim.fn("cmu_c_plafond", m)) return true;
  return m >= "2016-01" && sim.fn("rsa", m) > 0;
};

const participationMontantI: IndividuFormula = (sim, i, m) => {
  const a = sim.n("age", i, m);
  const key = a < 30 ? P.cssFeeUnder30 : a <= 49 ? P.cssFee30to49 : a <= 59 ? P.cssFee50to59 : a <= 69 ? P.cssFee60to69 : P.cssFee70plus;
  if (sim.b("salarie_regime_alsace_moselle", i, m)) throw new NotModelledError("the Alsace-Moselle scheme's participation");
  return sim.p(key, m);
};

const participation: FamilleFormula = (sim, m) => {
  if (m < "2019-11") throw new NotModelledError("the ACS (before November 2019)");
  if (!sim.fb("css_cmu_acs_eligibilite", m) || sim.mb("residence_mayotte", m) || sim.fb("cmu_c", m) || sim.fn("acs", m) !== 0) return 0;
  if (sim.fn("css_cmu_base_ressources", m) > sim.fn("acs_plafond", m)) return 0;
  return sim.fn("css_participation_forfaitaire_montant", m);
};

export const CSS: ModelPart = {
  individu: {
    css_cmu_base_ressources_individu: baseRessourcesIndividu,
    css_base_ressources_aah_individu: (sim, i, m) => sim.n("aah", i, m),
    css_base_ressources_asi_individu: (sim, i, m) => sim.n("asi", i, m),
    css_participation_forfaitaire_montant_i: participationMontantI,
  },
  famille: {
    cmu_nb_pac: (sim, m) => dependantsUpTo25(sim, m).length,
    cmu_nbp_foyer: (sim, m) => sim.fn("nb_parents", m) + sim.fn("cmu_nb_pac", m),
    cmu_c_plafond: cmuCPlafond,
    acs_plafond: (sim, m) => sim.fn("cmu_c_plafond", m) * (1 + sim.p(P.cssParticipationMargin, m)),
    css_base_ressources_aspa_asv: aspaCounted,
    css_cmu_forfait_logement_base: forfaitLogementBase,
    css_cmu_forfait_logement_al: forfaitLogementAl,
    css_cmu_base_ressources: baseRessources,
    css_cmu_acs_eligibilite: eligibilite,
    cmu_c: cmuC,
    acs: (_sim, m) => {
      if (m >= "2019-11") return 0;
      throw new NotModelledError("the ACS (before November 2019)");
    },
    css_participation_forfaitaire_montant: (sim, m) => sim.sum("css_participation_forfaitaire_montant_i", m),
    css_participation_forfaitaire: participation,
  },
};
