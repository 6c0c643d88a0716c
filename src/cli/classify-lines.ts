/**
 * The classify contract for a batch of JSON Lines: one decision per valid input line, in order, with the
 * very understander the live bot uses for a first message. Shared by `accueil classify` and its worker
 * threads (classify-worker.ts).
 */
import { z } from "zod";
import type { Understander } from "../core/understanding-port.js";

const inputLine = z.looseObject({ id: z.union([z.string(), z.number()]), text: z.string() });

export interface ClassifiedLines {
  /** One JSON line per valid input line, in input order. */
  out: string[];
  /** "line N: …" for each input line that is not {"id","text"}. */
  errors: string[];
}

/** `firstLine`: the 1-based number of lines[0] in the whole input (for error messages). */
export function classifyLines(understander: Understander, lines: readonly string[], firstLine = 1): ClassifiedLines {
  const out: string[] = [];
  const errors: string[] = [];
  lines.forEach((line, n) => {
    if (line.trim() === "") return;
    let parsed: z.infer<typeof inputLine>;
    try {
      parsed = inputLine.parse(JSON.parse(line));
    } catch (error) {
      errors.push(`line ${firstLine + n}: expected {"id","text"} (${(error as Error).message.split("\n")[0]})`);
      return;
    }
    const u = understander.understand(parsed.text);
    out.push(JSON.stringify({ id: parsed.id, entries: u.entries, level: u.level, crisis: u.crisis, crisis_strength: u.crisisStrength, lang: u.lang }));
  });
  return { out, errors };
}
