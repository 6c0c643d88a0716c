/**
 * Who is who and how old, nationality, and the family benefits counted in the resources (ported from
 * openfisca_france/model/caracteristiques_socio_demographiques/demographie.py,
 * prelevements_obligatoires/impot_revenu/ir.py (age) and prestations/prestations_familiales/*.py).
 */
import { addMonths, ageInMonths, ageInYears, monthsBefore, monthsBetween, type Month } from "../months.js";
import { P } from "../parameter-keys.js";
import { num, str, type FamilleFormula, type IndividuFormula, type ModelPart, type Simulation } from "../simulation.js";

/** OpenFisca's default birth date for a person given neither a birth date nor an age. */
export const DEFAULT_BIRTH_DATE = "1970-01-01";

/** Monthly amounts (euros) a person may be given; 0 when not given. */
export const MONEY_INPUTS = [
  "salaire_net",
  "salaire_de_base",
  "traitement_indiciaire_brut",
  "chomage_net",
  "retraite_nette",
  "retraite_brute",
  "retraite_combattant",
  "pensions_alimentaires_percues",
  "pensions_alimentaires_versees_individu",
  "pensions_invalidite",
  "prestation_compensatoire",
  "indemnites_journalieres",
  "indemnites_journalieres_maladie",
  "indemnites_chomage_partiel",
  "indemnites_volontariat",
  "indemnites_stage",
  "indemnites_compensatrices_conges_payes",
  "remuneration_apprenti",
  "revenus_stage_formation_pro",
  "bourse_recherche",
  "hsup",
  "etr",
  "rpns_auto_entrepreneur_benefice",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "allocation_securisation_professionnelle",
  "dedommagement_victime_amiante",
  "gains_exceptionnels",
  "rente_accident_travail",
  "revenus_capital",
  "revenus_locatifs",
  "aah",
  "asi",
  "caah",
  "ass",
] as const;

/** numpy's round(x, digits): to the nearest, halves to even. */
export function roundHalfEven(x: number, digits = 0): number {
  const scale = 10 ** digits;
  const y = x * scale;
  const floor = Math.floor(y);
  const diff = y - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return rounded / scale;
}

export class NotModelledError extends Error {
  constructor(what: string) {
    super(`not modelled by the estimator: ${what}`);
    this.name = "NotModelledError";
  }
}

/** Age in years on the first day of the month (OpenFisca's `age`). */
const age: IndividuFormula = (sim, i, m) => {
  if (sim.hasInput("individu", "date_naissance", i)) return ageInYears(str(sim.individu("date_naissance", i, m)), m);
  if (sim.hasInput("individu", "age_en_mois", i)) return Math.floor(sim.n("age_en_mois", i, m) / 12);
  // Known at another month: carried over whole years, as OpenFisca does.
  const [known] = sim.inputMonths("individu", "age", i);
  if (known !== undefined) return sim.n("age", i, known) + Math.trunc(monthsBetween(known, m) / 12);
  return ageInYears(DEFAULT_BIRTH_DATE, m);
};

const ageEnMois: IndividuFormula = (sim, i, m) => {
  const [known] = sim.inputMonths("individu", "age_en_mois", i);
  if (known !== undefined) return sim.n("age_en_mois", i, known) + monthsBetween(known, m);
  if (!sim.hasInput("individu", "date_naissance", i) && sim.hasInput("individu", "age", i)) return sim.n("age", i, m) * 12;
  const birth = sim.hasInput("individu", "date_naissance", i) ? str(sim.individu("date_naissance", i, m)) : DEFAULT_BIRTH_DATE;
  return ageInMonths(birth, m);
};

/** Earns, on average over the 6 previous months, at least 55 % of a SMIC of 169 hours (R512-2 CSS). */
const autonomieFinanciere: IndividuFormula = (sim, i, m) => {
  const earned = sim.nOver("salaire_net", i, monthsBefore(m, 6)) / 6;
  if (earned <= 0) return false;
  return earned >= sim.p(P.dependentEarningsCeiling, m) * sim.p(P.smicHourly, m) * sim.p(P.dependentEarningsHours, m);
};

const ressortissantEee: IndividuFormula = (sim, i, m) => sim.parameters.list(P.eeaCountries, m).includes(str(sim.individu("nationalite", i, m)));

/** A child the family benefits count (age between the AF limits, not financially independent). */
function afChildren(sim: Simulation, m: Month): number {
  return sim.childIndexes.filter((i) => {
    const a = sim.n("age", i, m);
    return a >= sim.p(P.afAgeMin, m) && a < sim.p(P.afAgeLimit, m) && !sim.b("autonomie_financiere", i, m);
  }).length;
}

/**
 * The base allocations familiales (without the age increases), at the full rate: only this part counts in
 * the RSA and the prime d'activité (min(af_base, af)).
 */
const afBase: FamilleFormula = (sim, m) => {
  const n = afChildren(sim, m);
  const second = sim.p(P.afChildrenFirstRate, m);
  const third = sim.p(P.afChildrenSecondRate, m);
  if (n < second) return 0;
  const rate = Math.min(n - (second - 1), third - second) * sim.p(P.afRateSecondChild, m) + Math.max(n - (third - 1), 0) * sim.p(P.afRateThirdChild, m);
  return roundHalfEven(sim.p(P.bmaf, m) * rate, 2);
};

/**
 * The complément familial without its increase for low incomes (what the RSA and the PPA count): for a
 * family with at least 3 children aged 3 to 20. Its resource ceiling is not checked (the families an
 * estimate is for are far below it).
 */
const cfNonMajore: FamilleFormula = (sim, m) => {
  const children = sim.childIndexes.filter((i) => {
    const a = sim.n("age", i, m);
    return a >= sim.p(P.cfAgeMin, m) && a < sim.p(P.cfAgeMax, m) && !sim.b("autonomie_financiere", i, m);
  }).length;
  return children >= sim.p(P.cfMinChildren, m) ? sim.p(P.bmaf, m) * sim.p(P.cfBaseRate, m) : 0;
};

/** The complément familial when not given: its base amount, unless the PAJE is paid. */
const cf: FamilleFormula = (sim, m) => {
  if (sim.fn("paje_base", m) > 0 || sim.fn("paje_clca", m) > 0 || sim.fn("paje_prepare", m) > 0) return 0;
  if (sim.childIndexes.length === 0) return 0;
  return roundHalfEven(sim.fn("cf_non_majore_avant_cumul", m), 2);
};

/**
 * The ASF when not given: a single parent gets it for each child (unless the alimony received is larger),
 * as OpenFisca assumes; the RSA and the PPA then count it as a flat amount.
 */
const asf: FamilleFormula = (sim, m) => {
  if (sim.fb("en_couple", m) || sim.mb("residence_mayotte", m) || sim.childIndexes.length === 0) return 0;
  const children = sim.childIndexes.filter((i) => sim.b("asf_elig_enfant", i, m)).length;
  if (children === 0) return 0;
  const amount = Math.max(children * sim.p(P.bmaf, m) * sim.p(P.asfRate, m) - sim.sum("pensions_alimentaires_percues", m), 0);
  return amount > sim.p(P.asfMinimumPaid, m) ? amount : 0;
};

/** The ASF counted as a flat amount per child who may open the right to it (R262-10-1 CASF, R844-4 CSS). */
const rsaForfaitAsf: FamilleFormula = (sim, m) => {
  const asf = sim.fn("asf", m);
  if (asf <= 0) return 0;
  const perChild = sim.p(P.bmaf, m) * sim.p(P.rsaAsfRate, m);
  const children = sim.childIndexes.filter((i) => sim.b("asf_elig_enfant", i, m)).length;
  return Math.min(asf, children * perChild);
};

const asfEligEnfant: IndividuFormula = (sim, i, m) => {
  const a = sim.n("age", i, m);
  return a >= sim.p(P.afAgeMin, m) && a < sim.p(P.afAgeLimit, m) && !sim.b("autonomie_financiere", i, m);
};

/** min(af_base, af): only the base allocations count (R262-11 CASF, R844-5 CSS). */
export function afCounted(sim: Simulation, m: Month): number {
  const af = sim.fn("af", m);
  return af > 0 ? Math.min(sim.fn("af_base", m), af) : 0;
}

/** The complément familial counted: its non-increased amount, when one is paid. */
export function cfCounted(sim: Simulation, m: Month): number {
  return sim.fn("cf", m) > 0 ? sim.fn("cf_non_majore_avant_cumul", m) : 0;
}

const enceinteFam: FamilleFormula = (sim, m) => {
  if (sim.any("enceinte", m, sim.parentIndexes)) return true;
  if (sim.childIndexes.length === 0) return false;
  const youngest = Math.min(...sim.childIndexes.map((i) => sim.n("age_en_mois", i, m)));
  return youngest < 0 && youngest > -6;
};

/** Number of children aged `min` to `max` (inclusive) who are not financially independent (nb_enf). */
export function childrenAged(sim: Simulation, m: Month, min: number, max: number): number {
  return sim.childIndexes.filter((i) => {
    const a = sim.n("age", i, m);
    return a >= min && a <= max && !sim.b("autonomie_financiere", i, m);
  }).length;
}

export const COMMON: ModelPart = {
  individu: {
    date_naissance: DEFAULT_BIRTH_DATE,
    age,
    age_en_mois: ageEnMois,
    nationalite: "FR",
    duree_possession_titre_sejour: 0,
    ressortissant_eee: ressortissantEee,
    enceinte: false,
    activite: "inactif",
    etudiant: false,
    stagiaire: false,
    apprenti: false,
    inapte_travail: false,
    taux_incapacite: 0,
    handicap: false,
    enfant_a_charge: false,
    habite_chez_parents: false,
    garde_alternee: false,
    salarie_regime_alsace_moselle: false,
    rsa_jeune_condition_heures_travail_remplie: false,
    est_enfant_dans_famille: (sim, i) => sim.situation.persons[i]?.role === "enfant",
    autonomie_financiere: autonomieFinanciere,
    asf_elig_enfant: asfEligEnfant,
    ...Object.fromEntries(MONEY_INPUTS.map((name) => [name, 0])),
  },
  famille: {
    nb_parents: (sim) => sim.parentIndexes.length,
    en_couple: (sim, m) => sim.fn("nb_parents", m) === 2,
    maries: false,
    aide_logement: 0,
    // Family benefits are computed when not given (their base amounts, as OpenFisca would for these ones).
    af: (sim, m) => sim.fn("af_base", m),
    af_base: afBase,
    cf,
    cf_non_majore_avant_cumul: cfNonMajore,
    asf,
    paje_base: 0,
    paje_clca: 0,
    paje_prepare: 0,
    paje_colca: 0,
    rsa_forfait_asf: rsaForfaitAsf,
    rsa_isolement_recent: false,
    departement_experimentation_rsa: false,
    enceinte_fam: enceinteFam,
  },
  menage: {
    statut_occupation_logement: "non_renseigne",
    loyer: 0,
    participation_frais: false,
    residence_mayotte: false,
  },
};

/** The first month of the family's reference quarter, OpenFisca's `period.last_3_months` (or, in a
 * département of the 2024 experimentation, the quarter before the previous month). */
export function referenceQuarter(sim: Simulation, m: Month): Month[] {
  const experimentation = m >= "2024-10" && sim.fb("departement_experimentation_rsa", m);
  return monthsBefore(experimentation ? addMonths(m, -1) : m, 3);
}

export { num };
