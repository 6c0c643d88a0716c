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

/** Languages the title and summary must be translated into (besides French). */
export const TRANSLATED_LANGUAGES = ["en", "ar", "es", "uk"] as const;

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
 * One figure. `confirmed: false` means the value could not be confirmed against the source for the
 * period given: the bot then says the figure is indicative and points to the official page.
 */
export const amountSchema = z.object({
  label: z.string().min(3),
  value: z.number().nonnegative(),
  unit: z.enum(["EUR", "years", "months", "days", "hours", "percent", "persons"]),
  period: z.enum(["once", "day", "month", "quarter", "year", "none"]),
  effective_from: isoDate,
  source: httpsUrl,
  verified_on: isoDate,
  confirmed: z.boolean().default(true),
  note: z.string().optional(),
});

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
export type Amount = z.infer<typeof amountSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
