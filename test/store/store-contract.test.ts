/**
 * The Store contract, run against SQLite (temp file) and a real PostgreSQL (fresh database per run).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { OUTBOX_LEASE_MS } from "../../src/store/kysely-store.js";
import type { NewCase, OutboxItem } from "../../src/store/store.js";
import { ERASED_MARKER } from "../../src/store/retention-queries.js";
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
if (!postgres) console.warn("PostgreSQL unreachable: the PostgreSQL half of the store contract is skipped.");

function newCase(conversationId: string, overrides: Partial<NewCase> = {}): NewCase {
  return {
    conversationId,
    urgency: "normal",
    level: 3,
    entryId: "rsa",
    crisis: null,
    summary: "Demande d'aide pour le RSA",
    contactMethod: "phone",
    contactValue: "06 12 34 56 78",
    contactTime: "le matin",
    description: "Je n'arrive pas à faire ma déclaration trimestrielle.",
    language: "fr",
    consentAt: T0,
    ...overrides,
  };
}

function message(text: string): OutboxItem["message"] {
  return { author: "bot", replies: [{ kind: "text", text }] };
}

function texts(items: OutboxItem[]): string[] {
  return items.map((i) => (i.message.replies[0]?.kind === "text" ? i.message.replies[0].text : "?"));
}

for (const [name, backend] of backends) {
  describe.skipIf(!backend)(`Store contract on ${name}`, () => {
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

    describe("conversations", () => {
      it("finds or creates one conversation per (channel, external id), even when called concurrently", async () => {
        const created = await Promise.all(
          Array.from({ length: 8 }, () => store.findOrCreateConversation("telegram", "4242", T0)),
        );
        expect(new Set(created.map((c) => c.id)).size).toBe(1);
        const web = await store.findOrCreateConversation("web", "4242", T0);
        expect(web.id).not.toBe(created[0]!.id);
        expect(created[0]).toMatchObject({
          channel: "telegram",
          externalId: "4242",
          locale: null,
          state: null,
          channelReference: null,
          unreachable: false,
          lastInboundAt: null,
        });
        expect(created[0]!.createdAt.toISOString()).toBe(T0.toISOString());
      });

      it("saves and reads back locale, JSON state, channel reference, reachability and last inbound time", async () => {
        const c = await store.findOrCreateConversation("telegram", "77", T0);
        const state = { step: "case-contact", answers: { name: "Aïcha", ages: [3, 7] }, accents: "élève à l'école" };
        await store.saveConversation(
          c.id,
          { locale: "ar", state, channelReference: { chatId: 77, thread: "x" }, unreachable: true, lastInboundAt: at(5) },
          at(10),
        );
        const saved = await store.getConversation(c.id);
        expect(saved).toMatchObject({ locale: "ar", state, channelReference: { chatId: 77, thread: "x" }, unreachable: true });
        expect(saved!.lastInboundAt!.getTime()).toBe(at(5).getTime());
        expect(saved!.updatedAt.getTime()).toBe(at(10).getTime());
        // A partial save leaves the other fields alone.
        await store.saveConversation(c.id, { unreachable: false }, at(20));
        const again = await store.findConversation("telegram", "77");
        expect(again).toMatchObject({ locale: "ar", state, unreachable: false });
        expect(await store.getConversation("missing")).toBeUndefined();
        expect(await store.findConversation("web", "77")).toBeUndefined();
      });
    });

    describe("inbound deduplication", () => {
      it("is true once per (channel, platform id), also under concurrent deliveries", async () => {
        const results = await Promise.all(Array.from({ length: 10 }, () => store.recordInbound("telegram", "update-1", T0)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.recordInbound("telegram", "update-1", at(1))).toBe(false);
        expect(await store.recordInbound("web", "update-1", T0)).toBe(true);
        expect(await store.recordInbound("telegram", "update-2", T0)).toBe(true);
      });

      it("prunes ids older than the cutoff, after which they count as new", async () => {
        await store.recordInbound("telegram", "old", at(-2 * DAY));
        await store.recordInbound("telegram", "recent", at(-1000));
        expect(await store.pruneInboundIds(at(-DAY))).toBe(1);
        expect(await store.recordInbound("telegram", "old", T0)).toBe(true);
        expect(await store.recordInbound("telegram", "recent", T0)).toBe(false);
      });
    });

    describe("transcript", () => {
      it("numbers messages monotonically and lists them in order, after a seq, since a date, with a limit", async () => {
        const a = await store.findOrCreateConversation("web", "a", T0);
        const b = await store.findOrCreateConversation("web", "b", T0);
        const seqs: number[] = [];
        for (let i = 0; i < 5; i++) {
          seqs.push(
            await store.appendMessage({
              conversationId: a.id,
              direction: i % 2 === 0 ? "in" : "out",
              author: i % 2 === 0 ? "resident" : "bot",
              authorName: null,
              body: i % 2 === 0 ? { text: `question ${i}`, payload: "p" } : { replies: [{ kind: "text", text: `réponse ${i}` }] },
              createdAt: at(i * 1000),
            }),
          );
          await store.appendMessage({
            conversationId: b.id,
            direction: "in",
            author: "resident",
            authorName: null,
            body: { text: `b${i}` },
            createdAt: at(i * 1000),
          });
        }
        expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
        expect(new Set(seqs).size).toBe(5);

        const all = await store.listMessages(a.id);
        expect(all.map((m) => m.seq)).toEqual(seqs);
        expect(all[0]).toMatchObject({ direction: "in", author: "resident", body: { text: "question 0", payload: "p" } });
        expect(all[1]!.body).toEqual({ replies: [{ kind: "text", text: "réponse 1" }] });
        expect(all[3]!.createdAt.getTime()).toBe(at(3000).getTime());

        expect((await store.listMessages(a.id, { afterSeq: seqs[2]! })).map((m) => m.seq)).toEqual(seqs.slice(3));
        expect((await store.listMessages(a.id, { since: at(2000) })).map((m) => m.seq)).toEqual(seqs.slice(2));
        expect((await store.listMessages(a.id, { afterSeq: seqs[0]!, limit: 2 })).map((m) => m.seq)).toEqual(seqs.slice(1, 3));
        expect(await store.listMessages(a.id, { afterSeq: seqs[4]! })).toEqual([]);
      });

      it("reads a body back as written, and fails loudly on one that is not a message (a corrupted row)", async () => {
        const c = await store.findOrCreateConversation("web", "c", T0);
        const reply = { kind: "place" as const, place: { name: "CCAS", address: "1 place de la Mairie", openNow: null, status: "?", hours: [], mapUrl: "https://example.org", floor: 2 } };
        const seq = await store.appendMessage({ conversationId: c.id, direction: "out", author: "bot", authorName: null, body: { replies: [reply] }, createdAt: T0 });
        // Keys the schema does not name are kept: the store returns what it was given.
        expect((await store.listMessages(c.id))[0]!.body).toEqual({ replies: [reply] });

        await store.db.updateTable("transcript").set({ body: JSON.stringify({ replies: [{ kind: "text" }] }) }).where("seq", "=", seq).execute();
        await expect(store.listMessages(c.id)).rejects.toThrow();
        await store.db.updateTable("transcript").set({ body: JSON.stringify({ replies: [] }), direction: "in" }).where("seq", "=", seq).execute();
        await expect(store.listMessages(c.id)).rejects.toThrow();
      });
    });

    describe("outbox", () => {
      it("fails loudly on a message that is not one (a corrupted row) instead of handing it to a sender", async () => {
        const a = await store.findOrCreateConversation("telegram", "a", T0);
        const id = await store.enqueueOutbox({ conversationId: a.id, channel: "telegram", message: message("a1"), availableAt: T0 });
        await store.db.updateTable("outbox").set({ message: JSON.stringify({ author: "robot", replies: [] }) }).where("id", "=", id).execute();
        await expect(store.claimDueOutbox("telegram", T0, 10)).rejects.toThrow();
      });

      it("hands out only the oldest pending item of each conversation, in enqueue order", async () => {
        const a = await store.findOrCreateConversation("telegram", "a", T0);
        const b = await store.findOrCreateConversation("telegram", "b", T0);
        const w = await store.findOrCreateConversation("web", "w", T0);
        for (const text of ["a1", "a2", "a3"]) await store.enqueueOutbox({ conversationId: a.id, channel: "telegram", message: message(text), availableAt: T0 });
        for (const text of ["b1", "b2"]) await store.enqueueOutbox({ conversationId: b.id, channel: "telegram", message: message(text), availableAt: T0 });
        await store.enqueueOutbox({ conversationId: w.id, channel: "web", message: message("w1"), availableAt: T0 });

        const first = await store.claimDueOutbox("telegram", T0, 10);
        expect(texts(first)).toEqual(["a1", "b1"]);
        expect(first[0]).toMatchObject({ conversationId: a.id, channel: "telegram", status: "pending", attempts: 0 });
        // Leased: neither a second worker nor the same one gets them again, nor the items behind them.
        expect(await store.claimDueOutbox("telegram", at(1), 10)).toEqual([]);

        await store.markOutboxSent(first[0]!.id, at(2));
        expect(texts(await store.claimDueOutbox("telegram", at(3), 10))).toEqual(["a2"]);
      });

      it("keeps the next item of a conversation back while the previous one waits for a retry", async () => {
        const a = await store.findOrCreateConversation("telegram", "a", T0);
        await store.enqueueOutbox({ conversationId: a.id, channel: "telegram", message: message("a1"), availableAt: T0 });
        await store.enqueueOutbox({ conversationId: a.id, channel: "telegram", message: message("a2"), availableAt: T0 });
        const [a1] = await store.claimDueOutbox("telegram", T0, 10);
        await store.markOutboxRetry(a1!.id, at(MINUTE), "HTTP 502");
        expect(await store.claimDueOutbox("telegram", at(30_000), 10)).toEqual([]);
        const retried = await store.claimDueOutbox("telegram", at(MINUTE), 10);
        expect(texts(retried)).toEqual(["a1"]);
        expect(retried[0]).toMatchObject({ attempts: 1, lastError: "HTTP 502" });
        await store.markOutboxDead(retried[0]!.id, "gave up");
        // A dead head no longer blocks the conversation.
        expect(texts(await store.claimDueOutbox("telegram", at(MINUTE + 1), 10))).toEqual(["a2"]);
      });

      it("gives an item back once its lease has run out (the worker holding it died)", async () => {
        const a = await store.findOrCreateConversation("slack", "a", T0);
        await store.enqueueOutbox({ conversationId: a.id, channel: "slack", message: message("x"), availableAt: T0 });
        expect(await store.claimDueOutbox("slack", T0, 1)).toHaveLength(1);
        expect(await store.claimDueOutbox("slack", at(OUTBOX_LEASE_MS - 1), 1)).toHaveLength(0);
        expect(texts(await store.claimDueOutbox("slack", at(OUTBOX_LEASE_MS), 1))).toEqual(["x"]);
      });

      it("never gives the same item to two concurrent claimers, and respects limit and availableAt", async () => {
        const ids: string[] = [];
        for (let i = 0; i < 30; i++) {
          const c = await store.findOrCreateConversation("telegram", `c${i}`, T0);
          ids.push(c.id);
          await store.enqueueOutbox({ conversationId: c.id, channel: "telegram", message: message(`m${i}`), availableAt: i < 25 ? T0 : at(DAY) });
        }
        const claims = await Promise.all(Array.from({ length: 4 }, () => store.claimDueOutbox("telegram", T0, 10)));
        for (const claim of claims) expect(claim.length).toBeLessThanOrEqual(10);
        // A claimer may come back short when it loses a race; whatever is left goes to the next claim.
        claims.push(await store.claimDueOutbox("telegram", T0, 100));
        const claimed = claims.flat().map((i) => i.id);
        expect(new Set(claimed).size).toBe(claimed.length);
        expect(claimed).toHaveLength(25);
        expect(claims.slice(0, 4).flat().length).toBeGreaterThan(10);
      });

      it("dead-letters every pending item of a conversation", async () => {
        const a = await store.findOrCreateConversation("telegram", "a", T0);
        const b = await store.findOrCreateConversation("telegram", "b", T0);
        for (const text of ["a1", "a2", "a3"]) await store.enqueueOutbox({ conversationId: a.id, channel: "telegram", message: message(text), availableAt: T0 });
        await store.enqueueOutbox({ conversationId: b.id, channel: "telegram", message: message("b1"), availableAt: T0 });
        const [a1] = await store.claimDueOutbox("telegram", T0, 1);
        await store.markOutboxSent(a1!.id, T0);
        expect(await store.deadLetterConversation(a.id, "403 blocked")).toBe(2);
        expect(texts(await store.claimDueOutbox("telegram", at(1), 10))).toEqual(["b1"]);
        const rows = await store.db.selectFrom("outbox").select(["status", "last_error"]).where("conversation_id", "=", a.id).orderBy("id").execute();
        expect(rows.map((r) => r.status)).toEqual(["sent", "dead", "dead"]);
        expect(rows[2]!.last_error).toBe("403 blocked");
      });
    });

    describe("cases", () => {
      it("gives each case a unique reference that reads aloud without 0/O/1/I", async () => {
        const c = await store.findOrCreateConversation("web", "x", T0);
        const refs = new Set<string>();
        for (let i = 0; i < 60; i++) refs.add((await store.createCase(newCase(c.id), T0)).reference);
        expect(refs.size).toBe(60);
        for (const ref of refs) expect(ref).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
      });

      it("creates, finds and updates a case", async () => {
        const c = await store.findOrCreateConversation("web", "x", T0);
        const created = await store.createCase(newCase(c.id, { urgency: "high", crisis: "violence" }), at(5));
        expect(created).toMatchObject({ status: "open", urgency: "high", crisis: "violence", externalRefs: {}, assignedAgentId: null, outcome: null });
        expect(created.createdAt.getTime()).toBe(at(5).getTime());
        expect(await store.getCase(created.id)).toEqual(created);
        expect(await store.getCaseByReference(created.reference)).toEqual(created);
        expect(await store.getCaseByReference(` ${created.reference.replace("-", " ").toLowerCase()} `)).toEqual(created);
        expect(await store.getCaseByReference("OOO-III")).toBeUndefined();
        expect((await store.findActiveCase(c.id))?.id).toBe(created.id);

        await store.updateCase(created.id, { status: "claimed", assignedAgentId: "agent-1", claimedAt: at(10), externalRefs: { slackTs: "123.45" } });
        expect(await store.getCase(created.id)).toMatchObject({ status: "claimed", assignedAgentId: "agent-1", externalRefs: { slackTs: "123.45" } });
        expect((await store.findActiveCase(c.id))?.id).toBe(created.id);
        await store.updateCase(created.id, { status: "closed", outcome: "appointment", closedAt: at(20) });
        const closed = await store.getCase(created.id);
        expect(closed).toMatchObject({ status: "closed", outcome: "appointment" });
        expect(closed!.closedAt!.getTime()).toBe(at(20).getTime());
        expect(await store.findActiveCase(c.id)).toBeUndefined();
      });

      it("lists cases by urgency (urgent first) then age (oldest first), with a status filter", async () => {
        const c = await store.findOrCreateConversation("web", "x", T0);
        const make = async (label: string, urgency: NewCase["urgency"], minutes: number) =>
          (await store.createCase(newCase(c.id, { urgency, summary: label }), at(minutes * MINUTE))).id;
        await make("normal-old", "normal", 0);
        await make("high-new", "high", 30);
        const urgentNew = await make("urgent-new", "urgent", 40);
        await make("urgent-old", "urgent", 10);
        await make("high-old", "high", 5);
        const closed = await make("normal-closed", "normal", 1);
        await store.updateCase(closed, { status: "closed", closedAt: at(50 * MINUTE) });
        await store.updateCase(urgentNew, { status: "claimed" });

        expect((await store.listCases({})).map((k) => k.summary)).toEqual([
          "urgent-old",
          "urgent-new",
          "high-old",
          "high-new",
          "normal-old",
          "normal-closed",
        ]);
        expect((await store.listCases({ status: ["open"] })).map((k) => k.summary)).toEqual(["urgent-old", "high-old", "high-new", "normal-old"]);
        expect((await store.listCases({ status: ["closed", "claimed"] })).map((k) => k.summary)).toEqual(["urgent-new", "normal-closed"]);
        expect(await store.listCases({ status: [] })).toEqual([]);
      });

      it("records case events in order", async () => {
        const c = await store.findOrCreateConversation("web", "x", T0);
        const k = await store.createCase(newCase(c.id), T0);
        const first = await store.addCaseEvent({ caseId: k.id, kind: "resident-message", agentId: null, authorName: null, text: "Bonjour", createdAt: at(1) });
        const second = await store.addCaseEvent({ caseId: k.id, kind: "note", agentId: "ag", authorName: "Camille", text: "Rappeler lundi", createdAt: at(2) });
        expect(second).toBeGreaterThan(first);
        const events = await store.listCaseEvents(k.id);
        expect(events.map((e) => [e.kind, e.text, e.authorName])).toEqual([
          ["resident-message", "Bonjour", null],
          ["note", "Rappeler lundi", "Camille"],
        ]);
      });
    });

    describe("agents, sessions and setup tokens", () => {
      it("creates agents with unique usernames and counts them", async () => {
        expect(await store.countAgents()).toBe(0);
        const agent = await store.createAgent({ username: "camille", displayName: "Camille D.", passwordHash: "h", role: "supervisor" }, T0);
        expect(agent).toMatchObject({ username: "camille", displayName: "Camille D.", role: "supervisor", disabledAt: null });
        expect(await store.getAgent(agent.id)).toEqual(agent);
        expect(await store.findAgentByUsername("camille")).toEqual(agent);
        expect(await store.findAgentByUsername("nobody")).toBeUndefined();
        await expect(store.createAgent({ username: "camille", displayName: "Other", passwordHash: "h", role: "agent" }, T0)).rejects.toThrow();
        expect(await store.countAgents()).toBe(1);
      });

      it("finds a session until it expires or is deleted", async () => {
        const agent = await store.createAgent({ username: "a", displayName: "A", passwordHash: "h", role: "agent" }, T0);
        await store.createSession("tok1", agent.id, at(MINUTE), T0);
        await store.createSession("tok2", agent.id, at(MINUTE), T0);
        const found = await store.findSession("tok1", T0);
        expect(found?.agentId).toBe(agent.id);
        expect(found?.expiresAt.getTime()).toBe(at(MINUTE).getTime());
        expect(await store.findSession("tok1", at(MINUTE))).toBeUndefined();
        await store.deleteSession("tok2");
        expect(await store.findSession("tok2", T0)).toBeUndefined();
        expect(await store.findSession("unknown", T0)).toBeUndefined();
      });

      it("consumes a setup token once, even concurrently, and never an expired one", async () => {
        await store.createSetupToken("setup", at(MINUTE));
        const results = await Promise.all(Array.from({ length: 5 }, () => store.consumeSetupToken("setup", T0)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.consumeSetupToken("setup", T0)).toBe(false);
        await store.createSetupToken("late", at(MINUTE));
        expect(await store.consumeSetupToken("late", at(MINUTE + 1))).toBe(false);
      });
    });

    describe("consents", () => {
      it("records, withdraws and records again", async () => {
        const c = await store.findOrCreateConversation("web", "x", T0);
        await store.recordConsent(c.id, "case", T0);
        await store.withdrawConsent(c.id, "case", at(5));
        let row = await store.db.selectFrom("consents").selectAll().where("conversation_id", "=", c.id).executeTakeFirstOrThrow();
        expect(Number(row.withdrawn_at)).toBe(at(5).getTime());
        await store.recordConsent(c.id, "case", at(10));
        row = await store.db.selectFrom("consents").selectAll().where("conversation_id", "=", c.id).executeTakeFirstOrThrow();
        expect(row.withdrawn_at).toBeNull();
        expect(Number(row.given_at)).toBe(at(10).getTime());
      });
    });

    describe("durable jobs", () => {
      const job = (dedupeKey: string, runAt: Date, kind = "reminder") => ({ kind, dedupeKey, payload: { caseId: "k1", n: 2 }, runAt });

      it("schedules a dedupe key once", async () => {
        expect(await store.scheduleJob(job("case:k1:remind:2h", at(MINUTE)))).toBe(true);
        expect(await store.scheduleJob(job("case:k1:remind:2h", at(2 * MINUTE)))).toBe(false);
        const results = await Promise.all(Array.from({ length: 6 }, () => store.scheduleJob(job("same", T0))));
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it("claims due jobs with a lease, and again only once the lease has run out", async () => {
        await store.scheduleJob(job("later", at(DAY)));
        await store.scheduleJob(job("b", at(2)));
        await store.scheduleJob(job("a", at(1)));
        const claimed = await store.claimDueJobs(at(10), 10, MINUTE);
        expect(claimed.map((j) => j.dedupeKey)).toEqual(["a", "b"]);
        expect(claimed[0]).toMatchObject({ kind: "reminder", status: "running", attempts: 1, payload: { caseId: "k1", n: 2 } });
        expect(claimed[0]!.leaseUntil!.getTime()).toBe(at(10 + MINUTE).getTime());
        expect(await store.claimDueJobs(at(20), 10, MINUTE)).toEqual([]);
        await store.completeJob(claimed[0]!.id);
        const reclaimed = await store.claimDueJobs(at(10 + MINUTE), 10, MINUTE);
        expect(reclaimed.map((j) => [j.dedupeKey, j.attempts])).toEqual([["b", 2]]);
      });

      it("never gives a job to two concurrent claimers", async () => {
        for (let i = 0; i < 40; i++) await store.scheduleJob(job(`j${i}`, T0));
        const claims = await Promise.all(Array.from({ length: 4 }, () => store.claimDueJobs(T0, 15, MINUTE)));
        // Concurrent claimers pass over each other's rows (more than one of them gets work)…
        expect(claims.flat().length).toBeGreaterThan(15);
        claims.push(await store.claimDueJobs(T0, 100, MINUTE));
        const ids = claims.flat().map((j) => j.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toHaveLength(40);
      });

      it("retries a failed job at the given time, or fails it for good", async () => {
        await store.scheduleJob(job("retry", T0));
        await store.scheduleJob(job("fatal", T0));
        const claimed = await store.claimDueJobs(T0, 10, MINUTE);
        const retry = claimed.find((j) => j.dedupeKey === "retry")!;
        const fatal = claimed.find((j) => j.dedupeKey === "fatal")!;
        await store.failJob(retry.id, at(5 * MINUTE), "SMTP down");
        await store.failJob(fatal.id, null, "bad payload");
        expect(await store.claimDueJobs(at(4 * MINUTE), 10, MINUTE)).toEqual([]);
        const again = await store.claimDueJobs(at(5 * MINUTE), 10, MINUTE);
        expect(again.map((j) => [j.dedupeKey, j.attempts, j.lastError])).toEqual([["retry", 2, "SMTP down"]]);
        const row = await store.db.selectFrom("jobs").selectAll().where("id", "=", fatal.id).executeTakeFirstOrThrow();
        expect([row.status, row.last_error]).toEqual(["failed", "bad payload"]);
      });

      it("cancels pending jobs by exact, case-sensitive key prefix", async () => {
        await store.scheduleJob(job("case:k_1:remind:2h", at(MINUTE)));
        await store.scheduleJob(job("case:k_1:remind:24h", at(DAY)));
        await store.scheduleJob(job("case:kx1:remind:2h", at(MINUTE))); // "_" must not act as a wildcard
        await store.scheduleJob(job("CASE:k_1:remind:2h", at(MINUTE))); // nor must the case be ignored
        await store.scheduleJob(job("case:k_10:remind:2h", T0));
        const [running] = await store.claimDueJobs(T0, 1, MINUTE); // running jobs are left to finish
        expect(running!.dedupeKey).toBe("case:k_10:remind:2h");
        expect(await store.cancelJobs("case:k_1:")).toBe(2);
        await store.completeJob(running!.id);
        const remaining = await store.claimDueJobs(at(2 * DAY), 10, MINUTE);
        expect(remaining.map((j) => j.dedupeKey).sort()).toEqual(["CASE:k_1:remind:2h", "case:kx1:remind:2h"]);
        // Cancelled keys stay taken: scheduling them again is still a no-op.
        expect(await store.scheduleJob(job("case:k_1:remind:2h", at(MINUTE)))).toBe(false);
      });
    });

    describe("transactions", () => {
      it("commits together, and rolls everything back when fn throws", async () => {
        const c = await store.transaction(async (tx) => {
          const conv = await tx.findOrCreateConversation("web", "tx", T0);
          await tx.appendMessage({ conversationId: conv.id, direction: "in", author: "resident", authorName: null, body: { text: "hi" }, createdAt: T0 });
          return conv;
        });
        expect(await store.listMessages(c.id)).toHaveLength(1);

        await expect(
          store.transaction(async (tx) => {
            await tx.findOrCreateConversation("web", "rolled-back", T0);
            await tx.appendMessage({ conversationId: c.id, direction: "out", author: "bot", authorName: null, body: { replies: [] }, createdAt: T0 });
            // Nested calls join the same transaction.
            await tx.transaction(async (inner) => inner.recordInbound("web", "in-tx", T0));
            throw new Error("boom");
          }),
        ).rejects.toThrow("boom");
        expect(await store.findConversation("web", "rolled-back")).toBeUndefined();
        expect(await store.listMessages(c.id)).toHaveLength(1);
        expect(await store.recordInbound("web", "in-tx", T0)).toBe(true);
      });
    });

    describe("erasure and retention", () => {
      async function populated(externalId: string, now: Date) {
        const c = await store.findOrCreateConversation("telegram", externalId, now);
        await store.saveConversation(c.id, { lastInboundAt: now }, now);
        await store.appendMessage({ conversationId: c.id, direction: "in", author: "resident", authorName: null, body: { text: "Mon adresse est 3 rue des Lilas" }, createdAt: now });
        await store.enqueueOutbox({ conversationId: c.id, channel: "telegram", message: message("réponse"), availableAt: now });
        await store.recordConsent(c.id, "case", now);
        return c;
      }

      it("erases a conversation and anonymises its cases, leaving other conversations alone", async () => {
        const c = await populated("erase-me", T0);
        const other = await populated("keep-me", T0);
        const open = await store.createCase(newCase(c.id), T0);
        const closed = await store.createCase(newCase(c.id, { contactMethod: "this-chat", contactValue: null }), T0);
        await store.updateCase(closed.id, { status: "closed", outcome: "resolved", closedAt: at(1) });
        await store.addCaseEvent({ caseId: open.id, kind: "resident-message", agentId: null, authorName: null, text: "Mon numéro fiscal est 123", createdAt: T0 });
        await store.addCaseEvent({ caseId: open.id, kind: "status", agentId: "ag", authorName: "Camille", text: "claimed", createdAt: T0 });
        const otherCase = await store.createCase(newCase(other.id), T0);

        await store.eraseConversation(c.id, at(MINUTE));

        expect(await store.getConversation(c.id)).toBeUndefined();
        expect(await store.listMessages(c.id)).toEqual([]);
        expect(await store.db.selectFrom("outbox").select("id").where("conversation_id", "=", c.id).execute()).toEqual([]);
        expect(await store.db.selectFrom("consents").select("purpose").where("conversation_id", "=", c.id).execute()).toEqual([]);

        const erasedOpen = await store.getCase(open.id);
        expect(erasedOpen).toMatchObject({ status: "cancelled", summary: ERASED_MARKER, description: ERASED_MARKER, contactValue: ERASED_MARKER, reference: open.reference });
        expect(erasedOpen!.closedAt!.getTime()).toBe(at(MINUTE).getTime());
        expect(await store.getCase(closed.id)).toMatchObject({ status: "closed", outcome: "resolved", summary: ERASED_MARKER, contactValue: null });
        expect((await store.listCaseEvents(open.id)).map((e) => e.text)).toEqual([ERASED_MARKER, "claimed"]);
        expect(await store.findActiveCase(c.id)).toBeUndefined();

        expect(await store.getConversation(other.id)).toBeDefined();
        expect(await store.listMessages(other.id)).toHaveLength(1);
        expect(await store.getCase(otherCase.id)).toMatchObject({ status: "open", summary: otherCase.summary, contactValue: "06 12 34 56 78" });
        // Erasing again (or an unknown id) is harmless.
        await store.eraseConversation(c.id, at(2 * MINUTE));
        await store.eraseConversation("unknown", at(2 * MINUTE));
      });

      it("purges inactive conversations except those with an active case or recent messages", async () => {
        const cutoff = at(-30 * DAY);
        const stale = await populated("stale", at(-40 * DAY));
        const recent = await populated("recent", at(-1 * DAY));
        const withOpenCase = await populated("open-case", at(-40 * DAY));
        await store.createCase(newCase(withOpenCase.id), at(-40 * DAY));
        const withClosedCase = await populated("closed-case", at(-40 * DAY));
        const k = await store.createCase(newCase(withClosedCase.id), at(-40 * DAY));
        await store.updateCase(k.id, { status: "closed", closedAt: at(-39 * DAY) });
        const agentWroteLately = await populated("agent-wrote", at(-40 * DAY));
        await store.appendMessage({ conversationId: agentWroteLately.id, direction: "out", author: "agent", authorName: "Camille", body: { replies: [] }, createdAt: at(-2 * DAY) });

        expect(await store.purgeInactiveConversations(cutoff)).toBe(2);
        expect(await store.getConversation(stale.id)).toBeUndefined();
        expect(await store.listMessages(stale.id)).toEqual([]);
        expect(await store.getConversation(withClosedCase.id)).toBeUndefined();
        expect(await store.getCase(k.id)).toBeDefined(); // cases have their own retention
        for (const kept of [recent, withOpenCase, agentWroteLately]) {
          expect(await store.getConversation(kept.id)).toBeDefined();
          expect((await store.listMessages(kept.id)).length).toBeGreaterThan(0);
        }
        expect(await store.purgeInactiveConversations(cutoff)).toBe(0);
      });

      it("anonymises cases closed before the cutoff, once", async () => {
        const c = await store.findOrCreateConversation("web", "x", T0);
        const oldClosed = await store.createCase(newCase(c.id), at(-400 * DAY));
        await store.updateCase(oldClosed.id, { status: "closed", outcome: "resolved", closedAt: at(-390 * DAY) });
        await store.addCaseEvent({ caseId: oldClosed.id, kind: "agent-message", agentId: "ag", authorName: "Camille", text: "RDV mardi 10h", createdAt: at(-395 * DAY) });
        const recentClosed = await store.createCase(newCase(c.id), at(-10 * DAY));
        await store.updateCase(recentClosed.id, { status: "closed", closedAt: at(-5 * DAY) });
        const oldOpen = await store.createCase(newCase(c.id), at(-400 * DAY));

        expect(await store.purgeClosedCases(at(-365 * DAY))).toBe(1);
        expect(await store.getCase(oldClosed.id)).toMatchObject({ status: "closed", outcome: "resolved", summary: ERASED_MARKER, description: ERASED_MARKER, contactValue: ERASED_MARKER });
        expect((await store.listCaseEvents(oldClosed.id))[0]!.text).toBe(ERASED_MARKER);
        expect(await store.getCase(recentClosed.id)).toMatchObject({ summary: recentClosed.summary });
        expect(await store.getCase(oldOpen.id)).toMatchObject({ status: "open", summary: oldOpen.summary });
        expect(await store.purgeClosedCases(at(-365 * DAY))).toBe(0);
      });
    });

    describe("inbox, operations", () => {
      const update = (id: number, chat: number) => ({ update_id: id, message: { chat: { id: chat }, text: "bonjour" } });

      it("admits an update once, leases a dead instance's update anew, and forgets handled ones after a day", async () => {
        const item = { channel: "telegram", dedupeKey: "1001", conversationKey: "42", payload: update(1001, 42), receivedAt: T0, leaseUntil: at(MINUTE) };
        expect(await store.admitInbound(item)).toBe(true);
        expect(await store.admitInbound(item)).toBe(false);
        expect(await store.claimStaleInbox("telegram", at(30_000), 10, MINUTE)).toEqual([]);
        const [taken] = await store.claimStaleInbox("telegram", at(2 * MINUTE), 10, MINUTE);
        expect(taken).toMatchObject({ dedupeKey: "1001", conversationKey: "42", payload: update(1001, 42) });
        // Leased again until 3 minutes: a second instance looking at the same time finds nothing.
        expect(await store.claimStaleInbox("telegram", at(2 * MINUTE + 1), 10, MINUTE)).toEqual([]);
        expect(await store.inboxBacklog()).toEqual([{ channel: "telegram", pending: 1, dead: 0 }]);
        await store.finishInbound("telegram", "1001", { done: true, now: at(3 * MINUTE) });
        expect(await store.inboxBacklog()).toEqual([]);
        expect(await store.claimStaleInbox("telegram", at(10 * MINUTE), 10, MINUTE)).toEqual([]);
        expect(await store.pruneInbox(at(2 * MINUTE))).toBe(0);
        expect(await store.pruneInbox(at(DAY))).toBe(1);
        expect(await store.admitInbound(item)).toBe(true);
      });

      it("keeps an update that could not be handled as dead, with its error", async () => {
        await store.admitInbound({ channel: "telegram", dedupeKey: "7", conversationKey: "9", payload: update(7, 9), receivedAt: T0, leaseUntil: at(MINUTE) });
        await store.finishInbound("telegram", "7", { done: false, error: "the core threw" });
        expect(await store.inboxBacklog()).toEqual([{ channel: "telegram", pending: 0, dead: 1 }]);
        expect(await store.claimStaleInbox("telegram", at(DAY), 10, MINUTE)).toEqual([]);
      });

      it("erases the inbox rows of an erased conversation", async () => {
        const c = await store.findOrCreateConversation("telegram", "55", T0);
        await store.admitInbound({ channel: "telegram", dedupeKey: "8", conversationKey: "55", payload: update(8, 55), receivedAt: T0, leaseUntil: at(MINUTE) });
        await store.eraseConversation(c.id, at(MINUTE));
        expect(await store.inboxBacklog()).toEqual([]);
      });

      it("lists dead letters of both outboxes and puts them back in line, due now", async () => {
        const c = await store.findOrCreateConversation("telegram", "88", T0);
        const id = await store.enqueueOutbox({ conversationId: c.id, channel: "telegram", message: message("perdu"), availableAt: T0 });
        await store.markOutboxDead(id, "HTTP 502 for a day");
        await store.enqueueSlackOutbox({ slackChannel: "C1", op: { kind: "post", text: "x" }, availableAt: T0 });
        const [slackItem] = await store.claimDueSlackOutbox(T0, 10, MINUTE);
        await store.markSlackOutboxDead(slackItem!.id, "channel_not_found");
        const letters = await store.listDeadLetters();
        expect(letters.map((l) => [l.queue, l.channel, l.lastError])).toEqual([
          ["resident", "telegram", "HTTP 502 for a day"],
          ["slack", "slack", "channel_not_found"],
        ]);
        expect(await store.retryDeadLetters(at(DAY), [{ queue: "resident", id }])).toBe(1);
        expect((await store.claimDueOutbox("telegram", at(DAY), 10)).map((i) => i.id)).toEqual([id]);
        expect(await store.retryDeadLetters(at(DAY), "all")).toBe(1);
        expect(await store.listDeadLetters()).toEqual([]);
      });

      it("frees the leases a dead sender held, so its messages go at once", async () => {
        const c = await store.findOrCreateConversation("telegram", "66", T0);
        await store.enqueueOutbox({ conversationId: c.id, channel: "telegram", message: message("en vol"), availableAt: T0 });
        expect(await store.claimDueOutbox("telegram", T0, 10)).toHaveLength(1);
        expect(await store.claimDueOutbox("telegram", at(1_000), 10)).toHaveLength(0);
        expect(await store.releaseOutboxLeases()).toBe(1);
        expect(texts(await store.claimDueOutbox("telegram", at(1_000), 10))).toEqual(["en vol"]);
      });

      it("answers a ping and reports each outbox's backlog", async () => {
        await store.ping();
        const c = await store.findOrCreateConversation("telegram", "77", T0);
        await store.enqueueOutbox({ conversationId: c.id, channel: "telegram", message: message("un"), availableAt: T0 });
        await store.enqueueOutbox({ conversationId: c.id, channel: "telegram", message: message("deux"), availableAt: at(MINUTE) });
        const [stats] = await store.outboxStats();
        expect(stats).toMatchObject({ channel: "telegram", pending: 2, dead: 0 });
        expect(stats!.oldestPendingAt).toBeInstanceOf(Date);
      });

      it.runIf(name === "postgres")("holds a conversation for one transaction at a time, across connections", async () => {
        const other = await backend!.open();
        try {
          const order: string[] = [];
          let release!: () => void;
          const held = new Promise<void>((resolve) => (release = resolve));
          const first = store.transaction(async (tx) => {
            await tx.lockConversation("telegram:1");
            order.push("first locked");
            await held;
            order.push("first done");
          });
          await new Promise((r) => setTimeout(r, 100));
          const second = other.transaction(async (tx) => {
            await tx.lockConversation("telegram:1");
            order.push("second locked");
          });
          // Another conversation is not held up.
          await other.transaction((tx) => tx.lockConversation("telegram:2"));
          await new Promise((r) => setTimeout(r, 200));
          expect(order).toEqual(["first locked"]);
          release();
          await Promise.all([first, second]);
          expect(order).toEqual(["first locked", "first done", "second locked"]);
        } finally {
          await other.close();
        }
      });
    });
  });
}
