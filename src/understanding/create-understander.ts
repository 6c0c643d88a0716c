/**
 * Turns a resident's message into a routing decision: language, crisis (and how strong), level, ranked
 * entries, intent, confidence. The live bot calls understand() on every free-text message and routes a
 * first message on level, entries and crisis unchanged; `accueil classify` prints the very same result.
 *
 * Two readers, one decision (decide-route.ts): the vocabularies and aliases (read-lexicon.ts) and the
 * routing model trained on the labelled corpus (model/). Both are pure and in memory.
 */
import type { Catalogue } from "../catalogue/load-catalogue.js";
import type { Understander, Understanding } from "../core/understanding-port.js";
import { chooseLanguage } from "./choose-language.js";
import { defaultCompiledVocabulary, type CompiledVocabulary } from "./compile-vocabulary.js";
import { decideRoute } from "./decide-route.js";
import { ConceptMatcher } from "./model/concept-matcher.js";
import { extractFeatures } from "./model/extract-features.js";
import { defaultRoutingModel } from "./model/load-model.js";
import { predictHeads, type HeadName, type HeadSpec, type RoutingModel } from "./model/routing-model.js";
import { createLexiconReader } from "./read-lexicon.js";
import { createEntitlementReader } from "./entitlement-cues.js";

export interface UnderstanderOptions {
  vocabulary?: CompiledVocabulary;
  model?: RoutingModel;
}

export function createUnderstander(catalogue: Catalogue, options: UnderstanderOptions = {}): Understander {
  const vocab = options.vocabulary ?? defaultCompiledVocabulary();
  const model = options.model ?? defaultRoutingModel();
  const lexicon = createLexiconReader(catalogue, vocab);
  const heads = Object.fromEntries(model.heads.map((h) => [h.name, h])) as Record<HeadName, HeadSpec>;
  const decisions = vocab.vocabulary.decisions;
  const hasEntry = (id: string): boolean => lexicon.index.has(id);
  const featureVocabulary = { tokenize: vocab.tokenize, concepts: new ConceptMatcher(model.concepts) };
  const entitlement = createEntitlementReader(vocab);

  function understand(text: string, hints?: { localeHint?: string }): Understanding {
    const lexical = lexicon.read(text);
    const probabilities = predictHeads(model, extractFeatures(text, featureVocabulary, lexical.tokens));
    const lang = chooseLanguage(text, vocab, { labels: heads.lang.labels, probabilities: probabilities.lang }, decisions.language.model, hints?.localeHint);
    const decision = decideRoute({ lexical, model: { heads, probabilities }, lang, decisions, hasEntry });
    return { ...decision, entitlement: entitlement(lexical.tokens) };
  }

  return { understand };
}
