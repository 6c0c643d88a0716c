/**
 * Two instances of the whole app on one PostgreSQL (the way a CCAS runs several): the same chat's
 * messages landing on both at once are handled one after the other (one case, never two), and what
 * happens on one instance reaches the live listeners of the other. Real apps, real PostgreSQL.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { postgresBackend, type TestBackend } from "../store/test-databases.js";
import { resident } from "../support/test-runtime.js";
import { ResidentClient } from "../web/web-harness.js";

const postgres = await postgresBackend();

describe.skipIf(!postgres)("two instances on one PostgreSQL", () => {
  let backend: TestBackend;
  let a: App;
  let b: App;
  let urlB: string;

  beforeAll(async () => {
    backend = postgres!;
    const start = async (): Promise<App & { url: string }> => {
      const app = await createApp({ env: { LOG_LEVEL: "silent", ALLOWED_ORIGINS: "http://widget.example" }, port: 0, databaseUrl: backend.url!, logger: pino({ level: "silent" }), withoutBackground: true });
      const url = await app.listen();
      return Object.assign(app, { url });
    };
    a = await start();
    b = await start();
    urlB = (b as App & { url: string }).url;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await backend?.dispose();
  });

  it("handles one chat's simultaneous messages on both in turn, 50 chats: one case each, no repeated step, replies in order", async () => {
    const CHATS = 50;
    const conversationIds: string[] = [];
    // Ten chats at a time, each with its two messages sent to both instances at the same moment.
    for (let batch = 0; batch < CHATS; batch += 10) {
      const ids = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const key = `two-instances-${batch + i}`;
          const onA = resident(a, key);
          const onB = resident(b, key);
          await onA.say("je voudrais parler à une assistante sociale");
          await onA.press("consent:yes");
          await onA.press("contact:this-chat");
          const [x, y] = await Promise.all([onA.say("je n'arrive plus à payer le loyer", { id: `${key}-x` }), onB.say("et l'électricité aussi", { id: `${key}-y` })]);
          expect(x.conversationId).toBe(y.conversationId);
          return x.conversationId;
        }),
      );
      conversationIds.push(...ids);
    }
    const cases = await a.store.listCases({ status: ["open"] });
    const perConversation = new Map<string, number>();
    for (const c of cases) perConversation.set(c.conversationId, (perConversation.get(c.conversationId) ?? 0) + 1);
    for (const id of conversationIds) expect(perConversation.get(id), `cases of ${id}`).toBe(1);

    for (const id of conversationIds) {
      const transcript = await a.store.listMessages(id);
      // Replies in order: every message of the resident is followed by the bot's answer to it, never by
      // the other message (the two turns did not interleave), and seqs only grow.
      const directions = transcript.map((m) => m.direction).join("");
      expect(directions, `transcript of ${id}`).toMatch(/^(inout)+$/);
      expect(transcript.every((m, i) => i === 0 || m.seq > transcript[i - 1]!.seq)).toBe(true);
      // No repeated step: the case is confirmed once; the other message is taken as an addition to it.
      const confirmations = transcript.filter((m) => m.direction === "out" && JSON.stringify(m).includes("C'est transmis"));
      expect(confirmations.length, `confirmations in ${id}`).toBe(1);
    }
  });

  it("brings an agent's reply made on one instance to the resident's stream on the other within a second", async () => {
    // The resident's widget talks to B only: session, request, consent, description; its stream is on B.
    const origin = "http://widget.example";
    const widget = new ResidentClient({ baseUrl: urlB, origin });
    expect((await widget.startSession()).status).toBe(201);
    for (const message of [{ payload: "cmd:human" }, { payload: "consent:yes" }, { payload: "contact:this-chat" }, { text: "mon dossier de logement est bloqué" }]) {
      const answer = await widget.send(message);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    const seq = ((await (await widget.request("GET", "/api/v1/messages")).json()) as { lastSeq: number }).lastSeq;
    const stream = await widget.request("GET", `/api/v1/events?after=${seq}`, { headers: { origin: "" } });
    expect(stream.status).toBe(200);
    // The newest case is this resident's (the earlier test's are older).
    const opened = (await b.store.listCases({ status: ["open"] })).sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime())[0];
    expect(opened).toBeDefined();

    // The agent answers on A; B's stream must carry it (after, possibly, the "taken" notice).
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    const sent = Date.now();
    await a.core.replyToResident(opened!.id, { id: "agent-nadia", displayName: "Nadia B." }, "Bonjour, je regarde votre dossier.");
    let received = "";
    let arrivedAfter = Infinity;
    while (Date.now() - sent < 3_000) {
      const chunk = await Promise.race([reader.read(), new Promise<undefined>((resolve) => setTimeout(resolve, 3_000))]);
      if (!chunk || chunk.done) break;
      received += decoder.decode(chunk.value, { stream: true });
      if (received.includes("je regarde votre dossier")) {
        arrivedAfter = Date.now() - sent;
        break;
      }
    }
    await reader.cancel().catch(() => undefined);
    expect(received).toContain('"direction":"out"');
    expect(arrivedAfter, "reply reached the other instance's stream (ms)").toBeLessThan(1_000);
  });

  it("tells the other instance's listeners what happened here, within a second", async () => {
    // Everything B hears (events of the earlier test may still be arriving: only ours counts).
    const heard: { conversationId: string; at: number }[] = [];
    const off = b.events.on("message", (event) => heard.push({ conversationId: event.conversationId, at: Date.now() }));
    try {
      const sent = Date.now();
      const result = await resident(a, "heard-elsewhere").say("bonjour");
      const until = Date.now() + 1_000;
      while (!heard.some((h) => h.conversationId === result.conversationId) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      const ours = heard.find((h) => h.conversationId === result.conversationId);
      expect(ours, "not heard within 1 s").toBeDefined();
      expect(ours!.at - sent).toBeLessThan(1_000);
    } finally {
      off();
    }
  });
});
