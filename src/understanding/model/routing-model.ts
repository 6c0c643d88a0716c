/**
 * The routing model: one sparse linear layer over hashed features (extract-features.ts) with several
 * softmax heads side by side — the catalogue entry, the level, the crisis category, the crisis strength
 * and the language. Weights are kept only where they matter (pruned) and stored as 8-bit integers with one
 * scale per head, so the whole model is a few hundred kilobytes and loads in milliseconds.
 *
 * Scoring a message is a walk over its features: a binary search for each hash in the sorted keys, then
 * the few (column, weight) pairs stored for that feature are added to the columns' logits.
 */
import type { ConceptTable } from "./concept-matcher.js";
import type { MessageFeatures } from "./extract-features.js";

export const HEAD_NAMES = ["entry", "level", "crisis", "strength", "lang"] as const;
export type HeadName = (typeof HEAD_NAMES)[number];

export interface HeadSpec {
  name: HeadName;
  labels: string[];
  /** First column of this head in the shared layer. */
  offset: number;
  /** Weight = stored int8 × scale. */
  scale: number;
  /** Softmax temperature fitted on out-of-fold predictions (calibrated confidence). */
  temperature: number;
}

export interface ModelFingerprint {
  /** SHA-256 of the corpus files, in name order, as read. */
  corpus: string;
  /** SHA-256 of what shapes features (tokenizer tables) and of the training options. */
  features: string;
  options: string;
  examples: number;
}

export interface RoutingModel {
  format: 1;
  heads: HeadSpec[];
  /** Sorted feature hashes. */
  keys: Uint32Array;
  /** Feature i owns pairs offsets[i] .. offsets[i+1]-1. */
  offsets: Uint32Array;
  columns: Uint8Array;
  weights: Int8Array;
  bias: Float32Array;
  /** The concept glossary the features were computed with, compiled (concept-matcher.ts). */
  concepts: ConceptTable;
  fingerprint: ModelFingerprint;
}

export type HeadProbabilities = Record<HeadName, Float64Array>;

export function columnCount(heads: readonly HeadSpec[]): number {
  return heads.reduce((n, h) => n + h.labels.length, 0);
}

export function headOf(model: RoutingModel, name: HeadName): HeadSpec {
  const head = model.heads.find((h) => h.name === name);
  if (!head) throw new Error(`routing model has no "${name}" head: retrain it with \`npm run train\``);
  return head;
}

/** Each column's scale (its head's), built once per model. */
const columnScales = new WeakMap<RoutingModel, Float64Array>();
/** Column and weight of each stored weight side by side (column << 8 | weight + 128): one stream to read. */
const packedWeights = new WeakMap<RoutingModel, Uint16Array>();

function packed(model: RoutingModel): Uint16Array {
  let pairs = packedWeights.get(model);
  if (!pairs) {
    pairs = new Uint16Array(model.weights.length);
    for (let p = 0; p < pairs.length; p++) pairs[p] = (model.columns[p]! << 8) | (model.weights[p]! + 128);
    packedWeights.set(model, pairs);
  }
  return pairs;
}

function scalesOf(model: RoutingModel): Float64Array {
  let scales = columnScales.get(model);
  if (!scales) {
    scales = new Float64Array(model.bias.length);
    for (const head of model.heads) scales.fill(head.scale, head.offset, head.offset + head.labels.length);
    columnScales.set(model, scales);
  }
  return scales;
}

/**
 * Where each feature hash sits in `keys`, as an open-addressing table built once per model, each slot
 * holding the key and its index side by side: a message looks up some 150 hashes in ~100,000, and each
 * lookup should cost one cache miss, not the ~17 of a binary search or the two of a table of indexes.
 */
interface KeyTable {
  /** Pairs (key, index + 1); index + 1 = 0 marks an empty slot. */
  slots: Uint32Array;
  mask: number;
}

const keyTables = new WeakMap<RoutingModel, KeyTable>();

function keyTable(model: RoutingModel): KeyTable {
  let table = keyTables.get(model);
  if (!table) {
    let size = 1;
    // Load factor 0.5–0.7: a few more probes, but half the memory (the lookups are cache misses).
    while (size * 0.7 < model.keys.length) size <<= 1;
    const slots = new Uint32Array(2 * size);
    const mask = size - 1;
    model.keys.forEach((key, index) => {
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = index + 1;
    });
    table = { slots, mask };
    keyTables.set(model, table);
  }
  return table;
}

function lookupKey(table: KeyTable, key: number): number {
  const { slots, mask } = table;
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const stored = slots[2 * slot + 1]!;
    if (stored === 0) return -1;
    if (slots[2 * slot] === key) return stored - 1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Raw scores (logits before temperature) of every column for a message. The int8 weights are summed as
 * they are stored and each column is scaled once at the end: the walk reads two bytes per weight (column
 * and weight packed together), which keeps a large model's weights in cache.
 */
export function scoreFeatures(model: RoutingModel, features: MessageFeatures): Float64Array {
  const sums = new Float64Array(model.bias.length);
  const table = keyTable(model);
  const pairs = packed(model);
  const { offsets } = model;
  for (let i = 0; i < features.ids.length; i++) {
    const at = lookupKey(table, features.ids[i]!);
    if (at < 0) continue;
    const x = features.values[i]!;
    const end = offsets[at + 1]!;
    for (let p = offsets[at]!; p < end; p++) {
      const pair = pairs[p]!;
      sums[pair >> 8]! += x * ((pair & 0xff) - 128);
    }
  }
  const scales = scalesOf(model);
  for (let c = 0; c < sums.length; c++) sums[c] = model.bias[c]! + sums[c]! * scales[c]!;
  return sums;
}

/** Calibrated probabilities per head. */
export function predictHeads(model: RoutingModel, features: MessageFeatures): HeadProbabilities {
  const logits = scoreFeatures(model, features);
  const out = {} as HeadProbabilities;
  for (const head of model.heads) out[head.name] = softmax(logits, head.offset, head.labels.length, head.temperature);
  return out;
}

export function softmax(logits: ArrayLike<number>, offset: number, length: number, temperature = 1): Float64Array {
  const out = new Float64Array(length);
  const inverse = 1 / temperature;
  let max = -Infinity;
  for (let i = 0; i < length; i++) {
    const v = logits[offset + i]! * inverse;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const e = Math.exp(logits[offset + i]! * inverse - max);
    out[i] = e;
    sum += e;
  }
  const scale = 1 / sum;
  for (let i = 0; i < length; i++) out[i]! *= scale;
  return out;
}

export function findKey(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}
