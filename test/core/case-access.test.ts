/**
 * Who may do what with a case, enforced by the core for every channel: only the holder (or a
 * supervisor) answers or closes, any agent notes, supervisors reassign and reopen, a disabled agent does
 * nothing — and every action, refused ones excepted, is in the audit log, written with it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgentIdentity } from "../../src/core/accueil-core.js";
import { READ_AUDIT_INTERVAL_MS } from "../../src/core/case-supervision.js";
import { createTestRuntime, openCaseAs, resident, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
let nadia: AgentIdentity;
let paul: AgentIdentity;
let claire: AgentIdentity;

beforeEach(async () => {
  runtime = await createTestRuntime();
  const make = async (username: string, displayName: string, role: "agent" | "supervisor"): Promise<AgentIdentity> => {
    const record = await runtime.store.createAgent({ username, displayName, passwordHash: "x", role }, runtime.clock.now());
    return { id: record.id, displayName };
  };
  nadia = await make("nadia", "Nadia", "agent");
  paul = await make("paul", "Paul", "agent");
  claire = await make("claire", "Claire", "supervisor");
});
afterEach(async () => {
  await runtime.dispose();
});

async function openCase(someone = resident(runtime)) {
  return { created: await openCaseAs(runtime, someone), someone };
}

/** Everything a refused action could have changed. */
async function snapshot(caseId: string, conversationId: string) {
  const { store } = runtime;
  return {
    record: await store.getCase(caseId),
    events: await store.listCaseEvents(caseId),
    transcript: await store.listMessages(conversationId),
    audit: (await store.listAudit({ caseId, limit: 100 })).entries,
  };
}

describe("a case held by a colleague", () => {
  it("cannot be answered or closed by another agent: not-assigned, and nothing changes", async () => {
    const { created } = await openCase();
    await runtime.core.claimCase(created.id, nadia);
    const before = await snapshot(created.id, created.conversationId);
    await expect(runtime.core.replyToResident(created.id, paul, "Bonjour, ici Paul.")).rejects.toMatchObject({ code: "not-assigned" });
    await expect(runtime.core.closeCase(created.id, paul, "resolved", "note")).rejects.toMatchObject({ code: "not-assigned" });
    await expect(runtime.core.claimCase(created.id, paul)).rejects.toMatchObject({ code: "already-claimed" });
    expect(await snapshot(created.id, created.conversationId)).toEqual(before);
  });

  it("can be noted by any agent, and answered and closed by a supervisor without taking it", async () => {
    const { created } = await openCase();
    await runtime.core.claimCase(created.id, nadia);
    await runtime.core.addInternalNote(created.id, paul, "Je connais la famille.");
    await runtime.core.replyToResident(created.id, claire, "Bonjour, je suis la responsable.");
    expect((await runtime.store.getCase(created.id))?.assignedAgentId).toBe(nadia.id);
    await runtime.core.closeCase(created.id, claire, "resolved");
    expect(await runtime.store.getCase(created.id)).toMatchObject({ status: "closed", outcome: "resolved", assignedAgentId: nadia.id });
    const kinds = (await runtime.store.listCaseEvents(created.id)).map((e) => [e.kind, e.authorName]);
    expect(kinds).toEqual(expect.arrayContaining([["note", "Paul"], ["agent-message", "Claire"]]));
  });

  it("an untaken case is taken by whoever answers it", async () => {
    const { created } = await openCase();
    await runtime.core.replyToResident(created.id, paul, "Bonjour, ici Paul.");
    expect(await runtime.store.getCase(created.id)).toMatchObject({ status: "claimed", assignedAgentId: paul.id });
    await expect(runtime.core.replyToResident(created.id, nadia, "Et moi ?")).rejects.toMatchObject({ code: "not-assigned" });
  });

  it("Slack members are agents, never supervisors", async () => {
    const { created } = await openCase();
    const member = { id: "slack:U123", displayName: "Léa" };
    await runtime.core.claimCase(created.id, member);
    await expect(runtime.core.replyToResident(created.id, { id: "slack:U999", displayName: "Max" }, "Bonjour")).rejects.toMatchObject({ code: "not-assigned" });
    await expect(runtime.core.reassignCase(created.id, member, nadia.id)).rejects.toMatchObject({ code: "supervisors-only" });
    await runtime.core.replyToResident(created.id, claire, "Bonjour");
  });
});

describe("supervisors", () => {
  it("reassign an active case to another enabled agent, who is named to the resident", async () => {
    const { created } = await openCase();
    await runtime.core.claimCase(created.id, nadia);
    await expect(runtime.core.reassignCase(created.id, paul, paul.id)).rejects.toMatchObject({ code: "supervisors-only" });
    await expect(runtime.core.reassignCase(created.id, claire, "nobody")).rejects.toMatchObject({ code: "invalid-assignee" });
    await runtime.store.setAgentDisabled(paul.id, runtime.clock.now());
    await expect(runtime.core.reassignCase(created.id, claire, paul.id)).rejects.toMatchObject({ code: "invalid-assignee" });
    await runtime.store.setAgentDisabled(paul.id, null);

    const changed = await runtime.core.reassignCase(created.id, claire, paul.id);
    expect(changed).toMatchObject({ status: "claimed", assignedAgentId: paul.id });
    expect(await runtime.store.getCase(created.id)).toMatchObject({ status: "claimed", assignedAgentId: paul.id });
    const told = (await runtime.store.listMessages(created.conversationId)).at(-1);
    expect(JSON.stringify(told?.body)).toContain("Paul, du CCAS, a pris votre demande");
    // The new holder answers; the former one may not any more.
    await runtime.core.replyToResident(created.id, paul, "Bonjour, je reprends votre dossier.");
    await expect(runtime.core.replyToResident(created.id, nadia, "Bonjour")).rejects.toMatchObject({ code: "not-assigned" });
    // An untaken case can be given too.
    const other = await openCase(resident(runtime));
    const [open] = (await runtime.store.listCases({ status: ["open"] })).filter((c) => c.id !== created.id);
    expect(open?.id).toBe(other.created.id);
    await runtime.core.reassignCase(other.created.id, claire, nadia.id);
    expect((await runtime.store.getCase(other.created.id))?.assignedAgentId).toBe(nadia.id);
  });

  it("reopen a closed case (not a cancelled or erased one, nor beside another active case)", async () => {
    const { created, someone } = await openCase();
    await runtime.core.claimCase(created.id, nadia);
    await runtime.core.closeCase(created.id, nadia, "no-answer");
    await expect(runtime.core.reopenCase(created.id, nadia)).rejects.toMatchObject({ code: "supervisors-only" });
    const reopened = await runtime.core.reopenCase(created.id, claire);
    expect(reopened).toMatchObject({ status: "open", assignedAgentId: null, outcome: null, closedAt: null });
    expect(await runtime.store.getCase(created.id)).toMatchObject({ status: "open", assignedAgentId: null, outcome: null });
    await expect(runtime.core.reopenCase(created.id, claire)).rejects.toMatchObject({ code: "not-reopenable" });

    // Closed again, then the resident opens a new case: the old one stays closed.
    await runtime.core.closeCase(created.id, paul, "resolved");
    await someone.press("cmd:human");
    await someone.press("consent:yes");
    await someone.press("contact:this-chat");
    await someone.say("Une autre question.");
    await expect(runtime.core.reopenCase(created.id, claire)).rejects.toMatchObject({ code: "not-reopenable" });

    // Erased by the resident: nothing left to reopen.
    await runtime.core.eraseConversation(created.conversationId);
    await expect(runtime.core.reopenCase(created.id, claire)).rejects.toMatchObject({ code: "not-reopenable" });
  });
});

describe("a disabled agent", () => {
  it("can do nothing with a case, even with an identity the caller still holds", async () => {
    const { created } = await openCase();
    await runtime.core.claimCase(created.id, nadia);
    await runtime.store.setAgentDisabled(nadia.id, runtime.clock.now());
    await expect(runtime.core.replyToResident(created.id, nadia, "Bonjour")).rejects.toMatchObject({ code: "agent-disabled" });
    await expect(runtime.core.addInternalNote(created.id, nadia, "note")).rejects.toMatchObject({ code: "agent-disabled" });
    await expect(runtime.core.closeCase(created.id, nadia, "resolved")).rejects.toMatchObject({ code: "agent-disabled" });
  });
});

describe("the audit log", () => {
  it("records who opened, read, claimed, answered, noted, reassigned, closed and reopened the case, and when", async () => {
    const { created } = await openCase();
    const step = () => runtime.clock.advance(60_000);
    await runtime.core.recordCaseRead(created.id, nadia);
    step();
    await runtime.core.recordCaseRead(created.id, nadia); // a refresh: not written again so soon
    await runtime.core.claimCase(created.id, nadia);
    step();
    await runtime.core.replyToResident(created.id, nadia, "Bonjour");
    await runtime.core.addInternalNote(created.id, paul, "Appeler la CAF");
    step();
    await runtime.core.reassignCase(created.id, claire, paul.id);
    await runtime.core.closeCase(created.id, paul, "appointment");
    await runtime.core.reopenCase(created.id, claire);
    runtime.clock.advance(READ_AUDIT_INTERVAL_MS);
    await runtime.core.recordCaseRead(created.id, nadia);
    // Refused actions leave no line.
    await expect(runtime.core.replyToResident(created.id, { id: "slack:U1", displayName: "X" }, "")).rejects.toMatchObject({ code: "empty-text" });

    const { entries } = await runtime.store.listAudit({ caseId: created.id, limit: 100 });
    const lines = entries.reverse().map((e) => [e.action, e.agentId, e.detail]);
    expect(lines).toEqual([
      ["opened", null, { urgency: created.urgency, level: String(created.level) }],
      ["read", nadia.id, {}],
      ["claimed", nadia.id, {}],
      ["answered", nadia.id, {}],
      ["noted", paul.id, {}],
      ["reassigned", claire.id, { from: nadia.id, to: paul.id }],
      ["closed", paul.id, { outcome: "appointment" }],
      ["reopened", claire.id, { previousOutcome: "appointment" }],
      ["read", nadia.id, {}],
    ]);
    // No personal data: not the resident's words, not the agent's reply.
    expect(JSON.stringify(entries)).not.toMatch(/bloqué|Bonjour|CAF/);
  });
});
