/**
 * The `accueil estimate` contract on lines of text: each non-empty line a JSON object {"id", "household"};
 * one output line per valid input line, in order; one error per invalid line, with its number.
 */
import { z } from "zod";
import { estimate } from "../estimate/estimate.js";
import { householdSchema } from "../estimate/household.js";
import type { Timelines } from "../estimate/parameters.js";
import type { LinesResult } from "./json-lines-command.js";

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  household: householdSchema,
});

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ");
}

export function estimateLines(lines: readonly string[], timelines: Timelines): LinesResult {
  const out: string[] = [];
  const errors: string[] = [];
  lines.forEach((text, index) => {
    const number = index + 1;
    if (!text.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      errors.push(`line ${number}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = lineSchema.safeParse(raw);
    if (!parsed.success) {
      const id = raw && typeof raw === "object" && "id" in raw ? ` (id ${JSON.stringify((raw as { id: unknown }).id)})` : "";
      errors.push(`line ${number}${id}: ${describe(parsed.error)}`);
      return;
    }
    try {
      const result = estimate(parsed.data.household, timelines);
      out.push(JSON.stringify({ id: parsed.data.id, rsa: result.rsa, prime_activite: result.prime_activite, aspa: result.aspa, css: result.css }));
    } catch (error) {
      errors.push(`line ${number} (id ${JSON.stringify(parsed.data.id)}): cannot estimate: ${(error as Error).message}`);
    }
  });
  return { out, errors };
}
