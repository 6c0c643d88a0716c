/**
 * The resident API against the real server on 127.0.0.1:0: every bad input gets a clear 4xx JSON error
 * and stores nothing (row counts read from the SQLite file), retries are idempotent, the push channel
 * resumes after a seq, and the per-session rate limit answers 429 with Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResidentClient, readEvents, startWebServer, type WebHarness } from "./web-harness.js";

// One server for the file: every test uses its own browser session and compares row counts before and
// after, so tests do not depend on each other.
let web: WebHarness;
beforeAll(async () => {
  // Every test here opens sessions from 127.0.0.1 on a clock that does not move: lift the per-IP budget
  // (its own test below uses a small one).
  web = await startWebServer({ limits: { sessionsPerMinutePerIp: 1000 } });
});
afterAll(async () => {
  await web?.close();
});

async function residentWithSession(): Promise<ResidentClient> {
  const client = new ResidentClient(web);
  const response = await client.startSession();
  expect(response.status).toBe(201);
  return client;
}

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

describe("index, headers and unknown routes", () => {
  it("serves the versioned index with security headers", async () => {
    const response = await fetch(`${web.baseUrl}/api/v1`);
    expect(response.status).toBe(200);
    const index = (await response.json()) as { version: string; endpoints: Array<{ path: string }>; limits: { maxTextLength: number } };
    expect(index.version).toBe("v1");
    expect(index.endpoints.map((e) => e.path)).toContain("/api/v1/events?after=SEQ");
    expect(index.limits.maxTextLength).toBe(2000);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers an unknown route with a JSON 404 that carries the headers too", async () => {
    const response = await fetch(`${web.baseUrl}/api/v1/nothing-here`);
    await expectError(response, 404, "not_found");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("serves the widget page with no inline script or style, framable by itself only", async () => {
    const response = await fetch(`${web.baseUrl}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('role="log"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const etag = response.headers.get("etag")!;
    const again = await fetch(`${web.baseUrl}/`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("serves the widget's strings per language, right-to-left for Arabic", async () => {
    const ar = (await (await fetch(`${web.baseUrl}/api/v1/locales/ar/widget`)).json()) as { dir: string; strings: { composer: { send: string } } };
    expect(ar.dir).toBe("rtl");
    expect(ar.strings.composer.send).toBe("إرسال");
    await expectError(await fetch(`${web.baseUrl}/api/v1/locales/xx/widget`), 404, "unknown_language");
    await expectError(await fetch(`${web.baseUrl}/api/v1/locales/..%2F..%2Fpackage/widget`), 404, "unknown_language");
  });
});

describe("session", () => {
  it("creates an HttpOnly, SameSite=Strict cookie of 128 random bits, and resumes it", async () => {
    const client = new ResidentClient(web);
    const before = web.counts().conversations!;
    const response = await client.startSession();
    expect(response.status).toBe(201);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^accueil_session=[A-Za-z0-9_-]{22};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(web.counts().conversations).toBe(before + 1);
    const again = await client.startSession();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false });
    expect(web.counts().conversations).toBe(before + 1);
  });

  it("refuses a session from another origin, or with no Origin, and stores nothing", async () => {
    const before = web.counts();
    await expectError(await new ResidentClient(web, "https://evil.example").startSession(), 403, "forbidden_origin");
    await expectError(await new ResidentClient(web, null).startSession(), 403, "forbidden_origin");
    expect(web.counts()).toEqual(before);
  });

  it("starts a new conversation when the cookie is forged", async () => {
    const client = new ResidentClient(web);
    client.cookie = "accueil_session=AAAAAAAAAAAAAAAAAAAAAA";
    const response = await client.startSession();
    expect(response.status).toBe(201);
    expect(client.cookie).not.toBe("accueil_session=AAAAAAAAAAAAAAAAAAAAAA");
  });
});

describe("bad input on POST /api/v1/messages stores nothing", () => {
  const cases: Array<{ name: string; status: number; code: string; prepare(client: ResidentClient): Promise<Response> }> = [
    {
      name: "malformed JSON",
      status: 400,
      code: "malformed_json",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: '{"text": "RSA"', headers: { "idempotency-key": "a1" } }),
    },
    {
      name: "an oversized body",
      status: 413,
      code: "body_too_large",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "x".repeat(17_000) }, headers: { "idempotency-key": "a2" } }),
    },
    {
      name: "a text of 2001 characters",
      status: 422,
      code: "text_too_long",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "é".repeat(2001) }, headers: { "idempotency-key": "a3" } }),
    },
    {
      name: "an empty text",
      status: 422,
      code: "empty_message",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "   " }, headers: { "idempotency-key": "a4" } }),
    },
    {
      name: "a NUL character",
      status: 422,
      code: "invalid_text",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "RSA\u0000" }, headers: { "idempotency-key": "a5" } }),
    },
    {
      name: "an unknown field",
      status: 400,
      code: "invalid_body",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "RSA", admin: true }, headers: { "idempotency-key": "a6" } }),
    },
    {
      name: "a JSON array",
      status: 400,
      code: "invalid_body",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: "[]", headers: { "idempotency-key": "a7" } }),
    },
    {
      name: "a payload never offered",
      status: 422,
      code: "unknown_payload",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { payload: "entry:rsa" }, headers: { "idempotency-key": "a8" } }),
    },
    {
      name: "no Idempotency-Key",
      status: 400,
      code: "invalid_idempotency_key",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "RSA" } }),
    },
    {
      name: "a text/plain body",
      status: 415,
      code: "unsupported_media_type",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: "RSA", headers: { "idempotency-key": "a9", "content-type": "text/plain" } }),
    },
    {
      name: "a wrong Origin",
      status: 403,
      code: "forbidden_origin",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "RSA" }, headers: { "idempotency-key": "b1", origin: "https://evil.example" } }),
    },
    {
      name: "no session cookie",
      status: 401,
      code: "session_required",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "RSA" }, headers: { "idempotency-key": "b2", cookie: "" } }),
    },
    {
      name: "a forged session cookie",
      status: 401,
      code: "session_required",
      prepare: (c) =>
        c.request("POST", "/api/v1/messages", { body: { text: "RSA" }, headers: { "idempotency-key": "b3", cookie: "accueil_session=BBBBBBBBBBBBBBBBBBBBBB" } }),
    },
    {
      name: "a malformed session cookie",
      status: 401,
      code: "session_required",
      prepare: (c) => c.request("POST", "/api/v1/messages", { body: { text: "RSA" }, headers: { "idempotency-key": "b4", cookie: "accueil_session=../../x" } }),
    },
  ];

  for (const testCase of cases) {
    it(`answers ${testCase.status} ${testCase.code} to ${testCase.name}`, async () => {
      const client = await residentWithSession();
      const before = web.counts();
      await expectError(await testCase.prepare(client), testCase.status, testCase.code);
      expect(web.counts()).toEqual(before);
    });
  }

  it("accepts exactly 2000 characters", async () => {
    const client = await residentWithSession();
    const { status } = await client.send({ text: "a".repeat(2000) });
    expect(status).toBe(200);
  });
});

describe("messages", () => {
  it("answers a question and a button press offered by the bot", async () => {
    const client = await residentWithSession();
    const help = await client.send({ payload: "cmd:help", locale: "fr" });
    expect(help.status).toBe(200);
    const choices = help.body.replies.find((r: { kind: string }) => r.kind === "choices");
    expect(choices.choices.length).toBeGreaterThan(1);
    const pressed = await client.send({ payload: choices.choices[0].payload });
    expect(pressed.status).toBe(200);
    expect(pressed.body.replies.length).toBeGreaterThan(0);
    const history = (await (await client.request("GET", "/api/v1/messages?after=0")).json()) as { messages: Array<{ direction: string; choiceLabel?: string }> };
    expect(history.messages.filter((m) => m.direction === "in").at(-1)?.choiceLabel).toBe(choices.choices[0].label);
  });

  it("has one effect for a retried Idempotency-Key and returns the same result", async () => {
    const client = await residentWithSession();
    const inboundBefore = web.counts().inbound_ids!;
    const [first, concurrent] = await Promise.all([
      client.send({ text: "c'est quoi le RSA" }, "same-key"),
      client.send({ text: "c'est quoi le RSA" }, "same-key"),
    ]);
    const retry = await client.send({ text: "c'est quoi le RSA" }, "same-key");
    expect(first.status).toBe(200);
    expect(concurrent.body).toEqual(first.body);
    expect(retry.body).toEqual(first.body);
    expect(first.body.replies.length).toBeGreaterThan(0);
    expect(web.counts().inbound_ids).toBe(inboundBefore + 1);
    const history = (await (await client.request("GET", "/api/v1/messages?after=0")).json()) as { messages: Array<{ direction: string }> };
    expect(history.messages.filter((m) => m.direction === "in")).toHaveLength(1);

    const reused = await client.send({ text: "autre chose" }, "same-key");
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("idempotency_key_reused");
  });

  it("keeps Idempotency-Keys per session: two browsers may use the same key", async () => {
    const a = await residentWithSession();
    const b = await residentWithSession();
    const inboundBefore = web.counts().inbound_ids!;
    const fromA = await a.send({ text: "RSA" }, "1");
    const fromB = await b.send({ text: "RSA" }, "1");
    expect(fromA.body.duplicate).toBeUndefined();
    expect(fromB.body.duplicate).toBeUndefined();
    expect(web.counts().inbound_ids).toBe(inboundBefore + 2);
  });

  it("returns the history after a seq, and refuses a bad seq", async () => {
    const client = await residentWithSession();
    const first = await client.send({ text: "bonjour" });
    await client.send({ text: "prime d'activité" });
    const after = (await (await client.request("GET", `/api/v1/messages?after=${first.body.conversationSeq}`)).json()) as {
      messages: Array<{ seq: number; direction: string; text?: string }>;
    };
    expect(after.messages[0]).toMatchObject({ direction: "in", text: "prime d'activité" });
    expect(after.messages.every((m) => m.seq > first.body.conversationSeq)).toBe(true);
    await expectError(await client.request("GET", "/api/v1/messages?after=-1"), 400, "invalid_query");
    await expectError(await client.request("GET", "/api/v1/messages?after=abc"), 400, "invalid_query");
    await expectError(await new ResidentClient(web).request("GET", "/api/v1/messages"), 401, "session_required");
  });
});

describe("a turn's messages in the answer", () => {
  it("carries the messages the turn wrote, with the seqs the transcript and the push channel give them", async () => {
    const client = await residentWithSession();
    const first = await client.send({ text: "aide alimentaire" });
    expect(first.body.messages.map((m: { seq: number; direction: string }) => [m.seq, m.direction])).toEqual([
      [1, "in"],
      [2, "out"],
    ]);
    expect(first.body.messages[0]).toMatchObject({ author: "resident", text: "aide alimentaire" });
    expect(first.body.messages[1].replies).toEqual(first.body.replies);
    expect(first.body.conversationSeq).toBe(2);
    // A button press shows its label, as in the transcript.
    const choice = first.body.replies.find((r: { kind: string }) => r.kind === "choices").choices[0] as { payload: string; label: string };
    const pressed = await client.send({ payload: choice.payload });
    expect(pressed.body.messages[0]).toMatchObject({ seq: 3, direction: "in", payload: choice.payload, choiceLabel: choice.label });
    const listed = (await (await client.request("GET", "/api/v1/messages?after=0")).json()) as { messages: unknown[] };
    expect(listed.messages).toEqual([...first.body.messages, ...pressed.body.messages]);
    const events = await readEvents(await client.request("GET", "/api/v1/events?after=0"), listed.messages.length, 2000);
    expect(events.map((e) => e.data)).toEqual(listed.messages);
    // A retry with the same key gets the same answer: the same messages, which a page shows once.
    const sent = await client.send({ text: "RSA" }, "same-key");
    expect((await client.send({ text: "RSA" }, "same-key")).body).toEqual(sent.body);
    expect(sent.body.messages[0].seq).toBe(listed.messages.length + 1);
  });
});

describe("push channel (Server-Sent Events)", () => {
  it("sends the transcript after a seq, then new messages as they are written", async () => {
    const client = await residentWithSession();
    const first = await client.send({ text: "bonjour" });
    const stream = await client.request("GET", `/api/v1/events?after=${first.body.conversationSeq}`, { headers: { origin: "" } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(stream.headers.get("content-security-policy")).toContain("script-src 'self'");
    const reading = readEvents(stream, 2);
    await client.send({ text: "aide alimentaire" });
    const events = await reading;
    expect(events.map((e) => e.data.direction)).toEqual(["in", "out"]);
    expect(events[0]!.data.text).toBe("aide alimentaire");
    expect(Number(events[0]!.id)).toBeGreaterThan(first.body.conversationSeq);
    expect(Number(events[1]!.id)).toBeGreaterThan(Number(events[0]!.id));
  });

  it("resumes from Last-Event-ID, over the URL's after", async () => {
    const client = await residentWithSession();
    await client.send({ text: "bonjour" });
    const second = await client.send({ text: "RSA" });
    const all = (await (await client.request("GET", "/api/v1/messages?after=0")).json()) as { messages: Array<{ seq: number }> };
    const resumeAt = all.messages[1]!.seq;
    const stream = await client.request("GET", "/api/v1/events?after=0", { headers: { "last-event-id": String(resumeAt) } });
    const events = await readEvents(stream, 10, 800);
    expect(events.map((e) => Number(e.id))).toEqual(all.messages.filter((m) => m.seq > resumeAt).map((m) => m.seq));
    expect(Number(events.at(-1)!.id)).toBe(second.body.conversationSeq);
  });

  it("delivers an agent's answer written while the page was closed when it reopens", async () => {
    const client = await residentWithSession();
    await client.send({ payload: "cmd:human" });
    await client.send({ payload: "consent:yes" });
    await client.send({ payload: "contact:this-chat" });
    const described = await client.send({ text: "Mon dossier CAF est bloqué depuis deux mois." });
    const [opened] = await web.runtime.store.listCases({ status: ["open"] });
    expect(opened).toBeDefined();
    const agent = { id: "agent-test", displayName: "Nadia" };
    await web.runtime.core.claimCase(opened!.id, agent);
    await web.runtime.core.replyToResident(opened!.id, agent, "Bonjour, je regarde votre dossier.");
    const stream = await client.request("GET", `/api/v1/events?after=${described.body.conversationSeq}`);
    const events = await readEvents(stream, 10, 800);
    const fromAgent = events.find((e) => e.data.author === "agent");
    expect(fromAgent?.data).toMatchObject({ authorName: "Nadia", replies: [{ kind: "text", text: "Bonjour, je regarde votre dossier." }] });
  });

  it("refuses another origin, a cross-site read, and a missing session", async () => {
    const client = await residentWithSession();
    await expectError(await client.request("GET", "/api/v1/events", { headers: { origin: "https://evil.example" } }), 403, "forbidden_origin");
    await expectError(await client.request("GET", "/api/v1/events", { headers: { origin: "", "sec-fetch-site": "cross-site" } }), 403, "forbidden_origin");
    await expectError(await new ResidentClient(web).request("GET", "/api/v1/events"), 401, "session_required");
  });
});

describe("erasure", () => {
  it("erases the conversation and clears the cookie; refuses another origin first", async () => {
    const client = await residentWithSession();
    await client.send({ text: "RSA" });
    const history = (await (await client.request("GET", "/api/v1/messages?after=0")).json()) as { messages: unknown[] };
    const before = web.counts();
    await expectError(await client.request("DELETE", "/api/v1/session", { headers: { origin: "https://evil.example" } }), 403, "forbidden_origin");
    expect(web.counts()).toEqual(before);
    const cookieBefore = client.cookie;
    const erased = await client.request("DELETE", "/api/v1/session");
    expect(erased.status).toBe(204);
    expect(erased.headers.get("set-cookie")).toMatch(/^accueil_session=; Max-Age=0/);
    expect(web.counts()).toMatchObject({
      conversations: before.conversations! - 1,
      transcript: before.transcript! - history.messages.length,
    });
    await expectError(await client.request("GET", "/api/v1/messages", { headers: { cookie: cookieBefore! } }), 401, "session_required");
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past the per-session budget, stores nothing, and recovers", async () => {
    const shared = web;
    web = await startWebServer({ limits: { messagesPerMinute: 3 } });
    try {
      await rateLimitScenario();
    } finally {
      await web.close();
      web = shared;
    }
  });
});

describe("session rate limit", () => {
  it("limits new sessions per client IP, but not resuming one", async () => {
    const shared = web;
    web = await startWebServer({ limits: { sessionsPerMinutePerIp: 2 } });
    try {
      const first = await residentWithSession();
      await residentWithSession();
      const before = web.counts();
      const third = await new ResidentClient(web).startSession();
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).toBeTruthy();
      expect(web.counts()).toEqual(before);
      expect((await first.startSession()).status).toBe(200);
    } finally {
      await web.close();
      web = shared;
    }
  });
});

async function rateLimitScenario(): Promise<void> {
  const client = await residentWithSession();
  for (let i = 0; i < 3; i += 1) expect((await client.send({ text: `RSA ${i}` })).status).toBe(200);
  const before = web.counts();
  const limited = await client.request("POST", "/api/v1/messages", { body: { text: "RSA encore" }, headers: { "idempotency-key": "over" } });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
  expect(web.counts()).toEqual(before);
  // Another browser is not affected.
  const other = await residentWithSession();
  expect((await other.send({ text: "RSA" })).status).toBe(200);
  web.runtime.clock.advance(60_000);
  expect((await client.send({ text: "RSA encore" }, "over")).status).toBe(200);
}
