/**
 * `accueil estimate [FILE]`: JSON Lines {"id", "household"} in (FILE or stdin), one line out per valid
 * line, same order: {"id", "rsa", "prime_activite", "aspa", "css"} — euros per month rounded to the cent
 * (0 when not entitled; aspa null when nobody in the household is 65 or older), css "gratuite",
 * "participation" or "non". A line that is not valid JSON, or whose household does not match the schema,
 * is reported on stderr with its line number; the others are still estimated; the exit code is then 1.
 * The parameters are content/estimate/parameters.yml (the same the bot uses).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== "-") return readFileSync(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface EstimatedLines {
  out: string[];
  errors: string[];
}

export function registerEstimateCommand(program: Command): void {
  program
    .command("estimate [file]")
    .description('Estimate the RSA, prime d\'activité, ASPA and C2S of households (JSON Lines {"id","household"} from FILE or stdin).')
    .option("--parameters <dir>", "the estimate's parameter folder", "content/estimate")
    .action(async (file: string | undefined, options: { parameters: string }) => {
      const [{ loadEstimateParameters }, { estimateLines }] = await Promise.all([import("../../content/estimate-parameters.js"), import("../estimate-lines.js")]);
      let timelines;
      try {
        timelines = loadEstimateParameters(resolve(options.parameters));
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const { out, errors } = estimateLines((await readInput(file)).split("\n"), timelines);
      for (const error of errors) process.stderr.write(`${error}\n`);
      process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
      if (errors.length) process.exitCode = 1;
    });
}
