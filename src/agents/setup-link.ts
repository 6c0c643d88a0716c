/**
 * First start: there is no default password. When no agent exists, the server writes a one-time link
 * to its log (`/console/setup#<token>`, valid 24 h); whoever can read the server's log can create the
 * first (supervisor) account. The token is in the URL fragment, so browsers never send it in a request
 * line or a Referer; the setup page posts it. Only its hash is stored.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Clock } from "../core/clock.js";
import type { Store } from "../store/store.js";
import { hashToken } from "./agent-session.js";

export const SETUP_TOKEN_HOURS = 24;

export async function createSetupLink(
  store: Store,
  clock: Clock,
  publicBaseUrl: string,
): Promise<{ url: string; token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(clock.now().getTime() + SETUP_TOKEN_HOURS * 60 * 60 * 1000);
  await store.createSetupToken(hashToken(token), expiresAt);
  return { url: `${publicBaseUrl.replace(/\/+$/, "")}/console/setup#${token}`, token, expiresAt };
}

/** Logs a setup link when no agent exists yet; returns the link (or null when agents exist). */
export async function announceSetupLinkIfNoAgent(
  store: Store,
  clock: Clock,
  logger: Logger,
  publicBaseUrl: string,
): Promise<string | null> {
  if ((await store.countAgents()) > 0) return null;
  const link = await createSetupLink(store, clock, publicBaseUrl);
  logger.warn(
    { setupUrl: link.url, expiresAt: link.expiresAt.toISOString() },
    `No agent account yet. Open this one-time link within ${SETUP_TOKEN_HOURS} h to create the first one: ${link.url}`,
  );
  return link.url;
}
