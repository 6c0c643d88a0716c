/**
 * Reads the labelled training corpus (content/understanding/corpus/*.jsonl, labels as in
 * docs/labelling.md). CCAS staff correct it by hand, so every line is checked and a mistake is reported
 * with its file, line and what to change, instead of silently training on it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SUPPORTED_LANGUAGES } from "../detect-language.js";

export const CRISIS_CATEGORIES = ["suicide", "violence", "child", "shelter", "medical"] as const;

export const corpusLineSchema = z
  .object({
    text: z.string().trim().min(1).max(4000),
    lang: z.enum(SUPPORTED_LANGUAGES),
    entries: z.array(z.string().min(1)).max(3),
    level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    crisis: z.enum(CRISIS_CATEGORIES).nullable(),
    strength: z.enum(["imminent", "possible"]).nullable().optional(),
    oos: z.boolean().optional(),
    persona: z.string().optional(),
  })
  .superRefine((line, ctx) => {
    if (line.oos && (line.level !== 0 || line.entries.length > 0)) ctx.addIssue({ code: "custom", message: "an out-of-scope line has level 0 and no entries" });
    if (!line.oos && line.level === 0) ctx.addIssue({ code: "custom", message: 'level 0 is for out-of-scope lines: add "oos": true' });
    if (line.crisis && line.level !== 3) ctx.addIssue({ code: "custom", message: "a crisis is level 3" });
    if (line.crisis && !line.strength) ctx.addIssue({ code: "custom", message: 'a crisis needs "strength": "imminent" or "possible"' });
    if (!line.crisis && line.strength) ctx.addIssue({ code: "custom", message: '"strength" is for crisis lines only' });
  });

export type CorpusLine = z.infer<typeof corpusLineSchema> & { source: string };

export interface Corpus {
  lines: CorpusLine[];
  /** SHA-256 over the files' names and bytes, in name order: what the trained model must match. */
  sha256: string;
}

export function readCorpus(dir: string, knownEntries: ReadonlySet<string>): Corpus {
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort();
  if (files.length === 0) throw new Error(`${dir}: no *.jsonl corpus file`);
  const hash = createHash("sha256");
  const lines: CorpusLine[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    hash.update(file).update("\0").update(bytes).update("\0");
    bytes
      .toString("utf8")
      .split("\n")
      .forEach((raw, n) => {
        if (raw.trim() === "") return;
        const where = `${file}:${n + 1}`;
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          problems.push(`${where}: not JSON`);
          return;
        }
        const parsed = corpusLineSchema.safeParse(json);
        if (!parsed.success) {
          problems.push(`${where}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ")}`);
          return;
        }
        const unknown = parsed.data.entries.filter((id) => !knownEntries.has(id));
        if (unknown.length) {
          problems.push(`${where}: unknown entry ${unknown.join(", ")} (ids are the file names of content/rights/)`);
          return;
        }
        lines.push({ ...parsed.data, source: where });
      });
  }
  if (problems.length) {
    const shown = problems.slice(0, 20).join("\n  ");
    throw new Error(`the training corpus has ${problems.length} bad line(s):\n  ${shown}${problems.length > 20 ? "\n  …" : ""}`);
  }
  return { lines, sha256: hash.digest("hex") };
}
