/**
 * First start: there is no default password. When no agent exists, the server writes a one-time link
 * to its log once (`/console/setup#<token>`, valid 24 h); whoever can read the server's log can create the
 * first (supervisor) account; `accueil agents setup-link` prints a new one. The token is in the URL fragment, so browsers never send it in a request
 * line or a Referer; the setup page posts it. Only its hash is stored.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Clock } from "../core/clock.js";
import type { AgentStore } from "./agent-store.js";
import { hashToken } from "./agent-session.js";

export const SETUP_TOKEN_HOURS = 24;

export async function createSetupLink(
  store: AgentStore,
  clock: Clock,
  publicBaseUrl: string,
): Promise<{ url: string; token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(clock.now().getTime() + SETUP_TOKEN_HOURS * 60 * 60 * 1000);
  await store.createSetupToken(hashToken(token), expiresAt);
  return { url: `${publicBaseUrl.replace(/\/+$/, "")}/console/setup#${token}`, token, expiresAt };
}

/**
 * When no agent exists yet, logs a setup link — once: a later start while that link is still valid only
 * says one exists (the secret is not written to the log again), and `accueil agents setup-link` makes a
 * new one. Returns the link logged, or null.
 */
export async function announceSetupLinkIfNoAgent(
  store: AgentStore,
  clock: Clock,
  logger: Logger,
  publicBaseUrl: string,
): Promise<string | null> {
  if ((await store.countAgents()) > 0) return null;
  const validUntil = await store.setupTokenValidUntil(clock.now());
  if (validUntil) {
    logger.warn(
      { expiresAt: validUntil.toISOString() },
      "No agent account yet. The setup link given at an earlier start is valid until then; `npx accueil agents setup-link` makes a new one.",
    );
    return null;
  }
  const link = await createSetupLink(store, clock, publicBaseUrl);
  logger.warn(
    { setupUrl: link.url, expiresAt: link.expiresAt.toISOString() },
    `No agent account yet. Open this one-time link within ${SETUP_TOKEN_HOURS} h to create the first one: ${link.url}`,
  );
  return link.url;
}
