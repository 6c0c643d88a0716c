/**
 * A case waiting for a social worker stays visible: every message while it waits is added to it and
 * acknowledged with its reference and the usual delay (never the welcome again); a real question is still
 * answered; cancelling asks first.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, openCaseAs, payloads, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

async function residentWithOpenCase() {
  const someone = resident(runtime);
  return { someone, created: await openCaseAs(runtime, someone) };
}

describe("a waiting case", () => {
  it("answers \"allo ?\" with the reference, the delay and that the message was added — not the welcome", async () => {
    const { someone, created } = await residentWithOpenCase();
    const answer = await someone.say("allo ?");
    const said = texts(answer.replies);
    expect(said).toContain(created.reference);
    expect(said).toMatch(/attend un travailleur social.*jours ouvrés.*ajouté votre message/s);
    expect(said).not.toMatch(/Que puis-je faire/);
    expect(payloads(answer.replies)).toEqual(["other", "case:cancel-ask"]);
    const events = await runtime.store.listCaseEvents(created.id);
    expect(events.filter((e) => e.kind === "resident-message").map((e) => e.text)).toContain("allo ?");
  });

  it("still answers a real question, after the acknowledgement", async () => {
    const { someone, created } = await residentWithOpenCase();
    const answer = await someone.say("c'est quoi la prime d'activité ?");
    expect(texts(answer.replies)).toContain(created.reference);
    expect(answer.replies.some((r) => r.kind === "entry" && r.entryId === "prime-activite")).toBe(true);
  });

  it("asks before cancelling, and keeps the case on \"no\"", async () => {
    const { someone, created } = await residentWithOpenCase();
    const asked = await someone.press("case:cancel-ask");
    expect(payloads(asked.replies)).toEqual(["case:cancel", "case:keep"]);
    const kept = await someone.press("case:keep");
    expect(texts(kept.replies)).toContain(created.reference);
    expect((await runtime.store.getCase(created.id))?.status).toBe("open");
    await someone.press("case:cancel-ask");
    await someone.press("case:cancel");
    expect((await runtime.store.getCase(created.id))?.status).toBe("cancelled");
  });
});
