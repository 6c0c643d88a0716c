/**
 * What POST /slack/events accepts, and what it refuses with no effect: forged signatures, stale
 * timestamps, replays; Slack's own retries (X-Slack-Retry-Num) produce one effect. Resident text never
 * pings or links anyone. A volunteer's button press on a case is refused, clearly. Outgoing calls keep
 * their order per channel and honour Retry-After.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AGENT, AGENTS, createSlackTestEnv, VOLUNTEER, type SlackTestEnv } from "./slack-test-env.js";

let env: SlackTestEnv;
beforeEach(async () => {
  env = await createSlackTestEnv();
});
afterEach(async () => {
  await env.dispose();
});

async function caseAndThread() {
  const opened = await env.openCase("web");
  await env.settle();
  return { ...opened, ts: await env.caseTs(opened.record.id) };
}

const agentMessages = async (conversationId: string) => (await env.outbound(conversationId)).filter((m) => m.author === "agent").map((m) => m.text);

describe("signatures", () => {
  it("answers Slack's URL verification and SSL check", async () => {
    const challenge = await env.post(JSON.stringify({ type: "url_verification", token: "t", challenge: "abc123" }));
    expect(challenge.status).toBe(200);
    expect(await challenge.json()).toEqual({ challenge: "abc123" });
    const ssl = await env.post("ssl_check=1&token=t", { contentType: "application/x-www-form-urlencoded" });
    expect(ssl.status).toBe(200);
  });

  it("refuses a forged signature, a stale timestamp and an unsigned request, with no effect", async () => {
    const { record, ts } = await caseAndThread();
    const callsBefore = env.fake.calls.length;
    const forged = await env.reply(AGENT, AGENTS, ts, "forged", { secret: "not-the-secret" });
    const stale = await env.reply(AGENT, AGENTS, ts, "stale", { skewSeconds: -6 * 60 });
    const future = await env.reply(AGENT, AGENTS, ts, "future", { skewSeconds: 6 * 60 });
    const unsigned = await fetch(`${env.baseUrl}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const forgedPress = await env.post(new URLSearchParams({ payload: JSON.stringify({ type: "block_actions", user: { id: AGENT }, actions: [{ action_id: "case.take", value: record.id }] }) }).toString(), {
      contentType: "application/x-www-form-urlencoded",
      secret: "wrong",
    });
    for (const response of [forged, stale, future, unsigned, forgedPress]) expect(response.status).toBe(401);
    await env.settle();
    expect(await agentMessages(record.conversationId)).toEqual([]);
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "open", assignedAgentId: null });
    expect(env.fake.calls.length).toBe(callsBefore);
  });

  it("refuses a replayed request (same signature) with no second effect", async () => {
    const { record, ts } = await caseAndThread();
    const raw = JSON.stringify({
      type: "event_callback",
      team_id: "T0TEST",
      event_id: "EvReplay1",
      event: { type: "message", channel: AGENTS, user: AGENT, text: "Une seule fois", ts: "1763380000.900001", thread_ts: ts },
    });
    const first = await env.post(raw);
    expect(first.status).toBe(200);
    const timestamp = String(Math.floor(env.runtime.clock.now().getTime() / 1000));
    const { createHmac } = await import("node:crypto");
    const signature = `v0=${createHmac("sha256", "8f742231b10e8888abcd99yyyzzz85a5").update(`v0:${timestamp}:${raw}`).digest("hex")}`;
    // Same bytes, same signature, a minute later: still within Slack's 5 minutes, yet a replay.
    env.runtime.clock.advance(60_000);
    const replay = await env.post(raw, { signed: { signature, timestamp } });
    expect(replay.status).toBe(401);
    await env.settle();
    expect(await agentMessages(record.conversationId)).toEqual(["Une seule fois"]);
  });
});

describe("Slack's retries", () => {
  it("a retried event (X-Slack-Retry-Num, same event_id) has one effect", async () => {
    const { record, ts } = await caseAndThread();
    const event = { type: "message", channel: AGENTS, user: AGENT, text: "Bonjour, je m'occupe de vous.", ts: "1763380000.777001", thread_ts: ts };
    const first = await env.event(event, { eventId: "EvRetry1" });
    const retry1 = await env.event(event, { eventId: "EvRetry1", retryNum: 1 });
    env.runtime.clock.advance(60_000);
    const retry2 = await env.event(event, { eventId: "EvRetry1", retryNum: 2 });
    for (const response of [first, retry1, retry2]) expect(response.status).toBe(200);
    await env.settle();
    expect(await agentMessages(record.conversationId)).toEqual(["Bonjour, je m'occupe de vous."]);
    expect(env.fake.callsOf("reactions.add")).toHaveLength(1);
  });

  it("a retry whose first delivery failed is handled", async () => {
    const { record, ts } = await caseAndThread();
    const event = { type: "message", channel: AGENTS, user: AGENT, text: "Deuxième essai", ts: "1763380000.777002", thread_ts: ts };
    // The first delivery fails inside the handler (the store refuses the thread lookup once).
    const store = env.runtime.store;
    const original = store.findExternalThread.bind(store);
    let failures = 1;
    store.findExternalThread = async (...args) => {
      if (failures-- > 0) throw new Error("database briefly unavailable");
      return original(...args);
    };
    await env.event(event, { eventId: "EvRetry2" });
    await env.settle();
    expect(await agentMessages(record.conversationId)).toEqual([]);
    await env.event(event, { eventId: "EvRetry2", retryNum: 1 });
    await env.settle();
    store.findExternalThread = original;
    expect(await agentMessages(record.conversationId)).toEqual(["Deuxième essai"]);
  });
});

describe("Slack's events in the inbox", () => {
  it("are written down before the 200, and one acknowledged but not handled (a crash) is handled at the next start", async () => {
    const { record, ts } = await caseAndThread();
    const event = { type: "message", channel: AGENTS, user: AGENT, text: "Je vous rappelle demain.", ts: "1763380000.888001", thread_ts: ts };
    // What a crash right after the 200 leaves: the event in the inbox, not handled.
    const now = env.runtime.clock.now();
    await env.runtime.store.admitInbound({
      channel: "slack",
      dedupeKey: "EvCrash1",
      conversationKey: AGENTS,
      payload: { type: "event_callback", team_id: "T0TEST", event_id: "EvCrash1", event },
      receivedAt: now,
      leaseUntil: new Date(now.getTime() + 30_000),
    });
    // Slack's retry of it is recognised: acknowledged, nothing done twice.
    expect((await env.event(event, { eventId: "EvCrash1", retryNum: 1 })).status).toBe(200);
    await env.settle();
    expect(await agentMessages(record.conversationId)).toEqual([]);
    // The next start takes it up.
    expect(await env.channel.receiver!.recover({ atStart: true })).toBe(1);
    await env.settle();
    expect(await agentMessages(record.conversationId)).toEqual(["Je vous rappelle demain."]);
    expect(await env.runtime.store.inboxBacklog()).toEqual([]);
  });
});

describe("resident text in Slack", () => {
  it("can never ping, mention or link", async () => {
    const { person, ts } = await caseAndThread();
    await person.say("<!channel> @here @channel <@U0AGENT1> <https://evil.example/x|cliquez ici> www.caf.fr moi@example.fr <!subteam^S123>");
    await env.settle();
    const post = env.fake.posts(AGENTS).find((p) => p.thread_ts === ts && String(p.text).includes("La personne"));
    const text = String(post?.text);
    for (const control of ["<!channel>", "<!here>", "<@U0AGENT1>", "<https://", "<!subteam", "www.caf.fr", "example.fr", "@here", "@channel"]) expect(text).not.toContain(control);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).toContain("caf[.]fr");
    expect(post).toMatchObject({ unfurl_links: false, unfurl_media: false, link_names: false, parse: "none" });
    // The case message too (the description is the resident's text).
    const { record: other } = await env.openCase("web", "Aidez-moi <!everyone> <http://x.fr|ici> svp, mon dossier est bloqué");
    await env.settle();
    const message = env.fake.messages.find((m) => m.ts === (other.externalRefs.slackTs ?? "")) ?? env.fake.posts(AGENTS).at(-1);
    expect(JSON.stringify(message)).not.toContain("<!everyone>");
    expect(JSON.stringify(message)).not.toContain("<http://x.fr");
  });
});

describe("authorisation", () => {
  it("refuses a volunteer's button press on a case with a clear message, and changes nothing", async () => {
    const { record } = await caseAndThread();
    for (const action of ["case.take", "case.close", "case.note", "case.appointment"]) {
      const response = await env.press(VOLUNTEER, action, record.id);
      expect(response.status).toBe(200);
    }
    await env.settle();
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "open", assignedAgentId: null });
    expect(env.fake.callsOf("views.open")).toHaveLength(0);
    const refusals = env.fake.responses.map((r) => r.body);
    expect(refusals).toHaveLength(4);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect(refusal.text).toContain("Seuls les membres du canal des agents");
    }
    // A forged modal submission by a volunteer is refused in the modal itself.
    const submit = await env.submit(VOLUNTEER, "case.close.submit", { caseId: record.id }, { outcome: { selected_option: { value: "resolved" } } });
    expect(await submit.json()).toMatchObject({ response_action: "errors" });
    await env.settle();
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "open" });
  });

  it("an agent of the channel opens the modals", async () => {
    const { record } = await caseAndThread();
    await env.press(AGENT, "case.note", record.id);
    await env.press(AGENT, "case.close", record.id);
    await env.settle();
    const views = env.fake.callsOf("views.open").map((c) => (c.args.view as { callback_id: string }).callback_id);
    expect(views).toEqual(["case.note.submit", "case.close.submit"]);
  });
});

describe("the Slack outbox", () => {
  it("waits as long as Retry-After says, keeps the channel's order, then sends", async () => {
    const { record, ts } = await caseAndThread();
    env.fake.fail("chat.postMessage", { kind: "429", retryAfter: 30 });
    await env.reply(AGENT, AGENTS, ts, "Premier");
    await env.core.addInternalNote(record.id, { id: "c1", displayName: "Console" }, "note console A");
    await env.core.addInternalNote(record.id, { id: "c1", displayName: "Console" }, "note console B");
    await env.settle();
    // The first thread line met the 429: nothing after it in that channel went out.
    const threadTexts = () => env.fake.posts(AGENTS).filter((p) => p.thread_ts === ts).map((p) => String(p.text));
    const before = threadTexts().length;
    expect(env.fake.calls.filter((c) => c.status === 429)).toHaveLength(1);
    env.runtime.clock.advance(29_000);
    await env.settle();
    expect(threadTexts().length).toBe(before);
    env.runtime.clock.advance(1_000);
    await env.settle();
    const lines = threadTexts();
    const a = lines.findIndex((t) => t.includes("note console A"));
    const b = lines.findIndex((t) => t.includes("note console B"));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
  });
});
