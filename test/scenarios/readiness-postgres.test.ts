/**
 * /readyz on PostgreSQL follows the database: 503 while it cannot be reached (stopped), 200 again when it
 * returns, with no restart of the app — the pool reconnects. The database is "stopped" by cutting a TCP
 * proxy in front of the real server.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { postgresBackend, type TestBackend } from "../store/test-databases.js";
import { TcpProxy } from "../support/tcp-proxy.js";

const postgres = await postgresBackend();

describe.skipIf(!postgres)("readiness on PostgreSQL", () => {
  let backend: TestBackend;
  let app: App;
  let base: string;
  const proxy = new TcpProxy("127.0.0.1", 5432);

  beforeAll(async () => {
    backend = postgres!;
    const port = await proxy.start();
    const url = new URL(backend.url!);
    url.host = `127.0.0.1:${port}`;
    app = await createApp({ env: { LOG_LEVEL: "silent" }, port: 0, databaseUrl: url.href, logger: pino({ level: "silent" }), withoutBackground: true });
    base = (await app.listen()).replace("localhost", "127.0.0.1");
  });
  afterAll(async () => {
    await proxy.start().catch(() => undefined);
    await app?.close();
    await backend?.dispose();
  });

  const readyStatus = async (): Promise<number> => (await fetch(`${base}/readyz`)).status;

  it("turns 503 when the database stops and 200 when it is back", async () => {
    expect(await readyStatus()).toBe(200);
    await proxy.cut();
    expect(await readyStatus()).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await proxy.start();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = await readyStatus();
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });
});
