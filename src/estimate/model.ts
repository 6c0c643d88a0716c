/**
 * The estimator's variables, by entity: OpenFisca-France's names, inputs with their defaults and formulas.
 */
import { ASPA_FAMILLE, ASPA_INDIVIDU } from "./formulas/aspa.js";
import { COMMON_FAMILLE, COMMON_INDIVIDU, COMMON_MENAGE } from "./formulas/common.js";
import { CSS_FAMILLE, CSS_INDIVIDU } from "./formulas/css.js";
import { PPA_FAMILLE, PPA_INDIVIDU } from "./formulas/ppa.js";
import { RSA_FAMILLE, RSA_INDIVIDU } from "./formulas/rsa.js";
import type { Model } from "./simulation.js";

export const MODEL: Model = {
  individu: { ...COMMON_INDIVIDU, ...RSA_INDIVIDU, ...PPA_INDIVIDU, ...ASPA_INDIVIDU, ...CSS_INDIVIDU },
  famille: { ...COMMON_FAMILLE, ...RSA_FAMILLE, ...PPA_FAMILLE, ...ASPA_FAMILLE, ...CSS_FAMILLE },
  menage: COMMON_MENAGE,
};

/** Variables an input may set (inputs of the model, and computed variables an input overrides). */
export function knownVariable(entity: keyof Model, name: string): boolean {
  return name in MODEL[entity];
}
