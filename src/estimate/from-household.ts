/**
 * A household (the contract's or the chat's) as the simulation's situation, the way one would describe it
 * to OpenFisca: the age given for the month asked, the birth date for every month; money by month; the
 * family benefits and the housing aid as given.
 */
import type { Household, Money } from "./household.js";
import { P } from "./parameter-keys.js";
import type { ParameterSource } from "./parameters.js";
import type { Inputs, MonthlyInput, Person, Situation } from "./simulation.js";

function monthly(money: Money): MonthlyInput {
  if (typeof money === "number") return { default: money };
  const { default: base, ...months } = money;
  return { default: base ?? 0, months };
}

const ACTIVITY: Record<Household["adultes"][number]["activite"], string> = {
  salarie: "actif",
  chomeur: "chomeur",
  inactif: "inactif",
  retraite: "retraite",
};

const HOUSING: Record<Household["logement"]["statut"], string> = {
  locataire: "locataire_vide",
  proprietaire: "proprietaire",
  heberge_gratuit: "loge_gratuitement",
};

function identity(person: { age?: number | undefined; date_naissance?: string | undefined }, period: string): Record<string, MonthlyInput> {
  const inputs: Record<string, MonthlyInput> = {};
  if (person.date_naissance) inputs.date_naissance = { default: person.date_naissance };
  if (person.age !== undefined) inputs.age = { months: { [period]: person.age } };
  return inputs;
}

export function situationOf(household: Household, parameters: ParameterSource): Situation {
  const { period } = household;
  const eea = parameters.list(P.eeaCountries, period);
  const adults = [...household.adultes].sort((a, b) => (a.role === b.role ? 0 : a.role === "demandeur" ? -1 : 1));
  const persons: Person[] = adults.map((adult, i) => {
    const inputs: Record<string, MonthlyInput> = {
      ...identity(adult, period),
      nationalite: { default: adult.nationalite },
      activite: { default: ACTIVITY[adult.activite] },
      enceinte: { default: adult.enceinte },
      salaire_net: monthly(adult.salaire_net_mensuel),
      chomage_net: monthly(adult.chomage_net_mensuel),
      retraite_nette: monthly(adult.retraite_nette_mensuelle),
      retraite_brute: monthly(adult.retraite_brute_mensuelle),
      pensions_alimentaires_percues: monthly(adult.pension_alimentaire_percue_mensuelle),
    };
    if (adult.salaire_brut_mensuel !== undefined) inputs.salaire_de_base = monthly(adult.salaire_brut_mensuel);
    if (adult.titre_sejour_annees !== undefined) inputs.duree_possession_titre_sejour = { default: adult.titre_sejour_annees };
    else if (adult.nationalite !== "FR" && (eea.includes(adult.nationalite) || adult.nationalite === "CH")) {
      // A European national is taken to have lived in France for the 3 months the RSA asks of them.
      inputs.duree_possession_titre_sejour = { default: parameters.number(P.rsaPermitEea, period) };
    }
    return { id: i === 0 ? "demandeur" : "conjoint", role: "parent", inputs };
  });
  household.enfants.forEach((child, i) => persons.push({ id: `enfant${i + 1}`, role: "enfant", inputs: identity(child, period) }));

  const famille: Record<string, MonthlyInput> = { aide_logement: monthly(household.logement.aide_logement_mensuelle) };
  for (const [name, money] of Object.entries(household.prestations_familiales_mensuelles ?? {})) {
    if (money !== undefined) famille[name] = monthly(money);
  }
  const menage: Inputs = {
    statut_occupation_logement: { default: HOUSING[household.logement.statut] },
    loyer: monthly(household.logement.loyer_mensuel),
  };
  return { persons, famille, menage };
}
