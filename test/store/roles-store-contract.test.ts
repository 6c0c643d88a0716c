/**
 * The Store contract for roles, the audit log and sign-in (migration 0005), on SQLite and PostgreSQL:
 * listing and disabling agents, ending an agent's sessions, the idle time of sessions, the clean-up of
 * expired sessions, setup tokens and failed sign-ins, the counts behind the progressive delay, and the
 * audit log — written, paged, and deleted with the case's personal data.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import type { NewCase } from "../../src/store/store.js";
import { postgresBackend, sqliteBackend, type TestBackend } from "./test-databases.js";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const postgres = await postgresBackend();
const backends: Array<[string, TestBackend | undefined]> = [
  ["sqlite", sqliteBackend()],
  ["postgres", postgres],
];

function newCase(conversationId: string): NewCase {
  return {
    conversationId,
    urgency: "normal",
    level: 3,
    entryId: "rsa",
    crisis: null,
    summary: "Demande d'aide pour le RSA",
    contactMethod: "phone",
    contactValue: "06 12 34 56 78",
    contactTime: null,
    description: "Je n'arrive pas à faire ma déclaration.",
    language: "fr",
    consentAt: T0,
  };
}

for (const [name, backend] of backends) {
  describe.skipIf(!backend)(`Roles, audit and sign-in store contract on ${name}`, () => {
    let store: KyselyStore;

    beforeAll(async () => {
      store = await backend!.open();
    });
    beforeEach(async () => {
      await backend!.clear(store);
    });
    afterAll(async () => {
      await store?.close();
      await backend?.dispose();
    });

    describe("agents", () => {
      it("lists agents by username, disables and re-enables one", async () => {
        const paul = await store.createAgent({ username: "paul", displayName: "Paul", passwordHash: "h", role: "agent" }, T0);
        await store.createAgent({ username: "claire", displayName: "Claire", passwordHash: "h", role: "supervisor" }, T0);
        expect((await store.listAgents()).map((a) => a.username)).toEqual(["claire", "paul"]);
        expect(await store.setAgentDisabled(paul.id, at(MINUTE))).toBe(true);
        expect((await store.getAgent(paul.id))?.disabledAt?.getTime()).toBe(at(MINUTE).getTime());
        expect(await store.setAgentDisabled(paul.id, null)).toBe(true);
        expect((await store.getAgent(paul.id))?.disabledAt).toBeNull();
        expect(await store.setAgentDisabled("nobody", at(MINUTE))).toBe(false);
      });
    });

    describe("sessions and setup tokens", () => {
      it("keeps when a session was created and last seen, and moves the last-seen time", async () => {
        const agent = await store.createAgent({ username: "a", displayName: "A", passwordHash: "h", role: "agent" }, T0);
        await store.createSession("tok", agent.id, at(12 * 60 * MINUTE), T0);
        expect(await store.findSession("tok", T0)).toEqual({ agentId: agent.id, createdAt: T0, lastSeenAt: T0, expiresAt: at(12 * 60 * MINUTE) });
        await store.touchSession("tok", at(5 * MINUTE));
        expect((await store.findSession("tok", at(5 * MINUTE)))?.lastSeenAt).toEqual(at(5 * MINUTE));
      });

      it("ends every session of one agent at once, and only theirs", async () => {
        const a = await store.createAgent({ username: "a", displayName: "A", passwordHash: "h", role: "agent" }, T0);
        const b = await store.createAgent({ username: "b", displayName: "B", passwordHash: "h", role: "agent" }, T0);
        await store.createSession("a1", a.id, at(DAY), T0);
        await store.createSession("a2", a.id, at(DAY), T0);
        await store.createSession("b1", b.id, at(DAY), T0);
        expect(await store.deleteAgentSessions(a.id)).toBe(2);
        expect(await store.findSession("a1", T0)).toBeUndefined();
        expect(await store.findSession("a2", T0)).toBeUndefined();
        expect(await store.findSession("b1", T0)).toBeDefined();
      });

      it("prunes sessions past their lifetime or idle too long, and expired setup tokens", async () => {
        const a = await store.createAgent({ username: "a", displayName: "A", passwordHash: "h", role: "agent" }, T0);
        await store.createSession("expired", a.id, at(MINUTE), T0);
        await store.createSession("idle", a.id, at(DAY), T0);
        await store.createSession("active", a.id, at(DAY), T0);
        await store.touchSession("active", at(50 * MINUTE));
        await store.createSetupToken("old", at(MINUTE));
        await store.createSetupToken("valid", at(DAY));
        const now = at(60 * MINUTE);
        expect(await store.pruneSessions(now, at(30 * MINUTE))).toBe(2);
        expect(await store.findSession("active", now)).toBeDefined();
        expect(await store.db.selectFrom("sessions").select("token_hash").execute()).toEqual([{ token_hash: "active" }]);
        expect(await store.pruneSetupTokens(now)).toBe(1);
        expect(await store.db.selectFrom("setup_tokens").select("token_hash").execute()).toEqual([{ token_hash: "valid" }]);
      });
    });

    describe("failed sign-ins", () => {
      it("counts failures per username and address, and per address, within the window", async () => {
        for (let i = 0; i < 3; i += 1) await store.recordLoginFailure("nadia", "10.0.0.1", at(i * MINUTE));
        await store.recordLoginFailure("paul", "10.0.0.1", at(4 * MINUTE));
        await store.recordLoginFailure("nadia", "10.0.0.2", at(5 * MINUTE));
        await store.recordLoginFailure("nadia", "10.0.0.1", at(-2 * DAY)); // outside the window
        const counts = await store.countLoginFailures("nadia", "10.0.0.1", at(-DAY));
        expect(counts).toEqual({ pair: { count: 3, lastAt: at(2 * MINUTE) }, address: { count: 4, lastAt: at(4 * MINUTE) } });
        expect(await store.countLoginFailures("nadia", "10.0.0.9", at(-DAY))).toEqual({ pair: { count: 0, lastAt: null }, address: { count: 0, lastAt: null } });
      });

      it("forgets a username's failures from one address after a success, and prunes old ones", async () => {
        await store.recordLoginFailure("nadia", "10.0.0.1", T0);
        await store.recordLoginFailure("nadia", "10.0.0.2", T0);
        await store.recordLoginFailure("paul", "10.0.0.1", at(-2 * DAY));
        await store.clearLoginFailures("nadia", "10.0.0.1");
        expect((await store.countLoginFailures("nadia", "10.0.0.1", at(-3 * DAY))).pair.count).toBe(0);
        expect((await store.countLoginFailures("nadia", "10.0.0.2", at(-3 * DAY))).pair.count).toBe(1);
        expect(await store.pruneLoginFailures(at(-DAY))).toBe(1);
        expect((await store.countLoginFailures("paul", "10.0.0.1", at(-3 * DAY))).pair.count).toBe(0);
      });
    });

    describe("audit log", () => {
      it("pages entries newest first, per case or overall, and finds an agent's last action", async () => {
        const c = await store.findOrCreateConversation("web", "audit", T0);
        const k1 = await store.createCase(newCase(c.id), T0);
        const k2 = await store.createCase(newCase(c.id), T0);
        await store.recordAudit({ at: T0, agentId: null, action: "opened", caseId: k1.id, detail: { urgency: "normal" } });
        await store.recordAudit({ at: at(MINUTE), agentId: "ag-1", action: "read", caseId: k1.id, detail: {} });
        await store.recordAudit({ at: at(2 * MINUTE), agentId: "ag-1", action: "claimed", caseId: k1.id, detail: {} });
        await store.recordAudit({ at: at(3 * MINUTE), agentId: "slack:U1", action: "noted", caseId: k2.id, detail: {} });
        await store.recordAudit({ at: at(4 * MINUTE), agentId: "ag-2", action: "closed", caseId: k1.id, detail: { outcome: "resolved" } });

        const first = await store.listAudit({ limit: 2 });
        expect(first.entries.map((e) => e.action)).toEqual(["closed", "noted"]);
        expect(first.entries[0]).toMatchObject({ agentId: "ag-2", caseId: k1.id, detail: { outcome: "resolved" }, at: at(4 * MINUTE) });
        const second = await store.listAudit({ limit: 2, beforeId: first.nextBeforeId! });
        expect(second.entries.map((e) => e.action)).toEqual(["claimed", "read"]);
        const last = await store.listAudit({ limit: 2, beforeId: second.nextBeforeId! });
        expect(last).toMatchObject({ entries: [{ action: "opened", agentId: null }], nextBeforeId: null });

        expect((await store.listAudit({ caseId: k2.id, limit: 10 })).entries.map((e) => e.agentId)).toEqual(["slack:U1"]);
        expect(await store.lastAuditAt(k1.id, "ag-1", "read")).toEqual(at(MINUTE));
        expect(await store.lastAuditAt(k1.id, "ag-2", "read")).toBeNull();
      });

      it("writes nothing when the transaction that made the action rolls back", async () => {
        const c = await store.findOrCreateConversation("web", "audit-tx", T0);
        const k = await store.createCase(newCase(c.id), T0);
        await expect(
          store.transaction(async (tx) => {
            await tx.recordAudit({ at: T0, agentId: "ag", action: "answered", caseId: k.id, detail: {} });
            throw new Error("the reply failed");
          }),
        ).rejects.toThrow("the reply failed");
        expect((await store.listAudit({ limit: 10 })).entries).toEqual([]);
      });

      it("is deleted with the case's personal data: erasure and retention", async () => {
        const erased = await store.findOrCreateConversation("web", "erase-me", T0);
        const kept = await store.findOrCreateConversation("web", "keep-me", T0);
        const erasedCase = await store.createCase(newCase(erased.id), T0);
        const oldCase = await store.createCase(newCase(kept.id), at(-400 * DAY));
        await store.updateCase(oldCase.id, { status: "closed", outcome: "resolved", closedAt: at(-390 * DAY) });
        const recentCase = await store.createCase(newCase(kept.id), T0);
        for (const k of [erasedCase, oldCase, recentCase]) {
          await store.recordAudit({ at: T0, agentId: "ag", action: "read", caseId: k.id, detail: {} });
        }
        await store.eraseConversation(erased.id, at(MINUTE));
        expect(await store.purgeClosedCases(at(-365 * DAY))).toBe(1);
        expect((await store.listAudit({ limit: 10 })).entries.map((e) => e.caseId)).toEqual([recentCase.id]);
      });
    });
  });
}
