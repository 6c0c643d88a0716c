/**
 * Whether a message asks if one is entitled, or how much one would get (content/understanding/entitlement.yml):
 * "one" for one benefit ("est-ce que j'ai droit au RSA ?"), "all" for all of one's rights ("à quoi j'ai droit ?").
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readYamlFile } from "../content/read-yaml.js";
import type { CompiledVocabulary } from "./compile-vocabulary.js";
import { DEFAULT_VOCABULARY_DIR } from "./load-vocabulary.js";
import { PatternSet, taggedPatterns } from "./pattern-set.js";

export type Entitlement = "one" | "all";

const byLanguage = z.record(z.string(), z.array(z.string().min(2)));
const entitlementSchema = z.object({ one: byLanguage, all: byLanguage }).strict();

export type EntitlementReader = (tokens: readonly string[]) => Entitlement | null;

export function createEntitlementReader(vocab: CompiledVocabulary, dir: string = DEFAULT_VOCABULARY_DIR): EntitlementReader {
  const path = join(dir, "entitlement.yml");
  if (!existsSync(path)) return () => null;
  const parsed = entitlementSchema.safeParse(readYamlFile(path));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const patterns = new PatternSet<Entitlement>([...taggedPatterns(parsed.data.one, "one" as const), ...taggedPatterns(parsed.data.all, "all" as const)], vocab.tokenize);
  return (tokens) => {
    const tags = new Set(patterns.matchAll(tokens).map((m) => m.tag));
    return tags.has("all") ? "all" : tags.has("one") ? "one" : null;
  };
}
