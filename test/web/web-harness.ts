/**
 * Starts the real HTTP server (createHttpServer) over the real runtime (SQLite file, catalogue,
 * understanding, core) on 127.0.0.1:0, and offers what the web tests need: a resident client with a
 * cookie jar, row counts straight from the SQLite file (to prove a refused request stored nothing), and
 * the server's log lines (the first-start setup link is only ever written there).
 */
import type { PrivacyFacts } from "../../src/server/privacy-notice-route.js";
import { join } from "node:path";
import { Writable } from "node:stream";
import BetterSqlite3 from "better-sqlite3";
import pino from "pino";
import type { FastifyInstance } from "fastify";
import { createHttpServer, type HttpLimits } from "../../src/server/create-http-server.js";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.js";
import { createDeskOpening } from "../../src/app/describe-place.js";
import type { SessionPolicy } from "../../src/agents/agent-session.js";

export interface WebHarness {
  runtime: TestRuntime;
  app: FastifyInstance;
  baseUrl: string;
  /** The Origin a browser on the widget's page sends. */
  origin: string;
  logs: Array<Record<string, unknown>>;
  counts(): Record<string, number>;
  close(): Promise<void>;
}

const TABLES = ["conversations", "inbound_ids", "transcript", "outbox", "cases", "case_events", "agents", "sessions", "setup_tokens", "consents", "audit_log", "login_failures"];

export async function startWebServer(options: { limits?: Partial<HttpLimits>; announceSetupLink?: boolean; privacy?: PrivacyFacts; sessionPolicy?: SessionPolicy } = {}): Promise<WebHarness> {
  const runtime = await createTestRuntime();
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: "info" }, sink);
  const app = await createHttpServer({
    core: runtime.core,
    store: runtime.store,
    clock: runtime.clock,
    logger,
    publicBaseUrl: "http://127.0.0.1:0",
    allowedOrigins: [],
    widget: { retentionDays: 90, deskPhone: runtime.territory.phone, serviceName: runtime.territory.name },
    deskOpening: createDeskOpening(runtime.territory, runtime.i18n, runtime.clock),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.privacy ? { privacy: options.privacy } : {}),
    ...(options.announceSetupLink !== undefined ? { announceSetupLink: options.announceSetupLink } : {}),
    ...(options.sessionPolicy ? { sessionPolicy: options.sessionPolicy } : {}),
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  if (options.announceSetupLink !== false) {
    // The setup link is written by an onListen hook, which may finish just after listen() resolves.
    for (let i = 0; i < 100 && !logs.some((line) => typeof line.setupUrl === "string"); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const reader = new BetterSqlite3(join(runtime.dir, "accueil.sqlite"), { readonly: true, fileMustExist: true });
  return {
    runtime,
    app,
    baseUrl: address,
    origin: address,
    logs,
    counts() {
      const counts: Record<string, number> = {};
      for (const table of TABLES) {
        counts[table] = (reader.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      }
      return counts;
    },
    async close() {
      reader.close();
      await app.close();
      await runtime.dispose();
    },
  };
}

/** A browser tab, as far as the API is concerned: an Origin, a cookie jar, and JSON in and out. */
export class ResidentClient {
  cookie: string | undefined;
  private keyCounter = 0;

  constructor(
    private readonly harness: Pick<WebHarness, "baseUrl" | "origin">,
    readonly origin: string | null = harness.origin,
  ) {}

  async request(method: string, path: string, init: { body?: string | object; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (this.origin && !("origin" in headers)) headers.origin = this.origin;
    if (this.cookie && !("cookie" in headers)) headers.cookie = this.cookie;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
      headers["content-type"] ??= "application/json";
    }
    // An empty value means "send no such header" (a request without Origin, without cookie).
    for (const [name, value] of Object.entries(headers)) if (value === "") delete headers[name];
    const response = await fetch(this.harness.baseUrl + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const [pair] = setCookie.split(";");
      this.cookie = pair && !/=$/.test(pair) ? pair : undefined;
    }
    return response;
  }

  async startSession(): Promise<Response> {
    return this.request("POST", "/api/v1/session", { body: {} });
  }

  /** Sends a message with a fresh Idempotency-Key (or the one given) and returns the parsed answer. */
  async send(message: { text?: string; payload?: string; locale?: string }, key = `k-${++this.keyCounter}-${Date.now()}`): Promise<{ status: number; body: any }> {
    const response = await this.request("POST", "/api/v1/messages", { body: message, headers: { "idempotency-key": key } });
    return { status: response.status, body: await response.json() };
  }
}

/** Reads Server-Sent Events from a fetch response body until `count` events arrived or time ran out. */
export async function readEvents(
  response: Response,
  count: number,
  timeoutMs = 5000,
): Promise<Array<{ id?: string; event?: string; data: any }>> {
  const events: Array<{ id?: string; event?: string; data: any }> = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  try {
    while (events.length < count) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<{ done: true; value: undefined }>((resolve) => setTimeout(() => resolve({ done: true, value: undefined }), remaining)),
      ]);
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let index: number;
      while ((index = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        const event: { id?: string; event?: string; data?: string } = {};
        for (const line of frame.split("\n")) {
          if (line.startsWith("id: ")) event.id = line.slice(4);
          else if (line.startsWith("event: ")) event.event = line.slice(7);
          else if (line.startsWith("data: ")) event.data = line.slice(6);
        }
        if (event.data !== undefined) events.push({ ...event, data: JSON.parse(event.data) });
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return events;
}
