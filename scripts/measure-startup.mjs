#!/usr/bin/env node
// One cold start of what the bot does before it can answer: read and validate the catalogue, load the
// vocabulary and build the index. Prints {catalogueCpu, catalogueWall, indexCpu, indexWall} in ms.
// scripts/eval.mjs runs it in several fresh processes (each a real cold start) and keeps the best,
// because one sample on a shared 2-core machine swings by ±20 %.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
register();
const { loadCatalogue } = await import(join(root, "src/catalogue/load-catalogue.ts"));
const { createUnderstander } = await import(join(root, "src/understanding/create-understander.ts"));
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
let cpu0 = process.cpuUsage();
let wall0 = performance.now();
const catalogue = loadCatalogue(join(root, "content", "rights"));
const catalogueCpu = cpuMs(cpu0);
const catalogueWall = performance.now() - wall0;
cpu0 = process.cpuUsage();
wall0 = performance.now();
createUnderstander(catalogue);
const indexCpu = cpuMs(cpu0);
const indexWall = performance.now() - wall0;
console.log(JSON.stringify({ catalogueCpu, catalogueWall, indexCpu, indexWall }));
