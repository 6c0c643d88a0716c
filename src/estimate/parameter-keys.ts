/**
 * Every parameter the estimator reads, by its OpenFisca-France path (or `accueil.…` for a figure OpenFisca
 * writes in its code). content/estimate/parameters.yml must give each of them a dated, sourced value.
 */
const MS = "prestations_sociales.solidarite_insertion.minima_sociaux";
const MV = "prestations_sociales.solidarite_insertion.minimum_vieillesse";
const PF = "prestations_sociales.prestations_familiales";
const SMIC = "marche_travail.salaire_minimum.smic";

/** Keys under one node of the parameter tree: the node is written once, each key as its path below it. */
function under<K extends string>(node: string, paths: Record<K, string>): Record<K, string> {
  const keys = {} as Record<K, string>;
  for (const [name, path] of Object.entries<string>(paths)) keys[name as K] = `${node}.${path}`;
  return keys;
}

export const P = {
  // RSA
  ...under(`${MS}.rsa`, {
    rsaBase: "rsa_m.montant_de_base_du_rsa",
    rsaMajSecondPerson: "rsa_maj.maj_montant_max.couples_celibataire_avec_enfant",
    rsaMajThirdPerson: "rsa_maj.maj_montant_max.couple_1_enfant_ou_2e_enfant",
    rsaMajExtraChild: "rsa_maj.maj_montant_max.par_enfant_supplementaire",
    rsaIsolatedBase: "rsa_maj.majoration_isolement_en_base_rsa.femmes_enceintes",
    rsaIsolatedPerChild: "rsa_maj.majoration_isolement_en_base_rsa.par_enfant_a_charge",
    rsaHousing1: "rsa_fl.forfait_logement.taux_1_personne",
    rsaHousing2: "rsa_fl.forfait_logement.taux_2_personnes",
    rsaHousing3: "rsa_fl.forfait_logement.taux_3_personnes_ou_plus",
    rsaMinimumPaid: "rsa_maj.montant_minimum_verse",
    rsaAgeDependants: "rsa_cond.age_pac",
    rsaYoungAgeMin: "rsa_cond.age_min_rsa_jeune",
    rsaYoungAgeMax: "rsa_cond.age_max_rsa_jeune",
    rsaPermitEea: "rsa_cond.duree_min_titre_sejour.eee",
    rsaPermitNonEea: "rsa_cond.duree_min_titre_sejour.non_eee",
    rsaAsfRate: "rsa_maj.forfait_asf.taux2",
  }),
  // Prime d'activité
  ...under(`${MS}.ppa`, {
    ppaBase: "pa_m.montant_de_base",
    ppaMajSecondPerson: "pa_m.majoration_montant_maximal.couples_seul_avec_enfant",
    ppaMajThirdPerson: "pa_m.majoration_montant_maximal.couple_1_enfant_2e_enfant",
    ppaMajExtraChild: "pa_m.majoration_montant_maximal.par_enfant_supplementaire",
    ppaIsolatedBase: "pa_m.majoration_isolement.femmes_enceintes",
    ppaIsolatedPerChild: "pa_m.majoration_isolement.par_enfant_charge",
    ppaEarningsRate: "pa_m.majoration_ressources_revenus_activite",
    ppaBonusFrom: "pa_m.bonification.seuil_bonification",
    ppaBonusFull: "pa_m.bonification.seuil_max_bonification",
    ppaBonusRate: "pa_m.bonification.taux_bonification_max",
    ppaHousing1: "pa_fl.taux_forfait_logement.foyer_1_personne",
    ppaHousing2: "pa_fl.taux_forfait_logement.foyer_2_personnes",
    ppaHousing3: "pa_fl.taux_forfait_logement.foyer_3_personnes",
    ppaMinimumPaid: "pa_m.montant_minimum_verse",
    ppaAgeMin: "pa_cond.age_min",
    ppaAahThresholdHours: "pa_cond.seuil_aah_activite",
  }),
  ...under(SMIC, {
    smicHourly: "smic_b_horaire",
    smicMonthlyHours: "nb_heures_travail_mensuel",
  }),
  // ASPA
  ...under(`${MV}.aspa`, {
    aspaMaxSingle: "montant_maximum_annuel.personnes_seules",
    aspaMaxCouple: "montant_maximum_annuel.couples",
    aspaCeilingSingle: "plafond_ressources.personnes_seules",
    aspaCeilingCouple: "plafond_ressources.couples",
    aspaAgeMin: "age_min",
    aspaPermit: "duree_min_titre_sejour",
    aspaEarningsAllowanceSingle: "abattement_forfaitaire.personnes_seules",
    aspaEarningsAllowanceCouple: "abattement_forfaitaire.couples",
    aspaEarlyIncapacity: "taux_incapacite_aspa_anticipe",
  }),
  retirementAge: "prestations_sociales.prestations_etat_de_sante.invalidite.aah.age_legal_retraite",
  // Complémentaire santé solidaire
  ...under(`${MS}.cs`, {
    cssCeiling: "cmu.plafond_base",
    cssCoeffSecond: "cmu.coeff_p2",
    cssCoeffThirdFourth: "cmu.coeff_p3_p4",
    cssCoeffFifthPlus: "cmu.coeff_p5_plus",
    cssAgeDependants: "cmu.age_limite_pac",
    cssUnemploymentAllowance: "cmu.abattement_chomage",
    cssParticipationMargin: "acs.majoration_plafond_acs",
    cssHousingAid1: "css.forfait_logement_avec_al.taux_1p",
    cssHousingAid2: "css.forfait_logement_avec_al.taux_2p",
    cssHousingAid3: "css.forfait_logement_avec_al.taux_3p_plus",
    cssHousingFree1: "css.forfait_logement_sans_al.taux_1p",
    cssHousingFree2: "css.forfait_logement_sans_al.taux_2p",
    cssHousingFree3: "css.forfait_logement_sans_al.taux_3p_plus",
    cssAspaAllowanceSingle: "css.abattements.aspa_asv.personne_seule",
    cssAspaAllowanceCouple: "css.abattements.aspa_asv.couple",
    cssFeeUnder30: "css.montant.france.cmu_moins_30_ans",
    cssFee30to49: "css.montant.france.cmu_30_49_ans",
    cssFee50to59: "css.montant.france.cmu_50_59_ans",
    cssFee60to69: "css.montant.france.cmu_60_69_ans",
    cssFee70plus: "css.montant.france.cmu_plus_69_ans",
  }),
  // Family benefits counted in the resources, and who counts as a dependent child
  bmaf: `${PF}.bmaf.bmaf`,
  ...under(`${PF}.prestations_generales.af.af_cm`, {
    afRateSecondChild: "taux.enf2",
    afRateThirdChild: "taux.enf3",
    afChildrenFirstRate: "taux.nb_enf2",
    afChildrenSecondRate: "taux.nb_enf3",
    afAgeMin: "age1",
    afAgeLimit: "age3",
  }),
  ...under(`${PF}.prestations_generales.cf.cf_cm`, {
    cfBaseRate: "complement_familial.taux_cf_base",
    cfAgeMin: "age_min",
    cfAgeMax: "age_max",
    cfMinChildren: "nombre_d_enfants_minimal",
  }),
  ...under(`${PF}.education_presence_parentale.asf`, {
    asfRate: "montant_asf.orphelin_assimile_seul_parent",
    asfMinimumPaid: "seuil",
  }),
  dependentEarningsCeiling: `${PF}.def_pac.revenu_plafond_pac_non_scolaire`,
  dependentEarningsHours: "accueil.def_pac.heures_smic_mensuel",
  // Nationality
  eeaCountries: "geopolitique.eee",
} as const;

/**
 * Read only in situations the resident's answers never describe (young workers' hours, an anticipated
 * ASPA for unfitness, the AAH, the old CMU formulas): the OpenFisca test cases bring them, the shipped
 * parameter file need not.
 */
export const OPTIONAL_KEYS: ReadonlySet<string> = new Set<string>([
  P.rsaYoungAgeMin,
  P.rsaYoungAgeMax,
  P.ppaAahThresholdHours,
  P.aspaEarlyIncapacity,
  P.retirementAge,
]);

export const ALL_KEYS: readonly string[] = Object.values(P);
