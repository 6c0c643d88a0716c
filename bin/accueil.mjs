#!/usr/bin/env node
// The `accueil` command: runs the compiled code in dist/ (rebuilt first if a source changed; see
// bin/load-compiled.mjs). tsx stays a development tool, for tests and scripts.
import { loadCli } from "./load-compiled.mjs";

const { main } = await loadCli();
await main(process.argv);
