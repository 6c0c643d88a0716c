/**
 * The resident's rights and the limits that protect them, through the real HTTP server: what is stored
 * about them (text and JSON), the privacy notice generated from the configuration, the per-address
 * message limit, transcript numbers that say nothing about other conversations, and origins.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../src/app/config.js";
import { ResidentClient, startWebServer, type WebHarness } from "./web-harness.js";

let web: WebHarness | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

const FACTS = {
  serviceName: "CCAS de Testville",
  address: "1 place de la Mairie, 34000 Testville",
  phone: "04 00 00 00 00",
  contact: "dpo@testville.example",
  conversationDays: 45,
  caseDays: 400,
  inboundIdDays: 7,
  telegram: true,
  slack: false,
  volunteers: false,
};

async function resident(harness: WebHarness): Promise<ResidentClient> {
  const client = new ResidentClient(harness);
  expect((await client.startSession()).status).toBe(201);
  return client;
}

describe("what is stored about me", () => {
  it("downloads as JSON and as readable text, only for the session's own conversation", async () => {
    web = await startWebServer();
    const me = await resident(web);
    await me.send({ text: "Bonjour, je cherche l'aide au logement, je m'appelle Odile Vrangel" });
    const other = await resident(web);
    await other.send({ text: "Question de quelqu'un d'autre sur la cantine" });

    const json = await me.request("GET", "/api/v1/my-data?format=json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/attachment; filename="mes-donnees-\d{4}-\d{2}-\d{2}\.json"/);
    expect(json.headers.get("cache-control")).toBe("no-store");
    const data = (await json.json()) as { messages: Array<{ from: string; text: string }>; cases: unknown[] };
    expect(data.messages[0]).toMatchObject({ from: "resident", text: expect.stringContaining("Odile Vrangel") });
    expect(data.messages.some((m) => m.from === "bot")).toBe(true);
    expect(JSON.stringify(data)).not.toContain("cantine");

    const text = await me.request("GET", "/api/v1/my-data?format=text");
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);
    const body = await text.text();
    expect(body).toContain("Vos données au CCAS");
    expect(body).toContain("Odile Vrangel");
    expect(body).toContain("/oubli");

    expect((await new ResidentClient(web).request("GET", "/api/v1/my-data")).status).toBe(401);
    expect((await me.request("GET", "/api/v1/my-data?format=xml")).status).toBe(400);
  });

  it("is answered in the conversation too (the command behind /mesdonnees), JSON included", async () => {
    web = await startWebServer();
    const me = await resident(web);
    await me.send({ text: "c'est quoi la prime d'activité" });
    const answer = await me.send({ payload: "cmd:my-data" });
    expect(answer.status).toBe(200);
    const data = answer.body.replies.find((r: { kind: string }) => r.kind === "data");
    expect(data.text).toContain("prime d'activité");
    expect(JSON.parse(data.json).messages[0].text).toBe("c'est quoi la prime d'activité");
    // A second export does not nest the first one.
    const again = await me.send({ payload: "cmd:my-data" });
    const second = again.body.replies.find((r: { kind: string }) => r.kind === "data");
    expect(JSON.parse(second.json).messages.some((m: { text: string }) => m.text.includes("Vos données au CCAS"))).toBe(false);
  });
});

describe("the privacy notice", () => {
  it("is generated from the configuration: controller, periods, channels, rights, the CNIL", async () => {
    web = await startWebServer({ privacy: FACTS });
    const page = await fetch(`${web.baseUrl}/confidentialite`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    for (const expected of ["CCAS de Testville", "1 place de la Mairie", "dpo@testville.example", "45 jours", "400 jours", "Telegram", "/mesdonnees", "/oubli", "cnil.fr/fr/plaintes", "6.1.e", "9.2.a"]) {
      expect(html).toContain(expected);
    }
    // Slack and volunteers are off in this configuration: the notice does not claim them.
    expect(html).not.toContain("bénévoles ne voient");
    expect(html).not.toContain("<script");
    const english = await (await fetch(`${web.baseUrl}/confidentialite?lang=en`)).text();
    expect(english).toContain("45 days");
    expect(english).toContain('lang="en"');
  });
});

describe("abuse limits", () => {
  it("counts every session of one address against the address's budget", async () => {
    web = await startWebServer({ limits: { messagesPerMinute: 20, messagesPerMinutePerIp: 5 } });
    const sessions = [await resident(web), await resident(web), await resident(web)];
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await sessions[i % 3]!.send({ text: `bonjour ${i}` })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it("numbers a conversation's messages from 1, whatever the others wrote", async () => {
    web = await startWebServer();
    const busy = await resident(web);
    for (let i = 0; i < 4; i++) await busy.send({ text: `message ${i}` });
    const me = await resident(web);
    const sent = await me.send({ text: "bonjour" });
    const listed = (await (await me.request("GET", "/api/v1/messages")).json()) as { messages: Array<{ seq: number }>; lastSeq: number };
    expect(listed.messages.map((m) => m.seq)).toEqual(listed.messages.map((_m, i) => i + 1));
    expect(listed.lastSeq).toBe(listed.messages.length);
    expect(sent.body.conversationSeq).toBe(listed.lastSeq);
  });

  it("accepts only configured origins: not one that merely matches the Host header", async () => {
    web = await startWebServer();
    const rebinding = new ResidentClient(web, "http://attacker.example");
    const refused = await rebinding.request("POST", "/api/v1/session", { body: {}, headers: { host: "attacker.example" } });
    expect(refused.status).toBe(403);
  });

  it("refuses local origins when the public address is https", () => {
    expect(readConfig({ PUBLIC_BASE_URL: "https://accueil.ccas.example" }).allowedOrigins).toEqual(["https://accueil.ccas.example"]);
    expect(() => readConfig({ PUBLIC_BASE_URL: "https://accueil.ccas.example", ALLOWED_ORIGINS: "https://www.ccas.example,http://localhost:3000" })).toThrow(ConfigError);
    expect(readConfig({ PORT: "3000" }).allowedOrigins).toContain("http://localhost:3000");
  });
});
