/**
 * The Store contract for indicators and case reads (migration 0006), on SQLite and PostgreSQL: turn
 * statistics counted per Monday-based week, the last 100 questions not understood, case timings with the
 * first agent answer, purges, and what reached a case since an agent last opened it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import type { NewCase, NewTurnStat } from "../../src/store/store.js";
import { postgresBackend, sqliteBackend, type TestBackend } from "./test-databases.js";

/** A Tuesday: its week starts on Monday 2026-03-02. */
const T0 = new Date("2026-03-03T09:00:00.000Z");
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const postgres = await postgresBackend();
const backends: Array<[string, TestBackend | undefined]> = [
  ["sqlite", sqliteBackend()],
  ["postgres", postgres],
];

const stat = (over: Partial<NewTurnStat>): NewTurnStat => ({
  at: T0,
  channel: "web",
  language: "fr",
  level: 1,
  entryId: "rsa",
  theme: "revenus",
  crisis: null,
  understood: true,
  ...over,
});

function newCase(conversationId: string): NewCase {
  return {
    conversationId,
    urgency: "normal",
    level: 3,
    entryId: "rsa",
    crisis: null,
    summary: "RSA",
    contactMethod: "this-chat",
    contactValue: null,
    contactTime: null,
    description: "Une question",
    language: "fr",
    consentAt: T0,
  };
}

for (const [name, backend] of backends) {
  describe.skipIf(!backend)(`Indicators store contract on ${name}`, () => {
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

    it("counts turn statistics per week (Monday, UTC) and purges old ones", async () => {
      await store.recordTurnStat(stat({}));
      await store.recordTurnStat(stat({ at: at(DAY) }));
      await store.recordTurnStat(stat({ at: at(-2 * DAY), level: 0, entryId: null, theme: null, understood: false }));
      await store.recordTurnStat(stat({ at: at(7 * DAY), crisis: "suicide", level: 3 }));
      const counts = await store.turnStatCounts(at(-10 * DAY), at(30 * DAY));
      const byWeek = (week: string) => counts.filter((c) => c.weekStart.toISOString().slice(0, 10) === week);
      expect(byWeek("2026-03-02")).toEqual([{ weekStart: new Date("2026-03-02T00:00:00Z"), level: 1, theme: "revenus", crisis: null, understood: true, count: 2 }]);
      expect(byWeek("2026-02-23")).toEqual([{ weekStart: new Date("2026-02-23T00:00:00Z"), level: 0, theme: null, crisis: null, understood: false, count: 1 }]);
      expect(byWeek("2026-03-09")[0]).toMatchObject({ crisis: "suicide", count: 1 });
      expect(await store.purgeTurnStats(T0)).toBe(1);
      expect((await store.turnStatCounts(at(-10 * DAY), at(30 * DAY))).reduce((n, c) => n + c.count, 0)).toBe(3);
    });

    it("keeps the last 100 questions not understood, newest first, and purges them", async () => {
      for (let i = 0; i < 105; i++) await store.recordUnansweredQuestion({ at: at(i * MINUTE), language: "fr", text: `question ${i}` });
      const kept = await store.listUnansweredQuestions(at(-DAY), at(DAY));
      expect(kept).toHaveLength(100);
      expect(kept[0]!.text).toBe("question 104");
      expect(kept.at(-1)!.text).toBe("question 5");
      expect(await store.purgeUnansweredQuestions(at(50 * MINUTE))).toBe(45);
    });

    it("deletes a question not understood with its conversation's erasure", async () => {
      const conversation = await store.findOrCreateConversation("web", "erased", T0);
      await store.recordUnansweredQuestion({ at: T0, conversationId: conversation.id, language: "fr", text: "zorglub [téléphone]" });
      await store.recordUnansweredQuestion({ at: T0, language: "fr", text: "autre" });
      await store.eraseConversation(conversation.id, at(MINUTE));
      expect((await store.listUnansweredQuestions(at(-DAY), at(DAY))).map((q) => q.text)).toEqual(["autre"]);
    });

    it("gives case timings with the first agent answer", async () => {
      const conversation = await store.findOrCreateConversation("web", "c1", T0);
      const record = await store.createCase(newCase(conversation.id), T0);
      await store.updateCase(record.id, { status: "claimed", claimedAt: at(10 * MINUTE) });
      await store.addCaseEvent({ caseId: record.id, kind: "agent-message", agentId: "a", authorName: "A", text: "Bonjour", createdAt: at(20 * MINUTE) });
      await store.addCaseEvent({ caseId: record.id, kind: "agent-message", agentId: "a", authorName: "A", text: "Encore", createdAt: at(40 * MINUTE) });
      expect(await store.caseTimings(at(-DAY), at(DAY))).toEqual([{ createdAt: T0, claimedAt: at(10 * MINUTE), closedAt: null, firstAnswerAt: at(20 * MINUTE) }]);
      expect(await store.caseTimings(at(DAY), at(2 * DAY))).toEqual([]);
    });

    it("says what reached a case since an agent last opened it", async () => {
      const conversation = await store.findOrCreateConversation("web", "c2", T0);
      const record = await store.createCase(newCase(conversation.id), T0);
      await store.addCaseEvent({ caseId: record.id, kind: "resident-message", agentId: null, authorName: null, text: "allo", createdAt: at(MINUTE) });
      expect((await store.caseActivity([record.id], "a1")).get(record.id)).toEqual({ lastReadAt: null, newMessages: 1, crisisSinceRead: null });
      expect(await store.markCaseRead(record.id, "a1", at(2 * MINUTE))).toBeNull();
      expect(await store.markCaseRead(record.id, "a1", at(3 * MINUTE))).toEqual(at(2 * MINUTE));
      await store.addCaseEvent({ caseId: record.id, kind: "resident-message", agentId: null, authorName: null, text: "au secours", createdAt: at(4 * MINUTE) });
      await store.addCaseEvent({ caseId: record.id, kind: "crisis", agentId: null, authorName: null, text: "violence", createdAt: at(4 * MINUTE) });
      expect((await store.caseActivity([record.id], "a1")).get(record.id)).toEqual({
        lastReadAt: at(3 * MINUTE),
        newMessages: 1,
        crisisSinceRead: { category: "violence", at: at(4 * MINUTE) },
      });
      expect((await store.caseActivity([record.id], "a2")).get(record.id)?.newMessages).toBe(2);
      await store.updateCase(record.id, { urgency: "urgent", crisis: "violence" });
      expect(await store.getCase(record.id)).toMatchObject({ urgency: "urgent", crisis: "violence" });
    });
  });
}
