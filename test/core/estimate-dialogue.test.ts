/**
 * The "ai-je droit ?" dialogue through the real core: how it starts (words, the entry card's button, the
 * themes), one question at a time, typed answers (amounts, ages, Arabic digits), early answers that say
 * what would change them, crises still first, and the answers kept in the dialogue state only.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readState } from "../../src/core/dialogue-state.js";
import { isNumericAnswer } from "../../src/core/dialogues/estimate/is-numeric-answer.js";
import { amounts } from "../../src/core/dialogues/estimate/read-numbers.js";
import { createTestRuntime, payloads, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

async function stateOf(key: string) {
  const conversation = await runtime.store.findConversation("web", key);
  return readState(conversation!.state);
}

describe("reading answers", () => {
  it("reads amounts written in many ways", () => {
    expect(amounts("1200, 1150, 1300")).toEqual([1200, 1150, 1300]);
    expect(amounts("1 200 €")).toEqual([1200]);
    expect(amounts("environ 1.250,50 euros")).toEqual([1250.5]);
    expect(amounts("about 1,300")).toEqual([1300]);
    expect(amounts("١٢٠٠ و ٩٠٠")).toEqual([1200, 900]);
  });

  it("tells a numbers-only answer from a sentence", () => {
    expect(isNumericAnswer("2 ans et 6 ans")).toBe(true);
    expect(isNumericAnswer("12, 9 et 3")).toBe(true);
    expect(isNumericAnswer("٣ و ٨")).toBe(true);
    expect(isNumericAnswer("mon fils de 3 ans est en danger")).toBe(false);
    expect(isNumericAnswer("bonjour")).toBe(false);
  });
});

describe("the estimate dialogue", () => {
  it("starts from the entry card's button, and the themes offer « Vérifier mes droits »", async () => {
    const someone = resident(runtime);
    const card = await someone.say("c'est quoi le rsa exactement");
    expect(payloads(card.replies)).toContain("estimate:rsa");
    const start = await someone.press("estimate:rsa");
    expect(texts(start.replies)).toMatch(/effacées avec elle/);
    expect(payloads(start.replies)).toEqual(["estimate:a:age:under25", "estimate:a:age:25to64", "estimate:a:age:65plus"]);
    const themes = await someone.press("other");
    expect(payloads(themes.replies)).toContain("estimate:all");
  });

  it("asks one question at a time and keeps the answers in the dialogue state only", async () => {
    const someone = resident(runtime);
    await someone.say("est-ce que j'ai droit à la complémentaire santé solidaire ?");
    await someone.press("estimate:a:age:25to64");
    await someone.press("estimate:a:couple:alone");
    await someone.press("estimate:a:children:none");
    const pay = await someone.say("800");
    expect(payloads(pay.replies)).toEqual(["estimate:a:other:none"]);
    await someone.press("estimate:a:other:none");
    const result = await someone.press("estimate:a:housing:tenant");
    // 800 € a month, alone: under the free C2S ceiling (10 339 € a year).
    expect(texts(result.replies)).toMatch(/Complémentaire santé solidaire gratuite/);
    expect(texts(result.replies)).toMatch(/n'ont pas pu être confirmés/);
    expect(payloads(result.replies)).toEqual(expect.arrayContaining(["apply:css", "talk:css", "estimate:reuse:all"]));
    const state = await stateOf(someone.conversationKey);
    expect(state.estimate).toMatchObject({ target: "css", step: "done", answers: { age: "25to64", couple: false, pay: [800, 800, 800], housing: "tenant" } });
    expect(state.mode).toBe("idle");
    // The right of access shows them.
    const conversation = await runtime.store.findConversation("web", someone.conversationKey);
    const access = await runtime.core.residentData(conversation!.id);
    expect(access?.data.estimateAnswers).toMatchObject({ age: "25to64", pay: [800, 800, 800] });
    expect(access?.text).toMatch(/Vos réponses aux questions de l'estimation[\s\S]*pay = 800, 800, 800/);
  });

  it("the ASPA before 65: says when it starts, offers a person, never a flat no", async () => {
    const someone = resident(runtime);
    await someone.press("estimate:aspa");
    const answer = await someone.press("estimate:a:age:25to64");
    const shown = texts(answer.replies);
    expect(shown).toMatch(/65 ans ou plus/);
    expect(shown).toMatch(/Une personne du CCAS peut regarder votre situation/);
    expect(shown).not.toMatch(/n'y avez pas droit/);
    expect(payloads(answer.replies)[0]).toBe("talk:aspa");
  });

  it("the prime d'activité without work: stops early and says what would change it", async () => {
    const someone = resident(runtime);
    await someone.say("combien je toucherais de prime d'activité ?");
    await someone.press("estimate:a:age:25to64");
    await someone.press("estimate:a:couple:alone");
    await someone.press("estimate:a:children:none");
    const answer = await someone.press("estimate:a:pay:none");
    expect(texts(answer.replies)).toMatch(/pour les personnes qui travaillent/);
    expect(texts(answer.replies)).toMatch(/reprenez un travail/);
  });

  it("the ASPA for a retired couple, with the couple's ceiling", async () => {
    const someone = resident(runtime);
    await someone.say("est-ce que j'ai droit au minimum vieillesse ?");
    await someone.press("estimate:a:age:65plus");
    await someone.press("estimate:a:couple:65plus");
    const answer = await someone.say("1200");
    // 19 442,21 / 12 − 1 200 = 420,18 €.
    expect(texts(answer.replies)).toMatch(/environ 420,18\s€ par mois/u);
  });

  it("re-asks once when an answer is not understood, then treats the message as a new question", async () => {
    const someone = resident(runtime);
    await someone.press("estimate:rsa");
    await someone.press("estimate:a:age:25to64");
    await someone.press("estimate:a:couple:alone");
    const again = await someone.say("je ne sais pas trop");
    expect(texts(again.replies)).toMatch(/pas compris votre réponse/);
    const away = await someone.say("comment je fais la demande de rsa, il faut quels papiers ?");
    expect(texts(away.replies)).toMatch(/préparez ces papiers/i);
    expect((await stateOf(someone.conversationKey)).mode).toBe("demarche");
  });

  it("numbers are answers, but crisis words are still answered first", async () => {
    const someone = resident(runtime);
    await someone.press("estimate:rsa");
    await someone.press("estimate:a:age:25to64");
    await someone.press("estimate:a:couple:alone");
    const ages = await someone.say("12, 9 et 3");
    expect(ages.replies.some((r) => r.kind === "emergency")).toBe(false);
    expect(texts(ages.replies)).toMatch(/Combien avez-vous gagné/);
    const crisis = await someone.say("je n'en peux plus, j'ai envie de mourir");
    expect(crisis.replies[0]?.kind).toBe("emergency");
    expect(texts(crisis.replies)).toContain("3114");
  });

  it("checks all the rights with the answers already given", async () => {
    const someone = resident(runtime);
    await someone.press("estimate:prime-activite");
    await someone.press("estimate:a:age:25to64");
    await someone.press("estimate:a:couple:alone");
    await someone.press("estimate:a:children:none");
    await someone.say("1300");
    await someone.press("estimate:a:other:none");
    await someone.press("estimate:a:housing:tenant");
    const all = await someone.press("estimate:reuse:all");
    const shown = texts(all.replies);
    expect(shown).toMatch(/voici ce que vous pourriez avoir/);
    expect(shown).toMatch(/Prime d'activité\s: environ/);
    expect(shown).toMatch(/Revenu de solidarité active \(RSA\)\s: rien pour le moment/);
    expect(shown).toMatch(/Beaucoup de personnes qui y ont droit ne le demandent pas/);
    expect(payloads(all.replies)).toContain("apply:prime-activite");
  });

  it("in Arabic, with Arabic digits", async () => {
    const someone = resident(runtime);
    await someone.say("هل يحق لي الحصول على RSA؟");
    await someone.press("estimate:a:age:25to64");
    await someone.press("estimate:a:couple:alone");
    await someone.say("٣ و ٨");
    const pay = await someone.say("٠");
    expect(texts(pay.replies)).toMatch(/مداخيل أخرى/);
    const state = await stateOf(someone.conversationKey);
    expect(state.estimate?.answers).toMatchObject({ children: [3, 8], pay: [0, 0, 0] });
  });

  it("erasure (/oubli) leaves no answer in the state", async () => {
    const someone = resident(runtime);
    await someone.press("estimate:rsa");
    await someone.press("estimate:a:age:25to64");
    await someone.press("cmd:forget");
    await someone.press("forget:yes");
    const state = await stateOf(someone.conversationKey);
    expect(state.estimate ?? null).toBeNull();
    expect(state.mode).toBe("idle");
  });
});
