/**
 * Service-level reminders are durable jobs: each fires once per case and threshold — a ping in the
 * case's thread, then a message to the supervisors — across a restart of the whole app on the same
 * database, and stops as soon as the case is taken or answered.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./fake-slack-api.js";
import { AGENT, AGENTS, createSlackTestEnv, SUPERVISORS, type SlackTestEnv } from "./slack-test-env.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let dir: string;
let fake: FakeSlackApi;
let env: SlackTestEnv;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "accueil-slack-sla-"));
  fake = await new FakeSlackApi().start();
  env = await createSlackTestEnv({ dir, fake });
});
afterEach(async () => {
  await env.dispose({ keepDir: true });
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Stops everything and starts a new app on the same database file, at the same moment. */
async function restart(): Promise<void> {
  const now = env.runtime.clock.now();
  await env.dispose({ keepDir: true });
  env = await createSlackTestEnv({ dir, fake });
  env.runtime.clock.set(now);
  await env.settle();
}

const threadLines = (ts: string) => fake.posts(AGENTS).filter((p) => p.thread_ts === ts);
const supervisorMessages = () => fake.posts(SUPERVISORS);

async function at(time: number): Promise<void> {
  env.runtime.clock.set(new Date(time));
  await env.sweep();
  await env.settle();
}

describe("an urgent case nobody takes", () => {
  it("is pinged in its thread after N minutes, then the supervisors after 2N, once each, across a restart", async () => {
    const person = env.someone("web");
    await person.say("je veux que tout s'arrête");
    await person.press("consent:yes");
    await person.press("contact:this-chat");
    await person.say("Je n'en peux plus, j'ai besoin de parler à quelqu'un.");
    const [record] = await env.runtime.store.listCases({ status: ["open"] });
    expect(record).toMatchObject({ urgency: "urgent" });
    await env.settle();
    const ts = await env.caseTs(record!.id);
    const t0 = record!.createdAt.getTime();

    await at(t0 + 29 * MINUTE);
    expect(threadLines(ts).filter((p) => String(p.text).startsWith("⏰"))).toHaveLength(0);

    await at(t0 + 31 * MINUTE);
    const pings = () => threadLines(ts).filter((p) => String(p.text).startsWith("⏰"));
    expect(pings()).toHaveLength(1);
    expect(pings()[0]).toMatchObject({ reply_broadcast: true });
    expect(String(pings()[0]?.text)).toContain("Dossier urgent sans agent depuis 31 min");
    await at(t0 + 32 * MINUTE);
    expect(pings()).toHaveLength(1);

    const postsBefore = fake.posts().length;
    await restart();
    expect(fake.posts().length).toBe(postsBefore); // nothing re-posted by the restart
    await at(t0 + 45 * MINUTE);
    expect(pings()).toHaveLength(1);

    await at(t0 + 61 * MINUTE);
    expect(supervisorMessages()).toHaveLength(1);
    expect(String(supervisorMessages()[0]?.text)).toContain(`Dossier ${record!.reference}`);
    expect(String(supervisorMessages()[0]?.text)).toContain("sans agent depuis 1 h 01");
    await restart();
    await at(t0 + 90 * MINUTE);
    expect(supervisorMessages()).toHaveLength(1);

    // Taken: the "any case after M hours" reminders never come.
    await env.press(AGENT, "case.take", record!.id);
    await env.settle();
    await at(t0 + 25 * HOUR);
    await at(t0 + 49 * HOUR);
    expect(pings()).toHaveLength(1);
    expect(supervisorMessages()).toHaveLength(1);
  });
});

describe("any case nobody takes", () => {
  it("is pinged after M hours and escalated after 2M, once each", async () => {
    const { record } = await env.openCase("telegram");
    await env.settle();
    const ts = await env.caseTs(record.id);
    const t0 = record.createdAt.getTime();
    const pings = () => threadLines(ts).filter((p) => String(p.text).startsWith("⏰"));
    await at(t0 + 23 * HOUR);
    expect(pings()).toHaveLength(0);
    await at(t0 + 24 * HOUR + MINUTE);
    expect(pings()).toHaveLength(1);
    expect(String(pings()[0]?.text)).toBe("⏰ Dossier sans agent depuis 1 j 0 h.");
    expect(pings()[0]?.reply_broadcast).toBeUndefined();
    await restart();
    await at(t0 + 48 * HOUR + MINUTE);
    await at(t0 + 50 * HOUR);
    expect(pings()).toHaveLength(1);
    expect(supervisorMessages()).toHaveLength(1);
  });
});

describe("a resident waiting for an answer", () => {
  it("pings the agent who holds the case, once, and stops when the agent answers", async () => {
    const { record, person } = await env.openCase("web");
    await env.settle();
    const ts = await env.caseTs(record.id);
    await env.press(AGENT, "case.take", record.id);
    await env.settle();
    const written = env.runtime.clock.now().getTime();
    await person.say("Bonjour, avez-vous pu regarder mon dossier ?");
    await person.say("Je reste disponible toute la journée.");
    await env.settle();
    const waits = () => threadLines(ts).filter((p) => String(p.text).startsWith("⏳"));

    await at(written + 47 * HOUR);
    expect(waits()).toHaveLength(0);
    await at(written + 48 * HOUR + MINUTE);
    // Two unanswered messages, one reminder.
    expect(waits()).toHaveLength(1);
    expect(String(waits()[0]?.text)).toBe(`⏳ <@${AGENT}>, la personne attend une réponse depuis 2 j 0 h.`);
    await restart();
    await at(written + 49 * HOUR);
    expect(waits()).toHaveLength(1);

    await env.reply(AGENT, AGENTS, ts, "Oui, je vous appelle demain.");
    await env.settle();
    await at(written + 97 * HOUR);
    expect(waits()).toHaveLength(1);
    expect(supervisorMessages()).toHaveLength(0);
  });

  it("escalates to the supervisors when nobody answers", async () => {
    const { record, person } = await env.openCase("web");
    await env.press(AGENT, "case.take", record.id);
    await env.settle();
    const written = env.runtime.clock.now().getTime();
    await person.say("Toujours pas de nouvelles ?");
    await env.settle();
    await at(written + 49 * HOUR);
    await at(written + 97 * HOUR);
    await at(written + 98 * HOUR);
    expect(supervisorMessages()).toHaveLength(1);
    expect(String(supervisorMessages()[0]?.text)).toContain("la personne attend une réponse depuis 4 j 1 h");
  });
});
