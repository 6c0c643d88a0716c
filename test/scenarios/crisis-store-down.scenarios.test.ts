/**
 * "A crisis message gets the right emergency number at once, whatever else happens" — on every channel,
 * with the database gone: the crisis is answered with its numbers straight from the core (degraded),
 * while an ordinary message is refused in the channel's own way (the web API says 500; Telegram's
 * webhook says 503, so Telegram delivers the update again once the store is back).
 */
import { afterEach, describe, expect, it } from "vitest";
import { allText, type ChannelHarness, type HarnessFactory } from "./harness.js";
import { createTelegramHarness } from "./telegram-harness.js";
import { createWebHarness } from "./web-harness.js";

const channels: Array<[string, HarnessFactory]> = [
  ["web", createWebHarness],
  ["telegram", createTelegramHarness],
];

describe.each(channels)("on the %s channel, with the store down", (_name, createHarness) => {
  let harness: ChannelHarness | undefined;
  afterEach(async () => {
    await harness?.dispose().catch(() => undefined);
    harness = undefined;
  });

  it("answers a crisis with the emergency numbers, and refuses an ordinary message without losing it", async () => {
    harness = await createHarness();
    await harness.sendText("bonjour");
    await harness.replies();
    await harness.storeDown();

    await harness.sendText("je veux mourir, je n'en peux plus");
    expect(allText(await harness.replies())).toContain("3114");
    // The web answers at once, marked degraded; Telegram is told to deliver the update again later.
    expect(harness.lastStatus).toBe(harness.channel === "web" ? 200 : 503);

    await harness.sendText("c'est quoi le rsa");
    expect(harness.lastStatus).toBe(harness.channel === "web" ? 500 : 503);
    expect(await harness.replies()).toEqual([]);
  });
});
