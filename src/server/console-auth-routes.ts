/**
 * Console sign-in: the first-start setup (one-time token → first supervisor account), sign-in with a
 * password, sign-out, and who am I. Every state-changing route checks the Origin.
 *
 * Sign-in is slowed, never locked: an in-memory burst limit per address (a flood costs scrypt's memory),
 * and the store-backed progressive delay per username and address, and per address
 * (agents/login-throttle.ts) — answered 429 with Retry-After before the password is checked.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { AddAgentError, prepareAgent, type PreparedAgent } from "../agents/add-agent.js";
import { AGENT_SESSION_COOKIE, createAgentSession, endAgentSession, hashToken } from "../agents/agent-session.js";
import { loginWaitSeconds, usernameKey } from "../agents/login-throttle.js";
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from "../agents/password.js";
import { clearCookie, serializeCookie } from "./cookies.js";
import { publicAgent, readConsoleToken, requireAgent, type ConsoleAccess } from "./console-auth.js";
import { HttpError } from "./http-error.js";
import type { OriginPolicy } from "./origin-check.js";
import type { TokenBucketLimiter } from "./token-bucket.js";
import type { Strings } from "../i18n/read-namespace.js";
import { LANGUAGES, textDirection } from "../i18n/languages.js";

export interface ConsoleAuthOptions extends ConsoleAccess {
  origins: OriginPolicy;
  secureCookies: boolean;
  loginLimiter: TokenBucketLimiter;
  consoleStrings: Map<string, Strings>;
}

const loginSchema = z.object({ username: z.string().min(1).max(80), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) }).strict();
const setupSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    username: z.string().min(1).max(80),
    displayName: z.string().min(1).max(80),
    password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  })
  .strict();

const COOKIE_PATH = "/console";

export async function registerConsoleAuthRoutes(app: FastifyInstance, options: ConsoleAuthOptions): Promise<void> {
  const { store, clock, origins, sessionPolicy } = options;
  const stateChanging = { preHandler: async (request: FastifyRequest) => origins.assertStateChange(request) };
  const sessionCookie = (token: string) =>
    serializeCookie(AGENT_SESSION_COOKIE, token, { maxAgeSeconds: sessionPolicy.maxHours * 3600, path: COOKIE_PATH, secure: options.secureCookies });

  function tooMany(retryAfterSeconds: number): HttpError {
    const seconds = String(Math.max(1, retryAfterSeconds));
    return new HttpError(429, "rate_limited", "Too many attempts; wait a little.", { "retry-after": seconds }, { retryAfterSeconds: Number(seconds) });
  }

  function limit(key: string): void {
    const taken = options.loginLimiter.take(key);
    if (!taken.ok) throw tooMany(taken.retryAfterSeconds);
  }

  // The languages the console speaks, with their direction: the pages read this list rather than keep one.
  app.get("/console/api/locales", async () => ({
    languages: LANGUAGES.filter((l) => options.consoleStrings.has(l.code)),
  }));

  app.get("/console/api/locales/:lng", async (request) => {
    const { lng } = request.params as { lng: string };
    const strings = options.consoleStrings.get(lng);
    if (!strings) throw new HttpError(404, "unknown_language", `No console strings for "${lng}".`);
    return { lng, dir: textDirection(lng), strings };
  });

  app.get("/console/api/setup", async () => ({ needed: (await store.countAgents()) === 0 }));

  app.post("/console/api/setup", stateChanging, async (request, reply) => {
    limit(`setup:${request.ip}`);
    const parsed = setupSchema.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, "invalid_body", "Expected token, username, displayName and password.");
    const input = parsed.data;
    if ((await store.countAgents()) > 0) throw new HttpError(409, "setup_done", "An agent account already exists: sign in instead.");
    // Validate and hash before consuming the one-time token: a too-short password must not burn it.
    let prepared: PreparedAgent;
    try {
      prepared = await prepareAgent(store, { username: input.username, displayName: input.displayName, password: input.password, role: "supervisor" });
    } catch (error) {
      if (error instanceof AddAgentError) throw new HttpError(422, error.code, error.message);
      throw error;
    }
    const agent = await store.transaction(async (tx) => {
      if (!(await tx.consumeSetupToken(hashToken(input.token), clock.now()))) {
        throw new HttpError(403, "invalid_setup_token", "This setup link is invalid, used or expired.");
      }
      return tx.createAgent(prepared, clock.now());
    });
    const session = await createAgentSession(store, clock, agent.id, sessionPolicy);
    reply.header("set-cookie", sessionCookie(session.token));
    return reply.code(201).send({ agent: publicAgent(agent) });
  });

  app.post("/console/api/login", stateChanging, async (request, reply) => {
    limit(`login:${request.ip}`);
    const parsed = loginSchema.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, "invalid_body", "Expected username and password.");
    const username = parsed.data.username.trim().toLowerCase();
    const address = request.ip;
    // Never keyed on the username alone: the owner signing in from another address is not delayed.
    const wait = await loginWaitSeconds(store, clock, username, address);
    if (wait > 0) throw tooMany(wait);
    const agent = await store.findAgentByUsername(username);
    // Same work whether or not the username exists, so usernames cannot be probed by timing.
    const ok = await verifyPassword(parsed.data.password, agent?.passwordHash ?? (await dummyPasswordHash()));
    if (!agent || !ok || agent.disabledAt) {
      await store.recordLoginFailure(usernameKey(username), address, clock.now());
      throw new HttpError(401, "invalid_credentials", "Wrong username or password.");
    }
    await store.clearLoginFailures(usernameKey(username), address);
    const session = await createAgentSession(store, clock, agent.id, sessionPolicy);
    reply.header("set-cookie", sessionCookie(session.token));
    return { agent: publicAgent(agent) };
  });

  app.post("/console/api/logout", stateChanging, async (request, reply) => {
    const token = readConsoleToken(request);
    if (token) await endAgentSession(store, token);
    reply.header("set-cookie", clearCookie(AGENT_SESSION_COOKIE, { path: COOKIE_PATH, secure: options.secureCookies }));
    return reply.code(204).send();
  });

  app.get("/console/api/me", async (request) => ({ agent: publicAgent(await requireAgent(options, request)) }));
}
