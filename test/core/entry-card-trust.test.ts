/**
 * Cards a resident can trust: the caution only where a figure shown could not be confirmed, naming it;
 * French dates written as they are read ("1er avril"); a maximum said as one ("jusqu'à …, selon vos
 * ressources"); French typography (no-break spaces) in French answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryCard, figureKind } from "../../src/core/entry-view.js";
import { frenchTypography } from "../../src/core/french-typography.js";
import { createTestRuntime, resident, texts, type TestRuntime } from "../support/test-runtime.js";

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

  it("say a maximum as a maximum: \"jusqu'à 651,69 € par mois, selon vos ressources\" on the RSA card", () => {
    const rsa = runtime.catalogue.get("rsa")!;
    expect(figureKind(rsa.amounts[0]!)).toBe("maximum");
    const fr = entryCard(rsa, "fr", runtime.i18n.t("fr", "bot"));
    expect(fr.figures[0]!.value).toBe("jusqu'à 651,69\u00a0€ par mois, selon vos ressources");
    const en = entryCard(rsa, "en", runtime.i18n.t("en", "bot"));
    expect(en.figures[0]!.value).toMatch(/^up to €651\.69 per month, depending on your resources$/);
    // A set amount or a ceiling is not worded as a maximum.
    const wording = /jusqu'à .*selon vos ressources/;
    for (const { entry, card } of cards()) {
      const amounts = [...entry.amounts, ...entry.eligibility.conditions.flatMap((c) => (c.kind === "resources" && c.ceiling ? [c.ceiling] : []))];
      card.figures.forEach((figure, i) => {
        expect(wording.test(figure.value), `${entry.id}: ${figure.label}`).toBe(figureKind(amounts[i]!) === "maximum");
      });
    }
  });
});

describe("French typography", () => {
  it("puts no-break spaces before ? ! ; : and in amounts, and leaves URLs and times alone", () => {
    expect(frenchTypography("Sur quel sujet ? Bonjour ! Oui ; non. Qui décide : le Département")).toBe(
      "Sur quel sujet\u202f? Bonjour\u202f! Oui\u202f; non. Qui décide\u00a0: le Département",
    );
    expect(frenchTypography("« RSA » : 651,69 € ou 55 %")).toBe("«\u202fRSA\u202f»\u00a0: 651,69\u00a0€ ou 55\u00a0%");
    expect(frenchTypography("https://www.caf.fr/?q=1 de 08:30 à 12:00")).toBe("https://www.caf.fr/?q=1 de 08:30 à 12:00");
  });

  it("is applied to a French answer: no question mark or colon can start a line", async () => {
    const someone = resident(runtime);
    const answer = await someone.say("c'est quoi le RSA");
    const shown = texts(answer.replies);
    expect(shown).toMatch(/\u202f\?/);
    expect(shown).not.toMatch(/ [?!;:](\s|$)/);
    const card = answer.replies.find((r) => r.kind === "entry");
    expect(card && card.kind === "entry" ? card.decidedBy : "").toMatch(/^Qui décide\u00a0: /);
  });

  it("is not applied to other languages", async () => {
    const someone = resident(runtime);
    const answer = await someone.say("What is the RSA and how do I apply?");
    expect(texts(answer.replies)).not.toMatch(/\u202f[?!;]/);
  });
});
