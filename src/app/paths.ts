/** Where the shipped files are, whatever the current directory (the CLI may run from anywhere). */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_CONTENT_DIR = resolve(PROJECT_ROOT, "content");
export const LOCALES_DIR = resolve(PROJECT_ROOT, "locales");
