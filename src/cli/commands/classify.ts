/**
 * `accueil classify [FILE]`: JSON Lines {"id","text"} in (FILE or stdin), one decision per line out, same
 * order: {"id","entries","level","crisis","lang"}. It calls the very understander the live bot uses for a
 * first message (no evaluation mode), so the printed decision is the bot's decision.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { loadCatalogue } from "../../catalogue/load-catalogue.js";
import { createUnderstander } from "../../understanding/create-understander.js";

const inputLine = z.looseObject({ id: z.union([z.string(), z.number()]), text: z.string() });

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== "-") return readFileSync(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function registerClassifyCommand(program: Command): void {
  program
    .command("classify [file]")
    .description("Route messages (JSON Lines {id,text} from FILE or stdin) as the bot would: entries, level, crisis, lang.")
    .option("--rights <dir>", "catalogue directory", "content/rights")
    .action(async (file: string | undefined, options: { rights: string }) => {
      const catalogue = loadCatalogue(resolve(options.rights));
      const understander = createUnderstander(catalogue);
      const lines = (await readInput(file)).split("\n");
      const out: string[] = [];
      let failed = false;
      lines.forEach((line, n) => {
        if (line.trim() === "") return;
        let parsed: z.infer<typeof inputLine>;
        try {
          parsed = inputLine.parse(JSON.parse(line));
        } catch (error) {
          failed = true;
          process.stderr.write(`line ${n + 1}: expected {"id","text"} (${(error as Error).message.split("\n")[0]})\n`);
          return;
        }
        const u = understander.understand(parsed.text);
        out.push(JSON.stringify({ id: parsed.id, entries: u.entries, level: u.level, crisis: u.crisis, lang: u.lang }));
      });
      process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
      if (failed) process.exitCode = 1;
    });
}
