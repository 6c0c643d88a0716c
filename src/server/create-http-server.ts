/**
 * The HTTP server of the web channel: the resident widget and its API, the agent console, and — added
 * by others through `plugins` — the Telegram webhook and the Slack events route.
 *
 * What holds for every route: a 16 KB body limit, JSON errors `{ error: { code, message } }`, security
 * headers on every response, 404 JSON for unknown routes. The Origin checks are applied by the widget's
 * and the console's own routes only, because webhooks from Telegram and Slack carry no Origin (they
 * authenticate with their own secrets).
 */
import { loadPrivacyWords, registerPrivacyNotice, type PrivacyFacts } from "./privacy-notice-route.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { AccueilCore } from "../core/accueil-core.js";
import type { Clock } from "../core/clock.js";
import type { ConsoleStore } from "./console-store.js";
import { announceSetupLinkIfNoAgent } from "../agents/setup-link.js";
import { registerResidentRoutes, type WidgetInfo } from "../channels/web/resident-routes.js";
import { WIDGET_LANGUAGES } from "../channels/web/languages.js";
import { registerConsoleAuthRoutes } from "./console-auth-routes.js";
import { registerConsoleCaseRoutes } from "./console-case-routes.js";
import { registerConsoleDeliveryRoutes } from "./console-delivery-routes.js";
import { registerConsoleSupervisorRoutes } from "./console-supervisor-routes.js";
import { registerConsoleIndicatorRoutes } from "./console-indicator-routes.js";
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from "../agents/agent-session.js";
import { errorBody, errorHandler } from "./http-error.js";
import { readNamespace, stringsSchema } from "../i18n/read-namespace.js";
import type { EarlyListener } from "./early-listener.js";
import { registerOperabilityRoutes, type OperabilityDeps } from "./operability-routes.js";
import { OriginPolicy } from "./origin-check.js";
import { LOCALES_DIR, PUBLIC_DIR } from "./paths.js";
import { securityHeaders } from "./security-headers.js";
import { SseRegistry } from "./sse-stream.js";
import { registerStaticFiles } from "./static-files.js";
import { TokenBucketLimiter } from "./token-bucket.js";

/** The console tells supervisors when a message has waited longer than this to be sent (the engine's alert). */
const DELIVERY_LATE_SECONDS = 60;

export const BODY_LIMIT_BYTES = 16 * 1024;

export interface HttpLimits {
  /** Resident messages per web session per minute (token bucket: this many at once, refilled per minute). */
  messagesPerMinute: number;
  /** Resident messages per client IP per minute, all its sessions together. */
  messagesPerMinutePerIp: number;
  /** New web sessions per client IP per minute. */
  sessionsPerMinutePerIp: number;
  /** Console sign-in attempts per IP per minute (a burst limit; failures also bring a progressive delay). */
  loginsPerMinute: number;
}

export const DEFAULT_LIMITS: HttpLimits = { messagesPerMinute: 20, messagesPerMinutePerIp: 60, sessionsPerMinutePerIp: 30, loginsPerMinute: 10 };

export interface HttpServerDeps {
  core: AccueilCore;
  /** What the console keeps of its own (accounts, sessions, audit, indicators, delivery state); the app
   * hands over the store's. Cases and conversations come through the core. */
  store: ConsoleStore;
  clock: Clock;
  logger: Logger;
  /** e.g. "https://accueil.ccas-exemple.fr"; used for the setup link, the Origin check and cookies' Secure flag. */
  publicBaseUrl: string;
  /** Other origins allowed to call the API and to frame the widget (the CCAS website). */
  allowedOrigins: string[];
  /** Extra routes (Telegram webhook, Slack events), each registered in its own encapsulated context. */
  plugins?: Array<(app: FastifyInstance) => Promise<void>>;
  /** What the widget's notice says (retention, desk). */
  widget?: Partial<WidgetInfo>;
  /** The desk's opening status and weekly hours in a language, for the widget's header. */
  deskOpening?: (lang: string) => { status: string; hours: string[] } | undefined;
  /** The facts the privacy notice at /confidentialite is generated from; no page without them. */
  privacy?: PrivacyFacts;
  limits?: Partial<HttpLimits>;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client IP used by rate limits. */
  trustProxy?: boolean;
  /** Log a one-time console setup link at start when no agent exists (default true). */
  announceSetupLink?: boolean;
  /** /healthz, /readyz and /metrics (absent: not served). */
  operability?: Omit<OperabilityDeps, "store" | "clock">;
  /** A server already listening (early-listener.ts), taken over instead of listening anew. */
  early?: EarlyListener;
  /** Console sessions' idle timeout and absolute lifetime (default 30 min, 12 h). */
  sessionPolicy?: SessionPolicy;
}

export async function createHttpServer(deps: HttpServerDeps): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const https = deps.publicBaseUrl.startsWith("https://");
  const headerOptions = { frameOrigins: deps.allowedOrigins, https };
  const headersFor = (path: string) => securityHeaders(path, headerOptions);
  const origins = new OriginPolicy(deps.publicBaseUrl, deps.allowedOrigins);
  const streams = new SseRegistry();

  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Request lines carry no personal data here, but one log line per request is noise; errors are logged.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: deps.trustProxy ?? false,
    return503OnClosing: true,
    // Open SSE streams would otherwise keep close() waiting forever.
    forceCloseConnections: true,
    ...(deps.early
      ? {
          serverFactory: (handler: (request: IncomingMessage, response: ServerResponse) => void) => {
            deps.early!.handOver(handler);
            return deps.early!.server;
          },
        }
      : {}),
  }) as unknown as FastifyInstance;

  app.addHook("onSend", async (request, reply, payload) => {
    const path = request.url.split("?")[0] ?? "/";
    for (const [name, value] of Object.entries(headersFor(path))) reply.header(name, value);
    if (path.startsWith("/api/") || path.startsWith("/console/api/")) reply.header("cache-control", "no-store");
    return payload;
  });
  // JSON only: a text/plain body would otherwise reach the routes as a string (→ 415 instead).
  app.removeContentTypeParser("text/plain");
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).type("application/json; charset=utf-8").send(errorBody("not_found", `No route for ${request.method} ${request.url.split("?")[0]}.`)),
  );
  app.addHook("preClose", async () => streams.closeAll());

  registerStaticFiles(app, PUBLIC_DIR);
  await registerResidentRoutes(app, {
    core: deps.core,
    clock: deps.clock,
    origins,
    secureCookies: https,
    streams,
    messageLimiter: new TokenBucketLimiter(limits.messagesPerMinute, 60_000, deps.clock),
    addressLimiter: new TokenBucketLimiter(limits.messagesPerMinutePerIp, 60_000, deps.clock),
    sessionLimiter: new TokenBucketLimiter(limits.sessionsPerMinutePerIp, 60_000, deps.clock),
    widgetStrings: readNamespace("widget", stringsSchema, { dir: LOCALES_DIR, languages: WIDGET_LANGUAGES }),
    info: { retentionDays: 30, ...deps.widget },
    ...(deps.deskOpening ? { deskOpening: deps.deskOpening } : {}),
    headersFor,
  });
  const access = { store: deps.store, clock: deps.clock, sessionPolicy: deps.sessionPolicy ?? DEFAULT_SESSION_POLICY };
  await registerConsoleAuthRoutes(app, {
    ...access,
    origins,
    secureCookies: https,
    loginLimiter: new TokenBucketLimiter(limits.loginsPerMinute, 60_000, deps.clock),
    consoleStrings: readNamespace("console", stringsSchema, { dir: LOCALES_DIR, languages: WIDGET_LANGUAGES }),
  });
  await registerConsoleCaseRoutes(app, { ...access, core: deps.core, origins, streams, headersFor });
  if (deps.privacy) registerPrivacyNotice(app, deps.privacy, loadPrivacyWords(LOCALES_DIR));
  registerConsoleDeliveryRoutes(app, { ...access, lateAfterSeconds: DELIVERY_LATE_SECONDS });
  registerConsoleSupervisorRoutes(app, { ...access, core: deps.core, origins });
  registerConsoleIndicatorRoutes(app, { ...access, core: deps.core });

  if (deps.operability) registerOperabilityRoutes(app, { store: deps.store, clock: deps.clock, ...deps.operability });

  for (const plugin of deps.plugins ?? []) {
    await app.register(async (scope) => plugin(scope));
  }

  // With PORT=0 the origin of the server's own pages is only known once it listens.
  const allowOwnAddress = async (): Promise<void> => origins.allowOwnAddress(listeningBaseUrl(deps.publicBaseUrl, app));
  if (deps.early) app.addHook("onReady", allowOwnAddress);
  else app.addHook("onListen", allowOwnAddress);

  if (deps.announceSetupLink ?? true) {
    const announce = async (): Promise<void> => {
      await announceSetupLinkIfNoAgent(deps.store, deps.clock, deps.logger, listeningBaseUrl(deps.publicBaseUrl, app));
    };
    // onListen, not onReady: with PORT=0 (tests) the real port is only known once listening. A server
    // taken over was listening already: once ready.
    if (deps.early) app.addHook("onReady", announce);
    else app.addHook("onListen", announce);
  }
  return app;
}

/** The public base URL, with the actual port when it was configured as 0. */
function listeningBaseUrl(publicBaseUrl: string, app: FastifyInstance): string {
  const url = new URL(publicBaseUrl);
  const address = app.server.address();
  if (url.port === "0" && address && typeof address === "object") url.port = String(address.port);
  return url.href.replace(/\/+$/, "");
}
