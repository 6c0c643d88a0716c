/**
 * Reads the console session cookie and returns the signed-in agent, or refuses with 401.
 */
import type { FastifyRequest } from "fastify";
import type { AgentIdentity } from "../core/accueil-core.js";
import type { Clock } from "../core/clock.js";
import type { AgentRecord, Store } from "../store/store.js";
import { AGENT_SESSION_COOKIE, resolveAgentSession } from "../agents/agent-session.js";
import { parseCookies } from "./cookies.js";
import { HttpError } from "./http-error.js";

export function readConsoleToken(request: FastifyRequest): string | undefined {
  return parseCookies(request.headers.cookie).get(AGENT_SESSION_COOKIE);
}

export async function requireAgent(store: Store, clock: Clock, request: FastifyRequest): Promise<AgentRecord> {
  const token = readConsoleToken(request);
  const agent = token ? await resolveAgentSession(store, clock, token) : undefined;
  if (!agent) throw new HttpError(401, "sign_in_required", "Sign in to the console first.");
  return agent;
}

export function identityOf(agent: AgentRecord): AgentIdentity {
  return { id: agent.id, displayName: agent.displayName };
}

export function publicAgent(agent: AgentRecord): { id: string; username: string; displayName: string; role: AgentRecord["role"] } {
  return { id: agent.id, username: agent.username, displayName: agent.displayName, role: agent.role };
}
