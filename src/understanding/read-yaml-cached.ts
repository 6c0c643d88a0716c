/**
 * Parses a YAML file through a content-addressed JSON cache. The `yaml` package reads about 1 MB/s on
 * these machines, which made the bot's start (catalogue + vocabulary, ~600 kB) take seconds; JSON.parse
 * of the same data takes milliseconds. The cache key is a hash of the file's text, so an edited file is
 * always re-read, and a cache that cannot be written (read-only deployment) only costs speed.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../node_modules/.cache/accueil-yaml");

export function parseYamlCached(text: string): unknown {
  const key = createHash("sha256").update(text).digest("hex").slice(0, 32);
  const path = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch {
    // Not cached yet (or unreadable): parse and try to cache.
  }
  const value: unknown = parse(text);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(path, JSON.stringify(value));
  } catch {
    // Read-only file system: fine, just slower.
  }
  return value;
}

export function readYamlFileCached(path: string): unknown {
  return parseYamlCached(readFileSync(path, "utf8"));
}
