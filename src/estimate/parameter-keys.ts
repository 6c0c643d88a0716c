/**
 * Every parameter the estimator reads, by its OpenFisca-France path (or `accueil.…` for a figure OpenFisca
 * writes in its code). content/estimate/parameters.yml must give each of them a dated, sourced value.
 */
const MS = "prestations_sociales.solidarite_insertion.minima_sociaux";
const MV = "prestations_sociales.solidarite_insertion.minimum_vieillesse";
const PF = "prestations_sociales.prestations_familiales";
const SMIC = "marche_travail.salaire_minimum.smic";

export const P = {
  // RSA
  rsaBase: `${MS}.rsa.rsa_m.montant_de_base_du_rsa`,
  rsaMajSecondPerson: `${MS}.rsa.rsa_maj.maj_montant_max.couples_celibataire_avec_enfant`,
  rsaMajThirdPerson: `${MS}.rsa.rsa_maj.maj_montant_max.couple_1_enfant_ou_2e_enfant`,
  rsaMajExtraChild: `${MS}.rsa.rsa_maj.maj_montant_max.par_enfant_supplementaire`,
  rsaIsolatedBase: `${MS}.rsa.rsa_maj.majoration_isolement_en_base_rsa.femmes_enceintes`,
  rsaIsolatedPerChild: `${MS}.rsa.rsa_maj.majoration_isolement_en_base_rsa.par_enfant_a_charge`,
  rsaHousing1: `${MS}.rsa.rsa_fl.forfait_logement.taux_1_personne`,
  rsaHousing2: `${MS}.rsa.rsa_fl.forfait_logement.taux_2_personnes`,
  rsaHousing3: `${MS}.rsa.rsa_fl.forfait_logement.taux_3_personnes_ou_plus`,
  rsaMinimumPaid: `${MS}.rsa.rsa_maj.montant_minimum_verse`,
  rsaAgeDependants: `${MS}.rsa.rsa_cond.age_pac`,
  rsaYoungAgeMin: `${MS}.rsa.rsa_cond.age_min_rsa_jeune`,
  rsaYoungAgeMax: `${MS}.rsa.rsa_cond.age_max_rsa_jeune`,
  rsaPermitEea: `${MS}.rsa.rsa_cond.duree_min_titre_sejour.eee`,
  rsaPermitNonEea: `${MS}.rsa.rsa_cond.duree_min_titre_sejour.non_eee`,
  rsaAsfRate: `${MS}.rsa.rsa_maj.forfait_asf.taux2`,
  // Prime d'activité
  ppaBase: `${MS}.ppa.pa_m.montant_de_base`,
  ppaMajSecondPerson: `${MS}.ppa.pa_m.majoration_montant_maximal.couples_seul_avec_enfant`,
  ppaMajThirdPerson: `${MS}.ppa.pa_m.majoration_montant_maximal.couple_1_enfant_2e_enfant`,
  ppaMajExtraChild: `${MS}.ppa.pa_m.majoration_montant_maximal.par_enfant_supplementaire`,
  ppaIsolatedBase: `${MS}.ppa.pa_m.majoration_isolement.femmes_enceintes`,
  ppaIsolatedPerChild: `${MS}.ppa.pa_m.majoration_isolement.par_enfant_charge`,
  ppaEarningsRate: `${MS}.ppa.pa_m.majoration_ressources_revenus_activite`,
  ppaBonusFrom: `${MS}.ppa.pa_m.bonification.seuil_bonification`,
  ppaBonusFull: `${MS}.ppa.pa_m.bonification.seuil_max_bonification`,
  ppaBonusRate: `${MS}.ppa.pa_m.bonification.taux_bonification_max`,
  ppaHousing1: `${MS}.ppa.pa_fl.taux_forfait_logement.foyer_1_personne`,
  ppaHousing2: `${MS}.ppa.pa_fl.taux_forfait_logement.foyer_2_personnes`,
  ppaHousing3: `${MS}.ppa.pa_fl.taux_forfait_logement.foyer_3_personnes`,
  ppaMinimumPaid: `${MS}.ppa.pa_m.montant_minimum_verse`,
  ppaAgeMin: `${MS}.ppa.pa_cond.age_min`,
  ppaAahThresholdHours: `${MS}.ppa.pa_cond.seuil_aah_activite`,
  smicHourly: `${SMIC}.smic_b_horaire`,
  smicMonthlyHours: `${SMIC}.nb_heures_travail_mensuel`,
  // ASPA
  aspaMaxSingle: `${MV}.aspa.montant_maximum_annuel.personnes_seules`,
  aspaMaxCouple: `${MV}.aspa.montant_maximum_annuel.couples`,
  aspaCeilingSingle: `${MV}.aspa.plafond_ressources.personnes_seules`,
  aspaCeilingCouple: `${MV}.aspa.plafond_ressources.couples`,
  aspaAgeMin: `${MV}.aspa.age_min`,
  aspaPermit: `${MV}.aspa.duree_min_titre_sejour`,
  aspaEarningsAllowanceSingle: `${MV}.aspa.abattement_forfaitaire.personnes_seules`,
  aspaEarningsAllowanceCouple: `${MV}.aspa.abattement_forfaitaire.couples`,
  aspaEarlyIncapacity: `${MV}.aspa.taux_incapacite_aspa_anticipe`,
  retirementAge: "prestations_sociales.prestations_etat_de_sante.invalidite.aah.age_legal_retraite",
  // Complémentaire santé solidaire
  cssCeiling: `${MS}.cs.cmu.plafond_base`,
  cssCoeffSecond: `${MS}.cs.cmu.coeff_p2`,
  cssCoeffThirdFourth: `${MS}.cs.cmu.coeff_p3_p4`,
  cssCoeffFifthPlus: `${MS}.cs.cmu.coeff_p5_plus`,
  cssAgeDependants: `${MS}.cs.cmu.age_limite_pac`,
  cssUnemploymentAllowance: `${MS}.cs.cmu.abattement_chomage`,
  cssParticipationMargin: `${MS}.cs.acs.majoration_plafond_acs`,
  cssHousingAid1: `${MS}.cs.css.forfait_logement_avec_al.taux_1p`,
  cssHousingAid2: `${MS}.cs.css.forfait_logement_avec_al.taux_2p`,
  cssHousingAid3: `${MS}.cs.css.forfait_logement_avec_al.taux_3p_plus`,
  cssHousingFree1: `${MS}.cs.css.forfait_logement_sans_al.taux_1p`,
  cssHousingFree2: `${MS}.cs.css.forfait_logement_sans_al.taux_2p`,
  cssHousingFree3: `${MS}.cs.css.forfait_logement_sans_al.taux_3p_plus`,
  cssAspaAllowanceSingle: `${MS}.cs.css.abattements.aspa_asv.personne_seule`,
  cssAspaAllowanceCouple: `${MS}.cs.css.abattements.aspa_asv.couple`,
  cssFeeUnder30: `${MS}.cs.css.montant.france.cmu_moins_30_ans`,
  cssFee30to49: `${MS}.cs.css.montant.france.cmu_30_49_ans`,
  cssFee50to59: `${MS}.cs.css.montant.france.cmu_50_59_ans`,
  cssFee60to69: `${MS}.cs.css.montant.france.cmu_60_69_ans`,
  cssFee70plus: `${MS}.cs.css.montant.france.cmu_plus_69_ans`,
  // Family benefits counted in the resources, and who counts as a dependent child
  bmaf: `${PF}.bmaf.bmaf`,
  afRateSecondChild: `${PF}.prestations_generales.af.af_cm.taux.enf2`,
  afRateThirdChild: `${PF}.prestations_generales.af.af_cm.taux.enf3`,
  afChildrenFirstRate: `${PF}.prestations_generales.af.af_cm.taux.nb_enf2`,
  afChildrenSecondRate: `${PF}.prestations_generales.af.af_cm.taux.nb_enf3`,
  afAgeMin: `${PF}.prestations_generales.af.af_cm.age1`,
  afAgeLimit: `${PF}.prestations_generales.af.af_cm.age3`,
  cfBaseRate: `${PF}.prestations_generales.cf.cf_cm.complement_familial.taux_cf_base`,
  cfAgeMin: `${PF}.prestations_generales.cf.cf_cm.age_min`,
  cfAgeMax: `${PF}.prestations_generales.cf.cf_cm.age_max`,
  cfMinChildren: `${PF}.prestations_generales.cf.cf_cm.nombre_d_enfants_minimal`,
  asfRate: `${PF}.education_presence_parentale.asf.montant_asf.orphelin_assimile_seul_parent`,
  asfMinimumPaid: `${PF}.education_presence_parentale.asf.seuil`,
  dependentEarningsCeiling: `${PF}.def_pac.revenu_plafond_pac_non_scolaire`,
  dependentEarningsHours: "accueil.def_pac.heures_smic_mensuel",
  // Nationality
  eeaCountries: "geopolitique.eee",
} as const;

export type ParameterKey = (typeof P)[keyof typeof P];

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
