/**
 * Trains the routing model (routing-model.ts): multinomial logistic regression per head over the hashed
 * features, by stochastic gradient descent with a linearly decaying learning rate (as fastText does),
 * then pruned and quantised. Pure and deterministic: the same examples and options give the same model,
 * byte for byte (a seeded shuffle, no clock, no parallelism).
 */
import type { ConceptTable } from "./concept-matcher.js";
import { seededRandom } from "./seeded-random.js";
import type { MessageFeatures } from "./extract-features.js";
import { HEAD_NAMES, columnCount, findKey, softmax, type HeadName, type HeadSpec, type ModelFingerprint, type RoutingModel } from "./routing-model.js";

/** (label index, weight) pairs of one head; the weights sum to 1. No entry: that head learns nothing here. */
export type HeadTarget = ReadonlyArray<readonly [number, number]>;

export interface TrainingExample {
  features: MessageFeatures;
  targets: Partial<Record<HeadName, HeadTarget>>;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** Weight decay on the weights an example touches. */
  l2: number;
  /** Features seen in fewer messages than this are dropped (a name, a typo seen once). */
  minCount: number;
  /** Quantised weights closer to zero than this many steps are dropped. */
  pruneSteps: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, learningRate: 2.5, l2: 1e-6, minCount: 2, pruneSteps: 8, seed: 20261205 };

/** Gradients smaller than this are skipped (see the update loop). */
const GRADIENT_FLOOR = 1e-3;

export interface HeadLabels {
  name: HeadName;
  labels: string[];
}

/** Dense weights before pruning: what cross-validation scores, and what quantise() turns into a model. */
export interface TrainedLayer {
  heads: HeadSpec[];
  keys: Uint32Array;
  weights: Float32Array;
  bias: Float64Array;
  columns: number;
}

export function trainLayer(headLabels: readonly HeadLabels[], examples: readonly TrainingExample[], options: TrainOptions): TrainedLayer {
  const heads = layoutHeads(headLabels);
  const columns = columnCount(heads);

  // Vocabulary: features present in at least minCount messages, sorted (the model's binary search keys).
  const counts = new Map<number, number>();
  for (const ex of examples) for (const id of ex.features.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const keys = Uint32Array.from([...counts].filter(([, n]) => n >= options.minCount).map(([id]) => id)).sort();
  const index = new Map<number, number>();
  keys.forEach((k, i) => index.set(k, i));

  const rows = examples.map((ex) => {
    const at: number[] = [];
    const x: number[] = [];
    ex.features.ids.forEach((id, i) => {
      const row = index.get(id);
      if (row !== undefined) {
        at.push(row * columns);
        x.push(ex.features.values[i]!);
      }
    });
    return { at: Int32Array.from(at), x: Float64Array.from(x) };
  });

  const weights = new Float32Array(keys.length * columns);
  const bias = new Float64Array(columns);
  const random = seededRandom(options.seed);
  const order = examples.map((_e, i) => i);
  const total = options.epochs * examples.length;
  const logits = new Float64Array(columns);
  const liveColumns = new Int32Array(columns);
  const liveGradients = new Float64Array(columns);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const lr = options.learningRate * (1 - step++ / total);
      const { at, x } = rows[i]!;
      const targets = examples[i]!.targets;
      for (const head of heads) {
        const target = targets[head.name];
        if (!target) continue;
        const from = head.offset;
        const width = head.labels.length;
        for (let c = 0; c < width; c++) logits[from + c] = bias[from + c]!;
        for (let f = 0; f < at.length; f++) {
          const base = at[f]! + from;
          const xf = x[f]!;
          for (let c = 0; c < width; c++) logits[from + c]! += xf * weights[base + c]!;
        }
        const p = softmax(logits, from, width);
        for (const [label, w] of target) p[label]! -= w;
        const decay = 1 - lr * options.l2;
        // Classes the model already gives (almost) nothing, rightly, are left alone: most of the work is
        // saved, and weights stay at zero where they carry nothing, so pruning keeps the model small.
        let live = 0;
        for (let c = 0; c < width; c++) {
          if (Math.abs(p[c]!) < GRADIENT_FLOOR) continue;
          bias[from + c]! -= lr * p[c]!;
          liveColumns[live] = c;
          liveGradients[live++] = p[c]!;
        }
        for (let f = 0; f < at.length; f++) {
          const base = at[f]! + from;
          const g = lr * x[f]!;
          for (let k = 0; k < live; k++) {
            const c = base + liveColumns[k]!;
            weights[c] = weights[c]! * decay - g * liveGradients[k]!;
          }
        }
      }
    }
  }
  return { heads, keys, weights, bias, columns };
}

/** Raw scores of the dense layer (used by cross-validation before quantisation). */
export function scoreDense(layer: TrainedLayer, features: MessageFeatures): Float64Array {
  const logits = Float64Array.from(layer.bias);
  for (let i = 0; i < features.ids.length; i++) {
    const row = findKey(layer.keys, features.ids[i]!);
    if (row < 0) continue;
    const base = row * layer.columns;
    const x = features.values[i]!;
    for (let c = 0; c < layer.columns; c++) logits[c]! += x * layer.weights[base + c]!;
  }
  return logits;
}

/** Prunes and quantises a trained layer into the stored model (8-bit weights, one scale per head). */
export function quantise(
  layer: TrainedLayer,
  options: TrainOptions,
  temperatures: Partial<Record<HeadName, number>>,
  concepts: ConceptTable,
  fingerprint: ModelFingerprint,
): RoutingModel {
  const { heads, keys, weights, columns } = layer;
  const scales = heads.map((head) => {
    // The scale covers all but the most extreme weights (clipped): a few large weights would otherwise
    // flatten every ordinary weight to 0 or 1 step.
    const all = new Float32Array(keys.length * head.labels.length);
    let n = 0;
    for (let row = 0; row < keys.length; row++) {
      for (let c = head.offset; c < head.offset + head.labels.length; c++) {
        const w = Math.abs(weights[row * columns + c]!);
        if (w > 0) all[n++] = w;
      }
    }
    const magnitudes = all.subarray(0, n).sort();
    const clip = n > 0 ? magnitudes[Math.floor(0.9995 * (n - 1))]! : 1;
    return clip > 0 ? clip / 127 : 1;
  });
  const scaleOfColumn = new Float64Array(columns);
  heads.forEach((h, i) => scaleOfColumn.fill(scales[i]!, h.offset, h.offset + h.labels.length));

  const keptKeys: number[] = [];
  const offsets: number[] = [0];
  const cols: number[] = [];
  const qs: number[] = [];
  for (let row = 0; row < keys.length; row++) {
    const before = cols.length;
    for (let c = 0; c < columns; c++) {
      const q = Math.max(-127, Math.min(127, Math.round(weights[row * columns + c]! / scaleOfColumn[c]!)));
      if (Math.abs(q) >= options.pruneSteps && q !== 0) {
        cols.push(c);
        qs.push(q);
      }
    }
    if (cols.length > before) {
      keptKeys.push(keys[row]!);
      offsets.push(cols.length);
    }
  }
  return {
    format: 1,
    heads: heads.map((h, i) => ({ ...h, scale: Math.fround(scales[i]!), temperature: temperatures[h.name] ?? 1 })),
    keys: Uint32Array.from(keptKeys),
    offsets: Uint32Array.from(offsets),
    columns: Uint8Array.from(cols),
    weights: Int8Array.from(qs),
    bias: Float32Array.from(layer.bias),
    concepts,
    fingerprint,
  };
}

/**
 * The softmax temperature that makes a head's confidence honest: the one minimising the negative
 * log-likelihood of out-of-fold predictions (a simple grid, no optimiser needed for one number).
 */
export function fitTemperature(logits: readonly Float64Array[], offset: number, width: number, truth: readonly (number | null)[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.0001; t += 0.05) {
    let loss = 0;
    let n = 0;
    logits.forEach((l, i) => {
      const label = truth[i];
      if (label === null || label === undefined) return;
      loss -= Math.log(Math.max(1e-12, softmax(l, offset, width, t)[label]!));
      n++;
    });
    if (n && loss / n < bestLoss) {
      bestLoss = loss / n;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

function layoutHeads(headLabels: readonly HeadLabels[]): HeadSpec[] {
  let offset = 0;
  const heads = HEAD_NAMES.map((name) => {
    const found = headLabels.find((h) => h.name === name);
    if (!found) throw new Error(`no labels for the "${name}" head`);
    const head: HeadSpec = { name, labels: [...found.labels], offset, scale: 1, temperature: 1 };
    offset += found.labels.length;
    return head;
  });
  if (offset > 255) throw new Error(`${offset} columns: the model format stores column numbers in one byte (255 at most)`);
  return heads;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
