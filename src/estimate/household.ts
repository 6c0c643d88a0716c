/**
 * The household an estimate is asked for: the `accueil estimate` contract (one JSON object per line) and
 * what the chat builds from a resident's answers. Validated with zod at the boundary; unknown fields are
 * ignored.
 *
 * A money field is a number (the same every month) or `{"default": n, "AAAA-MM": n…}` (per-month values
 * over a default).
 */
import { z } from "zod";

const monthKey = /^\d{4}-(0[1-9]|1[0-2])$/;
const amount = z.number().finite().nonnegative();

export const moneySchema = z.union([
  amount,
  z
    .record(z.string(), amount)
    .refine((o) => Object.keys(o).every((k) => k === "default" || monthKey.test(k)), { message: 'expected "default" and months as "AAAA-MM"' }),
]);
export type Money = z.infer<typeof moneySchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as AAAA-MM-JJ")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "not a real date");

const age = z.number().int().min(0).max(130);

const adultSchema = z
  .object({
    role: z.enum(["demandeur", "conjoint"]),
    age: age.optional(),
    date_naissance: isoDate.optional(),
    /** ISO 3166-1 alpha-2 country code. */
    nationalite: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "expected a two-letter country code")
      .transform((s) => s.toUpperCase())
      .default("FR"),
    /** Years the person has held a residence permit allowing work (a national of a country outside the EEA). */
    titre_sejour_annees: z.number().finite().nonnegative().optional(),
    activite: z.enum(["salarie", "chomeur", "inactif", "retraite"]).default("inactif"),
    enceinte: z.boolean().default(false),
    salaire_net_mensuel: moneySchema.default(0),
    /** Gross wages, if known: the ASPA counts gross wages (absent: none counted, as OpenFisca without them). */
    salaire_brut_mensuel: moneySchema.optional(),
    chomage_net_mensuel: moneySchema.default(0),
    retraite_nette_mensuelle: moneySchema.default(0),
    retraite_brute_mensuelle: moneySchema.default(0),
    pension_alimentaire_percue_mensuelle: moneySchema.default(0),
  })
  .refine((a) => a.age !== undefined || a.date_naissance !== undefined, { message: "give age or date_naissance", path: ["age"] });

const childSchema = z
  .object({
    age: age.optional(),
    date_naissance: isoDate.optional(),
  })
  .refine((c) => c.age !== undefined || c.date_naissance !== undefined, { message: "give age or date_naissance", path: ["age"] });

export const householdSchema = z
  .object({
    period: z.string().regex(monthKey, "expected the month as AAAA-MM"),
    couple: z.boolean(),
    adultes: z.array(adultSchema).min(1).max(2),
    enfants: z.array(childSchema).max(20).default([]),
    logement: z
      .object({
        statut: z.enum(["locataire", "proprietaire", "heberge_gratuit"]),
        loyer_mensuel: moneySchema.default(0),
        aide_logement_mensuelle: moneySchema.default(0),
      })
      .default({ statut: "locataire", loyer_mensuel: 0, aide_logement_mensuelle: 0 }),
    /** Family benefits received; a benefit not given is computed (its base amount), as OpenFisca would. */
    prestations_familiales_mensuelles: z
      .object({
        af: moneySchema.optional(),
        paje_base: moneySchema.optional(),
        asf: moneySchema.optional(),
        cf: moneySchema.optional(),
      })
      .optional(),
  })
  .superRefine((h, ctx) => {
    const claimants = h.adultes.filter((a) => a.role === "demandeur").length;
    const partners = h.adultes.filter((a) => a.role === "conjoint").length;
    if (claimants !== 1) ctx.addIssue({ code: "custom", message: "exactly one adult has the role demandeur", path: ["adultes"] });
    if (h.couple && partners !== 1) ctx.addIssue({ code: "custom", message: "a couple has one adult with the role conjoint", path: ["adultes"] });
    if (!h.couple && partners > 0) ctx.addIssue({ code: "custom", message: "a conjoint is given but couple is false", path: ["couple"] });
  });

export type Household = z.output<typeof householdSchema>;
export type HouseholdInput = z.input<typeof householdSchema>;
