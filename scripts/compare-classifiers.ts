/**
 * Compares the project's routing model with well-kept libraries on the same task — the catalogue entry of
 * a resident's message — trained on the same corpus and scored on the held-out set (model alone, without
 * the vocabularies, so the learners are compared and nothing else). Run once when choosing, not in CI:
 *
 *   npm install --no-save fasttext.wasm.js @nlpjs/core @nlpjs/nlu
 *   npx tsx scripts/compare-classifiers.ts
 *
 * Prints held-out entry top-1 / top-3, training time, messages per second and model size for each.
 */
import { createServer } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { loadCatalogue } from "../src/catalogue/load-catalogue.js";
import { readCorpus } from "../src/understanding/corpus/read-corpus.js";
import { defaultCompiledVocabulary } from "../src/understanding/compile-vocabulary.js";
import { loadConcepts } from "../src/understanding/load-vocabulary.js";
import { compileConcepts, ConceptMatcher } from "../src/understanding/model/concept-matcher.js";
import { extractFeatures } from "../src/understanding/model/extract-features.js";
import { featureVocabularySha256 } from "../src/understanding/model/load-model.js";
import { encodeModel } from "../src/understanding/model/model-file.js";
import { predictHeads } from "../src/understanding/model/routing-model.js";
import { trainFromCorpus } from "../src/understanding/model/train-from-corpus.js";
import { DEFAULT_TRAIN_OPTIONS } from "../src/understanding/model/train-model.js";

interface Row {
  text: string;
  part?: string;
  expect: { entries: string[]; crisis: string | null };
}

const catalogue = loadCatalogue("content/rights");
const entryIds = catalogue.entries.map((e) => e.id);
const corpus = readCorpus("content/understanding/corpus", new Set(entryIds));
const training = corpus.lines.filter((l) => !l.crisis && !l.oos && l.entries.length > 0);
const heldOut: Row[] = readdirSync("eval/heldout")
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join("eval/heldout", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row))
  .filter((r) => !r.expect.crisis && r.expect.entries.length > 0);

type Ranker = (text: string) => string[] | Promise<string[]>;

/** Optional packages, installed only to run this comparison: imported by a name the type checker does not resolve. */
async function optional<T>(name: string): Promise<T> {
  return (await import(name)) as T;
}
interface Result {
  name: string;
  trainSeconds: number;
  bytes: number;
  rank: Ranker;
}

async function score(result: Result): Promise<string> {
  let top1 = 0;
  let top3 = 0;
  for (const row of heldOut) {
    const ranked = await result.rank(row.text);
    if (ranked[0] && row.expect.entries.includes(ranked[0])) top1++;
    if (ranked.slice(0, 3).some((id) => row.expect.entries.includes(id))) top3++;
  }
  const texts = heldOut.map((r) => r.text);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 2000) for (const t of texts) (await result.rank(t), n++);
  const rate = n / ((performance.now() - started) / 1000);
  const pct = (x: number) => `${((100 * x) / heldOut.length).toFixed(1)}%`;
  return `${result.name.padEnd(28)} top-1 ${pct(top1)}  top-3 ${pct(top3)}  train ${result.trainSeconds.toFixed(1)} s  ${rate.toFixed(0)} msg/s  ${(result.bytes / 1024).toFixed(0)} kB`;
}

async function ours(): Promise<Result> {
  const vocab = defaultCompiledVocabulary();
  const started = performance.now();
  const concepts = compileConcepts(loadConcepts(), vocab.tokenize);
  const { model } = trainFromCorpus({ corpus, entryIds, tokenize: vocab.tokenize, concepts, vocabularySha256: featureVocabularySha256(), options: DEFAULT_TRAIN_OPTIONS, folds: 1 });
  const trainSeconds = (performance.now() - started) / 1000;
  const features = { tokenize: vocab.tokenize, concepts: new ConceptMatcher(concepts) };
  const labels = model.heads.find((h) => h.name === "entry")!.labels;
  return {
    name: "accueil (own, TypeScript)",
    trainSeconds,
    bytes: encodeModel(model).length,
    rank: (text) => {
      const p = predictHeads(model, extractFeatures(text, features)).entry;
      return [...labels.keys()].filter((i) => labels[i] !== "none").sort((a, b) => p[b]! - p[a]!).slice(0, 3).map((i) => labels[i]!);
    },
  };
}

async function fastText(): Promise<Result> {
  interface FastTextLibrary {
    getFastTextModule: unknown;
    getFastTextClass(options: { getFastTextModule: unknown }): Promise<new () => {
      trainSupervised(url: string, options: Record<string, unknown>, callback: () => void): Promise<unknown>;
    }>;
  }
  const { getFastTextModule, getFastTextClass } = await optional<FastTextLibrary>("fasttext.wasm.js");
  const FastText = await getFastTextClass({ getFastTextModule });
  const ft = new FastText();
  // fastText reads its training file through fetch(): serve it on loopback.
  const body = training.map((l) => `__label__${l.entries[0]} ${l.text.replace(/\s+/g, " ").toLowerCase()}`).join("\n");
  const server = createServer((_req, res) => res.end(body)).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/train.txt`;
  const started = performance.now();
  // fastText's own supervised settings (its Args default to the unsupervised minCount of 5), with the
  // same character n-grams as ours and a hash table sized for this corpus.
  const settings = { epoch: 25, lr: 0.5, wordNgrams: 2, minn: 3, maxn: 5, dim: 50, minCount: 1, bucket: 200_000, loss: "softmax" };
  const model = (await ft.trainSupervised(url, settings, () => undefined)) as {
    predict(text: string, k: number, threshold: number): { size(): number; get(i: number): [number, string] };
    getDictionary(): { nwords(): number } | undefined;
  };
  const trainSeconds = (performance.now() - started) / 1000;
  server.close();
  // Its model file holds (words + buckets) × dim input vectors and labels × dim output vectors, float32.
  const labels = new Set(training.map((l) => l.entries[0])).size;
  const words = new Set(training.flatMap((l) => l.text.toLowerCase().split(/\s+/))).size;
  const bytes = 4 * settings.dim * (words + settings.bucket + labels);
  return {
    name: "fastText 0.9 (WebAssembly)",
    trainSeconds,
    bytes,
    rank: (text) => {
      const out = model.predict(text.replace(/\s+/g, " ").toLowerCase(), 3, 0);
      return Array.from({ length: out.size() }, (_v, i) => out.get(i)[1].replace("__label__", ""));
    },
  };
}

async function nlpJs(): Promise<Result> {
  interface Nlu {
    train(corpus: { utterance: string; intent: string }[]): Promise<unknown>;
    process(text: string): Promise<{ classifications: { intent: string; score: number }[] }>;
    toJSON(): unknown;
  }
  const { containerBootstrap } = await optional<{ containerBootstrap(): Promise<unknown> }>("@nlpjs/core");
  const { NluNeural } = await optional<{ NluNeural: new (settings: { locale: string }, container: unknown) => Nlu }>("@nlpjs/nlu");
  const container = await containerBootstrap();
  const nlu = new NluNeural({ locale: "fr" }, container);
  const started = performance.now();
  await nlu.train(training.map((l) => ({ utterance: l.text, intent: l.entries[0]! })));
  const trainSeconds = (performance.now() - started) / 1000;
  const bytes = Buffer.byteLength(JSON.stringify(nlu.toJSON()));
  return {
    name: "NLP.js 4 NluNeural",
    trainSeconds,
    bytes,
    rank: async (text) => {
      const out = await nlu.process(text);
      return out.classifications.filter((c) => c.intent !== "None").slice(0, 3).map((c) => c.intent);
    },
  };
}

console.log(`trained on ${training.length} corpus messages; scored on ${heldOut.length} held-out messages with an entry`);
for (const make of [ours, fastText, nlpJs]) {
  try {
    console.log(await score(await make()));
  } catch (error) {
    console.log(`${make.name}: not run (${(error as Error).message.split("\n")[0]})`);
  }
}
