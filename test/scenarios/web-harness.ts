/**
 * The scenario harness on the web channel: the resident API of the real HTTP server on loopback, as the
 * widget uses it (session cookie, Origin, Idempotency-Key), reading what arrives from the transcript API
 * (which is also how the widget receives agent replies).
 */
import type { FastifyInstance } from "fastify";
import { COMMAND_PAYLOADS } from "../../src/core/command-payloads.js";
import type { OutboundReply } from "../../src/core/messages.js";
import { externalIdForToken, WEB_SESSION_COOKIE } from "../../src/channels/web/web-session.js";
import { createHttpServer } from "../../src/server/create-http-server.js";
import { createTestRuntime } from "../support/test-runtime.js";
import { seenFromReplies, type ChannelHarness, type SeenMessage } from "./harness.js";

type OutMessage = { seq: number; direction: "out"; author: SeenMessage["author"]; replies: OutboundReply[] };
type ApiMessage = { seq: number; direction: "in" } | OutMessage;

export async function createWebHarness(): Promise<ChannelHarness> {
  const runtime = await createTestRuntime();
  const server: FastifyInstance = await createHttpServer({
    core: runtime.core,
    store: runtime.store,
    clock: runtime.clock,
    logger: runtime.logger,
    publicBaseUrl: "http://127.0.0.1:0",
    allowedOrigins: [],
    announceSetupLink: false,
  });
  const baseUrl = (await server.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
  let cookie = "";
  let readUpTo = 0;
  let key = 0;
  let lastStatus = 0;
  let storeGone = false;
  /** Without a store there is no transcript: what the POST answered is all the resident gets. */
  const answeredWithoutStore: SeenMessage[] = [];

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${baseUrl}${path}`, {
      method,
      headers: { origin: baseUrl, ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  }

  async function ensureSession(): Promise<void> {
    if (cookie) return;
    const response = await call("POST", "/api/v1/session", {});
    if (response.status !== 201) throw new Error(`session: ${response.status} ${await response.text()}`);
    cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  async function send(body: { text?: string; payload?: string }): Promise<void> {
    await ensureSession();
    const response = await call("POST", "/api/v1/messages", body, { "idempotency-key": `k-${++key}` });
    lastStatus = response.status;
    if (storeGone) {
      if (response.status === 200) answeredWithoutStore.push(seenFromReplies("bot", ((await response.json()) as { replies: OutboundReply[] }).replies));
      return;
    }
    if (response.status !== 200) throw new Error(`message: ${response.status} ${await response.text()}`);
  }

  async function transcript(after: number): Promise<ApiMessage[]> {
    await ensureSession();
    const response = await call("GET", `/api/v1/messages?after=${after}`);
    return ((await response.json()) as { messages: ApiMessage[] }).messages;
  }

  return {
    channel: "web",
    runtime,
    baseUrl,
    sendText: (text) => send({ text }),
    async pressChoice(label) {
      const outs = (await transcript(0)).filter((m): m is OutMessage => m.direction === "out").reverse();
      for (const message of outs) {
        for (const reply of message.replies) {
          if (reply.kind !== "choices") continue;
          const choice = reply.choices.find((c) => (typeof label === "string" ? c.label === label : label.test(c.label)));
          if (choice) return send({ payload: choice.payload });
        }
      }
      throw new Error(`no button ${String(label)} was offered`);
    },
    command: (name) => send({ payload: COMMAND_PAYLOADS[name] }),
    get lastStatus() {
      return lastStatus;
    },
    async storeDown() {
      await runtime.store.close();
      storeGone = true;
    },
    async replies() {
      if (storeGone) return answeredWithoutStore.splice(0);
      const messages = await transcript(readUpTo);
      readUpTo = messages.at(-1)?.seq ?? readUpTo;
      return messages.filter((m): m is OutMessage => m.direction === "out").map((m) => seenFromReplies(m.author, m.replies));
    },
    async conversationId() {
      const token = cookie.startsWith(`${WEB_SESSION_COOKIE}=`) ? cookie.slice(WEB_SESSION_COOKIE.length + 1) : "";
      return token ? (await runtime.store.findConversation("web", externalIdForToken(token)))?.id : undefined;
    },
    async dispose() {
      await server.close();
      await runtime.dispose();
    },
  };
}
