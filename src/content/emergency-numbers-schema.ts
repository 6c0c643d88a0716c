/**
 * content/emergency-numbers.yml: the numbers the crisis answer gives, each with who answers, when, whether
 * it is free, the crisis categories it serves, how a deaf person reaches it, and its provenance (the same
 * fields as a catalogue figure: source, checked_against, verified_on).
 *
 * Each number has an `id` (suicide_prevention, police…): the crisis sentences in locales/<lang>/bot.json
 * name it as a placeholder ({{police}}) and its short label is `crisis.numbers.<id>` in other languages, so
 * changing a number here changes every answer in every language.
 */
import { z } from "zod";
import type { CrisisCategory } from "../core/understanding-port.js";
import { checkIsDated, provenanceFields } from "../catalogue/schema.js";

export const CRISIS_CATEGORIES = ["suicide", "violence", "child", "shelter", "medical"] as const satisfies readonly CrisisCategory[];
// Every category the understanding can raise has numbers here (a compile error otherwise).
type MissingCategory = Exclude<CrisisCategory, (typeof CRISIS_CATEGORIES)[number]>;
const allCategoriesListed: MissingCategory extends never ? true : never = true;
void allCategoriesListed;

const phoneNumber = z.string().regex(/^\d{2,6}$/, "a short number, digits only (e.g. 3114, 15)");

export const emergencyNumberSchema = z
  .object({
    /** Stable key, used as {{id}} in the crisis sentences and as crisis.numbers.<id> for labels. */
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, "lower-case letters, digits and underscores"),
    number: phoneNumber,
    /** Short line shown next to the number, in French (other languages: crisis.numbers.<id>). */
    label: z.string().min(3),
    who_answers: z.string().min(3),
    hours: z.string().min(3),
    free: z.boolean(),
    /** The crisis answers that give this number; the answer lists numbers in this file's order. */
    categories: z.array(z.enum(CRISIS_CATEGORIES)).default([]),
    /** How someone who cannot hear or speak reaches this service: the number to text, if any. */
    deaf_access: z.object({ sms: phoneNumber.nullable(), note: z.string().optional() }).strict(),
    ...provenanceFields,
    note: z.string().optional(),
  })
  .strict()
  .check(checkIsDated);

export const emergencyNumbersFileSchema = z
  .object({ numbers: z.array(emergencyNumberSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const [i, n] of file.numbers.entries()) {
      if (ids.has(n.id)) ctx.addIssue({ code: "custom", path: ["numbers", i, "id"], message: `duplicate id "${n.id}"` });
      ids.add(n.id);
    }
    const numbers = new Set(file.numbers.map((n) => n.number));
    for (const [i, n] of file.numbers.entries()) {
      if (n.deaf_access.sms && !numbers.has(n.deaf_access.sms)) {
        ctx.addIssue({ code: "custom", path: ["numbers", i, "deaf_access", "sms"], message: `${n.deaf_access.sms} is not a number of this file` });
      }
    }
    for (const category of CRISIS_CATEGORIES) {
      if (!file.numbers.some((n) => n.categories.includes(category))) {
        ctx.addIssue({ code: "custom", path: ["numbers"], message: `no number for the crisis category "${category}"` });
      }
    }
  });

export type EmergencyNumber = z.output<typeof emergencyNumberSchema>;
