/**
 * The four levels of the accueil through the real core (SQLite store, shipped catalogue, real
 * understanding): what a resident sees at each level, and what is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, payloads, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

describe("level 1 — quick information", () => {
  it("shows the entry card with figures, who decides, the official link, then next steps", async () => {
    const result = await resident(runtime).say("c'est quoi le rsa exactement");
    const card = result.replies.find((r) => r.kind === "entry");
    expect(card).toMatchObject({ kind: "entry", entryId: "rsa" });
    if (card?.kind !== "entry") throw new Error("no card");
    expect(card.figures.length).toBeGreaterThan(0);
    expect(card.figures[0]?.value).toMatch(/€/);
    expect(card.figures[0]?.asOf).toMatch(/2026/);
    expect(card.officialUrl).toMatch(/^https:\/\//);
    expect(card.decidedBy).toMatch(/Qui décide/);
    expect(payloads(result.replies)).toEqual(expect.arrayContaining(["apply:rsa", "talk:rsa", "other"]));
  });

  it("answers in the resident's language when a translation exists", async () => {
    const result = await resident(runtime).say("What is the RSA benefit and who can get it?");
    const card = result.replies.find((r) => r.kind === "entry");
    expect(card?.kind === "entry" && card.entryId).toBe("rsa");
    expect(texts(result.replies)).toMatch(/What would you like to do|How to apply/i);
  });
});

describe("level 2 — démarche", () => {
  it("lists the documents, links the online service, and walks the steps one at a time", async () => {
    const someone = resident(runtime);
    const first = await someone.say("comment je fais la demande de rsa, il faut quels papiers ?");
    const shown = texts(first.replies);
    expect(shown).toMatch(/préparez ces papiers/i);
    expect(shown).toMatch(/Étape 1 sur \d+/);
    expect(first.replies.some((r) => r.kind === "link")).toBe(true);
    const second = await someone.press("next");
    expect(texts(second.replies)).toMatch(/Étape 2 sur \d+/);
    const typedNext = await someone.say("ok");
    expect(texts(typedNext.replies)).toMatch(/Étape 3 sur \d+/);
  });

  it("keeps the progress when the resident stops, and resumes at the same step", async () => {
    const someone = resident(runtime);
    await someone.say("comment faire la demande de rsa");
    await someone.press("next");
    const paused = await someone.press("pause");
    expect(texts(paused.replies)).toMatch(/reprendre/i);
    await someone.say("bonjour");
    const resumed = await someone.say("reprendre");
    expect(texts(resumed.replies)).toMatch(/Étape 2 sur \d+/);
  });
});

describe("level 3 — referral", () => {
  it("explains, asks consent, collects only contact and description, opens a case with a reference", async () => {
    const someone = resident(runtime);
    const start = await someone.say("je voudrais parler à une assistante sociale s'il vous plaît");
    expect(texts(start.replies)).toMatch(/travailleur social/);
    expect(payloads(start.replies)).toEqual(["consent:yes", "consent:no"]);
    expect(await runtime.store.listCases({})).toHaveLength(0);

    const consent = await someone.press("consent:yes");
    expect(payloads(consent.replies)).toContain("contact:phone");
    const phone = await someone.press("contact:phone");
    expect(texts(phone.replies)).toMatch(/numéro de téléphone/);
    const badNumber = await someone.say("pas sûr");
    expect(texts(badNumber.replies)).toMatch(/pas reconnu/);
    const time = await someone.say("06 12 34 56 78");
    expect(payloads(time.replies)).toContain("time:morning");
    await someone.press("time:morning");
    const opened = await someone.say("Je n'arrive plus à payer mes factures depuis deux mois.");
    const reference = /demande\s: ([A-Z0-9-]+)/.exec(texts(opened.replies))?.[1];
    expect(reference).toBeTruthy();

    const cases = await runtime.store.listCases({});
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ reference, status: "open", contactMethod: "phone", contactValue: "0612345678", contactTime: "morning", urgency: "normal", level: 3 });
    expect(cases[0]?.description).toBe("Je n'arrive plus à payer mes factures depuis deux mois.");
  });

  it("opens nothing when consent is refused, and says where to go instead", async () => {
    const someone = resident(runtime);
    await someone.press("cmd:human");
    const refused = await someone.press("consent:no");
    expect(texts(refused.replies)).toMatch(/rien transmis/);
    expect(texts(refused.replies)).toContain(runtime.territory.phone);
    expect(await runtime.store.listCases({})).toHaveLength(0);
  });

  it("lets the resident cancel an open case", async () => {
    const someone = resident(runtime);
    await someone.press("cmd:human");
    await someone.press("consent:yes");
    await someone.press("contact:this-chat");
    await someone.say("J'ai besoin d'aide pour un dossier.");
    const cancelled = await someone.press("case:cancel");
    expect(texts(cancelled.replies)).toMatch(/annulée/);
    expect((await runtime.store.listCases({}))[0]?.status).toBe("cancelled");
  });
});

describe("level 4 — digital help", () => {
  it("gives a short guide, never asks for a password, and ends with a place with opening hours", async () => {
    const someone = resident(runtime);
    const first = await someone.say("j'ai oublié mon mot de passe sur le site de la caf, je n'arrive plus à me connecter");
    const shown = texts(first.replies);
    expect(shown).toMatch(/Ne donnez jamais votre mot de passe/);
    expect(shown).toMatch(/Étape 1 sur \d+/);
    let last = first;
    for (let i = 0; i < 12 && !last.replies.some((r) => r.kind === "place"); i++) last = await someone.press("next");
    const place = last.replies.find((r) => r.kind === "place");
    expect(place?.kind === "place" && place.place.hours.length).toBeGreaterThan(0);
    expect(place?.kind === "place" && typeof place.place.openNow).toBe("boolean");
  });
});

describe("not understood", () => {
  it("says so honestly, shows the themes, and offers a person after two misses", async () => {
    const someone = resident(runtime);
    const first = await someone.say("zxqv blorp");
    expect(texts(first.replies)).toMatch(/pas compris/);
    expect(payloads(first.replies)).not.toContain("talk");
    expect(payloads(first.replies).some((p) => p.startsWith("theme:"))).toBe(true);
    const second = await someone.say("qwerty plonk");
    expect(payloads(second.replies)).toContain("talk");
  });
});

describe("location", () => {
  it("answers a shared location with the nearest places and whether they are open", async () => {
    const someone = resident(runtime);
    const place = runtime.territory.places[0];
    if (!place) throw new Error("the territory has no place");
    const result = await someone.share({ lat: place.lat, lon: place.lon });
    const cards = result.replies.filter((r) => r.kind === "place");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]?.kind === "place" && cards[0].place.distanceKm).toBeLessThan(1);
  });
});
