/**
 * `accueil train`: trains the routing model from the labelled corpus and writes it next to the
 * vocabulary; `--check` retrains in memory and fails unless the committed model is exactly that one
 * (so a corrected corpus line can never ship with a stale model).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { CONTENT_DIR } from "../../project-root.js";

interface TrainCommandOptions {
  rights: string;
  corpus: string;
  model: string;
  folds: string;
  check?: boolean;
  oof?: string;
}

export function registerTrainCommand(program: Command): void {
  program
    .command("train")
    .description("Train the routing model from content/understanding/corpus (--check: fail unless the committed model matches).")
    .option("--rights <dir>", "catalogue directory", "content/rights")
    .option("--corpus <dir>", "training corpus directory", join(CONTENT_DIR, "understanding", "corpus"))
    .option("--model <file>", "model file to write or check", join(CONTENT_DIR, "understanding", "routing-model.bin"))
    .option("--folds <n>", "cross-validation folds (temperatures and the report)", "5")
    .option("--check", "retrain in memory and compare with the model file")
    .option("--oof <file>", "also write out-of-fold probabilities (JSON Lines) for tuning thresholds")
    .action(async (options: TrainCommandOptions) => {
      const started = performance.now();
      // Loaded here, not at the top: the other commands start without the trainer.
      const [{ loadCatalogue }, { readCorpus }, { defaultCompiledVocabulary }, { loadConcepts }, { compileConcepts }, { featureVocabularySha256 }, { decodeModel, encodeModel }, { trainFromCorpus }, { DEFAULT_TRAIN_OPTIONS }] =
        await Promise.all([
          import("../../catalogue/load-catalogue.js"),
          import("../../understanding/corpus/read-corpus.js"),
          import("../../understanding/compile-vocabulary.js"),
          import("../../understanding/load-vocabulary.js"),
          import("../../understanding/model/concept-matcher.js"),
          import("../../understanding/model/load-model.js"),
          import("../../understanding/model/model-file.js"),
          import("../../understanding/model/train-from-corpus.js"),
          import("../../understanding/model/train-model.js"),
        ]);
      const catalogue = loadCatalogue(resolve(options.rights));
      const entryIds = catalogue.entries.map((e) => e.id);
      const corpus = readCorpus(resolve(options.corpus), new Set(entryIds));
      const vocab = defaultCompiledVocabulary();
      const folds = Number.parseInt(options.folds, 10);
      const { model, report } = trainFromCorpus({
        corpus,
        entryIds,
        tokenize: vocab.tokenize,
        concepts: compileConcepts(loadConcepts(), vocab.tokenize),
        vocabularySha256: featureVocabularySha256(),
        options: DEFAULT_TRAIN_OPTIONS,
        folds,
      });
      const bytes = encodeModel(model);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const cv = Object.entries(report.crossValidated).map(([head, v]) => `${head} ${(100 * v).toFixed(1)}%`).join(", ");
      console.log(`${report.examples} examples, ${model.keys.length} features, ${model.columns.length} weights, ${(bytes.length / 1024).toFixed(0)} kB, ${seconds} s`);
      if (cv) console.log(`${folds}-fold cross-validation (before quantisation): ${cv}`);
      console.log(`temperatures: ${Object.entries(report.temperatures).map(([h, t]) => `${h} ${t}`).join(", ")}`);
      if (options.oof) {
        const lines = report.outOfFold.map(({ line, probabilities }) =>
          JSON.stringify({ line, probabilities: Object.fromEntries(Object.entries(probabilities).map(([h, p]) => [h, Array.from(p, (v) => Number(v.toFixed(4)))])) }),
        );
        writeFileSync(resolve(options.oof), `${lines.join("\n")}\n`);
      }
      const path = resolve(options.model);
      if (!options.check) {
        writeFileSync(path, bytes);
        console.log(`wrote ${path}`);
        return;
      }
      let committed: Buffer;
      try {
        committed = readFileSync(path);
      } catch {
        console.log(`${path} is missing: run \`npm run train\` and commit it`);
        process.exitCode = 1;
        return;
      }
      if (committed.equals(bytes)) {
        console.log(`${path} matches the corpus`);
        return;
      }
      const stale = decodeModel(committed, path).fingerprint;
      const why =
        stale.corpus !== model.fingerprint.corpus
          ? "the corpus changed since it was trained"
          : stale.features !== model.fingerprint.features
            ? "the features or the tokenizer tables changed"
            : stale.options !== model.fingerprint.options
              ? "the training options changed"
              : "training gave different weights (trainer changed)";
      console.log(`${path} does not match: ${why}. Run \`npm run train\` and commit the model.`);
      process.exitCode = 1;
    });
}
