/**
 * `accueil classify [FILE]`: JSON Lines {"id","text"} in (FILE or stdin), one decision per line out, same
 * order: {"id","entries","level","crisis","crisis_strength","lang"}. It calls the very understander the
 * live bot uses for a first message (no evaluation mode), so the printed decision is the bot's decision.
 *
 * A large input is shared among worker threads (one per core), each with its own understander: the
 * decisions are the same, only sooner. A small one is classified here (starting a worker costs more).
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { Command } from "commander";
import { PROJECT_ROOT } from "../../project-root.js";
import type { ClassifiedLines } from "../classify-lines.js";

/** Below this many lines one thread is faster than starting several (each loads the model, ~0.3 s). */
const LINES_PER_WORKER = 3000;
/** The compiled worker (scripts/build.mjs); absent when running from the TypeScript sources. */
const WORKER_FILE = join(PROJECT_ROOT, "dist", "classify-worker.js");

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== "-") return readFileSync(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function inWorkers(rightsDir: string, lines: string[], workers: number): Promise<ClassifiedLines> {
  const size = Math.ceil(lines.length / workers);
  const slices = Array.from({ length: workers }, (_v, k) => ({ lines: lines.slice(k * size, (k + 1) * size), firstLine: k * size + 1 }));
  return Promise.all(
    slices.map(
      (slice) =>
        new Promise<ClassifiedLines>((done, fail) => {
          const worker = new Worker(WORKER_FILE, { workerData: { rightsDir, ...slice }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
          worker.once("message", (result: ClassifiedLines) => done(result));
          worker.once("error", fail);
        }),
    ),
  ).then((parts) => ({ out: parts.flatMap((p) => p.out), errors: parts.flatMap((p) => p.errors) }));
}

export function registerClassifyCommand(program: Command): void {
  program
    .command("classify [file]")
    .description("Route messages (JSON Lines {id,text} from FILE or stdin) as the bot would: entries, level, crisis, lang.")
    .option("--rights <dir>", "catalogue directory", "content/rights")
    .action(async (file: string | undefined, options: { rights: string }) => {
      const rightsDir = resolve(options.rights);
      const lines = (await readInput(file)).split("\n");
      const workers = Math.min(availableParallelism(), Math.floor(lines.length / LINES_PER_WORKER));
      let result: ClassifiedLines;
      if (workers > 1 && import.meta.url.endsWith(".js")) result = await inWorkers(rightsDir, lines, workers);
      else {
        // Loaded here, not at the top: every other command starts without the catalogue and the model.
        const [{ loadCatalogue }, { createUnderstander }, { classifyLines }] = await Promise.all([
          import("../../catalogue/load-catalogue.js"),
          import("../../understanding/create-understander.js"),
          import("../classify-lines.js"),
        ]);
        result = classifyLines(createUnderstander(loadCatalogue(rightsDir)), lines);
      }
      const { out, errors } = result;
      for (const error of errors) process.stderr.write(`${error}\n`);
      process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
      if (errors.length) process.exitCode = 1;
    });
}
