// The routing model's parts: features, training, the file format, calibration. Small synthetic data
// written here, so each assertion is about the mechanism, not about the shipped corpus.
import { describe, expect, it } from "vitest";
import { defaultCompiledVocabulary } from "../../src/understanding/compile-vocabulary.js";
import { compileConcepts, ConceptMatcher } from "../../src/understanding/model/concept-matcher.js";
import { extractFeatures } from "../../src/understanding/model/extract-features.js";
import { decodeModel, encodeModel } from "../../src/understanding/model/model-file.js";
import { predictHeads } from "../../src/understanding/model/routing-model.js";
import { DEFAULT_TRAIN_OPTIONS, fitTemperature, quantise, trainLayer, type TrainingExample } from "../../src/understanding/model/train-model.js";
import { headLabelsFor } from "../../src/understanding/model/train-from-corpus.js";

const vocab = defaultCompiledVocabulary();
const glossary = compileConcepts({ concepts: { rent: { fr: ["loyer"], tr: ["kira"], ar: ["lkra", "كراء"] }, health: { fr: ["mutuelle*"] } } }, vocab.tokenize);
const featureVocabulary = { tokenize: vocab.tokenize, concepts: new ConceptMatcher(glossary) };
const features = (text: string) => extractFeatures(text, featureVocabulary);

describe("features", () => {
  it("are deterministic, distinct and normalised per group", () => {
    const a = features("je n'arrive pas à payer mon loyer");
    expect(Array.from(features("je n'arrive pas à payer mon loyer").ids)).toEqual(Array.from(a.ids));
    expect(new Set(a.ids).size).toBe(a.ids.length);
    const squared = Array.from(a.values).reduce((s, v) => s + v * v, 0);
    // Four groups at most (words, pairs, n-grams, concepts), each of unit norm.
    expect(squared).toBeGreaterThan(2.5);
    expect(squared).toBeLessThanOrEqual(4.01);
  });

  it("read SMS spelling and typos close to the standard spelling", () => {
    const shared = (x: string, y: string) => {
      const fx = new Set(features(x).ids);
      return Array.from(features(y).ids).filter((id) => fx.has(id)).length;
    };
    // "jai" is normalised to "je ai" and "loyé" shares most n-grams with "loyer".
    expect(shared("jai pa payé le loyé", "j'ai pas payé le loyer")).toBeGreaterThan(shared("jai pa payé le loyé", "la piscine ouvre quand"));
  });

  it("give the same concept feature to the same idea in any language", () => {
    const concept = (text: string) => featureVocabulary.concepts.match(vocab.tokenize(text));
    expect(concept("je peux pas payer mon loyer")).toEqual(["rent"]);
    expect(concept("kira ödeyemiyorum")).toEqual(["rent"]);
    expect(concept("ma3andich flous dyal lkra")).toEqual(["rent"]);
    expect(concept("ma mutuelle ne rembourse pas")).toEqual(["health"]);
    expect(concept("la piscine ouvre quand")).toEqual([]);
  });

  it("bound the work on an oversized message", () => {
    const long = "mot ".repeat(50_000);
    expect(features(long).ids.length).toBeLessThan(2_000);
  });
});

describe("training and the stored model", () => {
  const heads = headLabelsFor(["aide-logement", "css"]);
  const label = (name: string, l: string) => heads.find((h) => h.name === name)!.labels.indexOf(l);
  const example = (text: string, entry: string, level: number): TrainingExample => ({
    features: features(text),
    targets: { entry: [[label("entry", entry), 1]], level: [[level, 1]], crisis: [[0, 1]], lang: [[label("lang", "fr"), 1]] },
  });
  const examples = [
    example("aide pour payer le loyer", "aide-logement", 1),
    example("la caf peut m'aider pour le loyer", "aide-logement", 1),
    example("comment demander l'apl pour mon appartement", "aide-logement", 2),
    example("mutuelle gratuite pour le médecin", "css", 1),
    example("je ne peux pas payer le dentiste, pas de mutuelle", "css", 1),
    example("comment faire la demande de complémentaire santé", "css", 2),
  ];
  const options = { ...DEFAULT_TRAIN_OPTIONS, minCount: 1, pruneSteps: 1, epochs: 30 };
  const fingerprint = { corpus: "test", features: "test", options: "test", examples: examples.length };

  it("learns a separable problem and gives the same bytes twice", () => {
    const model = quantise(trainLayer(heads, examples, options), options, {}, glossary, fingerprint);
    const again = quantise(trainLayer(heads, examples, options), options, {}, glossary, fingerprint);
    expect(encodeModel(again).equals(encodeModel(model))).toBe(true);
    const p = predictHeads(model, features("besoin d'aide pour le loyer de mon studio"));
    const entries = heads.find((h) => h.name === "entry")!.labels;
    expect(entries[p.entry.indexOf(Math.max(...p.entry))]).toBe("aide-logement");
    const q = predictHeads(model, features("pas de mutuelle pour le médecin"));
    expect(entries[q.entry.indexOf(Math.max(...q.entry))]).toBe("css");
  });

  it("round-trips through the file format and refuses a damaged file with a way to fix it", () => {
    const model = quantise(trainLayer(heads, examples, options), options, { entry: 0.8 }, glossary, fingerprint);
    const bytes = encodeModel(model);
    const back = decodeModel(bytes);
    expect(encodeModel(back).equals(bytes)).toBe(true);
    expect(back.heads.find((h) => h.name === "entry")!.temperature).toBe(0.8);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3), "m.bin")).toThrow(/m\.bin: size .*npm run train/);
    expect(() => decodeModel(Buffer.from("not a model at all"), "m.bin")).toThrow(/not a routing model file/);
  });

  it("fits a temperature above 1 for over-confident scores", () => {
    // Always very sure, right only half of the time: the honest confidence is lower.
    const logits = Array.from({ length: 40 }, (_v, i) => Float64Array.from(i % 2 ? [8, 0] : [0, 8]));
    const truth = logits.map((_l, i) => (i % 4 < 2 ? 0 : 1));
    expect(fitTemperature(logits, 0, 2, truth)).toBeGreaterThan(1);
  });
});
