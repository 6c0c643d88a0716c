/**
 * The store methods added for volunteers and Slack (migration 0002), on SQLite and on a real PostgreSQL:
 * questions (one per transcript message, gone with their conversation), external threads, the Slack
 * outbox (one FIFO per channel, dedupe and coalesce keys, leases, pacing, retries) and forgetInbound.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { postgresBackend, sqliteBackend, type TestBackend } from "../store/test-databases.js";

const T0 = new Date("2026-11-17T09:00:00.000Z");
const at = (ms: number): Date => new Date(T0.getTime() + ms);

const postgres = await postgresBackend();
const backends: Array<[string, TestBackend | undefined]> = [
  ["sqlite", sqliteBackend()],
  ["postgres", postgres],
];

for (const [name, backend] of backends) {
  describe.skipIf(!backend)(`volunteer and Slack store methods on ${name}`, () => {
    let store: KyselyStore;
    beforeAll(async () => {
      store = await backend!.open();
    });
    beforeEach(async () => {
      await backend!.clear(store);
      for (const table of ["slack_outbox", "external_threads", "volunteer_questions"] as const) await store.db.deleteFrom(table).execute();
    });
    afterAll(async () => {
      await store?.close();
      await backend?.dispose();
    });

    it("keeps one question per transcript message, updates it, and loses it with its conversation", async () => {
      const conversation = await store.findOrCreateConversation("web", "q-1", T0);
      const draft = { conversationId: conversation.id, sourceSeq: 7, language: "fr", text: "Le bus passe le dimanche ?", redactions: [{ kind: "name", count: 1 }], unknownWords: [], status: "open" as const };
      const first = await store.createVolunteerQuestion(draft, T0);
      const again = await store.createVolunteerQuestion(draft, T0);
      expect(first).toMatchObject({ status: "open", answerCount: 0, redactions: [{ kind: "name", count: 1 }], externalRefs: {} });
      expect(again).toBeUndefined();
      await store.updateVolunteerQuestion(first!.id, { status: "answered", answerCount: 1, answeredAt: at(1000), externalRefs: { volunteersTs: "1.2" } });
      expect(await store.getVolunteerQuestion(first!.id)).toMatchObject({ status: "answered", answerCount: 1, answeredAt: at(1000), externalRefs: { volunteersTs: "1.2" } });
      await store.eraseConversation(conversation.id, at(2000));
      expect(await store.getVolunteerQuestion(first!.id)).toBeUndefined();
    });

    it("links a platform thread to a case or a question, once", async () => {
      await store.linkExternalThread({ platform: "slack", channel: "C1", threadId: "1.1", subjectKind: "case", subjectId: "case-1" });
      await store.linkExternalThread({ platform: "slack", channel: "C1", threadId: "1.1", subjectKind: "question", subjectId: "other" });
      expect(await store.findExternalThread("slack", "C1", "1.1")).toEqual({ platform: "slack", channel: "C1", threadId: "1.1", subjectKind: "case", subjectId: "case-1" });
      expect(await store.findExternalThread("slack", "C2", "1.1")).toBeUndefined();
    });

    it("hands out the head of each Slack channel's queue, in order, once", async () => {
      const op = (n: number) => ({ kind: "message", channel: "x", text: String(n) });
      for (const [channel, n] of [["C1", 1], ["C2", 2], ["C1", 3], ["C2", 4]] as const) await store.enqueueSlackOutbox({ slackChannel: channel, op: op(n), availableAt: T0 });
      const first = await store.claimDueSlackOutbox(T0, 10, 60_000);
      expect(first.map((i) => i.op.text)).toEqual(["1", "2"]);
      // Leased: not handed out again, and the items behind them wait.
      expect(await store.claimDueSlackOutbox(T0, 10, 60_000)).toEqual([]);
      await store.markSlackOutboxSent(first[0]!.id, T0, at(1000)); // C1 paced: next C1 item no sooner than +1 s
      await store.markSlackOutboxRetry(first[1]!.id, at(30_000), "ratelimited"); // C2's head waits 30 s
      expect(await store.claimDueSlackOutbox(at(500), 10, 60_000)).toEqual([]);
      const c1 = await store.claimDueSlackOutbox(at(1000), 10, 60_000);
      expect(c1.map((i) => i.op.text)).toEqual(["3"]);
      await store.markSlackOutboxDead(c1[0]!.id, "channel_not_found");
      expect(await store.claimDueSlackOutbox(at(29_000), 10, 60_000)).toEqual([]);
      const c2 = await store.claimDueSlackOutbox(at(30_000), 10, 60_000);
      expect(c2.map((i) => [i.op.text, i.attempts])).toEqual([["2", 1]]);
      // A worker that died: its lease runs out and the item is handed out again.
      const retaken = await store.claimDueSlackOutbox(at(30_000 + 60_000), 10, 60_000);
      expect(retaken.map((i) => i.op.text)).toEqual(["2"]);
      await store.markSlackOutboxSent(retaken[0]!.id, at(91_000), at(92_000));
      expect((await store.claimDueSlackOutbox(at(92_000), 10, 60_000)).map((i) => i.op.text)).toEqual(["4"]);
      expect(await store.pruneSlackOutbox(at(1))).toBe(3); // sent and dead ones created at T0
    });

    it("enqueues once per dedupe key, and not twice for a pending coalesce key", async () => {
      const op = { kind: "post-case", caseId: "c" };
      expect(await store.enqueueSlackOutbox({ slackChannel: "C1", op, dedupeKey: "case:c:post", availableAt: T0 })).toBeTypeOf("number");
      expect(await store.enqueueSlackOutbox({ slackChannel: "C1", op, dedupeKey: "case:c:post", availableAt: T0 })).toBeUndefined();
      const update = { kind: "update-case", caseId: "c" };
      expect(await store.enqueueSlackOutbox({ slackChannel: "C1", op: update, coalesceKey: "case:c:update", availableAt: T0 })).toBeTypeOf("number");
      expect(await store.enqueueSlackOutbox({ slackChannel: "C1", op: update, coalesceKey: "case:c:update", availableAt: T0 })).toBeUndefined();
      const [head] = await store.claimDueSlackOutbox(T0, 10, 60_000);
      await store.markSlackOutboxSent(head!.id, T0, T0);
      const [pendingUpdate] = await store.claimDueSlackOutbox(T0, 10, 60_000);
      // Being sent (leased): a new change needs a new update, the one in flight may have read old data.
      expect(pendingUpdate?.op.kind).toBe("update-case");
      expect(await store.enqueueSlackOutbox({ slackChannel: "C1", op: update, coalesceKey: "case:c:update", availableAt: T0 })).toBeTypeOf("number");
    });

    it("forgets an inbound id so that a retry can be handled", async () => {
      expect(await store.recordInbound("slack", "event:Ev1", T0)).toBe(true);
      expect(await store.recordInbound("slack", "event:Ev1", T0)).toBe(false);
      await store.forgetInbound("slack", "event:Ev1");
      expect(await store.recordInbound("slack", "event:Ev1", T0)).toBe(true);
    });
  });
}
