/**
 * A small month-by-month simulation in OpenFisca's manner: persons in one family (parents, then children),
 * the family's and the dwelling's variables, each variable given as an input for some months or computed
 * by its formula, once per month (memoised). The formulas (formulas/*.ts) carry OpenFisca-France's
 * variable names, so an OpenFisca test case runs here unchanged, and a reader can follow each rule back.
 */
import type { Month } from "./months.js";
import type { ParameterSource } from "./parameters.js";

export type Value = number | boolean | string;

/** A variable's inputs: one value for every month (`default`), and per-month values over it. */
export interface MonthlyInput {
  default?: Value;
  months?: Readonly<Record<Month, Value>>;
}

export type Inputs = Readonly<Record<string, MonthlyInput>>;

export interface Person {
  id: string;
  role: "parent" | "enfant";
  inputs: Inputs;
}

/** One family (OpenFisca's famille), its members and its dwelling (ménage). */
export interface Situation {
  /** Parents first (the first is the claimant, demandeur), then children. */
  persons: readonly Person[];
  famille: Inputs;
  menage: Inputs;
}

export type Entity = "individu" | "famille" | "menage";

export interface VariableSpec<F> {
  /** What an input variable is worth when not given (OpenFisca's default_value). */
  default?: Value;
  formula?: F;
}

export type IndividuFormula = (sim: Simulation, person: number, month: Month) => Value;
export type FamilleFormula = (sim: Simulation, month: Month) => Value;

/**
 * One formula module's variables (formulas/*.ts), by entity and name: a formula computes the variable
 * (an input given for the month still wins); any other value is an input variable's worth when not given.
 */
export interface ModelPart {
  individu?: Readonly<Record<string, IndividuFormula | Value>>;
  famille?: Readonly<Record<string, FamilleFormula | Value>>;
  menage?: Readonly<Record<string, FamilleFormula | Value>>;
}

export interface Model {
  individu: Readonly<Record<string, VariableSpec<IndividuFormula>>>;
  famille: Readonly<Record<string, VariableSpec<FamilleFormula>>>;
  menage: Readonly<Record<string, VariableSpec<FamilleFormula>>>;
}

export class UnknownVariableError extends Error {
  constructor(
    readonly entity: Entity,
    readonly variable: string,
  ) {
    super(`unknown ${entity} variable: ${variable}`);
    this.name = "UnknownVariableError";
  }
}

function given(inputs: Inputs | undefined, name: string, month: Month): Value | undefined {
  const input = inputs?.[name];
  if (!input) return undefined;
  return input.months?.[month] ?? input.default;
}

export class Simulation {
  private readonly memo = new Map<string, Value>();
  /** Variables being computed, to report a cycle instead of overflowing the stack. */
  private readonly computing = new Set<string>();
  readonly parentIndexes: number[];
  readonly childIndexes: number[];

  constructor(
    readonly situation: Situation,
    readonly parameters: ParameterSource,
    readonly model: Model,
  ) {
    this.parentIndexes = situation.persons.flatMap((p, i) => (p.role === "parent" ? [i] : []));
    this.childIndexes = situation.persons.flatMap((p, i) => (p.role === "enfant" ? [i] : []));
  }

  get everyone(): number[] {
    return this.situation.persons.map((_p, i) => i);
  }

  /** A parameter in force on the first day of the month. */
  p(key: string, month: Month): number {
    return this.parameters.number(key, month);
  }

  /** Whether an input was given for this variable (any month): OpenFisca's "known periods". */
  hasInput(entity: Entity, name: string, person?: number): boolean {
    const inputs = entity === "individu" ? this.situation.persons[person ?? -1]?.inputs : this.situation[entity];
    const input = inputs?.[name];
    return Boolean(input && (input.default !== undefined || Object.keys(input.months ?? {}).length > 0));
  }

  /** The months an input was given for (no default), latest first. */
  inputMonths(entity: Entity, name: string, person?: number): Month[] {
    const inputs = entity === "individu" ? this.situation.persons[person ?? -1]?.inputs : this.situation[entity];
    return Object.keys(inputs?.[name]?.months ?? {}).sort().reverse();
  }

  individu(name: string, person: number, month: Month): Value {
    const spec = this.model.individu[name];
    if (!spec) throw new UnknownVariableError("individu", name);
    const input = given(this.situation.persons[person]?.inputs, name, month);
    if (input !== undefined) return input;
    if (!spec.formula) return spec.default ?? 0;
    return this.cached(`individu:${name}:${person}:${month}`, () => spec.formula!(this, person, month));
  }

  famille(name: string, month: Month): Value {
    return this.household("famille", name, month);
  }

  menage(name: string, month: Month): Value {
    return this.household("menage", name, month);
  }

  /** Typed reads: a number (a boolean counts 1 or 0), a boolean, a string. */
  n(name: string, person: number, month: Month): number {
    return num(this.individu(name, person, month));
  }
  b(name: string, person: number, month: Month): boolean {
    return bool(this.individu(name, person, month));
  }
  fn(name: string, month: Month): number {
    return num(this.famille(name, month));
  }
  fb(name: string, month: Month): boolean {
    return bool(this.famille(name, month));
  }
  mn(name: string, month: Month): number {
    return num(this.menage(name, month));
  }
  mb(name: string, month: Month): boolean {
    return bool(this.menage(name, month));
  }

  /** OpenFisca's `options=[ADD]`: a monthly variable summed over several months. */
  nOver(name: string, person: number, months: readonly Month[]): number {
    return months.reduce((sum, m) => sum + this.n(name, person, m), 0);
  }
  fnOver(name: string, months: readonly Month[]): number {
    return months.reduce((sum, m) => sum + this.fn(name, m), 0);
  }

  /** famille.sum(members(name)) over some members (everyone by default). */
  sum(name: string, month: Month, members: readonly number[] = this.everyone): number {
    return members.reduce((total, i) => total + this.n(name, i, month), 0);
  }
  any(name: string, month: Month, members: readonly number[] = this.everyone): boolean {
    return members.some((i) => this.b(name, i, month));
  }

  /** A family's or a dwelling's variable: as given for the month, else its formula's or its default. */
  private household(entity: "famille" | "menage", name: string, month: Month): Value {
    const spec = this.model[entity][name];
    if (!spec) throw new UnknownVariableError(entity, name);
    const input = given(this.situation[entity], name, month);
    if (input !== undefined) return input;
    if (!spec.formula) return spec.default ?? 0;
    return this.cached(`${entity}:${name}:${month}`, () => spec.formula!(this, month));
  }

  private cached(key: string, compute: () => Value): Value {
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.computing.has(key)) throw new Error(`circular definition while computing ${key}`);
    this.computing.add(key);
    try {
      const value = compute();
      this.memo.set(key, value);
      return value;
    } finally {
      this.computing.delete(key);
    }
  }
}

export function num(value: Value): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const parsed = Number(value);
  if (Number.isNaN(parsed)) throw new Error(`expected a number, got "${value}"`);
  return parsed;
}

export function bool(value: Value): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return value === "true" || value === "1";
}

export function str(value: Value): string {
  return String(value);
}
