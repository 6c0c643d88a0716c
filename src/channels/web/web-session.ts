/**
 * The resident's web session: a random 128-bit token in an HttpOnly, SameSite=Strict cookie. The
 * conversation's externalId is a hash of the token, so the store never holds a value that would let
 * someone who reads the database impersonate a resident's browser.
 *
 * A session exists when its conversation exists in the store (POST /api/v1/session creates it). A
 * well-formed token whose conversation does not exist — forged, erased, or purged after the retention
 * period — is no session at all: the API answers 401 and the widget starts a new one.
 */
import { createHash, randomBytes } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { clearCookie, parseCookies, serializeCookie } from "../../server/cookies.js";

export const WEB_SESSION_COOKIE = "accueil_session";
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newWebSessionToken(): string {
  return randomBytes(16).toString("base64url");
}

export function externalIdForToken(token: string): string {
  return "w-" + createHash("sha256").update(`accueil-web-session:${token}`).digest("base64url").slice(0, 32);
}

/** The token in the request's cookie, or null when absent or not of our format. */
export function readWebSessionToken(request: FastifyRequest): string | null {
  const token = parseCookies(request.headers.cookie).get(WEB_SESSION_COOKIE);
  return token !== undefined && TOKEN_PATTERN.test(token) ? token : null;
}

export function webSessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return serializeCookie(WEB_SESSION_COOKIE, token, { maxAgeSeconds, path: "/", secure });
}

export function clearWebSessionCookie(secure: boolean): string {
  return clearCookie(WEB_SESSION_COOKIE, { path: "/", secure });
}
