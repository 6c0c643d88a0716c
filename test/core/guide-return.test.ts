/**
 * A démarche guide that knows where it ends and where the resident left it: the last step says so and
 * offers to finish (no "next step" into nothing); a resident coming back with a greeting is offered the
 * step they were at.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, payloads, resident, texts, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

const labels = (replies: Parameters<typeof payloads>[0]) =>
  replies.flatMap((r) => (r.kind === "choices" ? r.choices.map((c) => c.label) : []));

describe("a démarche guide", () => {
  it("says which step is the last and offers to finish there, not a next step", async () => {
    const someone = resident(runtime);
    const entry = runtime.catalogue.get("prime-activite")!;
    let answer = await someone.press("apply:prime-activite");
    for (let i = 1; i < entry.steps.length; i++) answer = await someone.press("next");
    expect(texts(answer.replies)).toContain(`Étape ${entry.steps.length} sur ${entry.steps.length}`);
    expect(texts(answer.replies)).toContain("C'est la dernière étape.");
    expect(labels(answer.replies)).toContain("J'ai fini");
    expect(labels(answer.replies)).not.toContain("Étape suivante");
    const done = await someone.press("next");
    expect(texts(done.replies)).toContain("Vous avez vu toutes les étapes");
  });

  it("is offered back, at the step the resident left, when they come back with a greeting", async () => {
    const someone = resident(runtime);
    await someone.press("apply:prime-activite");
    await someone.press("next");
    await someone.press("pause");
    const back = await someone.say("bonjour");
    expect(texts(back.replies)).toMatch(/Bon retour\s! Vous en étiez à l'étape 2 de «\s.*prime d'activité.*\s»/i);
    expect(payloads(back.replies)).toContain("resume:prime-activite");
    const resumed = await someone.press("resume:prime-activite");
    expect(texts(resumed.replies)).toContain("Étape 2 sur");
  });
});
