/**
 * OpenFisca-France's own tests of the RSA, the prime d'activité, the ASPA and the C2S, run through the
 * estimator (converted by scripts/openfisca-tests/convert.ts into test/fixtures/openfisca-tests/; the
 * README there lists the tests kept and why the others are not). Each runs with the parameter values of
 * its period, read from the same OpenFisca checkout, and must agree within the test's own margin.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { estimateTimelines, readEstimateParametersFile } from "../../src/content/estimate-parameters.js";
import type { DatedValue } from "../../src/estimate/parameters.js";
import { CONTENT_DIR, PROJECT_ROOT } from "../../src/project-root.js";
import { runCase, type OpenFiscaCase } from "./run-openfisca-case.js";

const FIXTURE = join(PROJECT_ROOT, "test", "fixtures", "openfisca-tests");
const { cases } = JSON.parse(readFileSync(join(FIXTURE, "cases.json"), "utf8")) as { cases: OpenFiscaCase[] };
const openfisca = (JSON.parse(readFileSync(join(FIXTURE, "parameters.json"), "utf8")) as { parameters: Record<string, DatedValue[]> }).parameters;

// The few figures OpenFisca writes in its formulas rather than in a parameter file come from the project's own file.
const shipped = readEstimateParametersFile(join(CONTENT_DIR, "estimate", "parameters.yml")).file!;
const timelines = { ...Object.fromEntries(Object.entries(estimateTimelines(shipped)).filter(([key]) => key.startsWith("accueil."))), ...openfisca };

function benefit(c: OpenFiscaCase): string {
  if (c.file.startsWith("rsa")) return "rsa";
  if (c.file.startsWith("ppa")) return "ppa";
  if (c.file.startsWith("aspa")) return "aspa";
  return "css";
}

describe("OpenFisca-France's tests", () => {
  it("are at least 40, covering the four benefits", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const count = (b: string): number => cases.filter((c) => benefit(c) === b).length;
    expect(count("rsa")).toBeGreaterThanOrEqual(10);
    expect(count("ppa")).toBeGreaterThanOrEqual(10);
    expect(count("aspa")).toBeGreaterThanOrEqual(5);
    expect(count("css")).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [`${c.file} — ${c.name} (${c.period})`, c] as const))("%s", (_label, c) => {
    expect(runCase(c, timelines)).toEqual([]);
  });
});
