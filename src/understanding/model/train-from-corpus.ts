/**
 * From the labelled corpus to the stored routing model: features, targets per head, k-fold
 * cross-validation (out-of-fold scores fit each head's temperature and give an honest first estimate),
 * then training on the whole corpus, pruning and quantising. `npm run train` runs this.
 */
import { createHash } from "node:crypto";
import type { CorpusLine, Corpus } from "../corpus/read-corpus.js";
import { CRISIS_CATEGORIES } from "../corpus/read-corpus.js";
import { SUPPORTED_LANGUAGES } from "../detect-language.js";
import type { Tokenizer } from "../tokenize.js";
import { ConceptMatcher, type ConceptTable } from "./concept-matcher.js";
import { extractFeatures, FEATURES_VERSION } from "./extract-features.js";
import { NO_CRISIS, NO_ENTRY } from "./labels.js";
import { type HeadName, type RoutingModel, softmax } from "./routing-model.js";
import {
  fitTemperature,
  quantise,
  scoreDense,
  trainLayer,
  type HeadLabels,
  type HeadTarget,
  type TrainingExample,
  type TrainOptions,
} from "./train-model.js";


export interface TrainReport {
  examples: number;
  folds: number;
  /** Out-of-fold accuracy per head (entry: top-1 among lines with entries), before quantisation. */
  crossValidated: Record<HeadName, number>;
  temperatures: Record<HeadName, number>;
  /** Out-of-fold probabilities, per line: for tuning decision thresholds without touching any evaluation set. */
  outOfFold: { line: CorpusLine; probabilities: Record<HeadName, Float64Array> }[];
}

export interface TrainInputs {
  corpus: Corpus;
  entryIds: readonly string[];
  tokenize: Tokenizer;
  concepts: ConceptTable;
  /** Hash of the files that shape features (normalisation.yml, concepts.yml). */
  vocabularySha256: string;
  options: TrainOptions;
  folds: number;
}

export function headLabelsFor(entryIds: readonly string[]): HeadLabels[] {
  return [
    { name: "entry", labels: [...[...entryIds].sort(), NO_ENTRY] },
    { name: "level", labels: ["0", "1", "2", "3", "4"] },
    { name: "crisis", labels: [NO_CRISIS, ...CRISIS_CATEGORIES] },
    { name: "strength", labels: ["imminent", "possible"] },
    { name: "lang", labels: [...SUPPORTED_LANGUAGES] },
  ];
}

function targetsOf(line: CorpusLine, heads: HeadLabels[]): Partial<Record<HeadName, HeadTarget>> {
  const labels = (name: HeadName): string[] => heads.find((h) => h.name === name)!.labels;
  const one = (name: HeadName, label: string): HeadTarget => [[labels(name).indexOf(label), 1]];
  const targets: Partial<Record<HeadName, HeadTarget>> = {
    level: one("level", String(line.level)),
    crisis: one("crisis", line.crisis ?? NO_CRISIS),
    lang: one("lang", line.lang),
  };
  if (line.oos) targets.entry = one("entry", NO_ENTRY);
  // A crisis's entries are fixed by its category (decide-route.ts): learning them would only teach the
  // entry head that hebergement-urgence is the likeliest answer to anything.
  else if (line.entries.length > 0 && !line.crisis) {
    // Any listed entry is a right answer; the first, the best, weighs double.
    const weights = line.entries.map((_id, i) => (i === 0 ? 2 : 1));
    const sum = weights.reduce((a, b) => a + b, 0);
    targets.entry = line.entries.map((id, i) => [labels("entry").indexOf(id), weights[i]! / sum] as const);
  }
  if (line.crisis && line.strength) targets.strength = one("strength", line.strength);
  return targets;
}

/** Folds by a hash of the text, so a line stays in its fold whatever is added around it. */
function foldOf(text: string, folds: number): number {
  return createHash("sha256").update(text).digest().readUInt32LE(0) % folds;
}

export function trainFromCorpus(inputs: TrainInputs): { model: RoutingModel; report: TrainReport } {
  const { corpus, options, folds } = inputs;
  const heads = headLabelsFor(inputs.entryIds);
  const vocabulary = { tokenize: inputs.tokenize, concepts: new ConceptMatcher(inputs.concepts) };
  const examples: TrainingExample[] = corpus.lines.map((line) => ({
    features: extractFeatures(line.text, vocabulary),
    targets: targetsOf(line, heads),
  }));

  const oofLogits: Float64Array[] = new Array(examples.length);
  if (folds > 1) {
    const foldOfLine = corpus.lines.map((l) => foldOf(l.text, folds));
    for (let k = 0; k < folds; k++) {
      const layer = trainLayer(heads, examples.filter((_e, i) => foldOfLine[i] !== k), options);
      examples.forEach((ex, i) => {
        if (foldOfLine[i] === k) oofLogits[i] = scoreDense(layer, ex.features);
      });
    }
  }

  const full = trainLayer(heads, examples, options);
  const temperatures = {} as Record<HeadName, number>;
  const crossValidated = {} as Record<HeadName, number>;
  const outOfFold: TrainReport["outOfFold"] = [];
  for (const head of full.heads) {
    const truth = examples.map((ex) => {
      const t = ex.targets[head.name];
      return t ? [...t].sort((a, b) => b[1] - a[1])[0]![0] : null;
    });
    temperatures[head.name] = folds > 1 ? fitTemperature(oofLogits, head.offset, head.labels.length, truth) : 1;
    if (folds > 1) {
      let hit = 0;
      let n = 0;
      examples.forEach((ex, i) => {
        const t = ex.targets[head.name];
        if (!t) return;
        const p = softmax(oofLogits[i]!, head.offset, head.labels.length);
        const best = p.indexOf(Math.max(...p));
        n++;
        if (t.some(([label]) => label === best)) hit++;
      });
      crossValidated[head.name] = n ? hit / n : 0;
    }
  }
  if (folds > 1) {
    corpus.lines.forEach((line, i) => {
      const probabilities = {} as Record<HeadName, Float64Array>;
      for (const head of full.heads) probabilities[head.name] = softmax(oofLogits[i]!, head.offset, head.labels.length, temperatures[head.name]);
      outOfFold.push({ line, probabilities });
    });
  }

  const model = quantise(full, options, temperatures, inputs.concepts, {
    corpus: corpus.sha256,
    features: createHash("sha256").update(`${FEATURES_VERSION}\0${inputs.vocabularySha256}`).digest("hex"),
    options: JSON.stringify({ ...options, folds }),
    examples: examples.length,
  });
  return { model, report: { examples: examples.length, folds, crossValidated, temperatures, outOfFold } };
}
