/**
 * The agent console in real Chromium, and the whole path across both pages: a resident asks for a
 * person and consents in the widget; an agent signs in, claims, replies; the widget shows the reply
 * live, marked as a person's; the agent closes; the bot answers again. A colleague's case offers a note
 * only; a supervisor reassigns, closes and reopens it, disables an agent (whose open page is signed out
 * at its next request) and reads the audit log. Every console state passes axe.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addAgent } from "../../src/agents/add-agent.js";
import { resident, openCaseAs } from "../support/test-runtime.js";
import { browserSuite, expectNoAxeViolations, PHONE, screenshot } from "./browser-harness.js";

const suite = browserSuite();

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const opened = await suite.newPage(viewport ? { viewport } : {});
  await opened.page.goto(`${suite.web.baseUrl}${path}`);
  await opened.page.locator("body.ready").waitFor();
  return opened.page;
}

async function pressChoice(page: Page, label: string): Promise<void> {
  const count = await page.locator("#messages > li").count();
  await page.locator(".choices button", { hasText: label }).last().click();
  await page.locator(`#messages > li:nth-child(${count + 2})`).waitFor();
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Identifiant").fill(username);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.locator("#list-view:not([hidden])").waitFor();
}

describe("console", () => {
  it("creates the first account from the logged setup link", async () => {
    const link = String(suite.web.logs.find((line) => typeof line.setupUrl === "string")?.setupUrl);
    const opened = await suite.newPage();
    const page = opened.page;
    await page.goto(link);
    await page.getByLabel("Identifiant").waitFor();
    // The token left the address bar at once.
    expect(page.url()).not.toContain("#");
    await expectNoAxeViolations(page, "console setup");
    await screenshot(page, "console-setup");
    await page.getByLabel("Identifiant").fill("claire");
    await page.getByLabel("Nom affiché").fill("Claire M.");
    await page.getByLabel("Mot de passe (12 caractères au moins)").fill("une phrase de passe longue");
    await page.getByLabel("Confirmer le mot de passe").fill("une phrase de passe longue");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await page.locator("#list-view:not([hidden])").waitFor();
    expect(await page.locator("#who-name").textContent()).toContain("Claire M.");
    expect((await suite.web.runtime.store.findAgentByUsername("claire"))?.role).toBe("supervisor");
  });

  it("takes a resident's request from consent to a live reply, and hands back to the bot", async () => {
    await addAgent(suite.web.runtime.store, suite.web.runtime.clock, { username: "nadia", displayName: "Nadia B.", password: "un mot de passe solide", role: "agent" });

    // The resident asks for a person and consents.
    const widget = await open("/", PHONE);
    const count = await widget.locator("#messages > li").count();
    // From the bot's welcome, which the page opens with.
    await widget.locator(".choices button", { hasText: "Parler à une personne" }).first().click();
    await widget.locator(`#messages > li:nth-child(${count + 2})`).waitFor();
    await pressChoice(widget, "Oui");
    await pressChoice(widget, "Ici, par message");
    const input = widget.getByLabel("Votre message");
    await input.fill("Mon dossier CAF est bloqué depuis deux mois.");
    await input.press("Enter");
    await widget.locator("#messages > li.from-bot", { hasText: "C'est transmis" }).waitFor();

    // The agent signs in.
    const consolePage = await open("/console");
    await consolePage.getByLabel("Identifiant").waitFor();
    await expectNoAxeViolations(consolePage, "console sign-in");
    await screenshot(consolePage, "console-signin");
    await signIn(consolePage, "nadia", "un mot de passe solide");
    const row = consolePage.locator("#case-rows tr").first();
    await row.waitFor();
    expect(await row.textContent()).toContain("À prendre");
    await expectNoAxeViolations(consolePage, "console case list");
    await screenshot(consolePage, "console-case-list");

    // Claims, replies.
    await row.locator("a").click();
    await consolePage.locator("#case-view:not([hidden])").waitFor();
    expect(await consolePage.locator("#case-details").textContent()).toContain("bloqué depuis deux mois");
    await expectNoAxeViolations(consolePage, "console case page (open)");
    await consolePage.getByRole("button", { name: "Prendre en charge" }).click();
    // The reply form is already shown for an untaken case: wait for the claim itself (its button goes),
    // after which the focus moves to the reply field.
    await consolePage.locator("#claim-button").waitFor({ state: "hidden" });
    await expect.poll(() => consolePage.evaluate(() => document.activeElement?.id)).toBe("reply-text");
    await consolePage.getByLabel(/Réponse à la personne/).fill("Bonjour, je suis Nadia du CCAS. Je regarde votre dossier.");
    await consolePage.getByRole("button", { name: "Envoyer la réponse" }).click();
    await consolePage.locator("#action-status", { hasText: "Réponse envoyée." }).waitFor();

    // The widget shows the reply live, as a person's words.
    const fromPerson = widget.locator("#messages > li.from-person").last();
    await fromPerson.waitFor();
    expect(await fromPerson.locator(".person-badge").textContent()).toContain("Nadia B.");
    expect(await fromPerson.textContent()).toContain("Je regarde votre dossier.");
    await expectNoAxeViolations(widget, "widget with a person's reply");
    await screenshot(widget, "widget-agent-reply-phone");

    // The resident answers; the console updates live.
    await input.fill("Merci, je suis disponible demain matin.");
    await input.press("Enter");
    await consolePage.locator("#case-events", { hasText: "disponible demain matin" }).waitFor();
    await consolePage.getByLabel(/Note interne/).fill("Appeler la CAF lundi.");
    await consolePage.getByRole("button", { name: "Ajouter la note" }).click();
    await consolePage.locator("#case-events", { hasText: "Appeler la CAF lundi." }).waitFor();
    await expectNoAxeViolations(consolePage, "console case page (claimed)");
    await screenshot(consolePage, "console-case-page");

    // Closes: the bot speaks again.
    await consolePage.getByLabel("Issue").selectOption("appointment");
    await consolePage.getByRole("button", { name: "Clôturer la demande" }).click();
    await consolePage.locator("#case-details", { hasText: "Clôturée" }).waitFor();
    const before = await widget.locator("#messages > li.from-bot").count();
    await input.fill("c'est quoi la prime d'activité");
    await input.press("Enter");
    await widget.locator("#messages > li.from-bot").nth(before).waitFor();
    expect(await widget.locator("#messages > li.from-bot").last().locator("article.entry").count()).toBe(1);
    expect(await widget.locator("#messages").textContent()).not.toContain("Appeler la CAF lundi");
  });

  // Four sign-ins (scrypt) and a dozen pages: a long walk, given room on a busy machine.
  it("keeps a colleague's case to its holder; a supervisor reassigns, reopens, disables an agent and reads the audit log", { timeout: 90_000 }, async () => {
    const { store, clock, core } = suite.web.runtime;
    const password = "un mot de passe solide";
    const nadia = await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password, role: "agent" });
    const paul = await addAgent(store, clock, { username: "paul", displayName: "Paul M.", password, role: "agent" });
    await addAgent(store, clock, { username: "claire", displayName: "Claire M.", password, role: "supervisor" });
    const someone = resident(suite.web.runtime);
    await someone.press("cmd:human");
    await someone.press("consent:yes");
    await someone.press("contact:this-chat");
    await someone.say("Mon dossier CAF est bloqué depuis deux mois.");
    const [record] = await store.listCases({ status: ["open"] });
    await core.claimCase(record!.id, { id: nadia.id, displayName: nadia.displayName });

    // Nadia is signed in on another screen.
    const nadiaPage = await open("/console");
    await signIn(nadiaPage, "nadia", password);

    // Paul sees Nadia's case: who holds it, a note form, nothing else.
    const paulPage = await open("/console");
    await signIn(paulPage, "paul", password);
    expect(await paulPage.locator("#supervisor-nav").isHidden()).toBe(true);
    await paulPage.locator("#case-rows a", { hasText: record!.reference }).click();
    await paulPage.locator("#case-view:not([hidden])").waitFor();
    expect(await paulPage.locator("#case-held").textContent()).toContain("Nadia B. a pris cette demande en charge");
    for (const hidden of ["#reply-form", "#close-form", "#claim-button", "#reassign-form", "#reopen-button", "#case-audit-section"]) {
      expect(await paulPage.locator(hidden).isHidden(), hidden).toBe(true);
    }
    expect(await paulPage.locator("#note-form").isVisible()).toBe(true);
    await expectNoAxeViolations(paulPage, "console case page (a colleague's case)");
    await screenshot(paulPage, "console-colleague-case");
    // What the page does not offer, the API refuses too.
    const refused = await paulPage.evaluate(async (id) => {
      const response = await fetch(`/console/api/cases/${id}/reply`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Bonjour" }) });
      return [response.status, (await response.json()).error.code];
    }, record!.id);
    expect(refused).toEqual([403, "not_assigned"]);

    // Claire gives it to Paul, with the keyboard.
    const claire = await open("/console");
    await signIn(claire, "claire", password);
    expect(await claire.locator("#supervisor-nav").isVisible()).toBe(true);
    await claire.locator("#case-rows a", { hasText: record!.reference }).click();
    await claire.locator("#case-audit li", { hasText: "Prise en charge" }).waitFor();
    await expectNoAxeViolations(claire, "console case page (supervisor)");
    await screenshot(claire, "console-case-supervisor");
    await claire.getByLabel("Agent", { exact: true }).selectOption({ label: "Paul M." });
    await claire.getByRole("button", { name: "Confier la demande" }).focus();
    await claire.keyboard.press("Enter");
    await claire.locator("#action-status", { hasText: "Demande confiée à Paul M." }).waitFor();
    expect((await store.getCase(record!.id))?.assignedAgentId).toBe(paul.id);
    await claire.locator("#case-events", { hasText: "Confiée à Paul M. par Claire M." }).waitFor();
    // Paul's page follows live: the case is now his to answer.
    await paulPage.locator("#reply-form").waitFor({ state: "visible" });
    expect(await paulPage.locator("#case-held").isHidden()).toBe(true);

    // Claire closes it, then reopens it.
    await claire.getByLabel("Issue").selectOption("resolved");
    await claire.getByRole("button", { name: "Clôturer la demande" }).click();
    await claire.locator("#reopen-button").waitFor({ state: "visible" });
    await expectNoAxeViolations(claire, "console case page (closed, supervisor)");
    await claire.locator("#reopen-button").click();
    await claire.locator("#action-status", { hasText: "Demande rouverte" }).waitFor();
    expect((await store.getCase(record!.id))?.status).toBe("open");

    // Claire disables Nadia: Nadia's open page is signed out at its next request.
    await claire.getByRole("link", { name: "Agents" }).click();
    await claire.locator("#agents-view:not([hidden])").waitFor();
    await expectNoAxeViolations(claire, "console agents page");
    await screenshot(claire, "console-agents");
    await claire.getByRole("button", { name: "Désactiver Nadia B." }).click();
    await claire.locator("#agent-rows tr", { hasText: "Désactivé le" }).waitFor();
    expect(await claire.locator("#live").textContent()).toContain("Compte de Nadia B. désactivé");
    expect(await claire.getByRole("button", { name: "Réactiver Nadia B." }).isVisible()).toBe(true);
    await nadiaPage.getByLabel("Afficher").selectOption("closed");
    await nadiaPage.locator("#signin-view:not([hidden])").waitFor();
    expect(await nadiaPage.locator("#error").textContent()).toBe("Votre session a expiré. Reconnectez-vous.");

    // The audit log: everything above, newest first, with links to the request.
    await claire.getByRole("link", { name: "Journal des actions" }).click();
    await claire.locator("#audit-rows tr").first().waitFor();
    const log = await claire.locator("#audit-rows").textContent();
    for (const action of ["Ouverture", "Prise en charge", "Consultation", "Réattribution", "Clôture", "Réouverture"]) expect(log).toContain(action);
    expect(log).toContain("de Nadia B. à Paul M.");
    expect(log).not.toContain("bloqué");
    await expectNoAxeViolations(claire, "console audit log");
    await screenshot(claire, "console-audit");
  });

  it("finds a case by the reference the resident was given, even closed, by keyboard", async () => {
    const { store, clock, core } = suite.web.runtime;
    await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password: "un mot de passe solide", role: "agent" });
    const someone = resident(suite.web.runtime);
    const record = await openCaseAs(suite.web.runtime, someone);
    await core.closeCase(record.id, { id: "slack:U1", displayName: "Paul" }, "resolved");
    const page = await open("/console");
    await signIn(page, "nadia", "un mot de passe solide");
    const field = page.getByRole("textbox", { name: "Retrouver une demande par son numéro" });
    await field.fill("ZZZ-999");
    await field.press("Enter");
    await page.locator("#reference-search-result", { hasText: "Aucune demande ne porte le numéro ZZZ-999." }).waitFor();
    await expectNoAxeViolations(page, "console reference search, not found");
    await field.fill(record.reference.toLowerCase());
    await field.press("Enter");
    await page.waitForURL(`**/console#/cases/${record.id}`);
    await page.getByRole("heading", { name: new RegExp(record.reference) }).first().waitFor();
  });

  it("shows supervisors the messages that could not be sent or are late, and only supervisors", async () => {
    const { store, clock } = suite.web.runtime;
    await addAgent(store, clock, { username: "claire", displayName: "Claire M.", password: "une phrase de passe longue", role: "supervisor" });
    await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password: "un mot de passe solide", role: "agent" });
    const conversation = await store.findOrCreateConversation("telegram", "4242", clock.now());
    const message = { author: "bot" as const, replies: [{ kind: "text" as const, text: "bonjour" }] };
    const given = await store.enqueueOutbox({ conversationId: conversation.id, channel: "telegram", message, availableAt: clock.now() });
    await store.markOutboxDead(given, "Bad Request: chat not found");
    // Another one has been waiting for three minutes (the platform is down).
    await store.enqueueOutbox({ conversationId: conversation.id, channel: "telegram", message, availableAt: clock.now() });
    clock.advance(3 * 60_000);

    const supervisor = await open("/console");
    await signIn(supervisor, "claire", "une phrase de passe longue");
    const banner = supervisor.locator("#delivery-alert");
    await banner.waitFor();
    expect(await banner.locator("h2").textContent()).toBe("Envoi des messages");
    expect(await supervisor.locator("#delivery-dead").textContent()).toContain("Messages non remis ces 7 derniers jours : 1.");
    expect(await supervisor.locator("#delivery-late").textContent()).toContain("depuis 3 min (1 en attente)");
    await expectNoAxeViolations(supervisor, "console list with the delivery banner");
    await screenshot(supervisor, "console-delivery-banner");

    const agent = await open("/console");
    await signIn(agent, "nadia", "un mot de passe solide");
    expect(await agent.locator("#delivery-alert").isHidden()).toBe(true);
    const refused = await agent.evaluate(async () => (await fetch("/console/api/delivery")).status);
    expect(refused).toBe(403);
  });
});
