/**
 * Service levels on the console alone: the whole app as `accueil start` builds it with no Slack (its
 * job runner, the core's durable timers, the console's API and live stream). A case nobody takes, then a
 * resident nobody answers, raise a reminder on the case list — a live `case` hint once when the timer
 * comes due, the reminder on the case until an agent acts — and the thresholds come from SLA_*.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addAgent } from "../../src/agents/add-agent.js";
import { createApp, type App } from "../../src/app/create-app.js";
import { ManualClock } from "../../src/core/clock.js";
import { TUESDAY_MORNING } from "../support/test-runtime.js";
import { ResidentClient, readEvents } from "./web-harness.js";

const ORIGIN = "http://accueil.test";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface ListedCase {
  id: string;
  reference: string;
  reminder: { reason: string; urgent: boolean; stage: number; since: string; waitedMinutes: number } | null;
}

let dir: string;
let clock: ManualClock;
let app: App;
let harness: { baseUrl: string; origin: string };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "accueil-console-sla-"));
  clock = new ManualClock(TUESDAY_MORNING);
  app = await createApp({
    env: {
      LOG_LEVEL: "silent",
      PUBLIC_BASE_URL: ORIGIN,
      SLA_UNTAKEN_HOURS: "2",
      SLA_RESIDENT_WAITING_HOURS: "3",
      // The clock jumps hours ahead: the agent's session must outlive it.
      CONSOLE_SESSION_IDLE_MINUTES: "1440",
      CONSOLE_SESSION_MAX_HOURS: "48",
    },
    port: 0,
    host: "127.0.0.1",
    databaseUrl: `sqlite:${join(dir, "accueil.sqlite")}`,
    dataDir: dir,
    clock,
    logger: pino({ level: "silent" }),
  });
  const baseUrl = (await app.listen()).replace("localhost", "127.0.0.1");
  harness = { baseUrl, origin: ORIGIN };
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function signedInAgent(): Promise<ResidentClient> {
  await addAgent(app.store, app.clock, { username: "nadia", displayName: "Nadia B.", password: "un mot de passe solide", role: "agent" });
  const agent = new ResidentClient(harness);
  expect((await agent.request("POST", "/console/api/login", { body: { username: "nadia", password: "un mot de passe solide" } })).status).toBe(200);
  return agent;
}

async function listed(agent: ResidentClient): Promise<ListedCase[]> {
  const response = await agent.request("GET", "/console/api/cases");
  expect(response.status).toBe(200);
  return ((await response.json()) as { cases: ListedCase[] }).cases;
}

/** Sets the clock, runs the due jobs as the sweeper would, and returns the reminder hints the console's
 * live stream got meanwhile. */
async function sweepAt(agent: ResidentClient, time: number): Promise<Array<{ caseId: string; change: string }>> {
  const stream = await agent.request("GET", "/console/api/events");
  expect(stream.status).toBe(200);
  const reading = readEvents(stream, 10, 1_000);
  clock.set(new Date(time));
  await app.sweepJobs();
  const events = await reading;
  return events.filter((e) => e.event === "case" && e.data.change === "reminder").map((e) => e.data as { caseId: string; change: string });
}

describe("service levels without Slack", () => {
  it("the console raises the reminders of a case nobody takes and of a resident nobody answers", async () => {
    expect(app.channels).toEqual([]);
    expect(app.config.SLACK_BOT_TOKEN).toBeUndefined();
    const agent = await signedInAgent();

    const resident = new ResidentClient(harness);
    await resident.startSession();
    await resident.send({ payload: "cmd:human" });
    await resident.send({ payload: "consent:yes" });
    await resident.send({ payload: "contact:this-chat" });
    await resident.send({ text: "Mon dossier CAF est bloqué depuis deux mois." });
    const [opened] = await listed(agent);
    expect(opened).toMatchObject({ reminder: null });
    const record = (await app.store.getCase(opened!.id))!;
    const t0 = record.createdAt.getTime();

    // Not yet: nothing said, nothing shown.
    expect(await sweepAt(agent, t0 + 2 * HOUR - MINUTE)).toEqual([]);
    expect((await listed(agent))[0]?.reminder).toBeNull();

    // Untaken for SLA_UNTAKEN_HOURS: a live hint, once, and the reminder on the case.
    expect(await sweepAt(agent, t0 + 2 * HOUR + MINUTE)).toEqual([{ caseId: record.id, change: "reminder" }]);
    expect((await listed(agent))[0]?.reminder).toEqual({ reason: "untaken", urgent: false, stage: 1, since: record.createdAt.toISOString(), waitedMinutes: 121 });
    expect(await sweepAt(agent, t0 + 3 * HOUR)).toEqual([]);

    // Twice the delay: the second stage (the supervisors' one).
    expect(await sweepAt(agent, t0 + 4 * HOUR + MINUTE)).toEqual([{ caseId: record.id, change: "reminder" }]);
    expect((await listed(agent))[0]?.reminder).toMatchObject({ reason: "untaken", stage: 2 });

    // Taken: the reminder goes.
    expect((await agent.request("POST", `/console/api/cases/${record.id}/claim`)).status).toBe(200);
    expect((await listed(agent))[0]?.reminder).toBeNull();

    // The resident writes twice and nobody answers for SLA_RESIDENT_WAITING_HOURS: one reminder.
    const written = clock.now().getTime();
    await resident.send({ text: "Bonjour, avez-vous pu regarder mon dossier ?" });
    clock.set(new Date(written + 10 * MINUTE));
    await resident.send({ text: "Je reste disponible toute la journée." });
    expect(await sweepAt(agent, written + 3 * HOUR - MINUTE)).toEqual([]);
    expect(await sweepAt(agent, written + 3 * HOUR + 11 * MINUTE)).toEqual([{ caseId: record.id, change: "reminder" }]);
    const waiting = { reason: "resident-waiting", urgent: false, stage: 1, since: new Date(written).toISOString(), waitedMinutes: 191 };
    expect((await listed(agent))[0]?.reminder).toEqual(waiting);
    const page = (await (await agent.request("GET", `/console/api/cases/${record.id}`)).json()) as { case: ListedCase };
    expect(page.case.reminder).toEqual(waiting);

    // Answered: the reminder goes, and its second stage never comes.
    expect((await agent.request("POST", `/console/api/cases/${record.id}/reply`, { body: { text: "Oui, je vous appelle demain matin." } })).status).toBe(204);
    expect((await listed(agent))[0]?.reminder).toBeNull();
    expect(await sweepAt(agent, written + 7 * HOUR)).toEqual([]);
    expect((await listed(agent))[0]?.reminder).toBeNull();
  });
});
