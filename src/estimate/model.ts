/**
 * The estimator's variables, by entity: OpenFisca-France's names, inputs with their defaults and formulas.
 */
import { ASPA } from "./formulas/aspa.js";
import { COMMON } from "./formulas/common.js";
import { CSS } from "./formulas/css.js";
import { PPA } from "./formulas/ppa.js";
import { RSA } from "./formulas/rsa.js";
import type { FamilleFormula, IndividuFormula, Model, ModelPart, Value, VariableSpec } from "./simulation.js";

/** One entity's variables from every part; a name two parts define is a mistake, not an override. */
function entityVariables<F extends IndividuFormula | FamilleFormula>(entity: keyof Model, tables: ReadonlyArray<Readonly<Record<string, F | Value>> | undefined>): Record<string, VariableSpec<F>> {
  const specs: Record<string, VariableSpec<F>> = {};
  for (const table of tables) {
    for (const [name, v] of Object.entries(table ?? {})) {
      if (name in specs) throw new Error(`the ${entity} variable ${name} is defined twice`);
      specs[name] = typeof v === "function" ? { formula: v } : { default: v };
    }
  }
  return specs;
}

function buildModel(parts: readonly ModelPart[]): Model {
  return {
    individu: entityVariables("individu", parts.map((p) => p.individu)),
    famille: entityVariables("famille", parts.map((p) => p.famille)),
    menage: entityVariables("menage", parts.map((p) => p.menage)),
  };
}

export const MODEL: Model = buildModel([COMMON, RSA, PPA, ASPA, CSS]);

/** Variables an input may set (inputs of the model, and computed variables an input overrides). */
export function knownVariable(entity: keyof Model, name: string): boolean {
  return name in MODEL[entity];
}
