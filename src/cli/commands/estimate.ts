/**
 * `accueil estimate [FILE]`: JSON Lines {"id", "household"} in (FILE or stdin), one line out per valid
 * line, same order: {"id", "rsa", "prime_activite", "aspa", "css"} — euros per month rounded to the cent
 * (0 when not entitled; aspa null when nobody in the household is 65 or older), css "gratuite",
 * "participation" or "non". A line that is not valid JSON, or whose household does not match the schema,
 * is reported on stderr with its line number; the others are still estimated; the exit code is then 1.
 * The parameters are content/estimate/parameters.yml (the same the bot uses).
 */
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { registerJsonLinesCommand } from "../json-lines-command.js";

export function registerEstimateCommand(program: Command): void {
  const description = 'Estimate the RSA, prime d\'activité, ASPA and C2S of households (JSON Lines {"id","household"} from FILE or stdin).';
  const option = new Option("--parameters <dir>", "the estimate's parameter folder").default("content/estimate");
  registerJsonLinesCommand(program, { name: "estimate", description, option }, async (parameters, readInput) => {
    const [{ loadEstimateParameters }, { estimateLines }] = await Promise.all([import("../../content/estimate-parameters.js"), import("../estimate-lines.js")]);
    let timelines;
    try {
      timelines = loadEstimateParameters(resolve(parameters));
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 2;
      return undefined;
    }
    return estimateLines(await readInput(), timelines);
  });
}
