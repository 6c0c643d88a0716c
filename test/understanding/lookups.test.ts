// The lookups every message goes through — cue patterns, the concept glossary, the model's weights — keep
// per-word answers and shortcuts for speed. Each must give what a plain walk gives, including once its
// bounded memory has been emptied by a flood of words never seen before.
import { describe, expect, it } from "vitest";
import { defaultCompiledVocabulary } from "../../src/understanding/compile-vocabulary.js";
import { foldText } from "../../src/understanding/fold-text.js";
import { compileConcepts, ConceptMatcher } from "../../src/understanding/model/concept-matcher.js";
import { findKey, scoreFeatures, type HeadSpec, type RoutingModel } from "../../src/understanding/model/routing-model.js";
import { PatternSet } from "../../src/understanding/pattern-set.js";

const split = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** More distinct words than any of the caches keeps (50,000), so each is emptied at least once. */
const flood = (): string[] => Array.from({ length: 60_000 }, (_v, i) => `mot${i.toString(36)}`);

describe("the tokenizer and folding", () => {
  const { tokenize } = defaultCompiledVocabulary();
  const messages = ["Jai 3mois de retard pour l'APL", "فالrsa ma 3andich", "C koi le RSA ?"];

  it("give each word the same tokens after the tokenizer's memory of words has been emptied", () => {
    const before = messages.map((m) => tokenize(m));
    expect(before[0]).toContain("mois");
    tokenize(flood().join(" "));
    expect(messages.map((m) => tokenize(m))).toEqual(before);
  });

  it("fold each text on its own, whatever was folded just before", () => {
    expect([foldText("ÉTÉ"), foldText("ÉTÉ"), foldText("Ça"), foldText("ÉTÉ"), foldText("")]).toEqual(["ete", "ete", "ca", "ete", ""]);
  });
});

describe("PatternSet", () => {
  const set = new PatternSet(
    [
      { pattern: "me frapp*", tag: "hit" },
      { pattern: "dors dehors|rue*", tag: "outside" },
      { pattern: "(cette nuit|ce soir) dehors", tag: "tonight" },
      { pattern: "veux ~ mourir", tag: "die" },
      { pattern: "عندي الكراء", tag: "rent" },
      { pattern: "seul", tag: "alone" },
    ],
    split,
  );
  // A pattern may be reported twice at one position (by the word and by its stem): callers do not mind.
  const tags = (text: string): string[] => [...new Set(set.matchAll(split(text)).map((m) => `${m.tag}@${m.start}-${m.end}`))];
  const cases: [string, string[]][] = [
    ["il me frappe", ["hit@1-3"]],
    ["je dors ruelle", ["outside@1-3"]],
    ["je dors dehors", ["outside@1-3"]],
    ["je dors chez moi", []],
    ["cette nuit dehors", ["tonight@0-3"]],
    ["ce soir dehors seul", ["tonight@0-3", "alone@3-4"]],
    ["je veux vraiment mourir", ["die@1-4"]],
    ["je veux", []],
    // The second word matched by its Arabic stem ("فالكراء" → "كراء"): no early test may refuse it.
    ["عندي فالكراء", ["rent@0-2"]],
    ["me", []],
  ];

  it("finds each pattern where it starts, by the word, a prefix, a gap or an Arabic stem", () => {
    for (const [text, expected] of cases) expect(tags(text), text).toEqual(expected);
  });

  it("gives the same answers after its memory of words has been emptied", () => {
    expect(set.matchAll(flood())).toEqual([]);
    for (const [text, expected] of cases) expect(tags(text), text).toEqual(expected);
  });
});

describe("ConceptMatcher", () => {
  const glossary = compileConcepts(
    {
      concepts: {
        rent: { fr: ["loyer", "payer loy*", "quittance de loyer"], tr: ["kira*"] },
        debt: { fr: ["dette*", "en retard de paiement"] },
      },
    },
    split,
  );
  const matcher = new ConceptMatcher(glossary);
  const cases: [string, string[]][] = [
    ["mon loyer", ["rent"]],
    ["je dois payer loyers", ["rent"]],
    ["kiramı ödeyemiyorum", ["rent"]],
    ["une quittance de loyer et des dettes", ["rent", "debt"]],
    ["je suis en retard de paiement", ["debt"]],
    ["je suis en retard", []],
    ["payer", []],
  ];

  it("finds words, prefixes and phrases of several words", () => {
    for (const [text, expected] of cases) expect(matcher.match(split(text)).sort(), text).toEqual(expected.sort());
  });

  it("gives the same answers after its memory of words has been emptied", () => {
    expect(matcher.match(flood())).toEqual([]);
    for (const [text, expected] of cases) expect(matcher.match(split(text)).sort(), text).toEqual(expected.sort());
  });
});

describe("scoreFeatures", () => {
  // A random sparse layer with many keys (their slots collide), some keys with every weight pruned.
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const heads: HeadSpec[] = [
    { name: "entry", labels: ["a", "b", "c", "d"], offset: 0, scale: 0.01, temperature: 1 },
    { name: "level", labels: ["0", "1", "2"], offset: 4, scale: 0.02, temperature: 1 },
  ];
  const keys = Uint32Array.from(new Set(Array.from({ length: 5000 }, () => Math.floor(random() * 2 ** 32)))).sort();
  const offsets = new Uint32Array(keys.length + 1);
  const columns: number[] = [];
  const weights: number[] = [];
  keys.forEach((_key, i) => {
    if (i % 10 !== 3) {
      for (let c = 0; c < 7; c++) {
        if (random() < 0.5) continue;
        columns.push(c);
        weights.push(Math.floor(random() * 255) - 127);
      }
    }
    offsets[i + 1] = columns.length;
  });
  const model: RoutingModel = {
    format: 1,
    heads,
    keys,
    offsets,
    columns: Uint8Array.from(columns),
    weights: Int8Array.from(weights),
    bias: Float32Array.from([0.1, -0.2, 0.3, 0, 0.5, -0.5, 0.25]),
    concepts: { ids: [], forms: [] },
    fingerprint: { corpus: "test", features: "test", options: "test", examples: 0 },
  };

  /** The plain walk: a binary search for each feature, its weights added one by one. */
  function reference(ids: Uint32Array, values: Float32Array): number[] {
    const sums = new Array<number>(7).fill(0);
    ids.forEach((id, i) => {
      const at = findKey(keys, id);
      if (at < 0) return;
      for (let p = offsets[at]!; p < offsets[at + 1]!; p++) sums[columns[p]!]! += values[i]! * weights[p]!;
    });
    const scale = (c: number): number => (c < 4 ? 0.01 : 0.02);
    return sums.map((s, c) => model.bias[c]! + s * scale(c));
  }

  it("adds the weights of every known feature and nothing for the others", () => {
    for (let trial = 0; trial < 50; trial++) {
      const known = Array.from({ length: 40 }, () => keys[Math.floor(random() * keys.length)]!);
      const unknown = Array.from({ length: 40 }, () => Math.floor(random() * 2 ** 32));
      const ids = Uint32Array.from([...known, ...unknown]);
      const values = Float32Array.from(ids, () => random());
      expect(Array.from(scoreFeatures(model, { ids, values }))).toEqual(reference(ids, values));
    }
  });

  it("refuses a model whose columns do not fit its lookup table, saying what to do", () => {
    const wide = { ...model, bias: new Float32Array(200) };
    expect(() => scoreFeatures(wide, { ids: new Uint32Array(0), values: new Float32Array(0) })).toThrow(/prune it harder/);
  });
});
