// The compiled modules in dist/, rebuilt first when they are missing or older than a source file
// (src/, or this project's package.json). Used by bin/accueil.mjs and by the evaluation scripts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stamp = join(root, "dist", "BUILT");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt() {
  // An installed copy without sources (a package) runs dist/ as shipped.
  if (!existsSync(join(root, "src"))) return;
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built >= Math.max(newestSource(join(root, "src")), statSync(join(root, "package.json")).mtimeMs)) return;
  const result = spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "--quiet"], { stdio: "inherit" });
  if (result.status !== 0) {
    process.stderr.write("accueil: compiling src/ into dist/ failed (see above); `npm run build` shows the same errors.\n");
    process.exit(1);
  }
}

const load = (name) => import(pathToFileURL(join(root, "dist", `${name}.js`)).href);

export async function loadCli() {
  ensureBuilt();
  return load("cli");
}

export async function loadUnderstanding() {
  ensureBuilt();
  const [{ loadCatalogue }, { createUnderstander }] = await Promise.all([load("catalogue"), load("understanding")]);
  return { loadCatalogue, createUnderstander };
}
