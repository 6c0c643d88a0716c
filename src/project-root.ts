/**
 * The project's root folder — where package.json, content/, locales/ and public/ live — found by walking
 * up from this module, so that the same code finds its files when run from the sources (tsx, tests) and
 * from the compiled bundle in dist/, whatever the working directory.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "content"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project root (package.json beside content/) above ${start}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const CONTENT_DIR = join(PROJECT_ROOT, "content");
export const LOCALES_DIR = join(PROJECT_ROOT, "locales");
export const PUBLIC_DIR = join(PROJECT_ROOT, "public");
