/**
 * Honest provenance: `confirmed` follows from what was checked, `content check` warns on a figure resting
 * on a secondary site or superseded by a yearly revaluation, and lists per entry what to re-read.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkContent } from "../../src/catalogue/check-content.js";
import { amountSchema, type AmountInput } from "../../src/catalogue/schema.js";
import { latestRevaluation, supersededOn } from "../../src/catalogue/revaluation.js";

const TODAY = new Date("2026-12-05T12:00:00Z");
const OFFICIAL = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733826";

function amount(over: Partial<AmountInput> = {}): AmountInput {
  return { label: "Montant forfaitaire", value: 651.69, unit: "EUR", period: "month", effective_from: "2026-04-01", source: OFFICIAL, ...over };
}

const checked = (kind: "official" | "openfisca" | "secondary", url = "https://www.legifrance.gouv.fr/y") => ({ checked_against: [{ kind, url }], verified_on: "2026-12-01" });

function check(amounts: AmountInput[]) {
  const dir = mkdtempSync(join(tmpdir(), "accueil-provenance-"));
  mkdirSync(join(dir, "rights"));
  writeFileSync(
    join(dir, "rights", "rsa.yml"),
    stringify({
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
      translations: { en: { title: "Title", summary: "A long enough summary.", reviewed: false }, ar: { title: "Title", summary: "A long enough summary.", reviewed: false }, es: { title: "Title", summary: "A long enough summary.", reviewed: false }, uk: { title: "Title", summary: "A long enough summary.", reviewed: false } },
      sources: [{ url: OFFICIAL, title: "Légifrance", verified_on: "2026-12-01" }],
      verified_on: "2026-12-01",
    }),
  );
  return checkContent({ rightsDir: join(dir, "rights"), today: TODAY });
}

describe("confirmed, derived from provenance", () => {
  it("needs a dated check that is not only a secondary site, for a value still in force", () => {
    expect(amountSchema.parse(amount()).confirmed).toBe(false);
    expect(amountSchema.parse(amount(checked("official"))).confirmed).toBe(true);
    expect(amountSchema.parse(amount(checked("openfisca"))).confirmed).toBe(true);
    expect(amountSchema.parse(amount(checked("secondary", "https://www.efl.fr/x"))).confirmed).toBe(false);
    expect(amountSchema.parse(amount({ ...checked("official"), effective_until: "2026-03-31", effective_from: "2025-04-01" })).confirmed).toBe(false);
  });
});

describe("content check on provenance", () => {
  it("is quiet about a figure checked against its official text", () => {
    const report = check([amount({ ...checked("official"), revalued: "april" })]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.reread).toEqual([]);
  });

  it("warns on a figure whose only support is a secondary site, and lists it to re-read", () => {
    const report = check([amount(checked("secondary", "https://barreau.example.fr/aj"))]);
    expect(report.warnings.join("\n")).toContain("its only support is a secondary site (https://barreau.example.fr/aj)");
    expect(report.reread).toEqual([{ entry: "rsa", items: [`Montant forfaitaire — only a secondary site supports it: read ${OFFICIAL}`] }]);
  });

  it("warns on a source that is not an official site", () => {
    const report = check([amount({ source: "https://villedeleforest.fr/x", ...checked("official") })]);
    expect(report.warnings.join("\n")).toContain("is not an official site");
  });

  it("lists a figure nobody checked as one to re-read, without a warning", () => {
    const report = check([amount()]);
    expect(report.warnings).toEqual([]);
    expect(report.reread[0]?.items[0]).toContain(`never checked: read ${OFFICIAL}`);
  });

  it("flags a figure whose period a yearly revaluation superseded, unless checked since", () => {
    const old = amount({ effective_from: "2025-04-01", revalued: "april", ...checked("official"), verified_on: "2025-12-01" });
    const report = check([old]);
    expect(report.warnings.join("\n")).toContain("superseded by the revaluation of 2026-04-01 (each 1 April)");
    expect(report.reread[0]?.items[0]).toContain("revalued on 2026-04-01: find the new value");
    expect(check([{ ...old, verified_on: "2026-04-15" }]).warnings).toEqual([]);
  });
});

describe("yearly revaluation dates", () => {
  it("finds the latest 1 January, 1 April or 1 August on or before today", () => {
    expect(latestRevaluation("january", TODAY)).toBe("2026-01-01");
    expect(latestRevaluation("august", new Date("2026-07-31T00:00:00Z"))).toBe("2025-08-01");
    expect(supersededOn({ revalued: "april", effective_from: "2026-04-01" }, TODAY)).toBeNull();
    expect(supersededOn({ revalued: "january", effective_from: "2025-01-01" }, TODAY)).toBe("2026-01-01");
    expect(supersededOn({ effective_from: "2009-06-01" }, TODAY)).toBeNull();
  });
});
