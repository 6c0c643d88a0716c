/**
 * The pipeline's guarantees: duplicates have one effect, a crisis interrupts any dialogue, the bot is
 * silent while an agent holds the conversation, a restart resumes where the resident was, and a crisis
 * is answered even when the store fails.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRuntime } from "../../src/app/create-runtime.js";
import pino from "pino";
import { createTestRuntime, openCaseAs, payloads, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

const agent = { id: "agent-1", displayName: "Nadia" };

const openCase = (someone: ReturnType<typeof resident>) => openCaseAs(runtime, someone);

describe("duplicates", () => {
  it("handles a platform message id once", async () => {
    const someone = resident(runtime);
    const first = await someone.say("c'est quoi la prime d'activité", { id: "same-id" });
    const again = await someone.say("c'est quoi la prime d'activité", { id: "same-id" });
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, replies: [] });
    const messages = await runtime.store.listMessages(first.conversationId);
    expect(messages.filter((m) => m.direction === "in")).toHaveLength(1);
  });
});

describe("crisis", () => {
  it("interrupts a démarche with the emergency number, offers an urgent case, and the démarche can resume", async () => {
    const someone = resident(runtime);
    await someone.say("comment faire la demande de rsa");
    await someone.press("next");
    const crisis = await someone.say("je n'en peux plus, je veux mourir");
    expect(crisis.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts(crisis.replies)).toContain("3114");
    expect(payloads(crisis.replies)).toEqual(["consent:yes", "consent:no"]);
    await someone.press("consent:no");
    const resumed = await someone.say("reprendre");
    expect(texts(resumed.replies)).toMatch(/Étape 2 sur \d+/);
  });

  it("opens an urgent case when the resident accepts after a crisis", async () => {
    const someone = resident(runtime);
    await someone.say("on n'a nulle part où dormir ce soir avec les enfants");
    await someone.press("consent:yes");
    await someone.press("contact:this-chat");
    await someone.say("Nous sommes à la gare.");
    const [created] = await runtime.store.listCases({});
    expect(created).toMatchObject({ urgency: "urgent", crisis: "shelter" });
  });

  it("still gives the emergency numbers while an agent holds the conversation", async () => {
    const someone = resident(runtime);
    const created = await openCase(someone);
    await runtime.core.claimCase(created.id, agent);
    const crisis = await someone.say("il m'a encore frappée ce soir");
    expect(crisis.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts(crisis.replies)).toContain("17");
    expect((await runtime.store.getCase(created.id))?.urgency).toBe("urgent");
  });

  it("answers a crisis even when the store is unavailable", async () => {
    const someone = resident(runtime);
    await runtime.store.close();
    const result = await someone.say("je veux me suicider");
    expect(result.degraded).toBe(true);
    expect(texts(result.replies)).toContain("3114");
  });
});

describe("handoff", () => {
  it("relays while an agent holds the case, and the bot speaks again once it is closed", async () => {
    const someone = resident(runtime);
    const created = await openCase(someone);
    await runtime.core.claimCase(created.id, agent);

    const whileHeld = await someone.say("c'est quoi le rsa ?");
    expect(whileHeld.replies).toEqual([]);
    const events = await runtime.store.listCaseEvents(created.id);
    expect(events.some((e) => e.kind === "resident-message" && e.text === "c'est quoi le rsa ?")).toBe(true);

    await runtime.core.replyToResident(created.id, agent, "Bonjour, je regarde votre dossier.");
    await runtime.core.addInternalNote(created.id, agent, "Appeler la CAF demain.");
    const transcript = await runtime.store.listMessages(whileHeld.conversationId);
    const fromAgent = transcript.filter((m) => m.author === "agent");
    expect(fromAgent).toHaveLength(1);
    expect(JSON.stringify(transcript)).not.toContain("Appeler la CAF demain");

    await runtime.core.closeCase(created.id, agent, "resolved");
    const after = await someone.say("c'est quoi le rsa ?");
    expect(after.replies.some((r) => r.kind === "entry")).toBe(true);
  });

  it("refuses a second agent's claim", async () => {
    const created = await openCase(resident(runtime));
    await runtime.core.claimCase(created.id, agent);
    await expect(runtime.core.claimCase(created.id, { id: "agent-2", displayName: "Paul" })).rejects.toMatchObject({ code: "already-claimed" });
  });
});

describe("restart", () => {
  it("resumes a démarche at the same step after the process restarts", async () => {
    const someone = resident(runtime, "restart-conversation");
    await someone.say("comment faire la demande de rsa");
    await someone.press("next");
    await runtime.store.close();

    const restarted = await createRuntime({ env: { ...process.env, LOG_LEVEL: "silent" }, databaseUrl: runtime.databaseUrl, clock: runtime.clock, logger: pino({ level: "silent" }) });
    try {
      const again = resident(restarted, "restart-conversation");
      const next = await again.send({ payload: "next", id: "after-restart-1" });
      expect(texts(next.replies)).toMatch(/Étape 3 sur \d+/);
    } finally {
      await restarted.store.close();
    }
  });
});

describe("erasure", () => {
  it("erases the conversation after confirmation and cancels the open case", async () => {
    const someone = resident(runtime);
    const created = await openCase(someone);
    const ask = await someone.press("cmd:forget");
    expect(payloads(ask.replies)).toEqual(["forget:yes", "forget:no"]);
    const done = await someone.press("forget:yes");
    expect(texts(done.replies)).toMatch(/effacé/);
    const after = await runtime.store.getCase(created.id);
    expect(after?.description).not.toContain("bloqué");
    expect(after?.status).toBe("cancelled");
    const transcript = await runtime.store.listMessages(done.conversationId);
    expect(JSON.stringify(transcript)).not.toContain("bloqué");
  });
});
