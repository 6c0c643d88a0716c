/**
 * The classify contract for a batch of JSON Lines: one decision per valid input line, in order, with the
 * very understander the live bot uses for a first message. Shared by `accueil classify` and its worker
 * threads (classify-worker.ts).
 */
import { z } from "zod";
import type { Understander } from "../core/understanding-port.js";
import type { LinesResult } from "./json-lines-command.js";

const inputLine = z.looseObject({ id: z.union([z.string(), z.number()]), text: z.string() });

/** `firstLine`: the 1-based number of lines[0] in the whole input (for error messages). */
export function classifyLines(understander: Understander, lines: readonly string[], firstLine = 1): LinesResult {
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
