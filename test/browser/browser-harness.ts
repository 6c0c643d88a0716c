/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, against the real server. The
 * flags keep Chromium from reaching the internet. Pages come from browser.newContext(), which
 * @axe-core/playwright needs. Screenshots go to screenshots/ (git-ignored) for a person to look at.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { startWebServer, type WebHarness } from "../web/web-harness.js";

export const SCREENSHOT_DIR = fileURLToPath(new URL("../../screenshots/", import.meta.url));
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1100, height: 900 };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Script errors and console errors seen on the page; tests assert it stays empty. */
  errors: string[];
}

export async function newPage(browser: Browser, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? "fr-FR",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // A CSP violation or a failed module load shows up here.
    // (An API answering 401 or 422 is logged by Chromium as "Failed to load resource": expected, not a bug.)
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

/** WCAG 2.1 A and AA, as the brief asks; prints each violation with its nodes when there are some. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map((v) => ({
    state,
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  }));
  expect(violations).toEqual([]);
  // axe must have looked at something: a blank page would "pass".
  expect(results.passes.length).toBeGreaterThan(10);
}

/** Full page by default; a modal dialog is shot as the viewport shows it (its backdrop covers only that). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
}

export interface BrowserSuite {
  /** The file's Chromium. */
  readonly browser: Browser;
  /** The current test's server. */
  readonly web: WebHarness;
  /** A new page, closed after the test; a script or console error on it fails the test. */
  newPage(options?: Parameters<typeof newPage>[1]): Promise<OpenedPage>;
}

/**
 * The hooks of a browser test file: one Chromium for the file, a fresh real server for each test, and
 * after each test its pages closed, the server stopped and no script error seen on any page.
 */
export function browserSuite(serverOptions: Parameters<typeof startWebServer>[0] = {}): BrowserSuite {
  let browser: Browser | undefined;
  let web: WebHarness | undefined;
  const pages: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    web = await startWebServer(serverOptions);
  });
  afterEach(async () => {
    const errors = pages.flatMap((opened) => opened.errors);
    for (const opened of pages.splice(0)) await opened.context.close();
    await web?.close();
    expect(errors).toEqual([]);
  });
  return {
    get browser() {
      if (!browser) throw new Error("Chromium is not started yet (use the suite inside a test)");
      return browser;
    },
    get web() {
      if (!web) throw new Error("the server is not started yet (use the suite inside a test)");
      return web;
    },
    async newPage(options) {
      const opened = await newPage(this.browser, options);
      pages.push(opened);
      return opened;
    },
  };
}

/** Sends a message from the widget (a French page) and waits for it and at least one answer to show. */
export async function askWidget(page: Page, text: string): Promise<void> {
  const before = await page.locator("#messages > li").count();
  await page.getByLabel("Votre message").fill(text);
  await page.getByLabel("Votre message").press("Enter");
  await page.locator(`#messages > li:nth-child(${before + 2})`).waitFor();
}
