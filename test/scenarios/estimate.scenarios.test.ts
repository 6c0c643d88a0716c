/**
 * "Ai-je droit ?" through the web widget's API, in French, Arabic and English: the resident asks in their
 * own words, answers the questions (buttons and typed amounts), gets an estimate with who decides, the
 * date of the figures and the official simulator, then goes on to the démarche and to a case with a social
 * worker. Erasing the conversation erases the answers: none left in the state, the database file or its log.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readState } from "../../src/core/dialogue-state.js";
import { allText, type ChannelHarness } from "./harness.js";
import { createWebHarness } from "./web-harness.js";

interface Walk {
  lang: string;
  question: string;
  entry: string;
  /** Button labels and typed answers, in order. */
  answers: Array<{ press: string } | { type: string }>;
  estimate: RegExp;
  decides: RegExp;
  howToApply: string | RegExp;
  step1: RegExp;
  talk: string;
  yes: string;
  hereByMessage: string;
  description: string;
  opened: RegExp;
  forgetYes: string;
}

// A distinctive amount, to find (or not) in the database after erasure.
const PLANTED_PAY = "1437.53";

const WALKS: Walk[] = [
  {
    lang: "fr",
    question: "Est-ce que j'ai droit au RSA ?",
    entry: "rsa",
    answers: [
      { press: "De 25 à 64 ans" },
      { press: "Seul" },
      { type: "2 ans et 6 ans" },
      { type: "800, 750, 0" },
      { press: "Aucun" },
      { press: "Locataire, avec une aide au logement" },
      { type: "280" },
    ],
    estimate: /vous pourriez avoir droit à environ \d[\d\s\u202f]*,\d{2}\s€ par mois\s: le RSA/u,
    decides: /C'est une estimation\s: c'est le Département/,
    howToApply: "Comment faire la demande",
    step1: /Étape 1 sur \d+/,
    talk: "Parler à une personne",
    yes: "Oui",
    hereByMessage: "Ici, par message",
    description: "Je voudrais de l'aide pour la demande de RSA.",
    opened: /Votre numéro de demande\s: ([A-Z0-9-]+)/,
    forgetYes: "Oui, tout effacer",
  },
  {
    // "Vérifier mes droits": the four estimates from one set of answers.
    lang: "ar",
    question: "ما هي حقوقي؟",
    entry: "prime-activite",
    answers: [
      { press: "من 25 إلى 64 سنة" },
      { press: "مع شريك" },
      { type: "٣ و ٨" },
      { type: PLANTED_PAY },
      { press: "بدون أجر" },
      { type: "0" },
      { press: "مستأجر، مع مساعدة السكن" },
      { press: "لا أعرف" },
    ],
    estimate: /حسب أجوبتك، هذا ما قد يحق لك:\n• دخل التضامن النشط \(RSA\): لا شيء في الوقت الحالي[^\n]*\n• منحة النشاط \(Prime d'activité\): حوالي [^\n]+ في الشهر/u,
    decides: /هذه تقديرات فقط/,
    howToApply: /^تقديم طلب: منحة النشاط/,
    step1: /الخطوة 1 من \d+/,
    talk: "التحدث مع شخص",
    yes: "نعم",
    hereByMessage: "هنا، برسالة",
    description: "أحتاج مساعدة في طلب الـRSA.",
    opened: /رقم طلبك: ([A-Z0-9-]+)/,
    forgetYes: "نعم، احذف كل شيء",
  },
  {
    lang: "en",
    question: "How much would I get for the activity bonus?",
    entry: "prime-activite",
    answers: [
      { press: "25 to 64" },
      { press: "Alone" },
      { press: "No children" },
      { type: "about 1,300 euros" },
      { press: "None" },
      { press: "Tenant, without housing aid" },
    ],
    estimate: /From your answers, you might be entitled to about €?[\d,.]+\s?€? a month: the activity bonus/,
    decides: /This is an estimate: the CAF \(or the MSA\) decides/,
    howToApply: "How to apply",
    step1: /Step 1 of \d+/,
    talk: "Talk to a person",
    yes: "Yes",
    hereByMessage: "Here, by message",
    description: "I would like help to apply for the activity bonus.",
    opened: /Your request number: ([A-Z0-9-]+)/,
    forgetYes: "Yes, delete everything",
  },
];

describe.each(WALKS)("an estimate in the chat ($lang)", (walk) => {
  let resident: ChannelHarness;
  beforeEach(async () => {
    resident = await createWebHarness();
  });
  afterEach(async () => {
    await resident.dispose();
  });

  it("asks a few questions, gives an estimate, then leads to the démarche and to a case; erasure erases the answers", async () => {
    await resident.sendText(walk.question);
    const intro = allText(await resident.replies());
    expect(intro.length).toBeGreaterThan(0);
    let questions = 1;
    for (const answer of walk.answers) {
      if ("press" in answer) await resident.pressChoice(answer.press);
      else await resident.sendText(answer.type);
      const seen = await resident.replies();
      if (answer !== walk.answers.at(-1)) {
        // One question at a time, never an emergency answer to a number.
        expect(seen.filter((m) => m.author === "bot")).toHaveLength(1);
        expect(allText(seen)).not.toMatch(/\b(3114|119|15|17|112)\b/);
        questions++;
      } else {
        // Bidi isolates around Latin words in Arabic are for display only.
        const text = allText(seen).replace(/[\u2066-\u2069]/g, "");
        expect(text).toMatch(walk.estimate);
        expect(text).toMatch(walk.decides);
        expect(text).toMatch(/2026/);
        // The official simulator's link, and the next steps.
        expect(seen.flatMap((m) => m.buttons).some((b) => b.startsWith("🔗") && /caf\.fr|mesdroitssociaux|ameli/.test(b + text))).toBe(true);
        const buttons = seen.flatMap((m) => m.buttons).map((b) => b.replace(/[\u2066-\u2069]/g, ""));
        expect(buttons.some((b) => (typeof walk.howToApply === "string" ? b === walk.howToApply : walk.howToApply.test(b)))).toBe(true);
        expect(buttons).toContain(walk.talk);
      }
    }
    expect(questions).toBeLessThanOrEqual(8);

    // The answers are in the conversation's state, and only there.
    const conversationId = (await resident.conversationId())!;
    const conversation = await resident.runtime.store.getConversation(conversationId);
    expect(readState(conversation!.state).estimate?.step).toBe("done");

    // Then the démarche…
    await resident.pressChoice(walk.howToApply);
    expect(allText(await resident.replies())).toMatch(walk.step1);
    // …and a social worker.
    await resident.pressChoice(walk.talk);
    await resident.replies();
    await resident.pressChoice(walk.yes);
    await resident.replies();
    await resident.pressChoice(walk.hereByMessage);
    await resident.replies();
    await resident.sendText(walk.description);
    const opened = allText(await resident.replies());
    expect(opened).toMatch(walk.opened);
    const cases = await resident.runtime.store.listCases({});
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ entryId: walk.entry, language: walk.lang });

    // Erasure: no answers left anywhere.
    await resident.command("forget");
    await resident.replies();
    await resident.pressChoice(walk.forgetYes);
    await resident.replies();
    const after = await resident.conversationId();
    const state = after ? readState((await resident.runtime.store.getConversation(after))!.state) : undefined;
    expect(state?.estimate ?? null).toBeNull();
    expect(await resident.runtime.store.getConversation(conversationId)).toBeUndefined();
    if (walk.answers.some((a) => "type" in a && a.type === PLANTED_PAY)) {
      const file = join(resident.runtime.dir, "accueil.sqlite");
      const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString("latin1")).join("");
      expect(bytes).not.toContain(PLANTED_PAY);
    }
  });
});
