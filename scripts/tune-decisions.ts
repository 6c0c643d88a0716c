/**
 * Chooses the routing thresholds (content/understanding/decisions.yml) on the training corpus's
 * out-of-fold predictions — every line scored by a model that never saw it — never on an evaluation set.
 *
 *   node bin/accueil.mjs train --oof /tmp/oof.jsonl
 *   npx tsx scripts/tune-decisions.ts /tmp/oof.jsonl            # scores of the current decisions.yml
 *   npx tsx scripts/tune-decisions.ts /tmp/oof.jsonl --search   # + a grid around it, best first
 *   npx tsx scripts/tune-decisions.ts /tmp/oof.jsonl --curves   # crisis and ask-back trade-offs
 *
 * Grid objective: entry top-1 + level + out of scope, under false crises ≤ 4 % — the corpus is full of
 * deliberate near misses, so its false-alarm rate is several times that of ordinary messages.
 */
import { readFileSync } from "node:fs";
import { loadCatalogue } from "../src/catalogue/load-catalogue.js";
import { defaultCompiledVocabulary } from "../src/understanding/compile-vocabulary.js";
import type { CorpusLine } from "../src/understanding/corpus/read-corpus.js";
import { decideRoute } from "../src/understanding/decide-route.js";
import type { Decisions } from "../src/understanding/decisions-schema.js";
import { defaultRoutingModel } from "../src/understanding/model/load-model.js";
import type { HeadName, HeadSpec } from "../src/understanding/model/routing-model.js";
import { createLexiconReader, type LexicalView } from "../src/understanding/read-lexicon.js";

const [oofPath] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!oofPath) throw new Error("usage: tune-decisions.ts OOF.jsonl [--search]");
const search = process.argv.includes("--search");

const vocab = defaultCompiledVocabulary();
const catalogue = loadCatalogue("content/rights");
const lexicon = createLexiconReader(catalogue, vocab);
const model = defaultRoutingModel();
const heads = Object.fromEntries(model.heads.map((h) => [h.name, h])) as Record<HeadName, HeadSpec>;

interface Row {
  line: CorpusLine;
  probabilities: Record<HeadName, Float64Array>;
  lexical: LexicalView;
}
const rows: Row[] = readFileSync(oofPath, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => {
    const { line, probabilities } = JSON.parse(l) as { line: CorpusLine; probabilities: Record<HeadName, number[]> };
    return {
      line,
      probabilities: Object.fromEntries(Object.entries(probabilities).map(([h, p]) => [h, Float64Array.from(p)])) as Record<HeadName, Float64Array>,
      lexical: lexicon.read(line.text),
    };
  });

function evaluate(decisions: Decisions): Record<string, number> {
  const t = { top1: [0, 0], level: [0, 0], oos: [0, 0], recall: [0, 0], falseCrisis: [0, 0], unsure: [0, 0], unsureWrong: [0, 0] };
  const add = (k: keyof typeof t, ok: boolean): void => {
    t[k][1]!++;
    if (ok) t[k][0]!++;
  };
  for (const { line, probabilities, lexical } of rows) {
    const u = decideRoute({ lexical, model: { heads, probabilities }, lang: { lang: line.lang, confident: true }, decisions, hasEntry: (id) => lexicon.index.has(id) });
    add("level", u.level === line.level);
    if (line.crisis) add("recall", u.crisis !== null);
    else add("falseCrisis", u.crisis !== null);
    if (line.oos) add("oos", u.level === 0 && u.entries.length === 0);
    if (!line.crisis && line.entries.length > 0) {
      const right = u.entries[0] !== undefined && line.entries.includes(u.entries[0]);
      add("top1", right);
      add("unsure", u.intent === "unsure");
      if (u.intent !== "unsure") add("unsureWrong", !right);
    }
  }
  const r = (k: keyof typeof t): number => (t[k][1] ? t[k][0]! / t[k][1]! : 0);
  return { top1: r("top1"), level: r("level"), oos: r("oos"), recall: r("recall"), falseCrisis: r("falseCrisis"), askBack: r("unsure"), wrongWhenSure: r("unsureWrong") };
}

const show = (m: Record<string, number>): string => Object.entries(m).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}`).join("  ");
const current = vocab.vocabulary.decisions;
console.log(`${rows.length} out-of-fold lines; current decisions.yml:\n  ${show(evaluate(current))}`);

if (search) {
  const results: { score: number; metrics: Record<string, number>; d: Decisions }[] = [];
  for (const lexiconWeight of [0, 0.15, 0.3, 0.45])
    for (const lexiconTemperature of [1.5, 3, 6])
      for (const levelWeight of [0, 0.2, 0.4])
        for (const possible of [0.25, 0.35, 0.5])
          for (const oosModel of [0.4, 0.5, 0.65]) {
            const d: Decisions = {
              ...current,
              crisis: { ...current.crisis, possible },
              out_of_scope: { ...current.out_of_scope, model: oosModel },
              entries: { ...current.entries, lexicon_weight: lexiconWeight, lexicon_temperature: lexiconTemperature },
              level: { lexicon_weight: levelWeight },
            };
            const m = evaluate(d);
            const feasible = m.falseCrisis! <= 0.04;
            results.push({ score: feasible ? m.top1! + m.level! + m.oos! : -1, metrics: m, d });
          }
  results.sort((a, b) => b.score - a.score);
  for (const r of results.slice(0, 8)) {
    console.log(
      `${r.score.toFixed(3)}  lexicon ${r.d.entries.lexicon_weight}/${r.d.entries.lexicon_temperature} level ${r.d.level.lexicon_weight} crisis ${r.d.crisis.possible} oos ${r.d.out_of_scope.model}\n  ${show(r.metrics)}`,
    );
  }
}

if (process.argv.includes("--curves")) {
  const crisisIndex = heads.crisis.labels.indexOf("none");
  const crises = rows.filter((r) => r.line.crisis);
  const others = rows.filter((r) => !r.line.crisis);
  console.log("crisis threshold → recall / false alarms (model OR lexicon)");
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.45, 0.55]) {
    const flagged = (r: Row) => Boolean(r.lexical.crisis) || 1 - r.probabilities.crisis[crisisIndex]! >= t;
    const recall = crises.filter(flagged).length / crises.length;
    const falseAlarms = others.filter(flagged).length / others.length;
    console.log(`  ${t.toFixed(2)}: ${(100 * recall).toFixed(1)} / ${(100 * falseAlarms).toFixed(1)}`);
  }
  console.log("ask back below → share asked / top-1 of those asked / top-1 of those answered");
  for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const d: Decisions = { ...current, entries: { ...current.entries, ask_back_below: t } };
    let asked = 0;
    let askedRight = 0;
    let answered = 0;
    let answeredRight = 0;
    for (const { line, probabilities, lexical } of rows) {
      if (line.crisis || line.entries.length === 0) continue;
      const u = decideRoute({ lexical, model: { heads, probabilities }, lang: { lang: line.lang, confident: true }, decisions: d, hasEntry: (id) => lexicon.index.has(id) });
      const right = u.entries[0] !== undefined && line.entries.includes(u.entries[0]);
      if (u.intent === "unsure") (asked++, right && askedRight++);
      else if (u.level !== 0) (answered++, right && answeredRight++);
    }
    const n = asked + answered;
    console.log(`  ${t.toFixed(2)}: ${((100 * asked) / n).toFixed(1)} % / ${((100 * askedRight) / Math.max(1, asked)).toFixed(1)} % / ${((100 * answeredRight) / Math.max(1, answered)).toFixed(1)} %`);
  }
}

if (process.argv.includes("--category")) {
  // Which category to answer when the lexicon and the model disagree (crisis lines of the corpus).
  const labelsOf = heads.crisis.labels;
  const crises = rows.filter((r) => r.line.crisis);
  for (const override of [1.01, 0.9, 0.8, 0.7, 0.6, 0.5]) {
    let right = 0;
    for (const r of crises) {
      const p = r.probabilities.crisis;
      let best = 1;
      for (let i = 2; i < labelsOf.length; i++) if (p[i]! > p[best]!) best = i;
      const modelCategory = labelsOf[best]!;
      const modelShare = p[best]! / (1 - p[0]!);
      const category = r.lexical.crisis && modelShare < override ? r.lexical.crisis.category : modelCategory;
      if (category === r.line.crisis) right++;
    }
    console.log(`model category overrides the lexicon from a share of ${override}: ${((100 * right) / crises.length).toFixed(1)} % right`);
  }
}
