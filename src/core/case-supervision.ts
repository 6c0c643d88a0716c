/**
 * What supervisors do with cases — reassign an active case to another enabled agent, reopen a closed
 * one — plus the two things every agent's console needs from the core: writing "read" in the audit log,
 * and what an agent may do with a case (to show only those actions). Same transactions, lock and audit
 * as case-actions.ts.
 */
import type { AgentIdentity } from "./accueil-core.js";
import { CaseActionError } from "./accueil-core.js";
import type { CoreDeps } from "./core-deps.js";
import { deliver } from "./deliver.js";
import type { CaseRecord } from "../records/case-record.js";
import { caseTransaction } from "./case-actions.js";
import { resolveActor } from "./case-actor.js";
import { scheduleCaseTimers } from "./schedule-case-timers.js";
import { assertMay, casePermissions, isAnonymised, type CasePermissions } from "./case-permissions.js";

/** An agent re-reading a case (every live update re-reads it) is written in the audit log once per this. */
export const READ_AUDIT_INTERVAL_MS = 10 * 60_000;

export function createSupervisionActions(deps: CoreDeps) {
  const onCase = caseTransaction(deps);

  return {
    reassignCase: (caseId: string, supervisor: AgentIdentity, toAgentId: string | null): Promise<CaseRecord> =>
      onCase(caseId, async (store, record, pending) => {
        const actor = await resolveActor(store, supervisor);
        assertMay(record, actor, "reassign");
        const target = toAgentId === null ? undefined : await store.getAgent(toAgentId);
        if (!target || target.disabledAt) throw new CaseActionError("invalid-assignee", "A case is reassigned to an enabled agent only.");
        if (record.status === "claimed" && record.assignedAgentId === target.id) return record;
        const now = deps.clock.now();
        await store.updateCase(record.id, { status: "claimed", assignedAgentId: target.id, claimedAt: now });
        // The history shows to whom (an agent's name is not the resident's data); the audit, by ids.
        await store.addCaseEvent({ caseId: record.id, kind: "status", agentId: actor.id, authorName: actor.displayName, text: `reassigned: ${target.displayName}`, createdAt: now });
        await store.recordAudit({ at: now, agentId: actor.id, action: "reassigned", caseId: record.id, detail: { from: record.assignedAgentId ?? "", to: target.id } });
        await store.cancelJobs(`case:${record.id}:untaken`);
        // The resident learns the name of the person who now answers them.
        const conversation = await store.getConversation(record.conversationId);
        if (conversation) {
          const t = deps.i18n.t(conversation.locale ?? record.language, "bot");
          const text = t("handoff.claimed", { name: target.displayName, reference: record.reference });
          await deliver(store, deps.channels, conversation, { author: "bot", replies: [{ kind: "text", text }] }, now, pending);
        }
        pending.push({ name: "case", event: { caseId: record.id, change: "reassigned" } });
        return { ...record, status: "claimed", assignedAgentId: target.id, claimedAt: now };
      }),

    reopenCase: (caseId: string, supervisor: AgentIdentity): Promise<CaseRecord> =>
      onCase(caseId, async (store, record, pending) => {
        const actor = await resolveActor(store, supervisor);
        assertMay(record, actor, "reopen");
        // Nobody to answer once the conversation is gone, and one active case per conversation at most.
        if (!(await store.getConversation(record.conversationId))) {
          throw new CaseActionError("not-reopenable", `The conversation of case ${record.reference} no longer exists.`);
        }
        if (await store.findActiveCase(record.conversationId)) {
          throw new CaseActionError("not-reopenable", `The conversation of case ${record.reference} has another active case.`);
        }
        const now = deps.clock.now();
        // Back to be taken: whoever takes it (or is given it) tells the resident a person is there.
        await store.updateCase(record.id, { status: "open", outcome: null, closedAt: null, assignedAgentId: null, claimedAt: null });
        await store.addCaseEvent({ caseId: record.id, kind: "status", agentId: actor.id, authorName: actor.displayName, text: "reopened", createdAt: now });
        await store.recordAudit({ at: now, agentId: actor.id, action: "reopened", caseId: record.id, detail: record.outcome ? { previousOutcome: record.outcome } : {} });
        const reopened: CaseRecord = { ...record, status: "open", outcome: null, closedAt: null, assignedAgentId: null, claimedAt: null };
        // Waiting to be taken again: service levels count from now.
        await scheduleCaseTimers(store, deps.settings.serviceLevels, reopened, await store.listCaseEvents(record.id));
        pending.push({ name: "case", event: { caseId: record.id, change: "reopened" } });
        return reopened;
      }),

    async recordCaseRead(caseId: string, agent: AgentIdentity): Promise<void> {
      const record = await deps.store.getCase(caseId);
      // An erased case keeps no audit (it went with the personal data).
      if (!record || isAnonymised(record)) return;
      const now = deps.clock.now();
      const last = await deps.store.lastAuditAt(caseId, agent.id, "read");
      if (last && now.getTime() - last.getTime() < READ_AUDIT_INTERVAL_MS) return;
      await deps.store.recordAudit({ at: now, agentId: agent.id, action: "read", caseId, detail: {} });
    },

    async permissionsFor(record: CaseRecord, agent: AgentIdentity): Promise<CasePermissions> {
      return casePermissions(record, await resolveActor(deps.store, agent));
    },
  };
}
