/**
 * Who is acting on a case, as the core sees it. A console agent's role and status are read from the
 * store inside the action's transaction, never taken from the caller: a disabled agent is refused and
 * only an agent recorded as supervisor has a supervisor's rights. Channel-scoped ids
 * ("<channel>:<user id>": a member of the agents' team chat, who has no console account) and ids
 * unknown to the store act as agents, never as supervisors.
 */
import type { Store } from "../store/store.js";
import { CaseActionError, type AgentIdentity } from "./accueil-core.js";
import type { CaseActor } from "./case-permissions.js";

export async function resolveActor(store: Store, identity: AgentIdentity): Promise<CaseActor> {
  if (identity.id.includes(":")) return { ...identity, supervisor: false };
  const agent = await store.getAgent(identity.id);
  if (agent?.disabledAt) throw new CaseActionError("agent-disabled", "This agent account is disabled.");
  return { id: identity.id, displayName: identity.displayName, supervisor: agent?.role === "supervisor" };
}
