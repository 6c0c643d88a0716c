// Validates catalogue files against the schema: npx tsx scripts/validate-content.ts [FILE ...]
// With no argument, validates every file in content/rights/. (The full check, with coverage, links and
// alias collisions, is `accueil content check`.)
import { readCatalogueFiles } from "../src/catalogue/load-catalogue.js";

const { entries, problems } = readCatalogueFiles("content/rights");
const wanted = process.argv.slice(2).map((f) => f.replace(/^.*\//, "").replace(/\.ya?ml$/, ""));
const relevant = wanted.length ? problems.filter((p) => wanted.some((id) => p.includes(`/${id}.y`))) : problems;
if (relevant.length) {
  console.log(relevant.join("\n"));
  process.exit(1);
}
console.log(`ok: ${wanted.length ? wanted.length : entries.length} file(s) valid`);
