/**
 * Cards a resident can trust: the caution only where a figure shown could not be confirmed, naming it;
 * French dates written as they are read ("1er avril").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryCard } from "../../src/core/entry-view.js";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await createTestRuntime();
});
afterAll(async () => {
  await runtime.dispose();
});

const cards = () => runtime.catalogue.entries.map((e) => ({ entry: e, card: entryCard(e, "fr", runtime.i18n.t("fr", "bot")) }));

describe("entry cards", () => {
  it("carry a caution only when a figure they show is unconfirmed, and say which", () => {
    let withCaution = 0;
    let without = 0;
    for (const { card } of cards()) {
      const unconfirmed = card.figures.filter((f) => !f.confirmed);
      if (unconfirmed.length === 0) {
        expect(card.caution, card.entryId).toBeUndefined();
        without++;
      } else {
        for (const f of unconfirmed) expect(card.caution, card.entryId).toContain(f.label);
        withCaution++;
      }
    }
    // Both kinds exist in the catalogue, so both branches were checked.
    expect(withCaution).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });

  it("write the first of the month as \"1er\" in French", () => {
    const asOf = cards().flatMap(({ card }) => card.figures.map((f) => f.asOf));
    const firsts = asOf.filter((a) => /\b1er\s/.test(a));
    expect(firsts.length).toBeGreaterThan(0);
    expect(asOf.filter((a) => /(^|\s)1\s(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/.test(a))).toEqual([]);
  });
});
