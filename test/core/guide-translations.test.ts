/**
 * The démarche guide reads the entry's translations (content/translations): documents, steps, delay and
 * how to contest in the resident's language, French where a phrase is missing, with the one-line notice.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CatalogueEntry } from "../../src/catalogue/schema.js";
import { createTestRuntime, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

function guideTexts(entry: CatalogueEntry): string[] {
  return [...entry.documents, ...entry.steps.flatMap((s) => [s.title, s.detail]), ...(entry.delay ? [entry.delay] : []), ...(entry.contest ? [entry.contest.how] : [])];
}

/** Gives the shipped entry a Portuguese translation of every guide text but `except`. */
function translate(id: string, except?: string): CatalogueEntry {
  const entry = runtime.catalogue.get(id)!;
  const phrases = Object.fromEntries(guideTexts(entry).filter((fr) => fr !== except).map((fr) => [fr, `PT ${fr}`]));
  entry.translations.pt = { title: "Título PT", summary: "Um resumo suficientemente longo.", reviewed: false, phrases };
  return entry;
}

async function walk(id: string): Promise<string> {
  const someone = resident(runtime);
  await someone.press("lang:pt");
  const entry = runtime.catalogue.get(id)!;
  const seen = [texts((await someone.press(`apply:${id}`)).replies)];
  for (let i = 0; i < entry.steps.length; i++) seen.push(texts((await someone.press("next")).replies));
  return seen.join("\n");
}

describe("a démarche guide in Portuguese", () => {
  it("shows documents, steps, delay and contest from the translation, with no notice", async () => {
    const entry = translate("rsa");
    const seen = await walk("rsa");
    for (const d of entry.documents) expect(seen).toContain(`PT ${d}`);
    for (const s of entry.steps) expect(seen).toContain(`PT ${s.detail}`);
    if (entry.contest) expect(seen).toContain(`PT ${entry.contest.how}`);
    expect(seen).not.toContain(runtime.i18n.t("pt", "bot")("entry.fallback_note"));
  });

  it("keeps a missing phrase in French and says so in one line", async () => {
    const missing = runtime.catalogue.get("rsa")!.steps[0]!.detail;
    translate("rsa", missing);
    const seen = await walk("rsa");
    expect(seen).toContain(missing);
    expect(seen).not.toContain(`PT ${missing}`);
    expect(seen).toContain(runtime.i18n.t("pt", "bot")("entry.fallback_note"));
  });
});
