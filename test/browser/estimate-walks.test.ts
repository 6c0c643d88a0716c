/**
 * "Ai-je droit ?" in the resident widget, in real Chromium: three walks (French on a desktop, Arabic right
 * to left on a phone, English on a phone) from the question to the estimate, then to the démarche and to a
 * case. Each estimate passes axe; screenshots go to screenshots/estimate-*.png for a person to look at.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, DESKTOP, expectNoAxeViolations, PHONE, screenshot, type OpenedPage } from "./browser-harness.js";

const suite = browserSuite();
let opened: OpenedPage;

async function openWidget(viewport: { width: number; height: number }, lang?: string): Promise<Page> {
  opened = await suite.newPage({ viewport });
  await opened.page.goto(`${suite.web.baseUrl}/`);
  await opened.page.locator("body.ready").waitFor();
  if (lang) {
    await opened.page.getByLabel("Langue").selectOption(lang);
    await opened.page.locator(`html[lang=${lang}]`).waitFor();
    await opened.page.locator("#messages > li.from-bot").first().waitFor();
  }
  return opened.page;
}

/** Waits for the bot's answer to what the resident just did. */
async function afterBot(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.locator("#messages > li.from-bot").count();
  await action();
  await page.locator("#messages > li.from-bot").nth(before).waitFor();
}

async function type(page: Page, text: string): Promise<void> {
  await afterBot(page, async () => {
    const input = page.locator("#message-input");
    await input.fill(text);
    await input.press("Enter");
  });
}

async function press(page: Page, label: string | RegExp): Promise<void> {
  await afterBot(page, () => page.locator(".choices button", { hasText: label }).last().click());
}

interface Walk {
  name: string;
  viewport: { width: number; height: number };
  lang?: string;
  question: string;
  answers: Array<{ press: string } | { type: string }>;
  estimate: RegExp;
  apply: string | RegExp;
  step1: RegExp;
  talk: string;
  yes: string;
  here: string;
  description: string;
  opened: RegExp;
}

const WALKS: Walk[] = [
  {
    name: "fr",
    viewport: DESKTOP,
    question: "Est-ce que j'ai droit au RSA ?",
    answers: [{ press: "De 25 à 64 ans" }, { press: "Seul" }, { type: "2 ans et 6 ans" }, { type: "800, 750, 0" }, { press: "Aucun" }, { press: "Locataire, avec une aide au logement" }, { type: "280" }],
    estimate: /vous pourriez avoir droit à environ .+ par mois\s: le RSA/,
    apply: "Comment faire la demande",
    step1: /Étape 1 sur/,
    talk: "Parler à une personne",
    yes: "Oui",
    here: "Ici, par message",
    description: "Je voudrais de l'aide pour la demande de RSA.",
    opened: /Votre numéro de demande/,
  },
  {
    name: "ar",
    viewport: PHONE,
    lang: "ar",
    question: "ما هي حقوقي؟",
    answers: [
      { press: "من 25 إلى 64 سنة" },
      { press: "مع شريك" },
      { type: "٣ و ٨" },
      { type: "1400" },
      { press: "بدون أجر" },
      { type: "0" },
      { press: "مستأجر، مع مساعدة السكن" },
      { press: "لا أعرف" },
    ],
    estimate: /حسب أجوبتك، هذا ما قد يحق لك/,
    apply: /تقديم طلب: منحة النشاط/,
    step1: /الخطوة 1 من/,
    talk: "التحدث مع شخص",
    yes: "نعم",
    here: "هنا، برسالة",
    description: "أحتاج مساعدة في طلب منحة النشاط.",
    opened: /رقم طلبك/,
  },
  {
    name: "en",
    viewport: PHONE,
    lang: "en",
    question: "How much would I get for the activity bonus?",
    answers: [{ press: "25 to 64" }, { press: "Alone" }, { press: "No children" }, { type: "about 1,300 euros" }, { press: "None" }, { press: "Tenant, without housing aid" }],
    estimate: /you might be entitled to about .+ a month: the activity bonus/,
    apply: "How to apply",
    step1: /Step 1 of/,
    talk: "Talk to a person",
    yes: "Yes",
    here: "Here, by message",
    description: "I would like help to apply for the activity bonus.",
    opened: /Your request number/,
  },
];

describe("an estimate in the widget", () => {
  it.each(WALKS.map((w) => [w.name, w] as const))("%s: from the question to the estimate, the démarche and a case", async (_name, walk) => {
    const page = await openWidget(walk.viewport, walk.lang);
    await type(page, walk.question);
    for (const answer of walk.answers) {
      if ("press" in answer) await press(page, answer.press);
      else await type(page, answer.type);
    }
    const last = page.locator("#messages > li.from-bot").last();
    expect(((await page.locator("#messages").textContent()) ?? "").replace(/[\u2066-\u2069]/g, "")).toMatch(walk.estimate);
    // The official simulator is a link, the next steps are buttons.
    expect(await last.locator("a[href^='https://']").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, `estimate ${walk.name}`);
    await screenshot(page, `estimate-${walk.name}-1-result`);
    // What the resident sees on the screen: the estimate itself.
    await last.scrollIntoViewIfNeeded();
    await last.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await screenshot(page, `estimate-${walk.name}-1-result-screen`, { fullPage: false });

    await press(page, walk.apply);
    await expect(page.locator("#messages > li.from-bot").last().textContent()).resolves.toMatch(walk.step1);
    await press(page, walk.talk);
    await press(page, walk.yes);
    await press(page, walk.here);
    await type(page, walk.description);
    await expect(page.locator("#messages > li.from-bot").last().textContent()).resolves.toMatch(walk.opened);
    await screenshot(page, `estimate-${walk.name}-2-case`);
    await screenshot(page, `estimate-${walk.name}-2-case-screen`, { fullPage: false });
    expect(suite.web.counts().cases).toBe(1);
  });
});
