/**
 * The resident API, version 1 (documented in docs/api.md): a session, messages in and out, the
 * transcript to reopen a page, a Server-Sent Events push channel, erasure, and the widget's strings.
 *
 * Rule: every check (origin, session, body, length, payload, rate) happens before the core is called,
 * so a refused request stores nothing.
 */
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AccueilCore } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import type { OutboundReply } from "../../core/messages.js";
import type { ConversationRecord } from "../../records/conversation-record.js";
import { TranscriptViewer, type ApiMessage } from "../../core/transcript-view.js";
import { openTranscriptStream } from "./transcript-stream.js";
import { HttpError } from "../../server/http-error.js";
import type { OriginPolicy } from "../../server/origin-check.js";
import type { SseRegistry } from "../../server/sse-stream.js";
import type { TokenBucketLimiter } from "../../server/token-bucket.js";
import type { Strings } from "../../i18n/read-namespace.js";
import { IdempotencyCache } from "./idempotency-cache.js";
import { MAX_PAYLOAD_LENGTH, MAX_TEXT_LENGTH, parseMessageRequest, readIdempotencyKey } from "./message-request.js";
import { RTL_LANGUAGES, WIDGET_LANGUAGES } from "./languages.js";
import { LANGUAGES } from "../../i18n/languages.js";
import {
  clearWebSessionCookie,
  externalIdForToken,
  newWebSessionToken,
  readWebSessionToken,
  webSessionCookie,
} from "./web-session.js";

export interface WidgetInfo {
  /** How long an inactive conversation is kept, shown in the widget's notice. */
  retentionDays: number;
  /** The CCAS desk's phone number and address, shown in the notice when known. */
  deskPhone?: string;
  deskAddress?: string;
  serviceName?: string;
}

export interface ResidentRoutesOptions {
  core: AccueilCore;
  clock: Clock;
  origins: OriginPolicy;
  secureCookies: boolean;
  streams: SseRegistry;
  messageLimiter: TokenBucketLimiter;
  /** Messages per client address (request.ip: set TRUST_PROXY behind a reverse proxy). */
  addressLimiter: TokenBucketLimiter;
  sessionLimiter: TokenBucketLimiter;
  widgetStrings: Map<string, Strings>;
  info: WidgetInfo;
  /** Whether the CCAS desk is open now and its weekly hours, in a language (the widget's header). */
  deskOpening?: (lang: string) => { status: string; hours: string[] } | undefined;
  headersFor(path: string): Record<string, string>;
}

export interface MessageResult {
  replies: OutboundReply[];
  /** The messages this turn wrote (the resident's, then the bot's), as the transcript shows them, with
   * their seqs: a page shows them at once and skips them when the push channel brings them too. Empty
   * for a duplicate or a degraded turn. */
  messages: ApiMessage[];
  conversationSeq: number;
  /** The conversation's language after this turn: the widget's interface follows it. */
  locale?: string;
  duplicate?: true;
  /** The store was unavailable: these (emergency) replies are not in the transcript; show them as they are. */
  degraded?: true;
}

const afterQuery = z.object({ after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0) });

export async function registerResidentRoutes(app: FastifyInstance, options: ResidentRoutesOptions): Promise<void> {
  const { core, clock, origins } = options;
  const results = new IdempotencyCache<MessageResult>(clock);
  const cookieMaxAge = options.info.retentionDays * 24 * 60 * 60;

  async function currentConversation(request: FastifyRequest): Promise<{ token: string; conversation: ConversationRecord }> {
    const token = readWebSessionToken(request);
    const conversation = token ? await core.findConversation("web", externalIdForToken(token)) : undefined;
    if (!token || !conversation) {
      throw new HttpError(401, "session_required", "No conversation for this browser: create one with POST /api/v1/session.");
    }
    return { token, conversation };
  }

  /**
   * The conversation a message belongs to. If the store cannot be read, the message still goes to the
   * core with the address derived from the cookie: the core answers a crisis without its store
   * (HandleResult.degraded), and fails any other turn as usual.
   */
  async function conversationForMessage(request: FastifyRequest): Promise<Pick<ConversationRecord, "id" | "externalId">> {
    const token = readWebSessionToken(request);
    if (!token) throw new HttpError(401, "session_required", "No conversation for this browser: create one with POST /api/v1/session.");
    let conversation: ConversationRecord | undefined;
    try {
      conversation = await core.findConversation("web", externalIdForToken(token));
    } catch (error) {
      request.log.error({ err: error }, "store unavailable while reading a web session; letting the core answer");
      return { id: "", externalId: externalIdForToken(token) };
    }
    if (!conversation) throw new HttpError(401, "session_required", "No conversation for this browser: create one with POST /api/v1/session.");
    return conversation;
  }

  /** The API's seq of the conversation's last message: its position (see core/transcript-view.ts). */
  async function lastSeq(conversationId: string): Promise<number> {
    return (await core.readTranscript(conversationId)).length;
  }

  /** The transcript view of the messages a turn wrote (store seqs firstSeq…lastSeq), and the API seq of its last one. */
  async function turnMessages(conversationId: string, firstSeq: number, lastSeq: number): Promise<{ messages: ApiMessage[]; conversationSeq: number }> {
    const stored = await core.readTranscript(conversationId);
    // Viewed from the conversation's start: positions and button labels depend on what came before.
    const views = new TranscriptViewer().viewAll(stored);
    const messages = views.filter((_, index) => {
      const seq = stored[index]?.seq ?? 0;
      return seq >= firstSeq && seq <= lastSeq;
    });
    return { messages, conversationSeq: stored.filter((m) => m.seq <= lastSeq).length };
  }

  function readAfter(request: FastifyRequest): number {
    const parsed = afterQuery.safeParse(request.query);
    if (!parsed.success) throw new HttpError(400, "invalid_query", "`after` must be a whole number (a transcript seq).");
    return parsed.data.after;
  }

  const stateChanging = { preHandler: async (request: FastifyRequest) => origins.assertStateChange(request) };

  app.get("/api/v1", async () => ({
    name: "Accueil resident API",
    version: "v1",
    documentation: "docs/api.md",
    languages: WIDGET_LANGUAGES,
    rtlLanguages: [...RTL_LANGUAGES],
    /** The same list with each language's own name and direction (src/i18n/languages.ts). */
    languageDetails: LANGUAGES,
    limits: { maxTextLength: MAX_TEXT_LENGTH, maxPayloadLength: MAX_PAYLOAD_LENGTH, bodyBytes: 16 * 1024 },
    notice: options.info,
    endpoints: [
      { method: "POST", path: "/api/v1/session", description: "Start or resume this browser's conversation (sets an HttpOnly cookie)." },
      { method: "DELETE", path: "/api/v1/session", description: "Erase this conversation and clear the cookie." },
      { method: "POST", path: "/api/v1/messages", description: "Send { text } or { payload } with an Idempotency-Key header." },
      { method: "GET", path: "/api/v1/messages?after=SEQ", description: "Transcript messages after SEQ." },
      { method: "GET", path: "/api/v1/events?after=SEQ", description: "Server-Sent Events: transcript messages as they are written." },
      { method: "GET", path: "/api/v1/locales/:lng/widget", description: "The widget's interface strings." },
    ],
  }));

  app.get("/api/v1/locales/:lng/widget", async (request) => {
    const { lng } = request.params as { lng: string };
    const strings = options.widgetStrings.get(lng);
    if (!strings) throw new HttpError(404, "unknown_language", `No widget strings for "${lng}".`);
    return { lng, dir: RTL_LANGUAGES.has(lng) ? "rtl" : "ltr", strings };
  });

  app.get("/api/v1/desk", async (request) => {
    const parsed = z.object({ lang: z.enum(WIDGET_LANGUAGES).default("fr") }).safeParse(request.query);
    if (!parsed.success) throw new HttpError(400, "invalid_query", "`lang` is one of the widget's languages.");
    const opening = options.deskOpening?.(parsed.data.lang);
    if (!opening) throw new HttpError(404, "no_desk_hours", "No opening hours are known for the desk.");
    return { status: opening.status, hours: opening.hours };
  });

  app.post("/api/v1/session", stateChanging, async (request, reply) => {
    const existing = readWebSessionToken(request);
    if (existing) {
      const conversation = await core.findConversation("web", externalIdForToken(existing));
      if (conversation) {
        reply.header("set-cookie", webSessionCookie(existing, cookieMaxAge, options.secureCookies));
        return { created: false, locale: conversation.locale, lastSeq: await lastSeq(conversation.id) };
      }
    }
    const allowed = options.sessionLimiter.take(request.ip);
    if (!allowed.ok) throw tooManyRequests(allowed.retryAfterSeconds);
    const token = newWebSessionToken();
    const conversation = await core.openConversation("web", externalIdForToken(token));
    reply.header("set-cookie", webSessionCookie(token, cookieMaxAge, options.secureCookies));
    return reply.code(201).send({ created: true, locale: conversation.locale, lastSeq: 0 });
  });

  app.delete("/api/v1/session", stateChanging, async (request, reply) => {
    const { conversation } = await currentConversation(request);
    await core.eraseConversation(conversation.id);
    options.streams.closeGroup(conversation.id);
    results.deletePrefix(`${conversation.externalId}:`);
    reply.header("set-cookie", clearWebSessionCookie(options.secureCookies));
    return reply.code(204).send();
  });

  // Right of access: the widget's "my data" links download this (the session cookie says whose).
  app.get("/api/v1/my-data", async (request, reply) => {
    const format = z.object({ format: z.enum(["json", "text"]).default("json") }).safeParse(request.query);
    if (!format.success) throw new HttpError(400, "invalid_query", "`format` is json or text.");
    const { conversation } = await currentConversation(request);
    const exported = await core.residentData(conversation.id);
    if (!exported) throw new HttpError(401, "session_required", "No conversation for this browser: create one with POST /api/v1/session.");
    const day = exported.data.exportedAt.slice(0, 10);
    reply.header("cache-control", "no-store");
    if (format.data.format === "text") {
      reply.header("content-disposition", `attachment; filename="mes-donnees-${day}.txt"`);
      return reply.type("text/plain; charset=utf-8").send(exported.text);
    }
    reply.header("content-disposition", `attachment; filename="mes-donnees-${day}.json"`);
    return reply.type("application/json; charset=utf-8").send(JSON.stringify(exported.data, null, 2));
  });

  app.get("/api/v1/messages", async (request) => {
    const after = readAfter(request);
    const { conversation } = await currentConversation(request);
    const messages = new TranscriptViewer().viewAll(await core.readTranscript(conversation.id));
    return { messages: messages.filter((m) => m.seq > after), lastSeq: messages.at(-1)?.seq ?? 0 };
  });

  app.post("/api/v1/messages", stateChanging, async (request, reply) => {
    const conversation = await conversationForMessage(request);
    const key = readIdempotencyKey(request.headers["idempotency-key"]);
    const message = parseMessageRequest(request.body);
    const cacheKey = `${conversation.externalId}:${key}`;
    const fingerprint = createHash("sha256").update(JSON.stringify(message)).digest("base64url");

    const cached = results.get(cacheKey);
    if (cached) {
      if (cached.fingerprint !== fingerprint) {
        throw new HttpError(422, "idempotency_key_reused", "This Idempotency-Key was already used for a different message.");
      }
      return reply.send(await cached.result);
    }

    // Stored before the first await so that a concurrent retry joins this very turn.
    const result = (async (): Promise<MessageResult> => {
      if (message.payload !== undefined && !(await core.acceptsPayload(conversation.id, message.payload))) {
        throw new HttpError(422, "unknown_payload", "This choice was not offered in this conversation.");
      }
      // Per browser, and per address on top: thirty sessions opened from one address share its budget.
      const fromAddress = options.addressLimiter.take(request.ip);
      if (!fromAddress.ok) throw tooManyRequests(fromAddress.retryAfterSeconds);
      const allowed = options.messageLimiter.take(conversation.externalId);
      if (!allowed.ok) throw tooManyRequests(allowed.retryAfterSeconds);
      const handled = await core.handleInbound({
        channel: "web",
        conversationKey: conversation.externalId,
        senderKey: conversation.externalId,
        text: message.text,
        ...(message.payload !== undefined ? { payload: message.payload } : {}),
        // Scoped by session: the store's inbound ids are unique per channel, keys are per browser.
        platformMessageId: `${conversation.externalId}:${key}`,
        receivedAt: clock.now(),
        ...(message.locale ? { localeHint: message.locale } : {}),
      });
      if (handled.degraded) return { replies: handled.replies, messages: [], conversationSeq: 0, degraded: true };
      // A duplicate did nothing this time: read where the transcript stands (the page catches up to it).
      if (handled.duplicate) return { replies: handled.replies, messages: [], conversationSeq: await lastSeq(conversation.id), duplicate: true };
      const { messages, conversationSeq } = await turnMessages(handled.conversationId, handled.firstSeq, handled.lastSeq);
      const answer: MessageResult = { replies: handled.replies, messages, conversationSeq };
      return handled.language ? { ...answer, locale: handled.language } : answer;
    })();
    results.set(cacheKey, fingerprint, result);
    try {
      return reply.send(await result);
    } catch (error) {
      results.delete(cacheKey);
      throw error;
    }
  });

  app.get("/api/v1/events", async (request, reply) => {
    origins.assertRead(request);
    const after = readAfter(request);
    const { conversation } = await currentConversation(request);
    // EventSource resends the last id it saw when it reconnects; it wins over the URL's `after`.
    const lastEventId = Number(request.headers["last-event-id"]);
    const resumeFrom = Number.isSafeInteger(lastEventId) && lastEventId >= 0 ? lastEventId : after;
    openTranscriptStream(core, { reply, headers: options.headersFor(request.url), streams: options.streams }, conversation.id, resumeFrom);
  });
}

function tooManyRequests(retryAfterSeconds: number): HttpError {
  return new HttpError(429, "rate_limited", "Too many messages; wait a little before sending again.", {
    "retry-after": String(retryAfterSeconds),
  }, { retryAfterSeconds });
}
