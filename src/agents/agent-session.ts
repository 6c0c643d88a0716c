/**
 * Console sign-in sessions: a random 256-bit token in an HttpOnly, SameSite=Strict cookie, stored
 * hashed (SHA-256) so a database leak gives no usable session.
 *
 * A session ends at the first of: its absolute lifetime from sign-in (CONSOLE_SESSION_MAX_HOURS, 12 h by
 * default), an idle time without any request (CONSOLE_SESSION_IDLE_MINUTES, 30 min by default), sign-out,
 * or the agent being disabled (every session of theirs is deleted at once). The last-seen time is written
 * at most once a minute, so that a console refreshing every few seconds does not write at every request.
 * Expired rows are deleted by the scheduled sign-in clean-up (app/sign-in-cleanup.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../core/clock.js";
import type { AgentRecord, AgentStore } from "./agent-store.js";

export const AGENT_SESSION_COOKIE = "accueil_console";

export interface SessionPolicy {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Hours after sign-in after which a session ends, however active. */
  maxHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, maxHours: 12 };

/** The last-seen time is written no more often than this. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createAgentSession(
  store: AgentStore,
  clock: Clock,
  agentId: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000);
  await store.createSession(hashToken(token), agentId, expiresAt, now);
  return { token, expiresAt };
}

/** The signed-in agent, or undefined when the token is unknown, expired, idle too long, or the agent is disabled. */
export async function resolveAgentSession(
  store: AgentStore,
  clock: Clock,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<AgentRecord | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const tokenHash = hashToken(token);
  const now = clock.now();
  const session = await store.findSession(tokenHash, now);
  if (!session) return undefined;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (idleMs >= policy.idleMinutes * 60_000) {
    await store.deleteSession(tokenHash);
    return undefined;
  }
  const agent = await store.getAgent(session.agentId);
  if (!agent || agent.disabledAt) {
    await store.deleteSession(tokenHash);
    return undefined;
  }
  if (idleMs >= SESSION_TOUCH_INTERVAL_MS) await store.touchSession(tokenHash, now);
  return agent;
}

export async function endAgentSession(store: AgentStore, token: string): Promise<void> {
  await store.deleteSession(hashToken(token));
}
