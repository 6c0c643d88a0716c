/**
 * The resident widget in real Chromium: every state passes axe (WCAG 2.1 A/AA) with 0 violations,
 * a whole conversation works with the keyboard alone, every reply kind renders (entry card, choices,
 * place, emergency), Arabic is right-to-left, the clear dialog erases, and message text is never HTML.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { externalIdForToken } from "../../src/channels/web/web-session.js";
import { askWidget as ask, browserSuite, expectNoAxeViolations, PHONE, screenshot, type OpenedPage } from "./browser-harness.js";

const bot = JSON.parse(readFileSync(new URL("../../locales/fr/bot.json", import.meta.url), "utf8")) as {
  choice: Record<string, string>;
  welcome: Record<string, string>;
};

const suite = browserSuite();
let opened: OpenedPage;

async function openWidget(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Page> {
  opened = await suite.newPage(options);
  await opened.page.goto(`${suite.web.baseUrl}/`);
  await opened.page.locator("body.ready").waitFor();
  return opened.page;
}

/** True when the element is entirely inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

describe("widget", () => {
  it("opens with the bot's greeting, labelled and announced, and passes axe (desktop and phone)", async () => {
    const page = await openWidget();
    const log = page.getByRole("log");
    await expect(log.getAttribute("aria-live")).resolves.toBe("polite");
    expect(await log.locator("ol#messages").count()).toBe(1);
    expect(await page.getByRole("textbox", { name: "Votre message" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Envoyer" }).count()).toBe(1);
    expect(await page.locator(".notice").textContent()).toMatch(/logiciel.*90 jours/s);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    // The bot's own welcome, in the transcript: a few themes, the others, and a person.
    const greeting = page.locator("#messages > li.from-bot").first();
    expect(await greeting.textContent()).toContain("Je suis un logiciel");
    const choices = await greeting.locator(".choices button").allTextContents();
    expect(choices.length).toBeGreaterThanOrEqual(6);
    expect(choices.length).toBeLessThanOrEqual(8);
    expect(choices).toContain(bot.choice.talk);
    expect(choices).toContain(bot.choice.other_themes);
    // The page's request for it is not shown as something the resident wrote.
    expect(await page.locator("#messages > li.from-resident:visible").count()).toBe(0);
    await expectNoAxeViolations(page, "welcome");
    await screenshot(page, "widget-welcome-desktop");
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, "welcome-phone");
    await screenshot(page, "widget-welcome-phone");
    // The notice opens in place; the menu floats over the conversation. Both pass axe.
    await page.locator(".notice summary").click();
    await page.getByRole("link", { name: /Confidentialité/ }).waitFor();
    await page.getByText("Menu", { exact: true }).click();
    await page.getByRole("button", { name: "Effacer cette conversation" }).waitFor();
    await expectNoAxeViolations(page, "notice and menu open");
    await screenshot(page, "widget-notice-menu-phone", { fullPage: false });
  });

  it("keeps the field and the greeting on a phone's screen, and the field after an answer (360 × 740)", async () => {
    const page = await openWidget({ viewport: PHONE });
    await page.locator("#messages > li.from-bot .choices").first().waitFor();
    expect(await inViewport(page, "#message-input")).toBe(true);
    expect(await inViewport(page, "#send-button")).toBe(true);
    expect(await inViewport(page, "#messages > li.from-bot >> nth=0")).toBe(true);
    expect(await inViewport(page, "#desk-line a")).toBe(true);
    // The CCAS's phone and whether its desk is open, in the header; the weekly hours in the notice.
    expect(await page.locator("#desk-line .desk-status").textContent()).toMatch(/Ouvert|Fermé|Horaires/);
    expect(await page.locator("#notice-hours-list li").count()).toBeGreaterThan(0);
    // The page itself does not scroll: the transcript does.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await ask(page, "c'est quoi le RSA");
    await page.locator("article.entry").first().waitFor();
    expect(await inViewport(page, "#message-input")).toBe(true);
    expect(await inViewport(page, "#send-button")).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    // The answer is shown from its start.
    const title = await page.locator("article.entry h3").first().boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(0);
    expect(title!.y).toBeLessThan(PHONE.height);
    await screenshot(page, "widget-answer-phone", { fullPage: false });
  });

  it("shows an entry card with figures, who decides and the official link, then choices", async () => {
    const page = await openWidget();
    await ask(page, "c'est quoi le RSA");
    const card = page.locator("article.entry").first();
    await card.waitFor();
    expect(await card.locator("h3").textContent()).toMatch(/RSA|revenu de solidarité/i);
    expect(await card.locator(".decided-by").textContent()).toMatch(/^Qui décide\s: \S/);
    expect(await card.locator(".figures li").count()).toBeGreaterThan(0);
    expect(await card.locator(".as-of").first().textContent()).toMatch(/\d{4}/);
    expect(await card.locator(".official a").getAttribute("href")).toMatch(/^https:\/\//);
    expect(await page.locator(".choices button").count()).toBeGreaterThan(1);
    // Focus stays in the field after sending.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-input");
    await expectNoAxeViolations(page, "entry card");
    await screenshot(page, "widget-entry-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "widget-entry-phone");
  });

  it("shows places with opening status, hours, a tel: link and a map link", async () => {
    const page = await openWidget();
    await ask(page, "aide alimentaire");
    const where = page.locator(".choices button", { hasText: bot.choice.where! }).last();
    await where.waitFor();
    const count = await page.locator("#messages > li").count();
    await where.click();
    await page.locator(`#messages > li:nth-child(${count + 2}) article.place`).first().waitFor();
    const place = page.locator("article.place").first();
    expect(await place.locator(".opening strong").textContent()).toMatch(/Ouvert|Fermé|Horaires/);
    expect(await place.locator(".hours li").count()).toBeGreaterThan(0);
    expect(await place.locator('a[href^="tel:"]').count()).toBe(1);
    expect(await place.locator("a.external").getAttribute("href")).toMatch(/^https:\/\//);
    // The resident's button press is shown with its label.
    expect(await page.locator("#messages > li.from-resident").last().textContent()).toContain(bot.choice.where);
    await expectNoAxeViolations(page, "place");
    await screenshot(page, "widget-place-desktop");
  });

  it("puts emergency numbers first, as tel: links", async () => {
    const page = await openWidget({ viewport: PHONE });
    await ask(page, "je n'en peux plus, je veux mourir");
    const answer = page.locator("#messages > li.from-bot").last();
    const first = answer.locator(".bubble > *").first();
    expect(await first.getAttribute("class")).toBe("emergency");
    expect(await answer.locator('.emergency a[href="tel:3114"]').count()).toBe(1);
    await expectNoAxeViolations(page, "emergency");
    await screenshot(page, "widget-emergency-phone");
  });

  it("lets residents download what is stored about them, and shows it readably in the chat", async () => {
    const page = await openWidget({ viewport: PHONE });
    await ask(page, "c'est quoi la prime d'activité ?");
    // The links are in the notice's "En savoir plus".
    await page.locator(".notice summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "télécharger en JSON" }).click()]);
    const saved = await download.path();
    const data = JSON.parse(readFileSync(saved!, "utf8")) as { messages: Array<{ text?: string }> };
    expect(data.messages.map((m) => m.text)).toContain("c'est quoi la prime d'activité ?");
    // The same in the conversation (what /mesdonnees does on Telegram), pushed to the page.
    await page.evaluate(() =>
      fetch("/api/v1/messages", { method: "POST", headers: { "content-type": "application/json", "idempotency-key": "my-data-1" }, body: JSON.stringify({ payload: "cmd:my-data" }) }),
    );
    const section = page.locator("section.my-data");
    await section.waitFor();
    expect(await section.getByRole("heading").textContent()).toBe("Vos données au CCAS");
    expect(await section.locator("pre").textContent()).toContain("prime d'activité");
    expect(await section.getByRole("link", { name: "télécharger en texte" }).getAttribute("download")).toMatch(/\.txt$/);
    await expectNoAxeViolations(page, "my-data");
    await screenshot(page, "widget-my-data-phone");
  });

  it("switches to Arabic, right to left, and the bot follows", async () => {
    const page = await openWidget({ viewport: PHONE });
    await page.getByLabel("Langue").selectOption("ar");
    await page.locator("html[dir=rtl][lang=ar]").waitFor();
    expect(await page.getByRole("button", { name: "إرسال" }).count()).toBe(1);
    // After the welcome, the bot's answer to the language change.
    await page.locator("#messages > li.from-bot").nth(1).waitFor();
    const input = page.getByLabel("رسالتك");
    await input.fill("ما هو RSA");
    await input.press("Enter");
    await page.locator("#messages > li.from-bot").nth(2).waitFor();
    // Logical properties: the send button sits to the left of the field in RTL.
    const field = await input.boundingBox();
    const send = await page.getByRole("button", { name: "إرسال" }).boundingBox();
    expect(send!.x).toBeLessThan(field!.x);
    await expectNoAxeViolations(page, "arabic");
    await screenshot(page, "widget-arabic-phone");
  });

  it("follows the language the resident writes in: Arabic turns the page right to left without the menu", async () => {
    const page = await openWidget({ viewport: PHONE });
    await ask(page, "السلام عليكم، ما هو RSA؟ كيف أطلبه؟");
    await page.locator("html[dir=rtl][lang=ar]").waitFor();
    expect(await page.getByRole("button", { name: "إرسال" }).count()).toBe(1);
    // The way back stays visible: the language menu, now showing Arabic.
    expect(await page.getByLabel("اللغة").inputValue()).toBe("ar");
    // The desk's phone reads left to right inside the Arabic page: its first digit is left of its last.
    const inOrder = await page.locator(".desk-line a").evaluate((a) => {
      const text = a.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect().x;
      range.setStart(text, text.length - 1);
      range.setEnd(text, text.length);
      return first < range.getBoundingClientRect().x;
    });
    expect(inOrder).toBe(true);
    // The card already shown switched language too.
    expect(await page.locator(".card").first().textContent()).not.toContain("Montants et conditions");
    await expectNoAxeViolations(page, "followed-arabic");
    await screenshot(page, "widget-followed-arabic-phone");
    // A resident who chose French in the menu keeps it, whatever they write.
    await page.getByLabel("اللغة").selectOption("fr");
    await page.locator("html[dir=ltr][lang=fr]").waitFor();
    await ask(page, "What is the RSA and how do I apply?");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
  });

  it.each([
    ["ar", "rtl", "ما هو RSA؟ أريد أن أعرف كم يدفعون"],
    ["pt", "ltr", "O que é o RSA? Quanto é que pagam por mês?"],
    ["ru", "ltr", "Что такое RSA? Сколько платят в месяц?"],
  ])("answers a %s message with the page and the whole entry card in that language", async (lang, dir, message) => {
    const page = await openWidget({ viewport: PHONE });
    await ask(page, message);
    await page.locator(`html[lang=${lang}][dir=${dir}]`).waitFor();
    const card = page.locator("article.card.entry").last();
    await card.waitFor();
    const shown = (await card.textContent()) ?? "";
    // Nothing French left on the card: none of the entry's own French texts, none of the card's headings.
    const rsa = suite.web.runtime.catalogue.get("rsa")!;
    const french = [rsa.title, rsa.decided_by, ...rsa.amounts.map((a) => a.label), "Montants et conditions", "Voir la fiche officielle", "selon vos ressources"];
    expect(french.filter((text) => shown.includes(text))).toEqual([]);
    await expectNoAxeViolations(page, `entry card in ${lang}`);
    await screenshot(page, `widget-entry-${lang}-phone`);
  });

  it("clears the conversation after a confirmation dialog, by keyboard", async () => {
    const page = await openWidget();
    await ask(page, "RSA");
    expect(suite.web.counts().transcript).toBeGreaterThan(0);
    // In the menu.
    await page.locator("#menu summary").press("Enter");
    await page.getByRole("button", { name: "Effacer cette conversation" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Effacer cette conversation ?" });
    await dialog.waitFor();
    // The safe choice has the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("clear-cancel");
    await expectNoAxeViolations(page, "clear dialog");
    await screenshot(page, "widget-clear-dialog", { fullPage: false });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("clear-button");
    expect(suite.web.counts().transcript).toBeGreaterThan(0);

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.getByRole("button", { name: "Oui, effacer" }).press("Enter");
    await page.locator("#status", { hasText: "La conversation a été effacée." }).waitFor();
    // A new conversation, with nothing but the welcome (the page's request for it, and the bot's answer).
    expect(await page.locator("#messages > li:visible").count()).toBe(1);
    expect(await page.locator("#messages > li.from-resident:visible").count()).toBe(0);
    expect(suite.web.counts()).toMatchObject({ transcript: 2, conversations: 1 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-input");
  });

  it("can be used with the keyboard alone: skip link, type, send, pick a choice", async () => {
    const page = await openWidget();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-input");
    await page.keyboard.type("prime d'activité");
    await page.keyboard.press("Enter");
    await page.locator(".choices button").first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-input");
    await expectNoAxeViolations(page, "choices");
    // Back through the page to the first choice button, as a keyboard user would.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press("Shift+Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("choice") ?? false);
    }
    expect(reached).toBe(true);
    const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
    const count = await page.locator("#messages > li").count();
    await page.keyboard.press("Enter");
    await page.locator(`#messages > li:nth-child(${count + 2})`).waitFor();
    expect(await page.locator("#messages > li.from-resident").last().textContent()).toContain(label);
    // The focus returns to the field once the answer is in (the bot's replies may still be arriving).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("message-input");
    // A visible focus indicator on the field.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
  });

  it("shows the conversation again when reopened, each message once, with what was written meanwhile", async () => {
    const page = await openWidget();
    await ask(page, "RSA");
    const count = await page.locator("#messages > li").count();
    const cookies = await opened.context.cookies();
    const token = cookies.find((c) => c.name === "accueil_session")?.value;
    expect(cookies.find((c) => c.name === "accueil_session")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    await page.goto("about:blank");
    // Written while no page is open (as an agent's answer would be).
    const key = externalIdForToken(token!);
    await suite.web.runtime.core.handleInbound({
      channel: "web",
      conversationKey: key,
      senderKey: key,
      text: "aide alimentaire",
      platformMessageId: `${key}:meanwhile`,
      receivedAt: suite.web.runtime.clock.now(),
    });
    await page.goto(`${suite.web.baseUrl}/`);
    await page.locator("body.ready").waitFor();
    await page.locator(`#messages > li:nth-child(${count + 2})`).waitFor();
    expect(await page.locator("#messages > li.from-resident:visible").allTextContents()).toEqual([
      expect.stringContaining("RSA"),
      expect.stringContaining("aide alimentaire"),
    ]);
    const seqs = await page.locator("#messages > li").evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.seq)));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it("renders message text as text, never as HTML", async () => {
    const page = await openWidget();
    await ask(page, '<img src=x onerror="document.body.dataset.pwned=1">RSA');
    const mine = page.locator("#messages > li.from-resident").first();
    expect(await mine.textContent()).toContain("<img src=x");
    expect(await page.locator("#messages img").count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  });

  it("says when a message is too long, in the resident's language, and keeps the text", async () => {
    const page = await openWidget();
    // Bypass maxlength the way a script could; the server still refuses.
    await page.evaluate(() => document.getElementById("message-input")!.removeAttribute("maxlength"));
    const stored = suite.web.counts().transcript;
    await page.getByLabel("Votre message").fill("x".repeat(2001));
    await page.getByLabel("Votre message").press("Enter");
    await page.getByRole("alert").filter({ hasText: "2 000 caractères" }).waitFor();
    expect((await page.getByLabel("Votre message").inputValue()).length).toBe(2001);
    expect(suite.web.counts().transcript).toBe(stored);
  });
});
