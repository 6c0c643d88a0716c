/**
 * The console's alerts and indicators in real Chromium: a crisis written in a held case raises a banner
 * (role="alert") naming the case and marks the tab's title, the case goes first; the resident's messages
 * since the agent last opened the case are counted and marked "Nouveau"; replies and internal notes are
 * told apart in words; entries show their catalogue title; supervisors read the weekly indicators and
 * download the same figures as CSV. Every state passes axe.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addAgent } from "../../src/agents/add-agent.js";
import { openCaseAs, resident } from "../support/test-runtime.js";
import { browserSuite, expectNoAxeViolations, screenshot } from "./browser-harness.js";

const suite = browserSuite();
const PASSWORD = "un mot de passe solide";

async function signedIn(username: string): Promise<Page> {
  const opened = await suite.newPage();
  const page = opened.page;
  page.setDefaultTimeout(8000);
  await page.goto(`${suite.web.baseUrl}/console`);
  await page.locator("body.ready").waitFor();
  await page.getByLabel("Identifiant").fill(username);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.locator("#list-view:not([hidden])").waitFor();
  return page;
}

describe("console alerts", () => {
  it("raises a crisis written in a held case, marks what is new, and tells notes from replies", async () => {
    const { store, clock, core } = suite.web.runtime;
    const nadia = await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password: PASSWORD, role: "agent" });
    const other = await openCaseAs(suite.web.runtime, resident(suite.web.runtime));
    clock.advance(60_000);
    const someone = resident(suite.web.runtime);
    const record = await openCaseAs(suite.web.runtime, someone);
    await core.claimCase(record.id, { id: nadia.id, displayName: "Nadia B." });

    const page = await signedIn("nadia");
    expect(await page.locator("#case-rows tr").first().textContent()).toContain(other.reference);
    // Nadia opens her case, then goes back to the list.
    await page.locator("#case-rows a", { hasText: record.reference }).click();
    await page.locator("#case-view:not([hidden])").waitFor();
    await page.getByRole("link", { name: "Retour aux demandes" }).click();
    await page.locator("#list-view:not([hidden])").waitFor();
    expect(await page.locator("#crisis-alert").textContent()).toBe("");

    // The resident writes a crisis in the held case: the banner, the title, the case first.
    clock.advance(60_000);
    await someone.say("je vais me suicider ce soir");
    const banner = page.getByRole("alert").filter({ hasText: record.reference });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Crise signalée dans la demande ${record.reference}`);
    await expect.poll(() => page.title()).toMatch(/^\(!\) Crise — /);
    const first = page.locator("#case-rows tr").first();
    expect(await first.textContent()).toContain(record.reference);
    expect(await first.textContent()).toContain("crise signalée");
    expect(await first.textContent()).toContain("Nouveau");
    expect(await first.textContent()).toContain("1 depuis votre dernière lecture");
    await expectNoAxeViolations(page, "console list with a crisis alert");
    await screenshot(page, "console-crisis-alert");

    // Opening it from the banner: the message is marked new, the alert goes.
    await banner.getByRole("link", { name: `Ouvrir la demande ${record.reference}` }).click();
    await page.locator("#case-view:not([hidden])").waitFor();
    const fresh = page.locator("#case-messages li.is-new");
    await fresh.first().waitFor();
    expect(await fresh.first().textContent()).toContain("Nouveau");
    expect(await fresh.first().textContent()).toContain("je vais me suicider ce soir");
    expect(await page.locator("#case-events").textContent()).toContain("Crise signalée dans un message");
    await page.locator("#crisis-alert:empty").waitFor({ state: "attached" });
    await expect.poll(() => page.title()).not.toMatch(/^\(!\)/);

    // A reply and a note, each labelled for who sees it.
    await page.getByLabel(/Réponse à la personne/).fill("Je vous appelle tout de suite.");
    await page.getByRole("button", { name: "Envoyer la réponse" }).click();
    await page.locator("#action-status", { hasText: "Réponse envoyée." }).waitFor();
    await page.locator("#note-text").fill("Appel passé au 3114 avec elle.");
    await page.getByRole("button", { name: "Ajouter la note" }).click();
    const note = page.locator("#case-events li.event-note", { hasText: "Appel passé au 3114" });
    await note.waitFor();
    expect(await note.locator(".kind-label").textContent()).toBe("Note interne — la personne ne la voit pas");
    const reply = page.locator("#case-events li.event-agent-message", { hasText: "Je vous appelle" });
    expect(await reply.locator(".kind-label").textContent()).toBe("Réponse envoyée à la personne");
    const [noteStyle, replyStyle] = await Promise.all([
      note.evaluate((e) => getComputedStyle(e).borderTopStyle),
      reply.evaluate((e) => getComputedStyle(e).borderTopStyle),
    ]);
    expect(noteStyle).toBe("dashed");
    expect(replyStyle).not.toBe("dashed");
    expect(await page.locator("#note-hint").textContent()).toBe("Note interne — la personne ne la voit pas");
    await expectNoAxeViolations(page, "console case with a note and a reply");
    await screenshot(page, "console-note-and-reply");
  });

  it("shows the catalogue's title of a case's entry, not its id", async () => {
    const { store, clock } = suite.web.runtime;
    await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password: PASSWORD, role: "agent" });
    const conversation = await store.findOrCreateConversation("web", "labels", clock.now());
    const record = await store.createCase(
      {
        conversationId: conversation.id,
        urgency: "normal",
        level: 3,
        entryId: "rendez-vous-travailleur-social",
        crisis: null,
        summary: "Rendez-vous",
        contactMethod: "this-chat",
        contactValue: null,
        contactTime: null,
        description: "Un rendez-vous",
        language: "fr",
        consentAt: clock.now(),
      },
      clock.now(),
    );
    const page = await signedIn("nadia");
    await page.locator("#case-rows a", { hasText: record.reference }).click();
    await page.locator("#case-view:not([hidden])").waitFor();
    const details = await page.locator("#case-details").textContent();
    expect(details).toContain("Rencontrer un travailleur social (assistant de service social)");
    expect(details).not.toContain("rendez-vous-travailleur-social");
  });
});

describe("indicators page", () => {
  it("shows a seeded week's counts in accessible tables, and the CSV has the same figures", async () => {
    const { store, clock, core } = suite.web.runtime;
    await addAgent(store, clock, { username: "claire", displayName: "Claire M.", password: PASSWORD, role: "supervisor" });
    const nadia = await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password: PASSWORD, role: "agent" });
    const asker = resident(suite.web.runtime);
    await asker.say("c'est quoi le RSA");
    await resident(suite.web.runtime).say("je vais me suicider");
    await resident(suite.web.runtime).say("le zorglub flimflam marche pas, 06 12 34 56 78");
    const record = await openCaseAs(suite.web.runtime, resident(suite.web.runtime));
    clock.advance(12 * 60_000);
    await core.claimCase(record.id, { id: nadia.id, displayName: "Nadia B." });
    await core.replyToResident(record.id, { id: nadia.id, displayName: "Nadia B." }, "Bonjour");

    const page = await signedIn("claire");
    await page.getByRole("link", { name: "Indicateurs" }).click();
    await page.locator("#indicators-view:not([hidden])").waitFor();
    await page.locator("#indicators-themes").waitFor();
    // The seeded week is the last one shown (the page opens on the last weeks up to today).
    const weeks = (await page.locator("#indicators-themes thead th").count()) - 2;
    const cell = (table: string, row: string) => page.locator(`#${table} tbody tr`, { has: page.locator("th", { hasText: row }) }).locator("td").nth(weeks - 1);
    expect(await cell("indicators-themes", "Argent, RSA, minima").textContent()).toBe("1");
    expect(await cell("indicators-crises", "Risque suicidaire").textContent()).toBe("1");
    expect(await cell("indicators-cases", "Ouvertes").textContent()).toBe("1");
    expect(await cell("indicators-cases", "Prises en charge").textContent()).toBe("1");
    expect(await cell("indicators-cases", "Délai médian").textContent()).toBe("12");
    const unanswered = await page.locator("#indicators-unanswered").textContent();
    expect(unanswered).toContain("zorglub");
    expect(unanswered).not.toContain("06 12 34 56 78");
    expect(await page.locator("#indicators-themes caption").textContent()).toBe("Questions par thème");
    await expectNoAxeViolations(page, "console indicators");
    await screenshot(page, "console-indicators");

    const href = await page.locator("#indicators-csv").getAttribute("href");
    expect(href).toContain("format=csv");
    const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    const week = (await page.locator("#indicators-themes thead th").nth(weeks).textContent())!.replace("Semaine du ", "");
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines).toContain(`theme,revenus,"Argent, RSA, minima",${week},1`);
    expect(lines).toContain(`crisis,suicide,suicide,${week},1`);
    expect(lines).toContain(`cases,opened,,${week},1`);
    expect(lines).toContain(`cases,median-first-answer-minutes,,${week},12`);
  });
});
