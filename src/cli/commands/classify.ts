/**
 * `accueil classify [FILE]`: JSON Lines {"id","text"} in (FILE or stdin), one decision per line out, same
 * order: {"id","entries","level","crisis","crisis_strength","lang"}. It calls the very understander the
 * live bot uses for a first message (no evaluation mode), so the printed decision is the bot's decision.
 *
 * A large input is shared among worker threads (one per core), each with its own understander: the
 * decisions are the same, only sooner. A small one is classified here (starting a worker costs more).
 */
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { Option, type Command } from "commander";
import { PROJECT_ROOT } from "../../project-root.js";
import { registerJsonLinesCommand, type LinesResult } from "../json-lines-command.js";

/** Below this many lines one thread is faster than starting several (each loads the model, ~0.3 s). */
const LINES_PER_WORKER = 3000;
/** The compiled worker (scripts/build.mjs); absent when running from the TypeScript sources. */
const WORKER_FILE = join(PROJECT_ROOT, "dist", "classify-worker.js");

function inWorkers(rightsDir: string, lines: string[], workers: number): Promise<LinesResult> {
  const size = Math.ceil(lines.length / workers);
  const slices = Array.from({ length: workers }, (_v, k) => ({ lines: lines.slice(k * size, (k + 1) * size), firstLine: k * size + 1 }));
  return Promise.all(
    slices.map(
      (slice) =>
        new Promise<LinesResult>((done, fail) => {
          const worker = new Worker(WORKER_FILE, { workerData: { rightsDir, ...slice }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
          worker.once("message", (result: LinesResult) => done(result));
          worker.once("error", fail);
        }),
    ),
  ).then((parts) => ({ out: parts.flatMap((p) => p.out), errors: parts.flatMap((p) => p.errors) }));
}

export function registerClassifyCommand(program: Command): void {
  const description = "Route messages (JSON Lines {id,text} from FILE or stdin) as the bot would: entries, level, crisis, lang.";
  const option = new Option("--rights <dir>", "catalogue directory").default("content/rights");
  registerJsonLinesCommand(program, { name: "classify", description, option }, async (rights, readInput) => {
    const rightsDir = resolve(rights);
    const lines = await readInput();
    const workers = Math.min(availableParallelism(), Math.floor(lines.length / LINES_PER_WORKER));
    if (workers > 1 && import.meta.url.endsWith(".js")) return inWorkers(rightsDir, lines, workers);
    // Loaded here, not at the top: every other command starts without the catalogue and the model.
    const [{ loadCatalogue }, { createUnderstander }, { classifyLines }] = await Promise.all([
      import("../../catalogue/load-catalogue.js"),
      import("../../understanding/create-understander.js"),
      import("../classify-lines.js"),
    ]);
    return classifyLines(createUnderstander(loadCatalogue(rightsDir)), lines);
  });
}
