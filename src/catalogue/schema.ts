/**
 * The rights catalogue's file format: one YAML file per right in content/rights/<id>.yml.
 *
 * Every figure a resident may act on (amount, ceiling, age, deadline) carries its source and the date
 * it was checked, so `accueil content check` can refuse an unsourced figure and report stale ones.
 */
import { z } from "zod";

/** Languages the catalogue carries aliases for. French is the reference language. */
export const ALIAS_LANGUAGES = ["fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;
export type AliasLanguage = (typeof ALIAS_LANGUAGES)[number];

/**
 * Languages entries are translated into (besides French): title and summary inline or in
 * content/translations/<lang>/<id>.yml, which also carries the other phrases a resident reads.
 */
export const TRANSLATED_LANGUAGES = ["en", "ar", "es", "uk", "pt", "tr", "ru", "ro"] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date");

const httpsUrl = z.url({ protocol: /^https$/, error: "expected an https:// URL" });

export const sourceSchema = z.object({
  url: httpsUrl,
  title: z.string().min(3),
  /** Date (YYYY-MM-DD) someone last checked that this source says what the entry says. */
  verified_on: isoDate,
});

/**
 * What a figure was checked against: the official text or the page of the body responsible
 * (`official`), an OpenFisca-France parameter file, which cites its own official reference
 * (`openfisca`), or anything else — press, a commune's or a CCAS's page, a simulator (`secondary`).
 */
export const CHECK_KINDS = ["official", "openfisca", "secondary"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const checkSchema = z
  .object({
    kind: z.enum(CHECK_KINDS),
    url: httpsUrl,
    note: z.string().optional(),
  })
  .strict();

/** Where a figure comes from and what it was checked against, when: a catalogue amount's, an emergency number's. */
export const provenanceFields = {
  source: httpsUrl,
  checked_against: z.array(checkSchema).min(1).optional(),
  verified_on: isoDate.optional(),
};

/** A provenance's check and its date go together (provenanceFields). */
export const checkIsDated = z.refine<{ verified_on?: string | undefined; checked_against?: unknown[] | undefined }>((a) => (a.verified_on === undefined) === (a.checked_against === undefined), {
  message: "verified_on and checked_against go together: a date says when that check was done",
  path: ["verified_on"],
});

/** The yearly dates on which most amounts and ceilings are revalued. */
export const REVALUATIONS = { january: "01-01", april: "04-01", august: "08-01" } as const;
export type Revaluation = keyof typeof REVALUATIONS;

/** An OpenFisca parameter path (dots), as in `parameters.<path>` in OpenFisca's Python. */
const openfiscaPath = z
  .string()
  .regex(/^[a-z0-9_]+(?:\.(?:[a-z0-9_]+|brackets\[\d+\]))*$/i, "expected a dotted OpenFisca parameter path");

/**
 * The OpenFisca parameter a figure follows. A figure computed from one parameter says by how much it is
 * multiplied or divided (an annual ceiling divided by 12, a rate applied to a base): the cross-check then
 * accepts a difference of less than one cent, the benefit's own rounding.
 */
export const openfiscaRefSchema = z.union([
  openfiscaPath.transform((parameter) => ({ parameter })),
  z
    .object({
      parameter: openfiscaPath,
      multiply_by: z.number().positive().optional(),
      divide_by: z.number().positive().optional(),
    })
    .strict(),
]);
export type OpenFiscaRef = z.output<typeof openfiscaRefSchema>;

/**
 * One figure, with its provenance:
 * - `source`: the official text or page that sets the figure (Légifrance, service-public.fr, caf.fr…);
 * - `checked_against`: what someone actually compared the value with, and where;
 * - `verified_on`: the day that check was done — only then, never for a figure nobody re-read;
 * - `confirmed` is derived, never written: a dated check against an official page or OpenFisca, for a
 *   value still in force (no `effective_until`). An unconfirmed figure is shown as indicative.
 */
export const amountSchema = z
  .object({
    label: z.string().min(3),
    value: z.number().nonnegative(),
    unit: z.enum(["EUR", "years", "months", "days", "hours", "percent", "persons"]),
    /**
     * What the figure is: the most one can receive (`maximum`: read "up to …, depending on your
     * resources"), a set amount (`fixed`), or a limit not to exceed (`threshold`: a ceiling of resources
     * or rent). When absent: `maximum` if the label says "(montant maximum)", `threshold` for a resources
     * ceiling, `fixed` otherwise (see figureKind in core/entry-view.ts).
     */
    kind: z.enum(["maximum", "fixed", "threshold"]).optional(),
    period: z.enum(["once", "day", "month", "quarter", "year", "none"]),
    effective_from: isoDate,
    /** Last day the value applied, when it is kept for reference after a revaluation nobody confirmed. */
    effective_until: isoDate.optional(),
    /** The yearly date this figure is revalued on, if any: `content check` then flags it once superseded. */
    revalued: z.enum(Object.keys(REVALUATIONS) as [Revaluation, ...Revaluation[]]).optional(),
    ...provenanceFields,
    openfisca: openfiscaRefSchema.optional(),
    note: z.string().optional(),
  })
  .strict()
  .check(checkIsDated)
  .refine((a) => !a.effective_until || a.effective_until >= a.effective_from, {
    message: "effective_until is before effective_from",
    path: ["effective_until"],
  })
  .transform((a) => ({ ...a, confirmed: isConfirmed(a) }));

function isConfirmed(a: { verified_on?: string | undefined; checked_against?: { kind: CheckKind }[] | undefined; effective_until?: string | undefined }): boolean {
  if (!a.verified_on || !a.checked_against) return false;
  if (a.effective_until) return false;
  return a.checked_against.some((c) => c.kind !== "secondary");
}

/** Machine-checkable eligibility conditions, in the vocabulary of the aides-jeunes simulator. */
export const conditionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("age"), min: z.number().int().optional(), max: z.number().int().optional(), note: z.string().optional() }),
  z.object({
    kind: z.literal("resources"),
    /** Ceiling of resources, with its own source and date. */
    ceiling: amountSchema.optional(),
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal("residence"),
    /** e.g. "france-stable", "france-3-months", "france-irregular", "commune". */
    rule: z.string().min(2),
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal("household"),
    /** e.g. "children-min-2", "single-parent", "couple-or-single". */
    rule: z.string().min(2),
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal("status"),
    /** e.g. "employed", "job-seeker", "student", "disabled-80", "retired", "tenant". */
    rule: z.string().min(2),
    note: z.string().optional(),
  }),
]);

export const stepSchema = z.object({
  title: z.string().min(3),
  detail: z.string().min(3),
});

export const onlineServiceSchema = z.object({
  label: z.string().min(3),
  url: httpsUrl,
  /** The online service needs an account: the bot then offers level 4 (digital help). */
  needs_account: z.boolean(),
  /** Catalogue id of the level-4 entry that explains that account (e.g. compte-caf). */
  account_entry: z.string().optional(),
  franceconnect: z.boolean().optional(),
  cerfa: z.string().optional(),
});

export const translationSchema = z.object({
  title: z.string().min(2),
  summary: z.string().min(10),
  /** false until a fluent speaker has reviewed the translation. */
  reviewed: z.boolean(),
  /** French string of the entry → its translation (usually from content/translations/<lang>/<id>.yml). */
  phrases: z.record(z.string(), z.string()).optional(),
});

/** Kinds of places an entry sends people to; joined to the `kinds` of places in the territory file. */
export const PLACE_KINDS = [
  "ccas",
  "caf",
  "cpam",
  "msa",
  "carsat",
  "france-travail",
  "mission-locale",
  "mdph",
  "departement",
  "france-services",
  "conseiller-numerique",
  "mairie",
  "prefecture",
  "banque-de-france",
  "point-justice",
  "point-conseil-budget",
  "aide-alimentaire",
  "association",
  "crous",
  "adil",
  "hebergement",
] as const;

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case: lower-case letters, digits and dashes"),
    title: z.string().min(3),
    /** The coverage group (revenus, famille, logement, …). */
    category: z.string().min(3),
    levels: z.array(z.number().int().min(1).max(4)).min(1),
    organisme: z.string().min(2),
    /** Who decides, in plain words ("Le Département", "La CAF"). */
    decided_by: z.string().min(2),
    /** Plain-language summary: short sentences, no jargon, 2–5 sentences. */
    summary: z.string().min(20).max(900),
    eligibility: z.object({
      conditions: z.array(conditionSchema).default([]),
      text: z.array(z.string().min(5)).min(1),
    }),
    amounts: z.array(amountSchema).default([]),
    documents: z.array(z.string().min(3)).default([]),
    steps: z.array(stepSchema).default([]),
    online: onlineServiceSchema.optional(),
    where: z.array(z.enum(PLACE_KINDS)).default([]),
    /** How long it usually takes, in plain words, with the source in `sources`. */
    delay: z.string().optional(),
    /**
     * How to contest a decision, in plain words (to whom, how), with its deadline and the time the body
     * has to answer as sourced figures. Shown at the end of the step-by-step guide.
     */
    contest: z
      .object({
        how: z.string().min(10),
        deadline: amountSchema.optional(),
        answer_within: amountSchema.optional(),
      })
      .strict()
      .optional(),
    /** Ids of related rights to suggest next ("droits connexes"). */
    related: z.array(z.string()).default([]),
    aliases: z.partialRecord(z.enum(ALIAS_LANGUAGES), z.array(z.string().min(2))),
    translations: z.partialRecord(z.enum(TRANSLATED_LANGUAGES), translationSchema),
    sources: z.array(sourceSchema).min(1),
    verified_on: isoDate,
    /** What could not be confirmed, said plainly; shown to residents as a caution. */
    unconfirmed: z.array(z.string()).default([]),
    /** Phone numbers to show with the entry (e.g. 115, 3919), each with what it is for. */
    phones: z.array(z.object({ number: z.string().min(2), label: z.string().min(3) })).default([]),
  })
  .strict();

export type CatalogueEntry = z.infer<typeof entrySchema>;
export type Amount = z.output<typeof amountSchema>;
export type AmountInput = z.input<typeof amountSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
