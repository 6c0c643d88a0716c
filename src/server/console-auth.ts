/**
 * Reads the console session cookie and returns the signed-in agent, or refuses with 401; supervisors'
 * routes also refuse agents with 403.
 */
import type { FastifyRequest } from "fastify";
import type { AgentIdentity } from "../core/accueil-core.js";
import type { Clock } from "../core/clock.js";
import type { ConsoleStore } from "./console-store.js";
import type { AgentRecord } from "../records/agent-record.js";
import { AGENT_SESSION_COOKIE, resolveAgentSession, type SessionPolicy } from "../agents/agent-session.js";
import { parseCookies } from "./cookies.js";
import { HttpError } from "./http-error.js";

/** What checking a console request needs: what the console keeps (accounts, sessions…), the time, and
 * how long sessions last. */
export interface ConsoleAccess {
  store: ConsoleStore;
  clock: Clock;
  sessionPolicy: SessionPolicy;
}

export function readConsoleToken(request: FastifyRequest): string | undefined {
  return parseCookies(request.headers.cookie).get(AGENT_SESSION_COOKIE);
}

export async function requireAgent(access: ConsoleAccess, request: FastifyRequest): Promise<AgentRecord> {
  const token = readConsoleToken(request);
  const agent = token ? await resolveAgentSession(access.store, access.clock, token, access.sessionPolicy) : undefined;
  if (!agent) throw new HttpError(401, "sign_in_required", "Sign in to the console first.");
  return agent;
}

export async function requireSupervisor(access: ConsoleAccess, request: FastifyRequest): Promise<AgentRecord> {
  const agent = await requireAgent(access, request);
  if (agent.role !== "supervisor") throw new HttpError(403, "supervisors_only", "Only a supervisor may do this.");
  return agent;
}

export function identityOf(agent: AgentRecord): AgentIdentity {
  return { id: agent.id, displayName: agent.displayName };
}

export function publicAgent(agent: AgentRecord): { id: string; username: string; displayName: string; role: AgentRecord["role"] } {
  return { id: agent.id, username: agent.username, displayName: agent.displayName, role: agent.role };
}
