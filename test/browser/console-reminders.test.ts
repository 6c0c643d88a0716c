/**
 * Service-level reminders in real Chromium, with no Slack: when the core's timer for an urgent case
 * nobody took comes due (the job runner sweeps it), the open console re-reads its list live and shows the reminder
 * above it and on the case's row, and in the case's details; taking the case removes it. Passes axe.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addAgent } from "../../src/agents/add-agent.js";
import { startJobSweeper, type JobSweeper } from "../../src/jobs/job-sweeper.js";
import { startWebServer, type WebHarness } from "../web/web-harness.js";
import { openCaseAs, resident } from "../support/test-runtime.js";
import { expectNoAxeViolations, launchChromium, newPage, screenshot, type OpenedPage } from "./browser-harness.js";

let browser: Browser;
let web: WebHarness;
let sweeper: JobSweeper;
const pages: OpenedPage[] = [];
const PASSWORD = "un mot de passe solide";
const MINUTE = 60_000;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // The clock moves half an hour on: the agent's session must outlive it.
  web = await startWebServer({ sessionPolicy: { idleMinutes: 24 * 60, maxHours: 48 } });
  const { store, clock, core } = web.runtime;
  sweeper = startJobSweeper({ store, clock, handlers: core.caseTimers.handlers, cron: "", logger: { warn: () => undefined, error: () => undefined } });
});
afterEach(async () => {
  const errors = pages.flatMap((p) => p.errors);
  for (const p of pages.splice(0)) await p.context.close();
  await sweeper.stop();
  await web?.close();
  expect(errors).toEqual([]);
});

async function signedIn(username: string): Promise<Page> {
  const opened = await newPage(browser);
  pages.push(opened);
  const page = opened.page;
  page.setDefaultTimeout(8000);
  await page.goto(`${web.baseUrl}/console`);
  await page.locator("body.ready").waitFor();
  await page.getByLabel("Identifiant").fill(username);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.locator("#list-view:not([hidden])").waitFor();
  return page;
}

describe("console service levels", () => {
  it("shows an urgent case nobody took as overdue, live, until someone takes it", async () => {
    const { store, clock } = web.runtime;
    await addAgent(store, clock, { username: "nadia", displayName: "Nadia B.", password: PASSWORD, role: "agent" });
    const record = await openCaseAs(web.runtime, resident(web.runtime));
    expect(record.urgency).toBe("urgent");

    const page = await signedIn("nadia");
    expect(await page.locator("#reminder-alert").isHidden()).toBe(true);
    expect(await page.locator("#case-rows tr").first().textContent()).not.toContain("délai dépassé");

    // SLA_URGENT_MINUTES (30) and one later the timer comes due: the open page hears it, re-reads the list.
    clock.set(new Date(record.createdAt.getTime() + 31 * MINUTE));
    expect(await sweeper.sweepOnce()).toBeGreaterThan(0);
    const box = page.locator("#reminder-alert");
    await box.waitFor({ state: "visible" });
    expect(await box.getByRole("heading").textContent()).toBe("Délais dépassés");
    expect(await box.locator("li").textContent()).toContain(`Demande urgente ${record.reference} : personne ne l'a prise depuis 31 min.`);
    expect(await page.locator("#case-rows tr").first().textContent()).toContain("délai dépassé");
    await expectNoAxeViolations(page, "console list with a service-level reminder");
    await screenshot(page, "console-service-level-reminder");

    // The case's page says it too; taking the case ends it.
    await box.getByRole("link", { name: `Ouvrir la demande ${record.reference}` }).click();
    await page.locator("#case-view:not([hidden])").waitFor();
    expect(await page.locator("#case-details").textContent()).toContain("Délai dépassé");
    await page.getByRole("button", { name: "Prendre en charge" }).click();
    await page.locator("#action-status", { hasText: /./ }).waitFor();
    expect(await page.locator("#case-details").textContent()).not.toContain("Délai dépassé");
    await page.getByRole("link", { name: "Retour aux demandes" }).click();
    await page.locator("#list-view:not([hidden])").waitFor();
    await box.waitFor({ state: "hidden" });
  });
});
