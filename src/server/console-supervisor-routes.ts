/**
 * What only supervisors do in the console, besides reassigning and reopening cases: list the agents,
 * disable a departed one (their sessions end at once) or enable them again, and read the audit log of
 * who opened, read, answered, noted, claimed, reassigned, reopened or closed which case, newest first.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AccueilCore } from "../core/accueil-core.js";
import { setAgentStatus } from "../agents/set-agent-status.js";
import type { AgentRecord } from "../records/agent-record.js";
import { auditView } from "./audit-view.js";
import { requireSupervisor, type ConsoleAccess } from "./console-auth.js";
import { HttpError } from "./http-error.js";
import type { OriginPolicy } from "./origin-check.js";

export interface ConsoleSupervisorOptions extends ConsoleAccess {
  core: AccueilCore;
  origins: OriginPolicy;
}

const AUDIT_PAGE = 50;
const agentParams = z.object({ id: z.string().min(1).max(100) });
const auditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export function registerConsoleSupervisorRoutes(app: FastifyInstance, options: ConsoleSupervisorOptions): void {
  const { core, store, clock, origins } = options;
  const stateChanging = { preHandler: async (request: FastifyRequest) => origins.assertStateChange(request) };

  function agentView(agent: AgentRecord, held: number) {
    return {
      id: agent.id,
      username: agent.username,
      displayName: agent.displayName,
      role: agent.role,
      disabledAt: agent.disabledAt?.toISOString() ?? null,
      heldCases: held,
    };
  }

  async function heldCounts(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const record of await core.listCases({ status: ["claimed"] })) {
      if (record.assignedAgentId) counts.set(record.assignedAgentId, (counts.get(record.assignedAgentId) ?? 0) + 1);
    }
    return counts;
  }

  app.get("/console/api/agents", async (request) => {
    await requireSupervisor(options, request);
    const held = await heldCounts();
    return { agents: (await store.listAgents()).map((agent) => agentView(agent, held.get(agent.id) ?? 0)) };
  });

  for (const status of ["disabled", "enabled"] as const) {
    app.post(`/console/api/agents/:id/${status === "disabled" ? "disable" : "enable"}`, stateChanging, async (request) => {
      const supervisor = await requireSupervisor(options, request);
      const params = agentParams.safeParse(request.params);
      if (!params.success) throw new HttpError(404, "agent_not_found", "No such agent.");
      // A supervisor cannot lock themselves out (another supervisor, or the command line, can).
      if (status === "disabled" && params.data.id === supervisor.id) throw new HttpError(409, "cannot_disable_self", "You cannot disable your own account.");
      const changed = await setAgentStatus(store, clock, params.data.id, status);
      if (!changed) throw new HttpError(404, "agent_not_found", "No such agent.");
      const held = await heldCounts();
      return { agent: agentView(changed.agent, held.get(changed.agent.id) ?? 0), endedSessions: changed.endedSessions };
    });
  }

  app.get("/console/api/audit", async (request) => {
    await requireSupervisor(options, request);
    const query = auditQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, "invalid_query", "Expected before (an entry id) and limit (1 to 200).");
    const page = await store.listAudit({ limit: query.data.limit ?? AUDIT_PAGE, ...(query.data.before ? { beforeId: query.data.before } : {}) });
    return { entries: await auditView(core, page.entries), nextBefore: page.nextBeforeId };
  });
}
