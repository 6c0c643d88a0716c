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

const postgres = await postgresBackend();

describe.skipIf(!postgres)("two instances on one PostgreSQL", () => {
  let backend: TestBackend;
  let a: App;
  let b: App;

  beforeAll(async () => {
    backend = postgres!;
    const start = async (): Promise<App> => {
      const app = await createApp({ env: { LOG_LEVEL: "silent" }, port: 0, databaseUrl: backend.url!, logger: pino({ level: "silent" }), withoutBackground: true });
      await app.listen();
      return app;
    };
    a = await start();
    b = await start();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await backend?.dispose();
  });

  it("handles one chat's simultaneous messages on both in turn: one case per conversation, 20 times", async () => {
    for (let n = 0; n < 20; n++) {
      const key = `two-instances-${n}`;
      const onA = resident(a, key);
      const onB = resident(b, key);
      await onA.say("je voudrais parler à une assistante sociale");
      await onA.press("consent:yes");
      await onA.press("contact:this-chat");
      await onA.press("time:any");
      // The description, sent twice at the same moment, once to each instance.
      await Promise.all([onA.say("je n'arrive plus à payer le loyer", { id: `${key}-x` }), onB.say("et l'électricité aussi", { id: `${key}-y` })]);
    }
    const cases = await a.store.listCases({ status: ["open"] });
    const perConversation = new Map<string, number>();
    for (const c of cases) perConversation.set(c.conversationId, (perConversation.get(c.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(20);
    expect([...perConversation.values()].every((count) => count === 1)).toBe(true);
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
