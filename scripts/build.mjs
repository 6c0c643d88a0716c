#!/usr/bin/env node
// Compiles the TypeScript sources ahead of time into dist/ with esbuild (one bundle per entry point, code
// shared between them split into chunks, npm packages left as imports). `npm install` runs it (prepare),
// and bin/accueil.mjs runs it again whenever a source is newer than the last build, so `npm start` and
// the CLI always run compiled JavaScript: no TypeScript compiler at start-up.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: "src/cli/main.ts",
    catalogue: "src/catalogue/load-catalogue.ts",
    understanding: "src/understanding/index.ts",
    "classify-worker": "src/cli/classify-worker.ts",
  },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
writeFileSync(join(root, "dist", "BUILT"), `${new Date().toISOString()}\n`);
if (!process.argv.includes("--quiet")) console.log(`dist/ built in ${(performance.now() - started).toFixed(0)} ms`);
