/**
 * Console sign-in sessions: a random 256-bit token in an HttpOnly, SameSite=Strict cookie, stored
 * hashed (SHA-256) so a database leak gives no usable session. Sessions last 12 hours.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../core/clock.js";
import type { AgentRecord, Store } from "../store/store.js";

export const AGENT_SESSION_HOURS = 12;
export const AGENT_SESSION_COOKIE = "accueil_console";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createAgentSession(store: Store, clock: Clock, agentId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(clock.now().getTime() + AGENT_SESSION_HOURS * 60 * 60 * 1000);
  await store.createSession(hashToken(token), agentId, expiresAt);
  return { token, expiresAt };
}

/** The signed-in agent, or undefined when the token is unknown, expired, or the agent is disabled. */
export async function resolveAgentSession(store: Store, clock: Clock, token: string): Promise<AgentRecord | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const session = await store.findSession(hashToken(token), clock.now());
  if (!session) return undefined;
  const agent = await store.getAgent(session.agentId);
  return agent && !agent.disabledAt ? agent : undefined;
}

export async function endAgentSession(store: Store, token: string): Promise<void> {
  await store.deleteSession(hashToken(token));
}
