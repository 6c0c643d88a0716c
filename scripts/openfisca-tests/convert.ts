/**
 * Converts OpenFisca-France's own YAML tests of the RSA, the prime d'activité, the ASPA and the C2S into
 * the fixture the estimator's test runs (test/fixtures/openfisca-tests/), with the parameter values of
 * their periods read from the same checkout.
 *
 *   node --import tsx scripts/openfisca-tests/convert.ts ../openfisca-france
 *
 * Each test keeps its name, file, period, margins, inputs and expected outputs (arithmetic such as
 * `550.93 * 1.5 - 167` evaluated). Inputs are put in the estimator's form: persons with their role in the
 * family, each variable's values by month (a yearly amount split over its 12 months, as OpenFisca's
 * set_input does). A test the estimator cannot run is listed with the reason (a variable it does not
 * model, a period before the formulas it ports…): the README written beside the fixture lists both.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseYaml } from "../../src/content/read-yaml.js";
import { parametersRoot, readParameter } from "../../src/catalogue/openfisca/read-parameter.js";
import { ALL_KEYS } from "../../src/estimate/parameter-keys.js";
import { MODEL } from "../../src/estimate/model.js";
import { addMonths, isMonth } from "../../src/estimate/months.js";
import type { DatedValue } from "../../src/estimate/parameters.js";
import { PROJECT_ROOT } from "../../src/project-root.js";

const FILES = [
  "rsa.yaml",
  "rsa/rsa_2017.yaml",
  "rsa/rsa_base_ressources.yaml",
  "rsa/rsa_celibataire.yaml",
  "rsa/rsa_condition_nationalite.yaml",
  "rsa/rsa_couple.yaml",
  "rsa/rsa_eligibilite_tns.yaml",
  "rsa/rsa_exclusion_foyer.yaml",
  "rsa/rsa_jeune.yaml",
  "rsa/rsa_majore.yaml",
  "rsa/rsa_revenus_locatifs.yaml",
  "ppa/ppa.yaml",
  "ppa/ppa_2018.yaml",
  "ppa/ppa_index_mois_trimestre_reference.yaml",
  "ppa/ppa_ressources_hors_activite_individu.yaml",
  "aspa.yaml",
  "cs/acs.yaml",
  "cs/cmu.yaml",
  "cs/cmu_fiab.yaml",
  "cs/cmu_rente_at.yaml",
  "cs/css.yaml",
  "cs/css_abattement_aah.yaml",
  "cs/css_abattement_asi.yaml",
  "cs/css_abattement_aspa.yaml",
  "cs/ressources.yaml",
];

/** Parameters read only by the formulas of periods before November 2019 (CMU housing forfaits). */
const EXTRA_KEYS = ["cmu"].flatMap((group) =>
  ["forfait_logement_avec_al", "forfait_logement_sans_al"].flatMap((kind) =>
    ["taux_1p", "taux_2p", "taux_3p_plus"].map((rate) => `prestations_sociales.solidarite_insertion.minima_sociaux.cs.${group}.${kind}.${rate}`),
  ),
);

/** The earliest month each benefit's ported formulas apply to (earlier formulas differ). */
const EARLIEST: Array<[RegExp, string, string]> = [
  [/^(ppa|ppa_.*)$/, "2015-10", "the prime d'activité began in January 2016"],
  [/^(rsa_majore_eligibilite|rsa_condition_nationalite|rsa_forfait_logement|rsa_socle|rsa_eligibilite|rsa_forfait_asf)$/, "2014-04", "the RSA formulas before April 2014 are not ported"],
  [/^(rsa|rsa_(?!majore_eligibilite$|condition_nationalite$|forfait_logement$|socle$|eligibilite$|forfait_asf$).*)$/, "2016-01", "the RSA formulas before 2016 (activity income slope, RMI) are not ported"],
  [/^(acs|css_participation_forfaitaire.*)$/, "2019-11", "the ACS (before the C2S of November 2019) is not ported"],
  [/^(cmu_c|cmu_c_plafond|acs_plafond|css_cmu_.*)$/, "2016-01", "the CMU-C before 2016 is not ported"],
];

/** Variables whose yearly or multi-month input is copied to every month (OpenFisca's set_input_dispatch_by_period). */
const DISPATCHED = new Set(["age", "age_en_mois", "nationalite", "duree_possession_titre_sejour", "enceinte", "activite", "etudiant", "stagiaire", "apprenti", "inapte_travail", "taux_incapacite", "handicap", "enfant_a_charge", "habite_chez_parents", "garde_alternee", "salarie_regime_alsace_moselle", "rsa_jeune_condition_heures_travail_remplie", "rsa_isolement_recent", "departement_experimentation_rsa", "statut_occupation_logement", "participation_frais", "residence_mayotte", "ppa_eligibilite", "rsa_majore_eligibilite", "rsa_eligibilite", "ressortissant_eee", "en_couple", "rsa_enfant_a_charge", "cmu_c", "asi_eligibilite", "aspa_eligibilite"]);

/** Variables without a period (OpenFisca's ETERNITY). */
const ETERNAL = new Set(["date_naissance"]);

/** Inputs the estimator takes but whose rules it does not port (the AAH and ASI allowances in the C2S,
 * the Alsace-Moselle participation). */
const NOT_MODELLED_INPUTS = new Set(["aah", "asi", "caah", "salarie_regime_alsace_moselle"]);

/** Role lists and entity keys that are structure, not variables. */
const STRUCTURE = new Set(["parents", "enfants", "declarants", "personnes_a_charge", "personne_de_reference", "conjoint", "autres"]);

type Scalar = number | boolean | string;
interface MonthlyInput {
  default?: Scalar;
  months?: Record<string, Scalar>;
}
interface Person {
  id: string;
  role: "parent" | "enfant";
  inputs: Record<string, MonthlyInput>;
}
interface Situation {
  persons: Person[];
  famille: Record<string, MonthlyInput>;
  menage: Record<string, MonthlyInput>;
}
interface Expected {
  variable: string;
  entity: "individu" | "famille" | "menage";
  month: string;
  /** One value per situation (famille, menage) or per person across situations in order (individu). */
  values: Scalar[];
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

class Unsupported extends Error {}

function evaluate(expression: string): number {
  if (!/^[\d\s.+\-*/()]+$/.test(expression)) throw new Unsupported(`not arithmetic: ${expression}`);
  // Only digits, operators and parentheses: safe to evaluate.
  return Number(new Function(`return (${expression});`)());
}

function scalar(value: unknown): Scalar {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (/^[\d\s.+\-*/()]+$/.test(value) && /\d/.test(value) && !/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return evaluate(value);
    return value;
  }
  if (value === null || value === undefined) return 0;
  throw new Unsupported(`unexpected value ${JSON.stringify(value)}`);
}

function entityOf(name: string): "individu" | "famille" | "menage" {
  if (name in MODEL.individu) return "individu";
  if (name in MODEL.famille) return "famille";
  if (name in MODEL.menage) return "menage";
  throw new Unsupported(`variable not modelled: ${name}`);
}

function monthKey(key: string): string {
  const match = /^(?:month:)?(\d{4}-\d{2})$/.exec(key);
  return match ? match[1]! : key;
}

/** A variable's input (a value for the test's month, or values by month or year) in the monthly form. */
function monthly(name: string, raw: unknown, period: string): MonthlyInput {
  if (NOT_MODELLED_INPUTS.has(name)) throw new Unsupported(`input not modelled: ${name}`);
  if (ETERNAL.has(name) && (raw === null || typeof raw !== "object")) return { default: scalar(raw) };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { months: { [period]: scalar(raw) } };
  const months: Record<string, Scalar> = {};
  for (const [rawKey, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = monthKey(rawKey);
    if (isMonth(key)) months[key] = scalar(value);
    else if (/^\d{4}$/.test(key)) {
      const v = scalar(value);
      for (let k = 0; k < 12; k++) months[addMonths(`${key}-01`, k)] = DISPATCHED.has(name) || typeof v !== "number" ? v : v / 12;
    } else if (/^ETERNITY$/i.test(key)) return { default: scalar(value) };
    else throw new Unsupported(`period not handled: ${rawKey}`);
  }
  return { months };
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

type Raw = Record<string, unknown>;

/** Group entities given either as one object (`famille:`) or as a map of named instances (`familles:`). */
function instances(input: Raw, singular: string, plural: string): Raw[] {
  if (input[singular] && typeof input[singular] === "object") return [input[singular] as Raw];
  const many = input[plural] as Raw | undefined;
  if (!many) return [];
  return Object.values(many).map((v) => v as Raw);
}

function buildSituations(input: Raw, period: string): { situations: Situation[]; personOrder: Array<[number, number]> } {
  const individus = input.individus as Raw | undefined;
  if (!individus) {
    // Short form: one person, every variable on whichever entity it belongs to. Lists mean several tests.
    const lists = Object.values(input).filter(Array.isArray) as unknown[][];
    const count = lists.length ? lists[0]!.length : 1;
    const situations: Situation[] = [];
    for (let k = 0; k < count; k++) {
      const person: Person = { id: "individu", role: "parent", inputs: {} };
      const situation: Situation = { persons: [person], famille: {}, menage: {} };
      for (const [name, raw] of Object.entries(input)) {
        const value = Array.isArray(raw) ? raw[k] : raw;
        const entity = entityOf(name);
        const target = entity === "individu" ? person.inputs : situation[entity];
        target[name] = monthly(name, value, period);
      }
      situations.push(situation);
    }
    return { situations, personOrder: situations.map((_s, k) => [k, 0]) };
  }
  const familles = instances(input, "famille", "familles");
  const menages = instances(input, "menage", "menages");
  const names = Object.keys(individus);
  if (familles.length === 0) {
    if (names.length > 1) throw new Unsupported("several persons without a family");
    familles.push({ parents: names });
  }
  const situations: Situation[] = [];
  const where = new Map<string, [number, number]>();
  familles.forEach((famille, f) => {
    const members = [...asList(famille.parents).map((id) => ({ id, role: "parent" as const })), ...asList(famille.enfants).map((id) => ({ id, role: "enfant" as const }))];
    const situation: Situation = { persons: [], famille: {}, menage: {} };
    for (const { id, role } of members) {
      const raw = individus[id];
      if (raw === undefined) throw new Unsupported(`unknown person ${id}`);
      const person: Person = { id, role, inputs: {} };
      for (const [name, value] of Object.entries((raw ?? {}) as Raw)) {
        if (entityOf(name) !== "individu") throw new Unsupported(`${name} given on a person`);
        person.inputs[name] = monthly(name, value, period);
      }
      where.set(id, [situations.length, situation.persons.length]);
      situation.persons.push(person);
    }
    for (const [name, value] of Object.entries(famille)) {
      if (STRUCTURE.has(name)) continue;
      if (entityOf(name) !== "famille") throw new Unsupported(`${name} given on the family`);
      situation.famille[name] = monthly(name, value, period);
    }
    const ids = new Set(members.map((m) => m.id));
    const menage = menages.find((m) => [...asList(m.personne_de_reference), ...asList(m.conjoint), ...asList(m.enfants), ...asList(m.autres)].some((id) => ids.has(id))) ?? (menages.length === 1 && familles.length === 1 ? menages[0] : undefined);
    for (const [name, value] of Object.entries(menage ?? {})) {
      if (STRUCTURE.has(name)) continue;
      if (entityOf(name) !== "menage") throw new Unsupported(`${name} given on the dwelling`);
      situation.menage[name] = monthly(name, value, period);
    }
    situations.push(situation);
    void f;
  });
  if (where.size !== names.length) throw new Unsupported("a person outside the families");
  for (const foyer of instances(input, "foyer_fiscal", "foyers_fiscaux")) {
    for (const name of Object.keys(foyer)) if (!STRUCTURE.has(name)) throw new Unsupported(`tax household variable not modelled: ${name}`);
  }
  return { situations, personOrder: names.map((id) => where.get(id)!) };
}

function expectations(output: Raw, period: string, situations: Situation[], personOrder: Array<[number, number]>): Expected[] {
  const expected: Expected[] = [];
  for (const [variable, raw] of Object.entries(output)) {
    const entity = entityOf(variable);
    const byMonth: Array<[string, unknown]> =
      raw !== null && typeof raw === "object" && !Array.isArray(raw) ? Object.entries(raw as Raw).map(([k, v]) => [monthKey(k), v]) : [[period, raw]];
    for (const [month, value] of byMonth) {
      if (!isMonth(month)) throw new Unsupported(`expected value for a period that is not a month: ${month}`);
      const list = Array.isArray(value) ? value.map(scalar) : [scalar(value)];
      const size = entity === "individu" ? personOrder.length : situations.length;
      if (list.length !== size) {
        if (list.length === 1 && size > 1) throw new Unsupported(`one expected value for ${size} ${entity}s`);
        throw new Unsupported(`${list.length} expected values for ${size} ${entity}s`);
      }
      for (const [earliest, from, why] of EARLIEST) if (earliest.test(variable) && month < from) throw new Unsupported(why);
      expected.push({ variable, entity, month, values: list });
    }
  }
  return expected;
}

/** OpenFisca computes the housing aid from the rent when it is not given: the estimator takes it as given. */
function needsHousingAid(situation: Situation): boolean {
  return Boolean(situation.menage.loyer) && !situation.famille.aide_logement;
}

function convertCase(file: string, raw: Raw): OpenFiscaCase {
  const rawPeriod = String(raw.period ?? "");
  const period = monthKey(rawPeriod);
  if (!isMonth(period)) throw new Unsupported(`the test's period is not a month (${rawPeriod})`);
  const { situations, personOrder } = buildSituations((raw.input ?? {}) as Raw, period);
  if (situations.some(needsHousingAid)) throw new Unsupported("a rent without the housing aid (OpenFisca computes the aid, the estimator takes it as given)");
  const expected = expectations((raw.output ?? {}) as Raw, period, situations, personOrder);
  return {
    file,
    name: String(raw.name ?? file),
    period,
    ...(typeof raw.absolute_error_margin === "number" ? { absolute_error_margin: raw.absolute_error_margin } : {}),
    ...(typeof raw.relative_error_margin === "number" ? { relative_error_margin: raw.relative_error_margin } : {}),
    situations,
    expected,
  };
}

function parameterTimelines(root: string): Record<string, DatedValue[]> {
  const timelines: Record<string, DatedValue[]> = {};
  for (const key of [...ALL_KEYS, ...EXTRA_KEYS]) {
    if (key.startsWith("accueil.")) continue;
    if (key === "geopolitique.eee") {
      const node = parseYaml(readFileSync(join(root, "geopolitique", "eee.yaml"), "utf8")) as { values: Record<string, { value: string[] }> };
      timelines[key] = Object.entries(node.values).map(([from, v]) => ({ from, value: v.value }));
      continue;
    }
    const timeline = readParameter(root, key);
    if ("error" in timeline) throw new Error(`${key}: ${timeline.error}`);
    timelines[key] = timeline.values.map((v) => ({ from: v.date, value: v.value }));
  }
  return timelines;
}

function benefitOf(file: string): string {
  if (file.startsWith("rsa")) return "RSA";
  if (file.startsWith("ppa")) return "prime d'activité";
  if (file.startsWith("aspa")) return "ASPA";
  return "C2S (CMU-C, ACS, CSS)";
}

function readme(commit: string, cases: OpenFiscaCase[], skipped: Array<{ file: string; name: string; reason: string }>): string {
  const lines = [
    "# OpenFisca-France's tests, run by the estimator",
    "",
    "Generated by `node --import tsx scripts/openfisca-tests/convert.ts <openfisca-france checkout>` (do not edit by hand);",
    "`test/estimate/openfisca-cases.test.ts` runs every kept test, with the parameter values of its period read from",
    `the same checkout (\`parameters.json\`). Source: openfisca/openfisca-france at commit ${commit}, \`tests/formulas/\`.`,
    "",
    `**${cases.length} tests kept, ${skipped.length} not run.** By benefit:`,
    "",
    "| benefit | kept | not run |",
    "|---|---|---|",
  ];
  const benefits = [...new Set([...cases, ...skipped].map((c) => benefitOf(c.file)))];
  for (const b of benefits) lines.push(`| ${b} | ${cases.filter((c) => benefitOf(c.file) === b).length} | ${skipped.filter((c) => benefitOf(c.file) === b).length} |`);
  lines.push("", "## Kept", "");
  for (const c of cases) lines.push(`- \`${c.file}\` — ${c.name} (${c.period}): ${[...new Set(c.expected.map((e) => e.variable))].join(", ")}`);
  lines.push("", "## Not run, and why", "", "A test is not run when it needs what the estimator does not model (self-employment and farm income, daily");
  lines.push("sickness benefits, the AAH and ASI allowances, capital gains and tax-return boxes, a housing aid OpenFisca would compute");
  lines.push("from the rent), or when its period is a year or precedes the formulas ported (RSA before 2016, ACS before", "November 2019).", "");
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), `\`${s.file}\` — ${s.name}`]);
  for (const [reason, names] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`- **${reason}** (${names.length}):`);
    for (const n of names) lines.push(`  - ${n}`);
  }
  return `${lines.join("\n")}\n`;
}

function main(): void {
  const checkout = process.argv[2];
  if (!checkout || !existsSync(join(checkout, "tests", "formulas"))) {
    console.error("usage: node --import tsx scripts/openfisca-tests/convert.ts <openfisca-france checkout>");
    process.exit(2);
  }
  const outDir = join(PROJECT_ROOT, "test", "fixtures", "openfisca-tests");
  mkdirSync(outDir, { recursive: true });
  let commit = process.env.OPENFISCA_COMMIT ?? "unknown";
  try {
    commit = execFileSync("git", ["-C", checkout, "rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // Not a git checkout (an extracted archive): OPENFISCA_COMMIT names it.
  }
  const cases: OpenFiscaCase[] = [];
  const skipped: Array<{ file: string; name: string; reason: string }> = [];
  for (const file of FILES) {
    const path = join(checkout, "tests", "formulas", file);
    if (!existsSync(path)) continue;
    const parsed = parseYaml(readFileSync(path, "utf8"), path);
    const list = (Array.isArray(parsed) ? parsed : [parsed]) as Raw[];
    for (const raw of list) {
      try {
        cases.push(convertCase(file, raw));
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        skipped.push({ file, name: String(raw.name ?? file), reason: error.message });
      }
    }
  }
  const parameters = parameterTimelines(parametersRoot(checkout));
  writeFileSync(join(outDir, "cases.json"), `${JSON.stringify({ source: "openfisca/openfisca-france tests/formulas", commit, cases, skipped }, null, 1)}\n`);
  writeFileSync(join(outDir, "parameters.json"), `${JSON.stringify({ source: "openfisca/openfisca-france openfisca_france/parameters", commit, parameters }, null, 1)}\n`);
  writeFileSync(join(outDir, "README.md"), readme(commit, cases, skipped));
  console.log(`${cases.length} case(s) converted, ${skipped.length} skipped, into ${relative(process.cwd(), outDir)}`);
}

main();
