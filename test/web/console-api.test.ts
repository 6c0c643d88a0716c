/**
 * The agent console's API against the real server: first-start setup link, sign-in, and the case work
 * (claim, reply relayed to the resident, internal note, close) — the same core operations Slack uses.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addAgent } from "../../src/agents/add-agent.js";
import { ResidentClient, readEvents, startWebServer, type WebHarness } from "./web-harness.js";

let web: WebHarness;
beforeEach(async () => {
  web = await startWebServer();
});
afterEach(async () => {
  await web?.close();
});

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function signedInAgent(username = "nadia", displayName = "Nadia B."): Promise<ResidentClient> {
  await addAgent(web.runtime.store, web.runtime.clock, { username, displayName, password: "un mot de passe solide", role: "agent" });
  const client = new ResidentClient(web);
  const response = await client.request("POST", "/console/api/login", { body: { username, password: "un mot de passe solide" } });
  expect(response.status).toBe(200);
  return client;
}

/** A resident who says hello, then asks for a person and consents: one open case. */
async function residentWithCase(): Promise<ResidentClient> {
  const resident = new ResidentClient(web);
  await resident.startSession();
  await resident.send({ text: "bonjour, avant le consentement" });
  // The agent sees the conversation from the consent on: the consent comes a minute later.
  web.runtime.clock.advance(60_000);
  await resident.send({ payload: "cmd:human" });
  await resident.send({ payload: "consent:yes" });
  await resident.send({ payload: "contact:this-chat" });
  await resident.send({ text: "Mon dossier CAF est bloqué depuis deux mois." });
  return resident;
}

describe("first start", () => {
  it("logs a one-time setup link, which creates the first supervisor once", async () => {
    const logged = web.logs.find((line) => typeof line.setupUrl === "string");
    expect(logged?.setupUrl).toMatch(new RegExp(`^${web.baseUrl}/console/setup#[A-Za-z0-9_-]{43}$`));
    const token = String(logged!.setupUrl).split("#")[1]!;
    expect(web.counts().setup_tokens).toBe(1);

    const client = new ResidentClient(web);
    expect(await (await client.request("GET", "/console/api/setup")).json()).toEqual({ needed: true });
    const account = { username: "claire", displayName: "Claire M.", password: "une phrase de passe longue" };

    const short = await client.request("POST", "/console/api/setup", { body: { ...account, token, password: "court" } });
    expect(short.status).toBe(422);
    expect(await errorCode(short)).toBe("password_too_short");
    const forged = await client.request("POST", "/console/api/setup", { body: { ...account, token: "A".repeat(43) } });
    expect(forged.status).toBe(403);
    expect(await errorCode(forged)).toBe("invalid_setup_token");
    const foreign = await new ResidentClient(web, "https://evil.example").request("POST", "/console/api/setup", { body: { ...account, token } });
    expect(foreign.status).toBe(403);
    expect(web.counts()).toMatchObject({ agents: 0, setup_tokens: 1 });

    const created = await client.request("POST", "/console/api/setup", { body: { ...account, token } });
    expect(created.status).toBe(201);
    const cookie = created.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^accueil_console=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/console; HttpOnly; SameSite=Strict$/);
    const me = (await (await client.request("GET", "/console/api/me")).json()) as { agent: { displayName: string; role: string } };
    expect(me.agent).toMatchObject({ displayName: "Claire M.", role: "supervisor" });
    const stored = await web.runtime.store.findAgentByUsername("claire");
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);

    const again = await client.request("POST", "/console/api/setup", { body: { ...account, username: "other", token } });
    expect(again.status).toBe(409);
    expect(web.counts().agents).toBe(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password only, and signs out", async () => {
    await addAgent(web.runtime.store, web.runtime.clock, { username: "nadia", displayName: "Nadia", password: "un mot de passe solide", role: "agent" });
    const client = new ResidentClient(web);
    const wrong = await client.request("POST", "/console/api/login", { body: { username: "nadia", password: "un mot de passe faux" } });
    expect(wrong.status).toBe(401);
    expect(await errorCode(wrong)).toBe("invalid_credentials");
    const unknown = await client.request("POST", "/console/api/login", { body: { username: "personne", password: "un mot de passe solide" } });
    expect(unknown.status).toBe(401);
    const malformed = await client.request("POST", "/console/api/login", { body: "{" });
    expect(malformed.status).toBe(400);
    expect(client.cookie).toBeUndefined();

    const right = await client.request("POST", "/console/api/login", { body: { username: "Nadia", password: "un mot de passe solide" } });
    expect(right.status).toBe(200);
    const cookie = client.cookie!;
    expect((await client.request("GET", "/console/api/me")).status).toBe(200);
    expect((await client.request("POST", "/console/api/logout")).status).toBe(204);
    const after = await client.request("GET", "/console/api/me", { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe("sign_in_required");
  });

  it("limits sign-in attempts", async () => {
    await web.close();
    web = await startWebServer({ limits: { loginsPerMinute: 2 } });
    const client = new ResidentClient(web);
    for (let i = 0; i < 2; i += 1) {
      expect((await client.request("POST", "/console/api/login", { body: { username: "x", password: "y" } })).status).toBe(401);
    }
    const limited = await client.request("POST", "/console/api/login", { body: { username: "x", password: "y" } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeTruthy();
  });
});

describe("case work", () => {
  it("refuses the case routes without a session", async () => {
    const anonymous = new ResidentClient(web);
    const list = await anonymous.request("GET", "/console/api/cases");
    expect(list.status).toBe(401);
    expect((await anonymous.request("GET", "/console/api/events")).status).toBe(401);
  });

  it("lists, shows since consent, claims, relays a reply, keeps notes internal, and closes", async () => {
    const resident = await residentWithCase();
    const agent = await signedInAgent();

    const { cases } = (await (await agent.request("GET", "/console/api/cases")).json()) as { cases: Array<{ id: string; status: string }> };
    expect(cases).toHaveLength(1);
    const caseId = cases[0]!.id;
    const page = (await (await agent.request("GET", `/console/api/cases/${caseId}`)).json()) as {
      messages: Array<{ text?: string }>;
      case: { description: string };
    };
    const shown = JSON.stringify(page.messages);
    expect(shown).not.toContain("avant le consentement");
    expect(page.case.description).toContain("bloqué depuis deux mois");

    // A foreign page cannot act for the agent.
    const forged = await agent.request("POST", `/console/api/cases/${caseId}/claim`, { headers: { origin: "https://evil.example" } });
    expect(forged.status).toBe(403);
    expect((await web.runtime.store.getCase(caseId))?.status).toBe("open");

    const stream = await agent.request("GET", "/console/api/events");
    expect(stream.status).toBe(200);
    const hints = readEvents(stream, 3);
    const claimed = await agent.request("POST", `/console/api/cases/${caseId}/claim`);
    expect(claimed.status).toBe(200);
    // The claim changes the case, and writes to the resident ("a person has taken your request").
    const received = await hints;
    expect(received[0]?.event).toBe("ready");
    expect(received).toEqual(
      expect.arrayContaining([
        { event: "case", data: { caseId, change: "claimed" } },
        { event: "message", data: { caseId } },
      ]),
    );

    const replied = await agent.request("POST", `/console/api/cases/${caseId}/reply`, { body: { text: "Bonjour, je suis Nadia du CCAS." } });
    expect(replied.status).toBe(204);
    const transcript = (await (await resident.request("GET", "/api/v1/messages?after=0")).json()) as {
      messages: Array<{ author: string; authorName?: string; replies?: Array<{ text?: string }> }>;
    };
    expect(transcript.messages.at(-1)).toMatchObject({ author: "agent", authorName: "Nadia B.", replies: [{ kind: "text", text: "Bonjour, je suis Nadia du CCAS." }] });

    // While a person holds the conversation the bot stays silent; the resident's words reach the case.
    const silent = await resident.send({ text: "Merci, je suis disponible demain." });
    expect(silent.body.replies).toEqual([]);

    expect((await agent.request("POST", `/console/api/cases/${caseId}/note`, { body: { text: "Appeler la CAF lundi." } })).status).toBe(204);
    const tooLong = await agent.request("POST", `/console/api/cases/${caseId}/note`, { body: { text: "x".repeat(2001) } });
    expect(tooLong.status).toBe(422);
    const after = (await (await agent.request("GET", `/console/api/cases/${caseId}`)).json()) as { events: Array<{ kind: string; text: string }> };
    expect(after.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["resident-message", "note"]));
    const residentView = JSON.stringify(await (await resident.request("GET", "/api/v1/messages?after=0")).json());
    expect(residentView).not.toContain("Appeler la CAF lundi");

    const badOutcome = await agent.request("POST", `/console/api/cases/${caseId}/close`, { body: { outcome: "whatever" } });
    expect(badOutcome.status).toBe(400);
    const closed = await agent.request("POST", `/console/api/cases/${caseId}/close`, { body: { outcome: "appointment", note: "RDV mardi 10 h" } });
    expect(closed.status).toBe(200);
    expect((await web.runtime.store.getCase(caseId))?.status).toBe("closed");
    const bot = await resident.send({ text: "c'est quoi la prime d'activité" });
    expect(bot.body.replies.length).toBeGreaterThan(0);
  });

  it("refuses a second claim by another agent, and an unknown case", async () => {
    await residentWithCase();
    const first = await signedInAgent("nadia", "Nadia");
    const second = await signedInAgent("paul", "Paul");
    const [open] = await web.runtime.store.listCases({ status: ["open"] });
    expect((await first.request("POST", `/console/api/cases/${open!.id}/claim`)).status).toBe(200);
    const again = await second.request("POST", `/console/api/cases/${open!.id}/claim`);
    expect(again.status).toBe(409);
    expect((await web.runtime.store.getCase(open!.id))?.assignedAgentId).toBe((await web.runtime.store.findAgentByUsername("nadia"))?.id);
    expect((await second.request("GET", "/console/api/cases/nope")).status).toBe(404);
  });

  it("sorts urgent cases before older normal ones", async () => {
    const store = web.runtime.store;
    const now = web.runtime.clock.now();
    const base = { level: 3, entryId: null, crisis: null, contactMethod: "this-chat", contactValue: null, contactTime: null, description: "…", language: "fr", consentAt: now };
    const a = await store.findOrCreateConversation("web", "sort-a", now);
    await store.createCase({ ...base, conversationId: a.id, urgency: "normal", summary: "older normal" }, now);
    web.runtime.clock.advance(60_000);
    const b = await store.findOrCreateConversation("web", "sort-b", now);
    await store.createCase({ ...base, conversationId: b.id, urgency: "urgent", summary: "newer urgent" }, web.runtime.clock.now());
    const agent = await signedInAgent();
    const { cases } = (await (await agent.request("GET", "/console/api/cases")).json()) as { cases: Array<{ summary: string }> };
    expect(cases.map((c) => c.summary)).toEqual(["newer urgent", "older normal"]);
  });
});
