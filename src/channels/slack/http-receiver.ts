/**
 * POST /slack/events on the bot's own Fastify server: Slack's events and interactions, as a Bolt
 * Receiver. Bolt's HTTPReceiver wants its own node:http server; this one lives in the existing one.
 *
 * Before anything is parsed or done:
 * - the signature is checked on the raw bytes (v0 HMAC-SHA256 of "v0:{timestamp}:{body}", constant-time,
 *   timestamp at most 5 minutes old — Bolt's verifySlackRequest — nor 5 minutes ahead), 401 otherwise;
 * - a request whose exact signature was already seen is a replay: nothing is done (401; 200 when it
 *   claims to be Slack's retry, which would otherwise keep coming). Signatures are recorded with the
 *   inbox's handled ids (in the database), so a replay is refused across restarts and instances too.
 * Then the body (JSON for events, form-encoded `payload=` for interactions) goes to app.processEvent.
 * Slack wants an answer within 3 s: the response is sent as soon as the listener calls ack() (events
 * are acked by Bolt itself before any listener runs), or after 2.5 s at the latest; handling goes on in
 * the background and idle() waits for it.
 *
 * Events (`event_callback`: an agent's reply in a case thread…) are written to the inbox, keyed
 * by event_id, before they are acknowledged: a crash after the 200 loses nothing (recover() takes them up
 * at the next start, or after their lease on another instance), and Slack's retry of an event already
 * admitted has no second effect. If handling fails, the row is dropped so that Slack's retry is handled.
 */
import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import { verifySlackRequest } from "@slack/bolt";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Clock } from "../../core/clock.js";
import type { SlackInbox } from "./slack-persistence.js";

export const SLACK_EVENTS_PATH = "/slack/events";
/** The inbox's channel name for Slack events, and how long an admitted one belongs to its instance. */
const INBOX_CHANNEL = "slack";
export const INBOX_LEASE_MS = 30_000;
const ACK_DEADLINE_MS = 2_500;
const MAX_SKEW_MS = 5 * 60_000;
const BODY_LIMIT = 1024 * 1024;

export interface HttpReceiverOptions {
  signingSecret: string;
  inbox: SlackInbox;
  clock: Clock;
  logger: Logger;
}

type AckResponse = { status: number; body?: unknown };

export class FastifySlackReceiver implements Receiver {
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: HttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }
  // The Fastify server is started and stopped by the application, not by Bolt.
  start(): Promise<void> {
    return Promise.resolve();
  }
  async stop(): Promise<void> {
    await this.idle();
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /**
   * Handles the events admitted by an instance that stopped before handling them: at once at the start
   * of a SQLite file's one server (`atStart`), after their lease otherwise. Returns how many.
   */
  async recover(options: { atStart?: boolean } = {}): Promise<number> {
    const { inbox, clock, logger } = this.options;
    if (!this.app) return 0;
    const orphans = Boolean(options.atStart && inbox.exclusive);
    const items = await inbox.claimStaleInbox(INBOX_CHANNEL, clock.now(), 50, INBOX_LEASE_MS, { orphans });
    for (const item of items) {
      const work = this.app
        .processEvent({ body: item.payload as Record<string, unknown>, ack: async () => undefined })
        .then(() => inbox.finishInbound(INBOX_CHANNEL, item.dedupeKey, { done: true, now: clock.now() }))
        .catch(async (error: unknown) => {
          logger.error({ err: error }, "a Slack event taken up after a restart could not be handled");
          await inbox.finishInbound(INBOX_CHANNEL, item.dedupeKey, { done: false, error: String((error as Error).message ?? error) }).catch(() => undefined);
        });
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
      await work;
    }
    return items.length;
  }

  plugin(): (fastify: FastifyInstance) => Promise<void> {
    return async (fastify) => {
      // Own encapsulated scope: raw-body parsers for this route only, whatever the caller does.
      await fastify.register(async (scope) => {
        scope.removeAllContentTypeParsers();
        scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: BODY_LIMIT }, (_request, body, done) => done(null, body));
        scope.post(SLACK_EVENTS_PATH, async (request, reply) => {
          const raw = typeof request.body === "string" ? request.body : "";
          const result = await this.handle(raw, request.headers);
          void reply.code(result.status);
          if (result.body === undefined) return reply.send();
          return typeof result.body === "string" ? reply.type("text/plain; charset=utf-8").send(result.body) : reply.send(result.body);
        });
      });
    };
  }

  async handle(raw: string, headers: Record<string, string | string[] | undefined>): Promise<AckResponse> {
    const { logger, inbox, clock } = this.options;
    const signature = header(headers, "x-slack-signature");
    const timestamp = Number(header(headers, "x-slack-request-timestamp"));
    const retryNum = header(headers, "x-slack-retry-num");
    try {
      // Bolt refuses timestamps more than 5 minutes old; one from the future is refused here too.
      if (!Number.isFinite(timestamp) || timestamp * 1000 - clock.now().getTime() > MAX_SKEW_MS) throw new Error("timestamp in the future");
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: raw,
        headers: { "x-slack-signature": signature ?? "", "x-slack-request-timestamp": timestamp },
        nowMilliseconds: clock.now().getTime(),
      });
    } catch (error) {
      logger.warn({ reason: (error as Error).message }, "Slack request refused: bad or stale signature");
      return { status: 401, body: { error: { code: "unauthorized", message: "Invalid or stale Slack signature." } } };
    }
    const signatureKey = `signature:${signature}`;
    if (!(await inbox.recordInbound("slack", signatureKey, clock.now()))) {
      logger.warn({ retryNum }, "Slack request refused: replayed signature");
      return retryNum !== undefined ? { status: 200 } : { status: 401, body: { error: { code: "replayed", message: "This request was already received." } } };
    }

    const body = parseBody(raw, header(headers, "content-type") ?? "");
    if (!body) return { status: 400, body: { error: { code: "bad-request", message: "Unreadable Slack payload." } } };
    if (body.ssl_check) return { status: 200 };
    if (body.type === "url_verification" && typeof body.challenge === "string") return { status: 200, body: { challenge: body.challenge } };
    if (!this.app) return { status: 503 };

    // Events are written down before anything acknowledges them (see the file comment).
    const eventId = body.type === "event_callback" && typeof body.event_id === "string" ? body.event_id : undefined;
    if (eventId) {
      const now = clock.now();
      const admitted = await inbox
        .admitInbound({
          channel: INBOX_CHANNEL,
          dedupeKey: eventId,
          conversationKey: slackChannelOf(body),
          payload: body,
          receivedAt: now,
          leaseUntil: new Date(now.getTime() + INBOX_LEASE_MS),
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, "a Slack event could not be written to the inbox; Slack will retry");
          return null;
        });
      if (admitted === null) {
        await inbox.forgetInbound("slack", signatureKey).catch(() => undefined);
        return { status: 503 };
      }
      if (!admitted) return { status: 200 };
    }

    let settle: (response: AckResponse) => void = () => undefined;
    const acked = new Promise<AckResponse>((resolve) => (settle = resolve));
    let done = false;
    const event: ReceiverEvent = {
      body,
      ...(retryNum !== undefined ? { retryNum: Number(retryNum) } : {}),
      ...(header(headers, "x-slack-retry-reason") ? { retryReason: header(headers, "x-slack-retry-reason")! } : {}),
      ack: async (response?: unknown) => {
        if (done) return;
        done = true;
        settle(response === undefined || response === "" ? { status: 200 } : { status: 200, body: response });
      },
    };
    const work = this.app
      .processEvent(event)
      .then(async () => {
        if (eventId) await inbox.finishInbound(INBOX_CHANNEL, eventId, { done: true, now: clock.now() }).catch(() => undefined);
      })
      .catch(async (error: unknown) => {
        logger.error({ err: error }, "Slack event handling failed");
        // Let Slack's retry (if any) be handled: forget this signature and this event.
        await inbox.forgetInbound("slack", signatureKey).catch(() => undefined);
        if (eventId) await inbox.dropInbound(INBOX_CHANNEL, eventId).catch(() => undefined);
        if (!done) {
          done = true;
          settle({ status: 500 });
        }
      });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    const deadline = new Promise<AckResponse>((resolve) => {
      const timer = setTimeout(() => resolve({ status: 200 }), ACK_DEADLINE_MS);
      timer.unref();
      void acked.finally(() => clearTimeout(timer));
    });
    return Promise.race([acked, deadline]);
  }
}

/** The Slack channel an event is about, to keep one channel's events in order; "slack" when none. */
function slackChannelOf(body: Record<string, unknown>): string {
  const event = body.event;
  const channel = event && typeof event === "object" ? (event as { channel?: unknown }).channel : undefined;
  return typeof channel === "string" ? channel : "slack";
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Events come as JSON; interactions as form fields with a JSON `payload`; slash commands as form fields. */
function parseBody(raw: string, contentType: string): Record<string, unknown> | undefined {
  try {
    if (contentType.includes("application/x-www-form-urlencoded")) {
      const form = new URLSearchParams(raw);
      const payload = form.get("payload");
      if (payload !== null) {
        const parsed: unknown = JSON.parse(payload);
        return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
      }
      return Object.fromEntries(form);
    }
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
