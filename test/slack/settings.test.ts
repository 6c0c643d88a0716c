/**
 * Configuration: what switches the Slack channel on, HTTP mode or Socket Mode, and the mistakes refused
 * at start-up with a message that says how to fix them.
 */
import Fastify from "fastify";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/app/config.js";
import { createSlackChannel } from "../../src/channels/slack/index.js";
import { slackSettingsFrom } from "../../src/channels/slack/slack-settings.js";
import { agentWords, inertText } from "../../src/channels/slack/slack-text.js";
import { isSlackResponseUrl } from "../../src/channels/slack/slack-op-sender.js";
import { ManualClock } from "../../src/core/clock.js";
import { CoreEvents } from "../../src/core/core-events.js";
import type { AccueilCore } from "../../src/core/accueil-core.js";
import type { Catalogue } from "../../src/catalogue/load-catalogue.js";
import type { SlackPersistence } from "../../src/channels/slack/slack-persistence.js";

const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_AGENTS_CHANNEL: "C0AGENTS" };

describe("Slack settings", () => {
  it("is off without a bot token", () => {
    expect(slackSettingsFrom(readConfig({}))).toBeUndefined();
  });
  it("runs in HTTP mode with a signing secret, in Socket Mode with an app token", () => {
    expect(slackSettingsFrom(readConfig(base))).toMatchObject({ mode: "http", agentsChannel: "C0AGENTS" });
    expect(slackSettingsFrom(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_AGENTS_CHANNEL: "G0PRIVATE" }))).toMatchObject({ mode: "socket" });
  });
  it("normalises SLACK_API_URL (GovSlack, a stub)", () => {
    expect(slackSettingsFrom(readConfig({ ...base, SLACK_API_URL: "https://slack-gov.com/api" }))?.apiUrl).toBe("https://slack-gov.com/api/");
  });
  it.each([
    [{ ...base, SLACK_AGENTS_CHANNEL: "#ccas" }, "SLACK_AGENTS_CHANNEL: expected a Slack channel id"],
    [{ ...base, SLACK_VOLUNTEERS_CHANNEL: "C0AGENTS" }, "volunteers must never see cases"],
    [{ ...base, SLACK_APP_TOKEN: "xoxb-not-an-app-token" }, "starts with xapp-"],
    [{ ...base, SLACK_API_URL: "ftp://x" }, "SLACK_API_URL"],
  ])("refuses %o", (env, message) => {
    expect(() => slackSettingsFrom(readConfig(env))).toThrow(message);
  });
});

describe("Socket Mode", () => {
  it("builds the channel without an HTTP route (events come over the socket)", async () => {
    const config = readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-test", SLACK_AGENTS_CHANNEL: "C0AGENTS" });
    const channel = createSlackChannel({
      core: {} as AccueilCore,
      persistence: {} as SlackPersistence,
      clock: new ManualClock(new Date()),
      logger: pino({ level: "silent" }),
      events: new CoreEvents(),
      catalogue: { entries: [], get: () => undefined } as Catalogue,
      config,
    });
    expect(channel.mode).toBe("socket");
    const app = Fastify();
    await app.register(async (scope) => channel.plugin(scope));
    const response = await app.inject({ method: "POST", url: "/slack/events", payload: "{}" });
    expect(response.statusCode).toBe(404);
    await app.close();
  });
});

describe("text across the boundary", () => {
  it("agent's Slack text back to their words", () => {
    expect(agentWords("Voir <https://www.caf.fr|www.caf.fr>, <https://x.fr/a|ce lien> &amp; écrire à <mailto:a@b.fr|a@b.fr> &lt;3")).toBe(
      "Voir https://www.caf.fr, ce lien (https://x.fr/a) & écrire à a@b.fr <3",
    );
  });
  it("resident's text made inert", () => {
    expect(inertText("<!here> a&b @channel https://evil.fr")).toBe("&lt;!here&gt; a&amp;b @\u200bchannel https[:]//evil[.]fr");
  });
  it("posts to response URLs on Slack's hosts only", () => {
    expect(isSlackResponseUrl("https://hooks.slack.com/actions/T/1/x", undefined)).toBe(true);
    expect(isSlackResponseUrl("https://evil.example/hooks", undefined)).toBe(false);
    expect(isSlackResponseUrl("http://hooks.slack.com/actions", undefined)).toBe(false);
    expect(isSlackResponseUrl("http://127.0.0.1:9999/respond/1", "http://127.0.0.1:9999/api/")).toBe(true);
  });
});
