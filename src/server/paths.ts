/**
 * Where the server finds its static files and locale files. Resolved from this file's location so the
 * server works whatever the working directory (CLI, tests, a service manager).
 */
import { fileURLToPath } from "node:url";
import path from "node:path";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PUBLIC_DIR = path.join(PROJECT_ROOT, "public");
export const LOCALES_DIR = path.join(PROJECT_ROOT, "locales");
