/**
 * `content check --openfisca DIR` on a small fixture of parameter files in openfisca-france's format
 * (test/fixtures/openfisca): agreement, a mismatch, a newer value with the text it cites, a missing
 * parameter, computed figures, ratios, scales — and a fixture changed after the fact shows a mismatch.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { amountSchema, entrySchema, type AmountInput } from "../../src/catalogue/schema.js";
import { crossCheckOpenFisca, countByStatus } from "../../src/catalogue/openfisca/cross-check.js";
import { formatOpenFiscaReport } from "../../src/catalogue/openfisca/format-report.js";
import { readParameter, parametersRoot } from "../../src/catalogue/openfisca/read-parameter.js";

const FIXTURE = new URL("../fixtures/openfisca", import.meta.url).pathname;
const RSA = "prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa";
const ASPA = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel.personnes_seules";
const AAH_RATE = "prestations_sociales.prestations_etat_de_sante.invalidite.aah.taux_capacite.taux_incapacite";
const CHEQUE = "prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.baremes.une_uc";

function figure(over: Partial<AmountInput>): AmountInput {
  return { label: "Montant", value: 651.69, unit: "EUR", period: "month", effective_from: "2026-04-01", source: "https://www.legifrance.gouv.fr/x", openfisca: RSA, ...over };
}

function entryWith(amounts: AmountInput[]) {
  return entrySchema.parse({
    id: "rsa",
    title: "RSA",
    category: "revenus",
    levels: [1],
    organisme: "CAF",
    decided_by: "La CAF",
    summary: "Un résumé suffisamment long pour passer le schéma.",
    eligibility: { text: ["Avoir des revenus faibles."] },
    amounts,
    aliases: {},
    translations: {},
    sources: [{ url: "https://www.legifrance.gouv.fr/x", title: "Légifrance", verified_on: "2026-12-01" }],
    verified_on: "2026-12-01",
  });
}

function statusOf(amount: AmountInput, dir = FIXTURE) {
  return crossCheckOpenFisca([entryWith([amount])], dir).results[0]!;
}

describe("reading OpenFisca parameters", () => {
  it("walks folders, then the file, then keys and brackets inside it", () => {
    const root = parametersRoot(FIXTURE);
    const rsa = readParameter(root, RSA);
    expect("values" in rsa && rsa.values.at(-1)).toEqual({ date: "2026-04-01", value: 651.69 });
    const bracket = readParameter(root, `${CHEQUE}.brackets[1].threshold`);
    expect("values" in bracket && bracket.values.map((v) => v.value)).toEqual([5600, 5700]);
    expect(readParameter(root, `${RSA}_typo`)).toHaveProperty("error");
  });
});

describe("the OpenFisca cross-check", () => {
  it("reports agreement", () => {
    expect(statusOf(figure({}))).toMatchObject({ status: "match", openfisca: { value: 651.69, from: "2026-04-01" } });
  });

  it("reports a mismatch on the figure's date", () => {
    expect(statusOf(figure({ value: 651.7 }))).toMatchObject({ status: "mismatch", openfisca: { value: 651.69 } });
  });

  it("reports a newer value, with its date and the text OpenFisca cites", () => {
    const result = statusOf(figure({ value: 646.52, effective_from: "2025-04-01" }));
    expect(result.status).toBe("newer");
    expect(result.newer).toMatchObject({ value: 651.69, from: "2026-04-01", references: [{ title: "Décret n° 2026-220 du 30 mars 2026, art. 1" }] });
    expect(formatOpenFiscaReport(crossCheckOpenFisca([entryWith([figure({ value: 646.52, effective_from: "2025-04-01" })])], FIXTURE)).join("\n")).toContain(
      "OpenFisca has 651.69 from 2026-04-01 (Décret n° 2026-220",
    );
  });

  it("reports a parameter missing from the checkout, or without a value on the figure's date", () => {
    expect(statusOf(figure({ openfisca: `${RSA}_renamed` })).status).toBe("missing");
    expect(statusOf(figure({ effective_from: "2020-01-01" })).problem).toContain("no value on 2020-01-01");
  });

  it("accepts a computed figure within its own rounding, and a ratio as a percentage", () => {
    // 12 523,14 ÷ 12 = 1 043,595: the Cnav writes 1 043,59.
    expect(statusOf(figure({ value: 1043.59, effective_from: "2026-01-01", openfisca: { parameter: ASPA, divide_by: 12 } })).status).toBe("match");
    expect(statusOf(figure({ value: 1043.5, effective_from: "2026-01-01", openfisca: { parameter: ASPA, divide_by: 12 } })).status).toBe("mismatch");
    expect(statusOf(figure({ value: 80, unit: "percent", period: "none", effective_from: "2005-01-01", openfisca: AAH_RATE })).status).toBe("match");
    expect(statusOf(figure({ value: 194, period: "year", effective_from: "2019-01-01", openfisca: `${CHEQUE}.brackets[0].amount` })).status).toBe("match");
  });

  it("says when the parameter ended after the figure's date", () => {
    const result = statusOf(figure({ value: 100, effective_from: "2020-01-01", openfisca: "test_cases.ended_parameter" }));
    expect(result).toMatchObject({ status: "newer", newer: { value: null, from: "2025-01-01" } });
    expect(statusOf(figure({ value: 100, effective_from: "2025-06-01", openfisca: "test_cases.ended_parameter" })).problem).toContain("ended on 2025-01-01");
  });

  it("shows a mismatch once a parameter file of the checkout changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "accueil-openfisca-"));
    cpSync(FIXTURE, dir, { recursive: true });
    expect(statusOf(figure({}), dir).status).toBe("match");
    const file = join(parametersRoot(dir), `${RSA.replaceAll(".", "/")}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8").replace("value: 651.69", "value: 655.00"));
    const report = crossCheckOpenFisca([entryWith([figure({})])], dir);
    expect(countByStatus(report)).toMatchObject({ mismatch: 1, match: 0 });
    expect(formatOpenFiscaReport(report).join("\n")).toContain("MISMATCH");
  });

  it("counts the figures that name no parameter", () => {
    const unmodelled = amountSchema.parse(figure({})).label;
    const { openfisca: _, ...withoutParameter } = figure({ label: "Autre montant" });
    const report = crossCheckOpenFisca([entryWith([figure({}), withoutParameter])], FIXTURE);
    expect(report.results.map((r) => r.label)).toEqual([unmodelled]);
    expect(report.notModelled).toEqual([{ entry: "rsa", label: "Autre montant" }]);
  });
});
