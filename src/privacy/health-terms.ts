/**
 * The health vocabulary (content/privacy/health-terms.yml), read once at import and checked: a CCAS or a
 * translator adds a word there, not in code. Each YAML line may hold several comma-separated entries.
 */
import { join } from "node:path";
import { z } from "zod";
import { readCheckedYamlFile } from "../content/read-yaml.js";
import { CONTENT_DIR } from "../project-root.js";

const lines = z.array(z.string().min(1));
const healthTermsSchema = z
  .object({
    always: z.object({ latin: lines, cyrillic: lines, arabic: lines, arabizi: lines }).strict(),
    personal: z.object({ latin: lines, cyrillic: lines, arabic: lines }).strict(),
  })
  .strict();

export type HealthTerms = z.infer<typeof healthTermsSchema>;

export const HEALTH_TERMS_FILE = join(CONTENT_DIR, "privacy", "health-terms.yml");

/** The entries of some lines: "diabet*, insulin*" is two entries. */
export function entriesOf(text: string | readonly string[]): string[] {
  return (typeof text === "string" ? [text] : text).flatMap((line) => line.split(/\n|,/u)).map((s) => s.trim()).filter(Boolean);
}

export function loadHealthTerms(path = HEALTH_TERMS_FILE): HealthTerms {
  const problems: string[] = [];
  const terms = readCheckedYamlFile(path, healthTermsSchema, problems);
  // The redactor cannot run without its health words: a broken file stops the start, saying where.
  if (!terms) throw new Error(`The health vocabulary cannot be read — fix it and start again:\n${problems.join("\n")}`);
  return terms;
}
