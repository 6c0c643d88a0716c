/**
 * What the console tells agents beyond the case itself: a crisis that reaches an open or held case is
 * raised (first in the list, flagged until the agent opens the case), the resident's messages since the
 * agent last read the case are counted, entries and themes have readable names, and supervisors get the
 * weekly indicators (JSON and CSV) built from turn statistics that hold no personal data.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { addAgent } from "../../src/agents/add-agent.js";
import { retentionHandlers } from "../../src/app/retention.js";
import { openCaseAs, resident } from "../support/test-runtime.js";
import { ResidentClient, startWebServer, type WebHarness } from "./web-harness.js";

let web: WebHarness;
beforeEach(async () => {
  web = await startWebServer();
});
afterEach(async () => {
  await web?.close();
});

const PASSWORD = "un mot de passe solide";

async function signedIn(username: string, role: "agent" | "supervisor" = "agent"): Promise<{ client: ResidentClient; id: string }> {
  const agent = await addAgent(web.runtime.store, web.runtime.clock, { username, displayName: username, password: PASSWORD, role });
  const client = new ResidentClient(web);
  const response = await client.request("POST", "/console/api/login", { body: { username, password: PASSWORD } });
  expect(response.status).toBe(200);
  return { client, id: agent.id };
}

interface ListedCase {
  id: string;
  reference: string;
  urgency: string;
  crisis: string | null;
  newMessages: number;
  crisisSinceRead: { category: string } | null;
  entryTitle: string | null;
}

async function list(client: ResidentClient): Promise<ListedCase[]> {
  return ((await (await client.request("GET", "/console/api/cases")).json()) as { cases: ListedCase[] }).cases;
}

describe("a crisis in a held case", () => {
  it("is raised to every agent who has not opened the case since, first in the list, and the case becomes urgent", async () => {
    const { store, core, clock } = web.runtime;
    const nadia = await signedIn("nadia");
    const paul = await signedIn("paul");
    const calm = await openCaseAs(web.runtime, resident(web.runtime));
    clock.advance(60_000);
    const someone = resident(web.runtime);
    const held = await openCaseAs(web.runtime, someone);
    await core.claimCase(held.id, { id: nadia.id, displayName: "nadia" });
    // Nadia reads her case: nothing new for her.
    await nadia.client.request("GET", `/console/api/cases/${held.id}`);
    expect((await list(nadia.client)).find((c) => c.id === held.id)).toMatchObject({ newMessages: 0, crisisSinceRead: null });

    clock.advance(60_000);
    const answer = await someone.say("je vais me suicider ce soir");
    expect(answer.replies.some((r) => r.kind === "emergency")).toBe(true);
    const raised = (await store.listCaseEvents(held.id)).find((e) => e.kind === "crisis");
    expect(raised?.text).toBe("suicide");
    expect((await store.getCase(held.id))?.urgency).toBe("urgent");
    expect((await store.getCase(held.id))?.crisis).not.toBeNull();

    for (const client of [nadia.client, paul.client]) {
      const cases = await list(client);
      expect(cases[0]).toMatchObject({ id: held.id, crisisSinceRead: { category: "suicide" } });
      expect(cases.find((c) => c.id === calm.id)?.crisisSinceRead).toBeNull();
    }
    expect((await list(nadia.client))[0]!.newMessages).toBe(1);

    // Opening the case reads the crisis, and says since when the messages are new.
    const page = (await (await nadia.client.request("GET", `/console/api/cases/${held.id}`)).json()) as { lastReadAt: string | null };
    expect(page.lastReadAt).not.toBeNull();
    expect((await list(nadia.client)).find((c) => c.id === held.id)).toMatchObject({ newMessages: 0, crisisSinceRead: null });
    // Paul has not opened it: still raised for him.
    expect((await list(paul.client))[0]).toMatchObject({ id: held.id, crisisSinceRead: { category: "suicide" } });
  });

  it("counts the messages a resident added while the case waited", async () => {
    const nadia = await signedIn("nadia");
    const someone = resident(web.runtime);
    const record = await openCaseAs(web.runtime, someone);
    await someone.say("allo ?");
    await someone.say("merci");
    expect((await list(nadia.client))[0]).toMatchObject({ id: record.id, newMessages: 2, crisisSinceRead: null });
  });
});

describe("readable names", () => {
  it("gives catalogue titles for entries and names for themes", async () => {
    const nadia = await signedIn("nadia");
    const labels = (await (await nadia.client.request("GET", "/console/api/labels?lang=fr")).json()) as { entries: Record<string, string>; themes: Record<string, string> };
    expect(labels.entries["rendez-vous-travailleur-social"]).toBe("Rencontrer un travailleur social (assistant de service social)");
    expect(labels.themes.revenus).toBe("Argent, RSA, minima");
    const conversation = await web.runtime.store.findOrCreateConversation("web", "labels", web.runtime.clock.now());
    const record = await web.runtime.store.createCase(
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
        consentAt: web.runtime.clock.now(),
      },
      web.runtime.clock.now(),
    );
    const page = (await (await nadia.client.request("GET", `/console/api/cases/${record.id}`)).json()) as { case: ListedCase };
    expect(page.case.entryTitle).toBe("Rencontrer un travailleur social (assistant de service social)");
  });
});

describe("indicators", () => {
  it("counts a seeded week per theme, level, crisis and case, lists questions not understood redacted, and exports the same as CSV", async () => {
    const { core, clock } = web.runtime;
    const nadiaAgent = await addAgent(web.runtime.store, clock, { username: "nadia", displayName: "nadia", password: PASSWORD, role: "agent" });
    // Tuesday 17 November 2026: the week of Monday the 16th.
    const asker = resident(web.runtime);
    await asker.say("c'est quoi le RSA");
    await asker.say("c'est quoi la prime d'activité");
    await resident(web.runtime).say("je vais me suicider");
    await resident(web.runtime).say("le zorglub flimflam marche pas, 06 12 34 56 78");
    const someone = resident(web.runtime);
    const record = await openCaseAs(web.runtime, someone);
    clock.advance(30 * 60_000);
    const nadia = { id: nadiaAgent.id, displayName: "nadia" };
    await core.claimCase(record.id, nadia);
    await core.replyToResident(record.id, nadia, "Bonjour, je regarde.");
    await core.closeCase(record.id, nadia, "resolved");
    const claire = await signedIn("claire", "supervisor");
    const agentClient = new ResidentClient(web);
    await agentClient.request("POST", "/console/api/login", { body: { username: "nadia", password: PASSWORD } });

    const refused = await agentClient.request("GET", "/console/api/indicators");
    expect(refused.status).toBe(403);
    const bad = await claire.client.request("GET", "/console/api/indicators?from=2026-12-01&to=2026-11-01");
    expect(bad.status).toBe(400);

    const response = await claire.client.request("GET", "/console/api/indicators?from=2026-11-16&to=2026-11-22");
    expect(response.status).toBe(200);
    const data = (await response.json()) as {
      weeks: string[];
      questions: { all: { total: number }; notUnderstood: { total: number } };
      byTheme: Array<{ key: string; label: string; total: number; counts: Record<string, number> }>;
      byLevel: Array<{ key: string; total: number }>;
      crises: Array<{ key: string; total: number }>;
      cases: { opened: { total: number }; taken: { total: number }; closed: { total: number }; medianFirstAnswerMinutes: Record<string, number | null> };
      unanswered: Array<{ text: string; language: string }>;
    };
    expect(data.weeks).toEqual(["2026-11-16"]);
    // Two questions, the crisis, the gibberish, and the referral's description (the button presses are not questions).
    expect(data.questions.all.total).toBe(5);
    expect(data.questions.notUnderstood.total).toBeGreaterThanOrEqual(1);
    expect(data.byTheme.find((t) => t.key === "revenus")).toMatchObject({ label: "Argent, RSA, minima" });
    expect(data.byTheme.find((t) => t.key === "revenus")!.total).toBeGreaterThanOrEqual(1);
    expect(data.crises.find((c) => c.key === "suicide")?.total).toBe(1);
    expect(data.cases.opened.total).toBe(1);
    expect(data.cases.taken.total).toBe(1);
    expect(data.cases.closed.total).toBe(1);
    expect(data.cases.medianFirstAnswerMinutes["2026-11-16"]).toBe(30);
    const gibberish = data.unanswered.find((q) => q.text.includes("zorglub"));
    expect(gibberish).toBeDefined();
    expect(gibberish!.text).not.toContain("06 12 34 56 78");
    const levels = data.byLevel.reduce((sum, l) => sum + l.total, 0);
    expect(levels).toBe(data.questions.all.total);

    const csvResponse = await claire.client.request("GET", "/console/api/indicators?from=2026-11-16&to=2026-11-22&format=csv");
    expect(csvResponse.headers.get("content-type")).toContain("text/csv");
    expect(csvResponse.headers.get("content-disposition")).toContain("indicateurs-2026-11-16-2026-11-22.csv");
    const lines = (await csvResponse.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("indicator,key,label,week,value");
    expect(lines).toContain(`questions,all,,2026-11-16,${data.questions.all.total}`);
    expect(lines).toContain("crisis,suicide,suicide,2026-11-16,1");
    expect(lines).toContain("cases,opened,,2026-11-16,1");
    expect(lines).toContain("cases,closed,,2026-11-16,1");
    expect(lines).toContain("cases,median-first-answer-minutes,,2026-11-16,30");
    const theme = data.byTheme.find((t) => t.key === "revenus")!;
    expect(lines).toContain(`theme,revenus,"Argent, RSA, minima",2026-11-16,${theme.counts["2026-11-16"]}`);
    expect(lines.some((line) => line.startsWith("unanswered,") && line.includes("zorglub") && !line.includes("06 12"))).toBe(true);
  });

  it("purges questions not understood with the conversations, and turn statistics after a year", async () => {
    const { store, clock } = web.runtime;
    await resident(web.runtime).say("zorglub flimflam");
    await resident(web.runtime).say("c'est quoi le RSA");
    const start = clock.now();
    const run = async () => {
      const purge = retentionHandlers({ store, clock, logger: pino({ level: "silent" }), config: web.runtime.config });
      await purge["retention-purge"]!({ id: 0, kind: "retention-purge", dedupeKey: "t", payload: {}, runAt: clock.now(), status: "running", attempts: 1, leaseUntil: null, lastError: null });
    };
    clock.advance((web.runtime.config.RETENTION_DAYS + 1) * 86_400_000);
    await run();
    expect(await store.listUnansweredQuestions(start, clock.now())).toEqual([]);
    expect((await store.turnStatCounts(start, clock.now())).reduce((n, c) => n + c.count, 0)).toBe(2);
    clock.advance(367 * 86_400_000);
    await run();
    expect(await store.turnStatCounts(start, clock.now())).toEqual([]);
  });
});
