/**
 * Runs one converted OpenFisca test case through the estimator's simulation and compares each expected
 * value within the test's own margin (absolute, or relative to the expected value).
 */
import { MODEL } from "../../src/estimate/model.js";
import { parameterSource, type Timelines } from "../../src/estimate/parameters.js";
import { bool, num, Simulation, type Situation, type Value } from "../../src/estimate/simulation.js";

export interface Expected {
  variable: string;
  entity: "individu" | "famille" | "menage";
  month: string;
  values: Value[];
}

export interface OpenFiscaCase {
  file: string;
  name: string;
  period: string;
  absolute_error_margin?: number;
  relative_error_margin?: number;
  situations: Situation[];
  expected: Expected[];
}

export interface Mismatch {
  variable: string;
  month: string;
  index: number;
  expected: Value;
  got: Value | string;
}

function close(got: Value, expected: Value, c: OpenFiscaCase): boolean {
  if (typeof expected === "boolean") return bool(got) === expected;
  if (typeof expected === "string") return String(got) === expected;
  const g = num(got);
  const absolute = c.absolute_error_margin;
  const relative = c.relative_error_margin;
  if (absolute === undefined && relative === undefined) return Math.abs(g - expected) <= 1e-6;
  if (absolute !== undefined && Math.abs(g - expected) <= absolute) return true;
  if (relative !== undefined && Math.abs(g - expected) <= Math.abs(relative * expected)) return true;
  return false;
}

export function runCase(c: OpenFiscaCase, timelines: Timelines): Mismatch[] {
  const simulations = c.situations.map((s) => new Simulation(s, parameterSource(timelines), MODEL));
  const people = simulations.flatMap((sim, k) => sim.situation.persons.map((_p, i) => [k, i] as const));
  const mismatches: Mismatch[] = [];
  for (const e of c.expected) {
    e.values.forEach((expected, index) => {
      let got: Value | string;
      try {
        if (e.entity === "individu") {
          const [k, i] = people[index]!;
          got = simulations[k]!.individu(e.variable, i, e.month);
        } else if (e.entity === "famille") got = simulations[index]!.famille(e.variable, e.month);
        else got = simulations[index]!.menage(e.variable, e.month);
      } catch (error) {
        mismatches.push({ variable: e.variable, month: e.month, index, expected, got: `error: ${(error as Error).message}` });
        return;
      }
      if (!close(got, expected, c)) mismatches.push({ variable: e.variable, month: e.month, index, expected, got });
    });
  }
  return mismatches;
}
