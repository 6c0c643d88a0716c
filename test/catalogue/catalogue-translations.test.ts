/**
 * Catalogue translations from content/translations/<lang>/<id>.yml: the card and the guide read them,
 * a missing phrase stays French with a one-line notice, and `content check` reports stale phrases.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkContent } from "../../src/catalogue/check-content.js";
import type { CatalogueEntry } from "../../src/catalogue/schema.js";
import { frenchPhrases, mergeTranslationFiles, readTranslationFiles, translatePhrase } from "../../src/catalogue/translations.js";
import { entryCard } from "../../src/core/entry-view.js";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await createTestRuntime();
});
afterAll(async () => {
  await runtime.dispose();
});

/** A copy of a shipped entry with no translation in `lang`, and the fixture file merged into it. */
function translated(id: string, lang: string, file: (entry: CatalogueEntry) => Record<string, unknown>): CatalogueEntry {
  const original = runtime.catalogue.get(id)!;
  const entry = structuredClone({ ...original, translations: {} }) as CatalogueEntry;
  const dir = mkdtempSync(join(tmpdir(), "accueil-translations-"));
  mkdirSync(join(dir, lang));
  writeFileSync(join(dir, lang, `${id}.yml`), stringify({ entry: id, lang, reviewed: false, title: "Título", summary: "Um resumo suficientemente longo.", ...file(entry) }));
  const { files, problems } = readTranslationFiles(dir);
  expect(problems).toEqual([]);
  expect(mergeTranslationFiles([entry], files)).toEqual([]);
  return entry;
}

describe("catalogue translations", () => {
  it("change the card's figure label and who decides", () => {
    const entry = translated("rsa", "pt", (e) => ({
      phrases: Object.fromEntries([e.decided_by, ...e.amounts.map((a) => a.label), ...e.eligibility.conditions.flatMap((c) => (c.kind === "resources" && c.ceiling ? [c.ceiling.label] : []))].map((fr) => [fr, `PT ${fr}`])),
    }));
    const t = runtime.i18n.t("pt", "bot");
    const card = entryCard(entry, "pt", t);
    expect(card.title).toBe("Título");
    expect(card.figures.length).toBeGreaterThan(0);
    for (const figure of card.figures) expect(figure.label).toMatch(/^PT /);
    expect(card.decidedBy).toContain(`PT ${entry.decided_by}`);
    expect(card.fallbackNote).toBeUndefined();
  });

  it("leave a missing phrase in French, with a one-line notice in the resident's language", () => {
    const entry = translated("rsa", "pt", (e) => ({ phrases: { [e.decided_by]: "O Departamento" } }));
    const t = runtime.i18n.t("pt", "bot");
    const card = entryCard(entry, "pt", t);
    expect(card.decidedBy).toContain("O Departamento");
    expect(card.figures[0]!.label).toBe(entry.amounts[0]!.label);
    expect(card.fallbackNote).toBe(t("entry.fallback_note"));
    expect(card.fallbackNote).not.toContain("\n");
    expect(translatePhrase(entry, "pt", entry.documents[0]!)).toBe(entry.documents[0]);
    expect(translatePhrase(entry, "fr", entry.decided_by)).toBe(entry.decided_by);
  });

  it("cover every French string a resident reads", () => {
    const rsa = runtime.catalogue.get("rsa")!;
    const phrases = frenchPhrases(rsa);
    expect(phrases).toContain(rsa.decided_by);
    for (const a of rsa.amounts) expect(phrases).toContain(a.label);
    for (const s of rsa.steps) expect(phrases).toEqual(expect.arrayContaining([s.title, s.detail]));
    for (const d of rsa.documents) expect(phrases).toContain(d);
  });
});

describe("content check and translation files", () => {
  function content(files: Record<string, Record<string, unknown>>) {
    const dir = mkdtempSync(join(tmpdir(), "accueil-content-"));
    mkdirSync(join(dir, "rights"));
    writeFileSync(
      join(dir, "rights", "rsa.yml"),
      stringify({
        id: "rsa",
        title: "Revenu de solidarité active",
        category: "revenus",
        levels: [1],
        organisme: "CAF",
        decided_by: "La CAF",
        summary: "Un résumé suffisamment long pour passer le schéma.",
        eligibility: { text: ["Avoir des revenus faibles."] },
        documents: ["Une pièce d'identité"],
        aliases: { fr: ["rsa"] },
        translations: {},
        sources: [{ url: "https://www.service-public.fr/x", title: "Service public", verified_on: "2026-11-01" }],
        verified_on: "2026-11-01",
      }),
    );
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(join(dir, "translations", path.split("/")[0]!), { recursive: true });
      writeFileSync(join(dir, "translations", path), stringify(data));
    }
    return checkContent({ rightsDir: join(dir, "rights"), today: new Date("2026-11-22T12:00:00Z") });
  }
  const base = { entry: "rsa", lang: "pt", reviewed: false, title: "RSA", summary: "Um resumo suficientemente longo." };

  it("reports a stale phrase and an unknown entry as errors", () => {
    const report = content({
      "pt/rsa.yml": { ...base, phrases: { "La CAF": "A CAF", "Une carte d'identité": "Um cartão" } },
      "pt/nope.yml": { ...base, entry: "nope" },
    });
    expect(report.errors.join("\n")).toMatch(/pt\/rsa\.yml: stale phrase.*Une carte d'identité/);
    expect(report.errors.join("\n")).toMatch(/pt\/nope\.yml: unknown entry "nope"/);
    expect(report.errors.join("\n")).not.toContain("La CAF");
  });

  it("reports per language how complete the translations are", () => {
    const report = content({ "pt/rsa.yml": { ...base, phrases: { "La CAF": "A CAF" } } });
    expect(report.errors).toEqual([]);
    expect(report.translations.find((l) => l.startsWith("pt:"))).toBe("pt: 1/1 entries with title and summary (0 reviewed), 1/3 phrases (33.3%)");
    expect(report.translations.find((l) => l.startsWith("ro:"))).toBe("ro: 0/1 entries with title and summary (0 reviewed), 0/3 phrases (0%)");
  });
});
