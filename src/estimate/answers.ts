/**
 * A resident's answers to the chat's few questions, and the household they describe. The chat asks an age
 * bracket, not a birth date, and amounts for the last three months only; what it assumes for the rest is
 * said in the answer (representative ages, earlier months like the last three, the family benefits'
 * base amounts computed rather than asked, a housing aid of unknown amount counted as at least the
 * forfait logement, an owner without a loan to repay).
 */
import { z } from "zod";
import type { HouseholdInput } from "./household.js";
import { addMonths, type Month } from "./months.js";
import { P } from "./parameter-keys.js";
import { parameterSource, type Timelines } from "./parameters.js";

export const AGE_BRACKETS = ["under25", "25to64", "65plus"] as const;
export type AgeBracket = (typeof AGE_BRACKETS)[number];
export const HOUSINGS = ["tenant_aid", "tenant", "owner", "free"] as const;

const amount = z.number().finite().nonnegative().max(1_000_000);

export const answersSchema = z
  .object({
    age: z.enum(AGE_BRACKETS).optional(),
    couple: z.boolean().optional(),
    /** Asked for the ASPA only; otherwise the partner is taken to be in the resident's bracket. */
    partnerAge: z.enum(AGE_BRACKETS).optional(),
    children: z.array(z.number().int().min(0).max(30)).max(15).optional(),
    expecting: z.boolean().optional(),
    /** Net pay of the 3 months before the month, oldest first. */
    pay: z.array(amount).length(3).optional(),
    partnerPay: z.array(amount).length(3).optional(),
    /** Other income of the household per month (unemployment benefit, pensions, alimony…). */
    otherIncome: amount.optional(),
    housing: z.enum(HOUSINGS).optional(),
    /** null: receives a housing aid, amount unknown. */
    housingAid: amount.nullable().optional(),
  })
  .strict();

export type EstimateAnswers = z.infer<typeof answersSchema>;

/** An age standing for each bracket (the rules only look at 18, 25 and 65; the C2S fee at 30, 50, 60, 70). */
const REPRESENTATIVE_AGE: Record<AgeBracket, number> = { under25: 24, "25to64": 40, "65plus": 70 };

/** Three monthly amounts for the last three months; the month asked and the earlier ones like them. */
function threeMonths(values: readonly number[] | undefined, period: Month): HouseholdInput["adultes"][number]["salaire_net_mensuel"] {
  if (!values || values.every((v) => v === 0)) return 0;
  const [a, b, c] = values as [number, number, number];
  const average = Math.round(((a + b + c) / 3) * 100) / 100;
  return { default: average, [addMonths(period, -3)]: a, [addMonths(period, -2)]: b, [addMonths(period, -1)]: c, [period]: c };
}

export function householdFromAnswers(answers: EstimateAnswers, period: Month, timelines: Timelines): HouseholdInput {
  const bracket = answers.age ?? "25to64";
  const retired = bracket === "65plus";
  const other = answers.otherIncome ?? 0;
  const works = (answers.pay ?? []).some((v) => v > 0);
  const pay = threeMonths(answers.pay, period);
  const adults: HouseholdInput["adultes"] = [
    {
      role: "demandeur",
      age: REPRESENTATIVE_AGE[bracket],
      activite: works ? "salarie" : retired ? "retraite" : "inactif",
      enceinte: answers.expecting ?? false,
      salaire_net_mensuel: pay,
      // The ASPA counts gross wages: the net amount stands for them (a little less).
      ...(retired && works ? { salaire_brut_mensuel: pay } : {}),
      // Other income: a pension from 65 (the ASPA counts it gross: the net amount stands for it), an
      // unemployment benefit or the like before.
      ...(retired ? { retraite_nette_mensuelle: other, retraite_brute_mensuelle: other } : { chomage_net_mensuel: other }),
    },
  ];
  if (answers.couple) {
    const partnerBracket = answers.partnerAge ?? bracket;
    const partnerPay = threeMonths(answers.partnerPay, period);
    adults.push({
      role: "conjoint",
      age: REPRESENTATIVE_AGE[partnerBracket],
      activite: (answers.partnerPay ?? []).some((v) => v > 0) ? "salarie" : partnerBracket === "65plus" ? "retraite" : "inactif",
      salaire_net_mensuel: partnerPay,
      ...(partnerBracket === "65plus" && partnerPay !== 0 ? { salaire_brut_mensuel: partnerPay } : {}),
    });
  }
  const statut = answers.housing === "owner" ? "proprietaire" : answers.housing === "free" ? "heberge_gratuit" : "locataire";
  let aid = 0;
  if (answers.housing === "tenant_aid") {
    // Unknown amount: any housing aid is at least the forfait logement, itself below the RSA's base amount.
    aid = answers.housingAid ?? parameterSource(timelines).number(P.rsaBase, period);
  }
  return {
    period,
    couple: answers.couple ?? false,
    adultes: adults,
    enfants: (answers.children ?? []).map((age) => ({ age })),
    logement: { statut, loyer_mensuel: 0, aide_logement_mensuelle: aid },
  };
}
