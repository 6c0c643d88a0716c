/**
 * What the core does with the understanding's newer decisions, through the real core and store:
 * asking back when unsure, the two crisis strengths, a third party's report, distress beside a question,
 * crisis answers in the resident's language. The decisions are scripted here (so each test is about the
 * dialogue, whatever the model learns next); the last block runs the shipped understanding end to end on
 * messages written for these tests.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Catalogue } from "../../src/catalogue/load-catalogue.js";
import type { Understander, Understanding } from "../../src/core/understanding-port.js";
import { createUnderstander } from "../../src/understanding/create-understander.js";
import { createTestRuntime, payloads, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime | undefined;
afterEach(async () => {
  await runtime?.dispose();
  runtime = undefined;
});

const question: Understanding = {
  lang: "fr",
  langConfident: true,
  crisis: null,
  crisisStrength: null,
  crisisAboutOther: false,
  crisisAlso: null,
  level: 1,
  entries: [],
  intent: "question",
  confidence: 0.9,
  distress: false,
};

/** The shipped understander, except for the messages given here, which get the decision given. */
function scripted(script: Record<string, Partial<Understanding>>): (catalogue: Catalogue) => Understander {
  return (catalogue) => {
    const real = createUnderstander(catalogue);
    return { understand: (text, hints) => (script[text] ? { ...question, ...script[text] } : real.understand(text, hints)) };
  };
}

describe("when the understanding is unsure", () => {
  it("asks back with the likeliest topics, a person and something else, and each choice leads somewhere", async () => {
    runtime = await createTestRuntime({
      understander: scripted({ "j'ai un souci avec mes papiers et l'argent": { intent: "unsure", level: 2, entries: ["titre-sejour", "rsa", "compte-caf"], confidence: 0.2 } }),
    });
    const someone = resident(runtime);
    const asked = await someone.say("j'ai un souci avec mes papiers et l'argent");
    expect(texts(asked.replies)).toMatch(/Je veux être sûr de bien vous comprendre/);
    expect(asked.replies.some((r) => r.kind === "entry")).toBe(false);
    // Level 2: the démarche of a procedure entry, the guide of a digital one; a person; something else.
    expect(payloads(asked.replies)).toEqual(["apply:titre-sejour", "apply:rsa", "digital:compte-caf", "talk", "other"]);
    const picked = await someone.press("apply:rsa");
    expect(texts(picked.replies)).toMatch(/Étape 1 sur \d+/);
  });
});

describe("a crisis in two strengths", () => {
  it("imminent: the numbers first, then only the offer of an urgent case", async () => {
    runtime = await createTestRuntime({
      understander: scripted({ "ce soir je vais en finir": { crisis: "suicide", crisisStrength: "imminent", level: 3 } }),
    });
    const result = await resident(runtime).say("ce soir je vais en finir");
    expect(result.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts([result.replies[0]!])).toMatch(/3114/);
    expect(result.replies.some((r) => r.kind === "entry")).toBe(false);
    expect(texts(result.replies)).toMatch(/en priorité/);
  });

  it("possible: 'if you are in danger now' and the numbers on top of the normal answer, the case urgent", async () => {
    runtime = await createTestRuntime({
      understander: scripted({
        "il garde ma carte bancaire et mes papiers": { crisis: "violence", crisisStrength: "possible", level: 3, entries: ["violences-conjugales"] },
      }),
    });
    const someone = resident(runtime);
    const result = await someone.say("il garde ma carte bancaire et mes papiers");
    expect(result.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts([result.replies[0]!])).toMatch(/Si vous êtes en danger maintenant.*17/);
    // …then the normal answer: the entry card and the referral question.
    expect(result.replies.find((r) => r.kind === "entry")).toMatchObject({ entryId: "violences-conjugales" });
    expect(payloads(result.replies)).toContain("consent:yes");
    await someone.press("consent:yes");
    await someone.press("contact:this-chat");
    await someone.press("time:any");
    await someone.say("rappelez-moi vite svp");
    const cases = await runtime.store.listCases({ status: ["open"] });
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ urgency: "urgent", crisis: "violence" });
  });

  it("a third party gets the number to call for the other person", async () => {
    runtime = await createTestRuntime({
      understander: scripted({
        "le petit des voisins est seul depuis hier": { crisis: "child", crisisStrength: "imminent", crisisAboutOther: true, level: 3 },
      }),
    });
    const result = await resident(runtime).say("le petit des voisins est seul depuis hier");
    expect(texts([result.replies[0]!])).toMatch(/répond à toute personne inquiète pour un enfant/);
    expect(result.replies[0]).toMatchObject({ numbers: expect.arrayContaining([expect.objectContaining({ number: "119" })]) });
  });

  it("a message that may be two crises gets both answers, numbers of each", async () => {
    runtime = await createTestRuntime({
      understander: scripted({
        "on dort dans la voiture avec les petits, il boit": { crisis: "violence", crisisStrength: "imminent", crisisAlso: "shelter", level: 3 },
      }),
    });
    const result = await resident(runtime).say("on dort dans la voiture avec les petits, il boit");
    expect(texts([result.replies[0]!])).toMatch(/17.*115/s);
    const numbers = result.replies[0]?.kind === "emergency" ? result.replies[0].numbers.map((n) => n.number) : [];
    expect(numbers).toEqual(expect.arrayContaining(["17", "3919", "115"]));
  });
});

describe("distress beside a question", () => {
  it("adds the offer of a social worker to the information", async () => {
    runtime = await createTestRuntime({
      understander: scripted({ "je sais plus quoi faire pour le loyer": { level: 1, entries: ["aide-logement"], distress: true } }),
    });
    const result = await resident(runtime).say("je sais plus quoi faire pour le loyer");
    expect(result.replies.find((r) => r.kind === "entry")).toMatchObject({ entryId: "aide-logement" });
    expect(texts(result.replies)).toMatch(/travailleur social du CCAS/);
    expect(payloads(result.replies)).toContain("talk:aide-logement");
  });
});

describe("with the shipped understanding", () => {
  it("answers a crisis in Arabic in Arabic, with the numbers", async () => {
    runtime = await createTestRuntime();
    const result = await resident(runtime).say("راجلي ضربني البارح وقال غادي يقتلني إلا خرجت من الدار، أنا خايفة بزاف");
    expect(result.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts([result.replies[0]!])).toMatch(/[\u0600-\u06ff]/);
    expect(texts([result.replies[0]!])).toMatch(/17/);
  });

  it("answers a crisis in Ukrainian in Ukrainian, with 3114", async () => {
    runtime = await createTestRuntime();
    const result = await resident(runtime).say("я хочу покінчити з життям, більше немає сил");
    expect(result.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts([result.replies[0]!])).toMatch(/[\u0400-\u04ff]/);
    expect(texts([result.replies[0]!])).toMatch(/3114/);
  });

  it("answers a crisis in Portuguese in Portuguese, and the rest of the answer too", async () => {
    runtime = await createTestRuntime();
    const result = await resident(runtime).say("o meu marido disse que me mata se eu sair de casa, estou com muito medo");
    expect(result.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts([result.replies[0]!])).toMatch(/ligue/);
    expect(texts(result.replies.slice(1))).toMatch(/assistente social/);
  });

  it.each([
    ["mon enfant est en danger", "child"],
    ["mon fils est battu par son beau-père", "child"],
    ["я хочу покінчити з життям", "suicide"],
  ])("flags %s as a crisis (%s)", async (text, category) => {
    runtime = await createTestRuntime();
    const understander = createUnderstander(runtime.catalogue);
    expect(understander.understand(text).crisis).toBe(category);
  });

  it.each(["je veux parler à quelqu'un", "un humain svp", "j'ai besoin d'aide", "I want to talk to a real person", "بغيت نهضر مع شي واحد"])(
    "sends a request for a person to a social worker: %s",
    async (text) => {
      runtime = await createTestRuntime();
      const u = createUnderstander(runtime.catalogue).understand(text);
      expect(u.level).toBe(3);
      expect(u.entries[0]).toBe("rendez-vous-travailleur-social");
    },
  );
});
