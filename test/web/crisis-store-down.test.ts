/**
 * "A crisis message gets the right emergency number at once, whatever else happens": with the store
 * gone, the web API still answers a crisis with its numbers (marked degraded), and fails other messages.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { ResidentClient, startWebServer, type WebHarness } from "./web-harness.js";

let web: WebHarness;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(async () => {
  await web?.close().catch(() => undefined);
});

it("answers a crisis with the emergency numbers when the store is down, and only a crisis", async () => {
  const client = new ResidentClient(web);
  expect((await client.startSession()).status).toBe(201);
  await web.runtime.store.close();

  const crisis = await client.send({ text: "je veux mourir, je n'en peux plus", locale: "fr" });
  expect(crisis.status).toBe(200);
  expect(crisis.body.degraded).toBe(true);
  expect(crisis.body.replies[0]).toMatchObject({ kind: "emergency" });
  expect(JSON.stringify(crisis.body.replies)).toContain("3114");

  const ordinary = await client.send({ text: "c'est quoi le rsa", locale: "fr" });
  expect(ordinary.status).toBe(500);
});
