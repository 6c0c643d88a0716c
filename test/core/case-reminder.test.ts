/**
 * The service-level rule (core/case-reminder.ts) the console shows and the core's timers fire on: an
 * urgent case's shorter delay, the second stage, a reopened case counted from its reopening, and a
 * resident's first unanswered message.
 */
import { describe, expect, it } from "vitest";
import { pendingReminder } from "../../src/core/case-reminder.js";
import { DEFAULT_SERVICE_LEVELS } from "../../src/core/core-deps.js";
import type { CaseEvent, CaseRecord } from "../../src/store/store.js";

const T0 = new Date("2026-11-17T09:00:00Z").getTime();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(T0 + ms);

function aCase(changes: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: "case-1",
    reference: "A7K-3QX",
    conversationId: "conv-1",
    status: "open",
    urgency: "normal",
    level: 3,
    entryId: null,
    crisis: null,
    summary: "Demande générale",
    contactMethod: "this-chat",
    contactValue: null,
    contactTime: null,
    description: "Mon dossier est bloqué.",
    language: "fr",
    consentAt: at(0),
    assignedAgentId: null,
    outcome: null,
    createdAt: at(0),
    claimedAt: null,
    closedAt: null,
    externalRefs: {},
    anonymisedAt: null,
    ...changes,
  };
}

let nextId = 1;
function event(kind: CaseEvent["kind"], ms: number, text = ""): CaseEvent {
  return { id: nextId++, caseId: "case-1", kind, agentId: kind === "resident-message" ? null : "agent-1", authorName: null, text, createdAt: at(ms) };
}

describe("a case nobody takes", () => {
  it("calls for nothing before the delay, then stage 1, then stage 2 at twice the delay", () => {
    expect(pendingReminder(aCase(), [], at(24 * HOUR - MINUTE), DEFAULT_SERVICE_LEVELS)).toBeNull();
    expect(pendingReminder(aCase(), [], at(24 * HOUR), DEFAULT_SERVICE_LEVELS)).toEqual({ caseId: "case-1", reason: "untaken", urgent: false, stage: 1, since: at(0) });
    expect(pendingReminder(aCase(), [], at(48 * HOUR), DEFAULT_SERVICE_LEVELS)).toMatchObject({ reason: "untaken", stage: 2 });
  });

  it("uses the urgent delay (minutes) for an urgent case, until the general one passes it", () => {
    const urgent = aCase({ urgency: "urgent" });
    expect(pendingReminder(urgent, [], at(29 * MINUTE), DEFAULT_SERVICE_LEVELS)).toBeNull();
    expect(pendingReminder(urgent, [], at(31 * MINUTE), DEFAULT_SERVICE_LEVELS)).toMatchObject({ urgent: true, stage: 1 });
    expect(pendingReminder(urgent, [], at(61 * MINUTE), DEFAULT_SERVICE_LEVELS)).toMatchObject({ urgent: true, stage: 2 });
    expect(pendingReminder(urgent, [], at(48 * HOUR), DEFAULT_SERVICE_LEVELS)).toMatchObject({ urgent: false, stage: 2 });
  });

  it("counts a reopened case from its reopening, and calls for nothing once taken or closed", () => {
    const reopened = aCase();
    const events = [event("status", HOUR, "claimed"), event("status", 2 * HOUR, "closed: resolved"), event("status", 30 * HOUR, "reopened")];
    expect(pendingReminder(reopened, events, at(31 * HOUR), DEFAULT_SERVICE_LEVELS)).toBeNull();
    expect(pendingReminder(reopened, events, at(54 * HOUR), DEFAULT_SERVICE_LEVELS)).toMatchObject({ stage: 1, since: at(30 * HOUR) });
    expect(pendingReminder(aCase({ status: "claimed" }), [], at(100 * HOUR), DEFAULT_SERVICE_LEVELS)).toBeNull();
    expect(pendingReminder(aCase({ status: "closed" }), [event("resident-message", HOUR)], at(100 * HOUR), DEFAULT_SERVICE_LEVELS)).toBeNull();
  });
});

describe("a resident waiting for an answer", () => {
  it("counts from the first message since the agents' last answer", () => {
    const held = aCase({ status: "claimed", assignedAgentId: "agent-1" });
    const events = [event("resident-message", HOUR), event("agent-message", 2 * HOUR), event("resident-message", 3 * HOUR), event("resident-message", 4 * HOUR)];
    expect(pendingReminder(held, events, at(3 * HOUR + 48 * HOUR - MINUTE), DEFAULT_SERVICE_LEVELS)).toBeNull();
    expect(pendingReminder(held, events, at(3 * HOUR + 48 * HOUR), DEFAULT_SERVICE_LEVELS)).toEqual({
      caseId: "case-1",
      reason: "resident-waiting",
      urgent: false,
      stage: 1,
      since: at(3 * HOUR),
    });
    const answered = [...events, event("agent-message", 5 * HOUR)];
    expect(pendingReminder(held, answered, at(200 * HOUR), DEFAULT_SERVICE_LEVELS)).toBeNull();
  });
});
