import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkContent } from "../../src/catalogue/check-content.js";

const TODAY = new Date("2026-11-22T12:00:00Z");

function entry(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Titre de ${id}`,
    category: "revenus",
    levels: [1],
    organisme: "CAF",
    decided_by: "La CAF",
    summary: "Un résumé suffisamment long pour passer le schéma.",
    eligibility: { text: ["Avoir des revenus faibles."] },
    aliases: { fr: [`alias ${id}`] },
    translations: {
      en: { title: "Title", summary: "A long enough summary.", reviewed: false },
      ar: { title: "Title", summary: "A long enough summary.", reviewed: false },
      es: { title: "Title", summary: "A long enough summary.", reviewed: false },
      uk: { title: "Title", summary: "A long enough summary.", reviewed: false },
    },
    sources: [{ url: "https://www.service-public.fr/x", title: "Service public", verified_on: "2026-11-01" }],
    verified_on: "2026-11-01",
    ...overrides,
  };
}

function catalogue(entries: Record<string, unknown>[], coverageIds?: string[]): { rightsDir: string; coveragePath: string } {
  const dir = mkdtempSync(join(tmpdir(), "accueil-content-"));
  const rightsDir = join(dir, "rights");
  mkdirSync(rightsDir);
  for (const e of entries) writeFileSync(join(rightsDir, `${String(e.id)}.yml`), stringify(e));
  const coveragePath = join(dir, "coverage.yml");
  if (coverageIds) writeFileSync(coveragePath, stringify({ revenus: coverageIds.map((id) => ({ id, name: id })) }));
  return { rightsDir, coveragePath };
}

describe("checkContent", () => {
  it("passes a clean catalogue", () => {
    const paths = catalogue([entry("rsa"), entry("css")], ["rsa", "css"]);
    const report = checkContent({ ...paths, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it("reports a coverage id without an entry as an error", () => {
    const report = checkContent({ ...catalogue([entry("rsa")], ["rsa", "aah"]), today: TODAY });
    expect(report.errors.join("\n")).toContain('"aah"');
  });

  it("skips coverage, with a note, when the file is absent", () => {
    const report = checkContent({ ...catalogue([entry("rsa")]), today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.notes.join("\n")).toContain("coverage check skipped");
  });

  it("reports an unsourced or insecure figure, or a date without its check, as an error", () => {
    const insecure = entry("rsa", {
      amounts: [{ label: "Montant", value: 10, unit: "EUR", period: "month", effective_from: "2026-01-01", source: "http://insecure.example/x" }],
    });
    const unsourced = entry("css", { amounts: [{ label: "Montant", value: 10, unit: "EUR", period: "month", effective_from: "2026-01-01" }] });
    const dateOnly = entry("aah", {
      amounts: [{ label: "Montant", value: 10, unit: "EUR", period: "month", effective_from: "2026-01-01", source: "https://www.service-public.fr/x", verified_on: "2026-11-01" }],
    });
    const confirmedByHand = entry("ame", {
      amounts: [{ label: "Montant", value: 10, unit: "EUR", period: "month", effective_from: "2026-01-01", source: "https://www.service-public.fr/x", confirmed: true }],
    });
    const errors = checkContent({ ...catalogue([insecure, unsourced, dateOnly, confirmedByHand], ["rsa", "css", "aah", "ame"]), today: TODAY }).errors.join("\n");
    expect(errors).toContain("rsa.yml: amounts.0.source");
    expect(errors).toContain("css.yml: amounts.0.source");
    expect(errors).toContain("aah.yml: amounts.0.verified_on: verified_on and checked_against go together");
    // `confirmed` is derived from the provenance, never written.
    expect(errors).toContain("ame.yml: amounts.0: Unrecognized key");
  });

  it("reports unresolved references as errors", () => {
    const bad = entry("rsa", {
      related: ["nope"],
      online: { label: "En ligne", url: "https://caf.fr/x", needs_account: true, account_entry: "compte-inconnu" },
    });
    const errors = checkContent({ ...catalogue([bad], ["rsa"]), today: TODAY }).errors.join("\n");
    expect(errors).toContain('related: unknown entry "nope"');
    expect(errors).toContain('account_entry: unknown entry "compte-inconnu"');
  });

  it("warns on stale dates, missing translations and alias collisions", () => {
    const stale = entry("rsa", { verified_on: "2025-01-01", translations: {}, aliases: { fr: ["aide sociale"] } });
    const other = entry("css", { aliases: { fr: ["Aide  sociale"] } });
    const report = checkContent({ ...catalogue([stale, other], ["rsa", "css"]), today: TODAY });
    expect(report.errors).toEqual([]);
    const warnings = report.warnings.join("\n");
    expect(warnings).toContain("more than 12 months old");
    expect(warnings).toContain("no translation for en, ar, es, uk");
    expect(warnings).toContain('alias collision: "aide sociale" in css, rsa');
  });
});
