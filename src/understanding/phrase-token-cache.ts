/**
 * Start-up speed: building the understander tokenizes some 10,000 phrases (aliases, summaries, cue
 * patterns), which took most of its build time. Their tokens only depend on the phrase and on the
 * normalisation table, so they are kept in a JSON file named after a hash of that table; a phrase not in
 * the file is tokenized and the file rewritten once at the end of the build. Messages from residents never
 * go through this cache (it would grow without bound and keep their words on disk).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Tokenizer } from "./tokenize.js";

const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../node_modules/.cache/accueil-tokens");

export interface PhraseTokenCache {
  tokenize: Tokenizer;
  /** Writes the file if new phrases were tokenized (best effort: a read-only disk only costs speed). */
  save(): void;
}

export function createPhraseTokenCache(tokenize: Tokenizer, tableKey: unknown): PhraseTokenCache {
  const key = createHash("sha256").update(JSON.stringify(tableKey)).digest("hex").slice(0, 32);
  const path = join(CACHE_DIR, `${key}.json`);
  let known: Record<string, string[]> = {};
  try {
    known = JSON.parse(readFileSync(path, "utf8")) as Record<string, string[]>;
  } catch {
    // No cache yet.
  }
  const used: Record<string, string[]> = {};
  let added = 0;
  return {
    tokenize: (phrase: string): string[] => {
      let tokens = used[phrase] ?? known[phrase];
      if (!tokens) {
        tokens = tokenize(phrase);
        added++;
      }
      used[phrase] = tokens;
      return tokens;
    },
    save(): void {
      if (added === 0) return;
      try {
        mkdirSync(CACHE_DIR, { recursive: true });
        // Only the phrases of this build: entries removed from the catalogue drop out of the file.
        writeFileSync(path, JSON.stringify(used));
        added = 0;
      } catch {
        // Read-only file system: fine, just slower.
      }
    },
  };
}
