/** The small pieces of the HTTP server that need no running server: limits, origins, validation. */
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { TokenBucketLimiter } from "../../src/server/token-bucket.js";
import { OriginPolicy } from "../../src/server/origin-check.js";
import { parseMessageRequest } from "../../src/channels/web/message-request.js";
import { HttpError } from "../../src/server/http-error.js";
import { securityHeaders } from "../../src/server/security-headers.js";
import { parseCookies, serializeCookie } from "../../src/server/cookies.js";

describe("token bucket", () => {
  it("allows the capacity at once, then one more per refill interval, per key", () => {
    const clock = new ManualClock(new Date("2026-11-17T09:00:00Z"));
    const limiter = new TokenBucketLimiter(20, 60_000, clock);
    for (let i = 0; i < 20; i += 1) expect(limiter.take("a").ok).toBe(true);
    const refused = limiter.take("a");
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 3 });
    expect(limiter.take("b").ok).toBe(true);
    clock.advance(3_000);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("keeps a bounded number of keys", () => {
    const clock = new ManualClock(new Date("2026-11-17T09:00:00Z"));
    const limiter = new TokenBucketLimiter(2, 60_000, clock, 10);
    for (let i = 0; i < 100; i += 1) limiter.take(`k${i}`);
    limiter.take("k99");
    // k99 used its 2 tokens and is still known: refused.
    expect(limiter.take("k99").ok).toBe(false);
  });
});

describe("origin policy", () => {
  const policy = new OriginPolicy("https://accueil.ccas.example", ["https://www.ccas.example/"]);
  it("accepts the public origin and the allowed ones", () => {
    expect(policy.isAllowed("https://accueil.ccas.example")).toBe(true);
    expect(policy.isAllowed("https://www.ccas.example")).toBe(true);
  });
  it("refuses others, null, non-web schemes, and an origin that merely equals the Host header", () => {
    expect(policy.isAllowed("https://evil.example")).toBe(false);
    expect(policy.isAllowed("null")).toBe(false);
    expect(policy.isAllowed("file://accueil.ccas.example")).toBe(false);
    expect(policy.isAllowed("https://accueil.ccas.example.evil.example")).toBe(false);
    // DNS rebinding: the page and the Host header agree, yet it is not one of ours.
    expect(policy.isAllowed("http://127.0.0.1:4567")).toBe(false);
  });
  it("learns the server's own address when the port is chosen at listen time", () => {
    const local = new OriginPolicy("http://localhost:0", []);
    expect(local.isAllowed("http://127.0.0.1:4567")).toBe(false);
    local.allowOwnAddress("http://localhost:4567");
    expect(local.isAllowed("http://127.0.0.1:4567")).toBe(true);
    expect(local.isAllowed("http://localhost:4567")).toBe(true);
    expect(local.isAllowed("http://localhost:4568")).toBe(false);
  });
});

describe("message validation", () => {
  const fails = (body: unknown) => {
    try {
      parseMessageRequest(body);
    } catch (error) {
      return error instanceof HttpError ? `${error.statusCode} ${error.code}` : "other";
    }
    return "ok";
  };
  it("accepts a text or a payload, trims text, keeps the locale", () => {
    expect(parseMessageRequest({ text: "  RSA  ", locale: "fr-FR" })).toEqual({ text: "RSA", locale: "fr-FR" });
    expect(parseMessageRequest({ payload: "cmd:help" })).toEqual({ text: "", payload: "cmd:help" });
  });
  it("refuses what is not a message", () => {
    expect(fails(null)).toBe("400 invalid_body");
    expect(fails({ text: 3 })).toBe("400 invalid_body");
    expect(fails({ text: "a", payload: "b" })).toBe("422 empty_message");
    expect(fails({})).toBe("422 empty_message");
    expect(fails({ text: "😀".repeat(2001) })).toBe("422 text_too_long");
    expect(fails({ text: "😀".repeat(2000) })).toBe("ok");
    expect(fails({ text: "a\ud800b" })).toBe("422 invalid_text");
    expect(fails({ text: "ok", locale: "fr;drop" })).toBe("400 invalid_body");
    expect(fails({ payload: "x".repeat(201) })).toBe("400 invalid_body");
  });
});

describe("security headers and cookies", () => {
  it("lets only the widget be framed, by the allowed origins", () => {
    const widget = securityHeaders("/", { frameOrigins: ["https://www.ccas.example"], https: true });
    expect(widget["content-security-policy"]).toContain("frame-ancestors 'self' https://www.ccas.example");
    expect(widget["strict-transport-security"]).toContain("max-age=");
    const consolePage = securityHeaders("/console", { frameOrigins: ["https://www.ccas.example"], https: false });
    expect(consolePage["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(consolePage["x-frame-options"]).toBe("DENY");
    expect(consolePage["strict-transport-security"]).toBeUndefined();
  });
  it("writes HttpOnly SameSite=Strict cookies and reads the first of a name", () => {
    expect(serializeCookie("a", "b c", { maxAgeSeconds: 60, path: "/console", secure: true })).toBe(
      "a=b%20c; Max-Age=60; Path=/console; HttpOnly; SameSite=Strict; Secure",
    );
    expect(parseCookies("x=1; a=first; a=second").get("a")).toBe("first");
  });
});
