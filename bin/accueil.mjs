#!/usr/bin/env node
// The `accueil` command. The sources are TypeScript run through tsx's loader, so that the same files
// serve the CLI, the server and the tests with no build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv);
