/**
 * The routing decision: the trained model's calibrated probabilities weighed against what the
 * vocabularies say (read-lexicon.ts). Pure; its thresholds are data (content/understanding/decisions.yml),
 * chosen on the corpus's out-of-fold predictions, never on an evaluation set.
 *
 *   crisis  = lexicon OR model — recall first: a false alarm costs a phone number, a miss can cost a life;
 *             "imminent" interrupts with the numbers, "possible" puts them on top of the normal answer;
 *   small talk / out of scope when the model says so and no entry is named outright;
 *   entries = the model's entry probabilities mixed with the aliases' ranking;
 *   level   = the model's level mixed with the cue words' level;
 *   unsure  = the first entry's probability is low: ask back with the likeliest topics and a person.
 */
import type { CrisisCategory, Understanding } from "../core/understanding-port.js";
import type { Decisions } from "./decisions-schema.js";
import { STRONG_EVIDENCE, MIN_EVIDENCE, type LexicalView } from "./read-lexicon.js";
import type { HeadProbabilities, HeadSpec, HeadName } from "./model/routing-model.js";
import { NO_CRISIS, NO_ENTRY } from "./model/labels.js";

/** What to offer beside the emergency numbers (ids missing from the catalogue are dropped). */
const CRISIS_ENTRIES: Record<CrisisCategory, string[]> = {
  suicide: [],
  child: [],
  medical: [],
  violence: ["violences-conjugales", "hebergement-urgence"],
  shelter: ["hebergement-urgence"],
};

export interface ModelView {
  heads: Record<HeadName, HeadSpec>;
  probabilities: HeadProbabilities;
}

export interface RouteInputs {
  lexical: LexicalView;
  model: ModelView;
  lang: { lang: string; confident: boolean };
  decisions: Decisions;
  hasEntry: (id: string) => boolean;
}

export function decideRoute({ lexical, model, lang, decisions, hasEntry }: RouteInputs): Understanding {
  const base = { lang: lang.lang, langConfident: lang.confident };
  const p = model.probabilities;
  const labels = (name: HeadName): string[] => model.heads[name].labels;

  // 1. Crisis, before anything else.
  const crisisLabels = labels("crisis");
  const crisisProbability = 1 - p.crisis[crisisLabels.indexOf(NO_CRISIS)]!;
  let category: CrisisCategory | null = lexical.crisis?.category ?? null;
  // A two-word reply ("pas sûr", "oui merci") gives the model almost nothing to read: alone, it must be
  // sure. Short plain crises ("je veux mourir") are the lexicon's.
  const short = lexical.tokens.length < decisions.crisis.short_message_tokens;
  const modelThreshold = short ? decisions.crisis.imminent : decisions.crisis.possible;
  const modelCategory = argmaxLabel(p.crisis, crisisLabels, (l) => l !== NO_CRISIS) as CrisisCategory;
  if (!category && crisisProbability >= modelThreshold) category = modelCategory;
  // The lexicon names the category by its first phrase ("frappe" → violence); when the model, reading
  // the whole message, is clearly for another one (a child hit, not the mother), the model's wins.
  const modelShare = p.crisis[crisisLabels.indexOf(modelCategory)]! / Math.max(crisisProbability, 1e-9);
  if (category && lexical.crisis && modelCategory !== category && modelShare >= decisions.crisis.model_category_share) category = modelCategory;
  if (category) {
    const imminentShare = p.strength[labels("strength").indexOf("imminent")]!;
    // The lexicon's phrases are explicit ("je vais me tuer"): imminent unless the model is sure it is not.
    const imminent = lexical.crisis
      ? imminentShare >= 1 - decisions.crisis.lexicon_possible_share
      : crisisProbability >= decisions.crisis.imminent && imminentShare >= 0.5;
    return {
      ...base,
      crisis: category,
      crisisStrength: imminent ? "imminent" : "possible",
      crisisAboutOther: lexical.aboutOther,
      crisisAlso: secondCategory(category, lexical, p.crisis, crisisLabels, crisisProbability, decisions.crisis.also_share),
      level: 3,
      entries: CRISIS_ENTRIES[category].filter(hasEntry),
      intent: "question",
      confidence: Math.max(crisisProbability, lexical.crisis ? 1 : 0),
      distress: true,
    };
  }
  const noCrisis = { crisis: null, crisisStrength: null, crisisAboutOther: false, crisisAlso: null } as const;

  // 2. Small talk and out of scope.
  const levelP = p.level;
  const named = (lexical.ranked[0]?.evidence ?? 0) >= STRONG_EVIDENCE;
  const lexicalSmallTalk = lexical.decision.level === 0;
  const outOfScope =
    !lexical.intents.has("human") &&
    !named &&
    (levelP[0]! >= decisions.out_of_scope.model || (lexicalSmallTalk && levelP[0]! >= decisions.out_of_scope.with_lexicon));
  if (outOfScope) {
    const intent = lexicalSmallTalk && lexical.decision.intent !== "question" ? lexical.decision.intent : "out-of-scope";
    return { ...base, ...noCrisis, level: 0, entries: [], intent, confidence: levelP[0]!, distress: false };
  }

  // 3. Entries: the model's probabilities mixed with the aliases' ranking.
  const ranked = fuseEntries(labels("entry"), p.entry, lexical, decisions, hasEntry);
  const [first] = ranked;
  const confidence = first ? first[1] : 0;

  // 4. Level: the model's level (1–4) mixed with the cue words' level.
  const lw = decisions.level.lexicon_weight;
  let level: 1 | 2 | 3 | 4 = 1;
  let bestLevel = -1;
  for (const l of [1, 2, 3, 4] as const) {
    const v = (1 - lw) * levelP[l]! + (lexical.decision.level === l ? lw : 0);
    if (v > bestLevel) {
      bestLevel = v;
      level = l;
    }
  }

  // 5. Asking for a person: level 3 in every language, the social-worker entry first.
  const wantsPerson = lexical.intents.has("human");
  if (wantsPerson) {
    const entries = ["rendez-vous-travailleur-social", ...ranked.filter(([id, v]) => id !== "rendez-vous-travailleur-social" && v >= decisions.entries.others).map(([id]) => id)];
    return { ...base, ...noCrisis, level: 3, entries: entries.filter(hasEntry).slice(0, 3), intent: "human", confidence: 1, distress: false };
  }

  const offered = ranked
    .filter(([, v], i) => i === 0 || (v >= decisions.entries.others && v >= confidence * decisions.entries.relative))
    .slice(0, 3)
    .map(([id]) => id);
  // A right named outright ("la demande de RSA") is not a guess, however the model spreads its mass.
  const unsure = confidence < decisions.entries.ask_back_below && !named;
  const distress = level !== 3 && levelP[3]! >= decisions.distress.level3;
  return {
    ...base,
    ...noCrisis,
    level,
    entries: unsure ? ranked.slice(0, decisions.entries.ask_back_topics).map(([id]) => id) : offered,
    intent: unsure ? "unsure" : "question",
    confidence,
    distress,
  };
}

/** Another crisis category worth its numbers: the lexicon's when the model's won, else the model's next
 * likeliest from `share` of the crisis probability. */
function secondCategory(
  chosen: CrisisCategory,
  lexical: LexicalView,
  p: Float64Array,
  labels: readonly string[],
  crisisProbability: number,
  share: number,
): CrisisCategory | null {
  if (lexical.crisis && lexical.crisis.category !== chosen) return lexical.crisis.category;
  let best: string | null = null;
  let bestP = share * Math.max(crisisProbability, 1e-9);
  labels.forEach((label, i) => {
    if (label === NO_CRISIS || label === chosen) return;
    if (p[i]! >= bestP) {
      best = label;
      bestP = p[i]!;
    }
  });
  return best as CrisisCategory | null;
}

/** How many fused entries anyone looks at (offered, asked back, or listed beside a person). */
const TOP_ENTRIES = 4;

/**
 * The entries, best first (the first TOP_ENTRIES), with their mixed probability: (1 − w) × the model's
 * plus w × a softmax of the aliases' scores over the entries they give evidence for (the model alone, at
 * full weight, when no alias matched). Arrays rather than maps: this runs on every message.
 */
function fuseEntries(
  entryLabels: readonly string[],
  modelP: Float64Array,
  lexical: LexicalView,
  decisions: Decisions,
  hasEntry: (id: string) => boolean,
): [string, number][] {
  const w = decisions.entries.lexicon_weight;
  const candidates = lexical.ranked.filter((r) => r.evidence >= MIN_EVIDENCE && hasEntry(r.id));
  const modelShare = candidates.length > 0 ? 1 - w : 1;
  const known = entryColumns(entryLabels, hasEntry);
  const ids = known.ids.slice();
  const values = known.columns.map((column) => modelShare * modelP[column]!);
  if (candidates.length > 0) {
    const t = decisions.entries.lexicon_temperature;
    const top = candidates[0]!.score;
    let sum = 0;
    const exps = candidates.map((r) => {
      const e = Math.exp((r.score - top) / t);
      sum += e;
      return e;
    });
    candidates.forEach((r, i) => {
      let k = known.at.get(r.id) ?? ids.indexOf(r.id, known.ids.length);
      if (k < 0) {
        // An entry added to the catalogue after the model was trained: the aliases alone speak for it.
        k = ids.length;
        ids.push(r.id);
        values.push(0);
      }
      values[k]! += (w * exps[i]!) / sum;
    });
  }
  // The first few by value; ties keep label order (as a stable sort would).
  const best: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    let pos = best.length;
    while (pos > 0 && values[best[pos - 1]!]! < values[k]!) pos--;
    if (pos < TOP_ENTRIES) {
      best.splice(pos, 0, k);
      if (best.length > TOP_ENTRIES) best.pop();
    }
  }
  return best.map((k) => [ids[k]!, values[k]!]);
}

/** The model's entry columns the catalogue holds, in label order, and the place of each id among them. */
interface EntryColumns {
  ids: string[];
  columns: number[];
  at: ReadonlyMap<string, number>;
}

/** Fixed for a model and a catalogue: built once rather than for every message. */
const entryColumnsCache = new WeakMap<(id: string) => boolean, WeakMap<readonly string[], EntryColumns>>();

function entryColumns(entryLabels: readonly string[], hasEntry: (id: string) => boolean): EntryColumns {
  let byLabels = entryColumnsCache.get(hasEntry);
  if (!byLabels) entryColumnsCache.set(hasEntry, (byLabels = new WeakMap()));
  let known = byLabels.get(entryLabels);
  if (!known) {
    const ids: string[] = [];
    const columns: number[] = [];
    const at = new Map<string, number>();
    entryLabels.forEach((id, i) => {
      if (id === NO_ENTRY || !hasEntry(id)) return;
      at.set(id, ids.length);
      ids.push(id);
      columns.push(i);
    });
    known = { ids, columns, at };
    byLabels.set(entryLabels, known);
  }
  return known;
}

function argmaxLabel(p: Float64Array, labels: readonly string[], keep: (label: string) => boolean): string {
  let best = -1;
  let at = -1;
  labels.forEach((l, i) => {
    if (keep(l) && p[i]! > best) {
      best = p[i]!;
      at = i;
    }
  });
  return labels[at]!;
}
