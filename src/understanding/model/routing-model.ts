/**
 * The routing model: one sparse linear layer over hashed features (extract-features.ts) with several
 * softmax heads side by side — the catalogue entry, the level, the crisis category, the crisis strength
 * and the language. Weights are kept only where they matter (pruned) and stored as 8-bit integers with one
 * scale per head, so the whole model is about 3 MB and loads in a fraction of a second.
 *
 * Scoring a message is a walk over its features: each hash is found in a table built once per model
 * (keyTable), then the few (column, weight) pairs stored for that feature are added to the columns' logits.
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
 * Where each feature's weights sit, as an open-addressing table built once per model, each slot holding
 * the key and its weights' place side by side: a message looks up some 150 hashes in ~90,000, and each
 * lookup should cost one cache miss, not the ~17 of a binary search or the extra one of reading `offsets`
 * (the CPU's caches are shared with other work; what the walk touches is what it pays for).
 */
interface KeyTable {
  /** Pairs (key, first pair × 128 + pair count); 0 marks an empty slot (a stored key has ≥ 1 pair). */
  slots: Uint32Array;
  mask: number;
}

/** A feature holds at most one weight per column: its pair count fits in 7 bits. */
const COUNT_BITS = 7;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

const keyTables = new WeakMap<RoutingModel, KeyTable>();

function keyTable(model: RoutingModel): KeyTable {
  let table = keyTables.get(model);
  if (!table) {
    const { keys, offsets } = model;
    if (model.bias.length > COUNT_MASK || offsets[keys.length]! >= 2 ** (32 - COUNT_BITS)) {
      throw new Error(`routing model too large for its lookup table (${model.bias.length} columns, ${offsets[keys.length]} weights): prune it harder`);
    }
    let size = 1;
    // Load factor 0.5–0.7: a few more probes, but half the memory (the lookups are cache misses).
    while (size * 0.7 < keys.length) size <<= 1;
    const slots = new Uint32Array(2 * size);
    const mask = size - 1;
    keys.forEach((key, index) => {
      const first = offsets[index]!;
      const count = offsets[index + 1]! - first;
      // A feature whose weights were all pruned adds nothing: it is not worth a slot.
      if (count === 0) return;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = first * (COUNT_MASK + 1) + count;
    });
    table = { slots, mask };
    keyTables.set(model, table);
  }
  return table;
}

/** The slot's packed place of the key's weights, or 0 when the model does not know the key. */
function lookupKey(table: KeyTable, key: number): number {
  const { slots, mask } = table;
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const place = slots[2 * slot + 1]!;
    if (place === 0 || slots[2 * slot] === key) return place;
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
  const { ids, values } = features;
  // Two passes. The first only finds where each feature's weights are, and reads the first of them: its
  // loads do not wait on one another, so the processor overlaps their cache misses (the model is larger
  // than its caches). The second walks the weights, by then mostly in cache.
  const places = new Uint32Array(ids.length);
  let touched = 0;
  for (let i = 0; i < ids.length; i++) {
    const place = lookupKey(table, ids[i]!);
    places[i] = place;
    if (place !== 0) touched ^= pairs[place >>> COUNT_BITS]!;
  }
  for (let i = 0; i < ids.length; i++) {
    const place = places[i]!;
    if (place === 0) continue;
    const x = values[i]!;
    const first = place >>> COUNT_BITS;
    const end = first + (place & COUNT_MASK);
    for (let p = first; p < end; p++) {
      const pair = pairs[p]!;
      sums[pair >> 8]! += x * ((pair & 0xff) - 128);
    }
  }
  const scales = scalesOf(model);
  // `touched` is 0 or any value: adding 0 × it keeps the first pass's reads from being optimised away.
  for (let c = 0; c < sums.length; c++) sums[c] = model.bias[c]! + sums[c]! * scales[c]! + 0 * touched;
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
