/**
 * Each message once, in real Chromium against the real server. A bot reply reaches the widget twice on
 * purpose — in the answer to the resident's POST and again on the Server-Sent Events stream (and a third
 * time when the stream reconnects from an older Last-Event-ID) — and the page must show it exactly once,
 * lose nothing, and not read the transcript again after sending. Counted in the DOM: list items, cards,
 * choice blocks, each resident text; the stream's deliveries are watched through the DevTools protocol.
 */
import type { Socket } from "node:net";
import type { IncomingMessage } from "node:http";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { OutboundReply } from "../../src/core/messages.js";
import { externalIdForToken } from "../../src/channels/web/web-session.js";
import type { OutboundBody } from "../../src/store/store.js";
import { resident } from "../support/test-runtime.js";
import { askWidget as ask, browserSuite, type OpenedPage } from "./browser-harness.js";

const suite = browserSuite();
let opened: OpenedPage;

interface Watch {
  /** Event ids the page's EventSource received, in order (every stream the page opened). */
  pushed: number[];
  /** The transcript reads the page made (GET /api/v1/messages), by their query. */
  reads: string[];
  /** The push streams the server was asked for, with the Last-Event-ID they resumed from. */
  streams: Array<{ socket: Socket; lastEventId: string | undefined }>;
}

/** Opens the widget with everything watched: what the stream pushed, what the page read, the stream sockets. */
async function openWatched(): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { pushed: [], reads: [], streams: [] };
  suite.web.app.server.on("request", (request: IncomingMessage) => {
    if (request.url?.startsWith("/api/v1/events")) {
      const lastEventId = request.headers["last-event-id"];
      watch.streams.push({ socket: request.socket, lastEventId: Array.isArray(lastEventId) ? lastEventId[0] : lastEventId });
    }
  });
  opened = await suite.newPage();
  const { page } = opened;
  const devtools = await opened.context.newCDPSession(page);
  await devtools.send("Network.enable");
  devtools.on("Network.eventSourceMessageReceived", (event) => watch.pushed.push(Number(event.eventId)));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "GET" && url.pathname === "/api/v1/messages") watch.reads.push(url.search);
  });
  await page.goto(`${suite.web.baseUrl}/`);
  await page.locator("body.ready").waitFor();
  return { page, watch };
}

async function conversationKey(): Promise<string> {
  const token = (await opened.context.cookies()).find((c) => c.name === "accueil_session")?.value;
  expect(token).toBeDefined();
  return externalIdForToken(token!);
}

async function storedMessages() {
  const conversation = await suite.web.runtime.store.findConversation("web", await conversationKey());
  return suite.web.runtime.store.listMessages(conversation!.id);
}

const domSeqs = (page: Page) => page.locator("#messages > li").evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.seq)));

/**
 * Waits until the push stream has brought the transcript's last message too (so every echo has
 * arrived), then counts: one list item per transcript message, in seq order, and each reply once.
 */
async function expectEachMessageOnce(page: Page, watch: Watch, typed: string[]): Promise<void> {
  const stored = await storedMessages();
  await expect.poll(() => Math.max(0, ...watch.pushed), { timeout: 10_000 }).toBe(stored.length);
  expect(await domSeqs(page)).toEqual(stored.map((_, index) => index + 1));
  const outbound = stored.filter((m) => m.direction === "out");
  const replies: OutboundReply[] = outbound.flatMap((m) => (m.body as OutboundBody).replies);
  const inbound = stored.filter((m) => m.direction === "in");
  expect(await page.locator("#messages > li").count()).toBe(stored.length);
  expect(await page.locator("#messages > li.from-bot").count()).toBe(outbound.length);
  expect(await page.locator("#messages > li.page-request").count()).toBe(inbound.filter((m) => "payload" in m.body && m.body.payload === "cmd:start").length);
  expect(await page.locator("#messages > li.from-resident").count()).toBe(inbound.filter((m) => !("payload" in m.body && m.body.payload === "cmd:start")).length);
  expect(await page.locator("#messages .choices-block").count()).toBe(replies.filter((r) => r.kind === "choices").length);
  expect(await page.locator("#messages article.card.entry").count()).toBe(replies.filter((r) => r.kind === "entry").length);
  for (const text of typed) expect(await page.locator("#messages > li.from-resident", { hasText: text }).count()).toBe(1);
}

describe("widget: each reply once", () => {
  it("shows the answer and the pushed copy once, after a reconnection of the stream and after a reload, losing nothing", async () => {
    const { page, watch } = await openWatched();
    await page.locator("#messages > li.from-bot .choices").first().waitFor();
    await ask(page, "c'est quoi le RSA");
    await page.locator("article.card.entry").first().waitFor();
    await ask(page, "aide alimentaire");
    // A button press too: its answer comes the same two ways.
    const choice = page.locator("#messages > li.from-bot").last().locator(".choices button").first();
    const label = (await choice.textContent()) ?? "";
    const count = await page.locator("#messages > li").count();
    await choice.click();
    await page.locator(`#messages > li:nth-child(${count + 2})`).waitFor();
    await expectEachMessageOnce(page, watch, ["c'est quoi le RSA", "aide alimentaire", label]);
    // Every message after the welcome (which was there before the stream opened) reached the page on the
    // stream as well as in an answer, and was shown once.
    const shown = (await storedMessages()).length;
    expect(watch.pushed).toEqual(Array.from({ length: shown - 2 }, (_, index) => index + 3));

    // The stream drops (a proxy, a mobile network): EventSource reconnects 3 s later with its Last-Event-ID.
    expect(watch.streams).toHaveLength(1);
    for (const stream of watch.streams) stream.socket.destroy();
    // Sent while the stream is down: shown from the answer, and sent again by the stream when it is back.
    await ask(page, "logement social");
    const sentWhileDown = (await storedMessages()).length - 1;
    // Written meanwhile by someone else (as an agent's answer would be): only the stream brings it.
    await resident(suite.web.runtime, await conversationKey()).say("transport solidaire", { id: "meanwhile" });
    await expect.poll(() => watch.streams.length, { timeout: 10_000 }).toBe(2);
    // The new stream resumed before the message sent while it was down, so it brought that one again.
    expect(Number(watch.streams[1]!.lastEventId)).toBeLessThan(sentWhileDown);
    await page.locator("#messages > li.from-resident", { hasText: "transport solidaire" }).waitFor();
    await expectEachMessageOnce(page, watch, ["c'est quoi le RSA", "aide alimentaire", label, "logement social", "transport solidaire"]);
    expect(watch.pushed.filter((id) => id === sentWhileDown)).toHaveLength(1);

    // A reload resumes the conversation: everything once, and a new message once.
    await page.reload();
    await page.locator("body.ready").waitFor();
    await ask(page, "merci");
    await expectEachMessageOnce(page, watch, ["c'est quoi le RSA", "aide alimentaire", label, "logement social", "transport solidaire", "merci"]);

    // The transcript was read when each page opened, never again after sending.
    expect(watch.reads).toEqual(["?after=0", "?after=0"]);
  }, 90_000);
});
