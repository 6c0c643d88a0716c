/**
 * The redactor's large word lists, read once at import from content/privacy/lexicons/: first names,
 * first names that are also words, surnames, the frequent words of the residents' languages, and every
 * French word form as a Bloom filter. They are data, not code: scripts/build-privacy-lexicons.mjs
 * regenerates them from their MIT-licensed sources, and a CCAS may add a line (a name the redactor
 * missed) without touching the code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CONTENT_DIR } from "../project-root.js";

export const LEXICONS_DIR = join(CONTENT_DIR, "privacy", "lexicons");

/** The words of a list file: one per line (spaces also separate), `#` starts a comment line. */
export function readWordList(file: string, dir = LEXICONS_DIR): string[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    // The redactor cannot run without its lists: say which file and how to get it back.
    throw new Error(`The redactor's word list ${path} cannot be read (${String(error)}). Restore it from git or run scripts/build-privacy-lexicons.mjs.`);
  }
  const words = text
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .flatMap((line) => line.split(/\s+/u))
    .filter(Boolean);
  if (words.length === 0) throw new Error(`The redactor's word list ${path} is empty. Restore it from git or run scripts/build-privacy-lexicons.mjs.`);
  return words;
}

const bloomSchema = z.object({ bits: z.number().int().positive(), hashes: z.number().int().min(1).max(32), data: z.string().min(1) }).strict();
export type WordBloom = { bits: number; hashes: number; data: Buffer };

/** The Bloom filter of French word forms (see lexicon.ts for how it is queried). */
export function readFrenchWordsBloom(dir = LEXICONS_DIR): WordBloom {
  const path = join(dir, "french-words.bloom.json");
  const parsed = bloomSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} is not a Bloom filter file (${parsed.error.message}). Run scripts/build-privacy-lexicons.mjs.`);
  const data = Buffer.from(parsed.data.data, "base64");
  if (data.length * 8 < parsed.data.bits) throw new Error(`${path} is truncated: ${data.length * 8} bits for ${parsed.data.bits}. Run scripts/build-privacy-lexicons.mjs.`);
  return { bits: parsed.data.bits, hashes: parsed.data.hashes, data };
}
