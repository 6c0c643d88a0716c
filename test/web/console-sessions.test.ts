/**
 * Console sign-in and sessions against the real server: the progressive delay per username and address
 * and per address slows guessing without locking the owner out (50 wrong passwords from one address,
 * and the owner signs in at once from another); sessions end after 30 idle minutes and 12 hours in
 * all; the hourly clean-up deletes expired sessions, setup tokens and old failures.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { addAgent } from "../../src/agents/add-agent.js";
import { progressiveDelaySeconds } from "../../src/agents/login-throttle.js";
import { scheduleSignInCleanup, signInCleanupHandlers, SIGN_IN_CLEANUP_JOB } from "../../src/app/sign-in-cleanup.js";
import { startJobSweeper } from "../../src/jobs/job-sweeper.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { startWebServer, type WebHarness } from "./web-harness.js";

let web: WebHarness;
beforeEach(async () => {
  // A burst limit far above what the tests send: what is tested here is the store-backed delay.
  web = await startWebServer({ announceSetupLink: false, limits: { loginsPerMinute: 1000 } });
  await addAgent(web.runtime.store, web.runtime.clock, { username: "nadia", displayName: "Nadia", password: PASSWORD, role: "agent" });
});
afterEach(async () => {
  await web?.close();
});

const PASSWORD = "un mot de passe solide";
const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.7";
const MINUTE = 60_000;

/** A sign-in from a given client address (the socket's address: what Fastify's request.ip is). */
async function login(username: string, password: string, address: string) {
  const response = await web.app.inject({
    method: "POST",
    url: "/console/api/login",
    headers: { origin: web.origin, host: new URL(web.origin).host, "content-type": "application/json" },
    payload: JSON.stringify({ username, password }),
    remoteAddress: address,
  });
  const cookie = String(response.headers["set-cookie"] ?? "").split(";")[0] || undefined;
  return { status: response.statusCode, retryAfter: Number(response.headers["retry-after"] ?? 0), code: response.json()?.error?.code as string | undefined, cookie };
}

async function me(cookie: string) {
  return (await web.app.inject({ method: "GET", url: "/console/api/me", headers: { cookie } })).statusCode;
}

describe("the progressive delay", () => {
  it("doubles from 2 s after the free failures, up to 15 minutes", () => {
    expect([0, 1, 2, 3, 4, 5, 12, 40].map((n) => progressiveDelaySeconds(n, 3))).toEqual([0, 0, 0, 2, 4, 8, 900, 900]);
  });

  it("slows a username from one address after 3 failures, refuses before checking, and lets the right password in once waited", async () => {
    for (let i = 0; i < 3; i += 1) expect((await login("nadia", "mauvais mot de passe", ATTACKER)).status).toBe(401);
    const slowed = await login("nadia", PASSWORD, ATTACKER);
    expect(slowed).toMatchObject({ status: 429, code: "rate_limited", retryAfter: 2 });
    // Refused attempts are not failures: the delay does not grow while one waits.
    expect(web.counts().login_failures).toBe(3);
    // What was typed as a username is not kept as such (it may be a password typed in the wrong field).
    const rows = await (web.runtime.store as KyselyStore).db.selectFrom("login_failures").select(["username", "address"]).execute();
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.username) && row.address === ATTACKER)).toBe(true);
    web.runtime.clock.advance(2_000);
    expect((await login("nadia", "mauvais mot de passe", ATTACKER)).status).toBe(401);
    expect((await login("nadia", PASSWORD, ATTACKER)).retryAfter).toBe(4);
    web.runtime.clock.advance(4_000);
    const signedIn = await login("nadia", PASSWORD, ATTACKER);
    expect(signedIn.status).toBe(200);
    // A success forgets that username's failures from that address.
    expect(web.counts().login_failures).toBe(0);
  });

  it("slows an address trying many usernames after 10 failures", async () => {
    for (let i = 0; i < 10; i += 1) expect((await login(`user${i}`, "mauvais mot de passe", ATTACKER)).status).toBe(401);
    expect(await login("someone-else", "mauvais mot de passe", ATTACKER)).toMatchObject({ status: 429, retryAfter: 2 });
    expect((await login("nadia", PASSWORD, OWNER)).status).toBe(200);
  });

  it("50 wrong passwords from one address: the owner still signs in from another address at once", async () => {
    let failures = 0;
    while (failures < 50) {
      const attempt = await login("nadia", `essai numéro ${failures}`, ATTACKER);
      if (attempt.status === 429) {
        expect(attempt.retryAfter).toBeGreaterThan(0);
        expect(attempt.retryAfter).toBeLessThanOrEqual(15 * 60);
        web.runtime.clock.advance(attempt.retryAfter * 1000);
        continue;
      }
      expect(attempt.status).toBe(401);
      failures += 1;
    }
    // The attacker's address waits (the delay is capped at 15 minutes)…
    expect(await login("nadia", PASSWORD, ATTACKER)).toMatchObject({ status: 429, retryAfter: 900 });
    // …the owner, elsewhere, does not wait at all.
    const owner = await login("nadia", PASSWORD, OWNER);
    expect(owner.status).toBe(200);
    expect(await me(owner.cookie!)).toBe(200);
  }, 120_000); // 50 real scrypt checks
});

describe("sessions", () => {
  it("end after 30 idle minutes; any request before keeps them alive (last seen written at most once a minute)", async () => {
    const { cookie } = await login("nadia", PASSWORD, OWNER);
    const lastSeen = async () => Number((await web.runtime.store.findSession(await hashOf(cookie!), web.runtime.clock.now()))?.lastSeenAt.getTime());
    const signedInAt = await lastSeen();
    web.runtime.clock.advance(30_000);
    expect(await me(cookie!)).toBe(200);
    expect(await lastSeen()).toBe(signedInAt); // less than a minute: not written
    web.runtime.clock.advance(29 * MINUTE);
    expect(await me(cookie!)).toBe(200);
    expect(await lastSeen()).toBe(web.runtime.clock.now().getTime());
    web.runtime.clock.advance(29 * MINUTE);
    expect(await me(cookie!)).toBe(200);
    web.runtime.clock.advance(30 * MINUTE);
    expect(await me(cookie!)).toBe(401);
    expect(web.counts().sessions).toBe(0);
  });

  it("end 12 hours after sign-in however active", async () => {
    const { cookie } = await login("nadia", PASSWORD, OWNER);
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      web.runtime.clock.advance(20 * MINUTE);
      expect(await me(cookie!)).toBe(200);
    }
    web.runtime.clock.advance(20 * MINUTE);
    expect(await me(cookie!)).toBe(401);
  });

  it("follow CONSOLE_SESSION_IDLE_MINUTES and CONSOLE_SESSION_MAX_HOURS", async () => {
    await web.close();
    web = await startWebServer({ announceSetupLink: false, sessionPolicy: { idleMinutes: 5, maxHours: 1 } });
    await addAgent(web.runtime.store, web.runtime.clock, { username: "nadia", displayName: "Nadia", password: PASSWORD, role: "agent" });
    const response = await web.app.inject({
      method: "POST",
      url: "/console/api/login",
      headers: { origin: web.origin, host: new URL(web.origin).host, "content-type": "application/json" },
      payload: JSON.stringify({ username: "nadia", password: PASSWORD }),
    });
    expect(String(response.headers["set-cookie"])).toContain("Max-Age=3600;");
    const cookie = String(response.headers["set-cookie"]).split(";")[0]!;
    web.runtime.clock.advance(4 * MINUTE);
    expect(await me(cookie)).toBe(200);
    web.runtime.clock.advance(5 * MINUTE);
    expect(await me(cookie)).toBe(401);
  });
});

describe("the hourly sign-in clean-up", () => {
  it("deletes expired and idle sessions, expired setup tokens and failures older than a day, then plans the next hour", async () => {
    const { store, clock } = web.runtime;
    const active = await login("nadia", PASSWORD, OWNER);
    const agent = (await store.findAgentByUsername("nadia"))!;
    await store.createSession("idle-session", agent.id, new Date(clock.now().getTime() + 12 * 60 * MINUTE), new Date(clock.now().getTime() - 31 * MINUTE));
    await store.createSession("old-session", agent.id, new Date(clock.now().getTime() - MINUTE), new Date(clock.now().getTime() - 13 * 60 * MINUTE));
    await store.createSetupToken("expired-token", new Date(clock.now().getTime() - MINUTE));
    await store.createSetupToken("valid-token", new Date(clock.now().getTime() + 60 * MINUTE));
    await store.recordLoginFailure("nadia", ATTACKER, new Date(clock.now().getTime() - 25 * 60 * MINUTE));
    await store.recordLoginFailure("nadia", ATTACKER, clock.now());

    await scheduleSignInCleanup(store, clock);
    await scheduleSignInCleanup(store, clock); // twice: still one job per hour
    const sweeper = startJobSweeper({
      store,
      clock,
      cron: "",
      handlers: signInCleanupHandlers({ store, clock, logger: pino({ level: "silent" }), config: { CONSOLE_SESSION_IDLE_MINUTES: 30 } }),
    });
    expect(await sweeper.sweepOnce()).toBe(1);
    await sweeper.stop();

    expect(web.counts()).toMatchObject({ sessions: 1, setup_tokens: 1, login_failures: 1 });
    expect(await me(active.cookie!)).toBe(200);
    const jobs = await store.claimDueJobs(new Date(clock.now().getTime() + 2 * 60 * MINUTE), 10, MINUTE);
    expect(jobs.map((j) => j.kind)).toEqual([SIGN_IN_CLEANUP_JOB]);
  });
});

async function hashOf(cookie: string): Promise<string> {
  const { hashToken } = await import("../../src/agents/agent-session.js");
  return hashToken(decodeURIComponent(cookie.split("=")[1]!));
}
