/**
 * Disables a departed agent, or re-enables one (the console's agents page and `accueil agents
 * disable|enable`). Disabling ends every session of theirs in the same transaction, so their open
 * console gets 401 at its very next request; a disabled agent cannot sign in. Their cases stay as they
 * are, for a supervisor to reassign; their name stays on what they wrote.
 */
import type { Clock } from "../core/clock.js";
import type { AgentRecord, AgentAccounts } from "./agent-store.js";

export interface AgentStatusChange {
  agent: AgentRecord;
  /** Sessions ended by disabling (0 when enabling). */
  endedSessions: number;
}

/** Undefined when there is no such agent. Disabling a disabled agent keeps its first date. */
export async function setAgentStatus(store: AgentAccounts, clock: Clock, agentId: string, status: "disabled" | "enabled"): Promise<AgentStatusChange | undefined> {
  return store.transaction(async (tx) => {
    const agent = await tx.getAgent(agentId);
    if (!agent) return undefined;
    if (status === "enabled") {
      if (agent.disabledAt) await tx.setAgentDisabled(agent.id, null);
      return { agent: { ...agent, disabledAt: null }, endedSessions: 0 };
    }
    const disabledAt = agent.disabledAt ?? clock.now();
    if (!agent.disabledAt) await tx.setAgentDisabled(agent.id, disabledAt);
    const endedSessions = await tx.deleteAgentSessions(agent.id);
    return { agent: { ...agent, disabledAt }, endedSessions };
  });
}
