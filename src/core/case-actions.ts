/**
 * What agents do with a case, from the web console or Slack: claim, reply (relayed to the resident, the
 * agent's words unchanged), internal note (never relayed), close with an outcome (the bot speaks again).
 * Each action is one transaction; the resident's messages go through the same delivery as the bot's.
 */
import type { AgentIdentity } from "./accueil-core.js";
import { CaseActionError } from "./accueil-core.js";
import type { CoreDeps } from "./core-deps.js";
import { deliver, type PendingEvent } from "./deliver.js";
import type { CaseOutcome, CaseRecord, Store } from "../store/store.js";

/** Longest agent message relayed in one go (the Telegram adapter splits long ones further). */
const MAX_AGENT_TEXT = 4000;

export function createCaseActions(deps: CoreDeps) {
  async function inTransaction<T>(fn: (store: Store, pending: PendingEvent[]) => Promise<T>): Promise<T> {
    const pending: PendingEvent[] = [];
    const result = await deps.store.transaction((store) => fn(store, pending));
    for (const p of pending) deps.events.emit(p.name, p.event as never);
    return result;
  }

  async function loadOpenCase(store: Store, caseId: string): Promise<CaseRecord> {
    const found = await store.getCase(caseId);
    if (!found) throw new CaseActionError("not-found", `No case ${caseId}.`);
    if (found.status === "closed" || found.status === "cancelled") throw new CaseActionError("closed", `Case ${found.reference} is ${found.status}.`);
    return found;
  }

  async function tellResident(store: Store, record: CaseRecord, key: string, values: Record<string, string>, pending: PendingEvent[]): Promise<void> {
    const conversation = await store.getConversation(record.conversationId);
    if (!conversation) return; // erased by the resident
    const t = deps.i18n.t(conversation.locale ?? record.language, "bot");
    await deliver(store, conversation, { author: "bot", replies: [{ kind: "text", text: t(key, values) }] }, deps.clock.now(), pending);
  }

  async function claimWithin(store: Store, record: CaseRecord, agent: AgentIdentity, pending: PendingEvent[]): Promise<CaseRecord> {
    if (record.status === "claimed") {
      if (record.assignedAgentId === agent.id) return record;
      throw new CaseActionError("already-claimed", `Case ${record.reference} is already taken by someone else.`);
    }
    const now = deps.clock.now();
    await store.updateCase(record.id, { status: "claimed", assignedAgentId: agent.id, claimedAt: now });
    await store.addCaseEvent({ caseId: record.id, kind: "status", agentId: agent.id, authorName: agent.displayName, text: "claimed", createdAt: now });
    await store.cancelJobs(`case:${record.id}:untaken`);
    await tellResident(store, record, "handoff.claimed", { name: agent.displayName, reference: record.reference }, pending);
    pending.push({ name: "case", event: { caseId: record.id, change: "claimed" } });
    return { ...record, status: "claimed", assignedAgentId: agent.id, claimedAt: now };
  }

  return {
    claimCase: (caseId: string, agent: AgentIdentity): Promise<CaseRecord> =>
      inTransaction(async (store, pending) => claimWithin(store, await loadOpenCase(store, caseId), agent, pending)),

    replyToResident: (caseId: string, agent: AgentIdentity, text: string): Promise<void> =>
      inTransaction(async (store, pending) => {
        const body = text.trim();
        if (!body) throw new CaseActionError("empty-text", "The reply is empty.");
        if (body.length > MAX_AGENT_TEXT) throw new CaseActionError("too-long", `The reply is longer than ${MAX_AGENT_TEXT} characters.`);
        let record = await loadOpenCase(store, caseId);
        // Answering an untaken case takes it: the resident must know a person is now there.
        if (record.status === "open") record = await claimWithin(store, record, agent, pending);
        const conversation = await store.getConversation(record.conversationId);
        const now = deps.clock.now();
        await store.addCaseEvent({ caseId: record.id, kind: "agent-message", agentId: agent.id, authorName: agent.displayName, text: body, createdAt: now });
        if (conversation) {
          await deliver(store, conversation, { author: "agent", authorName: agent.displayName, replies: [{ kind: "text", text: body }] }, now, pending);
        }
        pending.push({ name: "case", event: { caseId: record.id, change: "message" } });
      }),

    addInternalNote: (caseId: string, agent: AgentIdentity, text: string): Promise<void> =>
      inTransaction(async (store, pending) => {
        const body = text.trim();
        if (!body) throw new CaseActionError("empty-text", "The note is empty.");
        if (body.length > MAX_AGENT_TEXT) throw new CaseActionError("too-long", `The note is longer than ${MAX_AGENT_TEXT} characters.`);
        const found = await store.getCase(caseId);
        if (!found) throw new CaseActionError("not-found", `No case ${caseId}.`);
        // An erased or purged case keeps no personal words: a note would be a new one, kept with nothing to
        // erase it by.
        if (found.anonymisedAt) throw new CaseActionError("closed", `Case ${found.reference} was erased; it takes no notes.`);
        await store.addCaseEvent({ caseId, kind: "note", agentId: agent.id, authorName: agent.displayName, text: body, createdAt: deps.clock.now() });
        pending.push({ name: "case", event: { caseId, change: "note" } });
      }),

    closeCase: (caseId: string, agent: AgentIdentity, outcome: CaseOutcome, note?: string): Promise<CaseRecord> =>
      inTransaction(async (store, pending) => {
        const record = await loadOpenCase(store, caseId);
        const now = deps.clock.now();
        await store.updateCase(record.id, { status: "closed", outcome, closedAt: now, assignedAgentId: record.assignedAgentId ?? agent.id });
        await store.addCaseEvent({ caseId: record.id, kind: "status", agentId: agent.id, authorName: agent.displayName, text: `closed: ${outcome}`, createdAt: now });
        if (note?.trim()) await store.addCaseEvent({ caseId: record.id, kind: "note", agentId: agent.id, authorName: agent.displayName, text: note.trim(), createdAt: now });
        await store.cancelJobs(`case:${record.id}:`);
        await tellResident(store, record, "handoff.closed", { reference: record.reference }, pending);
        pending.push({ name: "case", event: { caseId: record.id, change: "closed" } });
        return { ...record, status: "closed", outcome, closedAt: now };
      }),
  };
}
