/**
 * What agents do with a case, from the web console or a team chat: claim, reply (relayed to the
 * resident, the agent's words unchanged), internal note (never relayed), close with an outcome (the bot
 * speaks again). Each action is one transaction, which also writes the audit log; the resident's
 * messages go through the same delivery as the bot's. Who may do what is case-permissions.ts: the
 * console and every channel obey the same rules because they are enforced here.
 */
import type { AgentIdentity } from "./accueil-core.js";
import { CaseActionError } from "./accueil-core.js";
import type { CoreDeps } from "./core-deps.js";
import { deliver, type PendingEvent } from "./deliver.js";
import type { Store } from "../store/store.js";
import type { CaseOutcome, CaseRecord } from "../records/case-record.js";
import { TEXT_LIMITS } from "./text-limits.js";
import { resolveActor } from "./case-actor.js";
import { assertMay, type CaseActor } from "./case-permissions.js";

const MAX_AGENT_TEXT = TEXT_LIMITS.relayedText;

export type CaseTransaction = <T>(caseId: string, fn: (store: Store, record: CaseRecord, pending: PendingEvent[]) => Promise<T>) => Promise<T>;

/**
 * Runs fn in one transaction on the case, read after taking the case's lock: on PostgreSQL two agents
 * acting on one case at the same moment go one after the other, and the second sees what the first did
 * (on SQLite writers are serialised anyway). Core events are emitted once committed.
 */
export function caseTransaction(deps: CoreDeps): CaseTransaction {
  return async (caseId, fn) => {
    const pending: PendingEvent[] = [];
    const result = await deps.store.transaction(async (store) => {
      await store.lockConversation(`case:${caseId}`);
      const record = await store.getCase(caseId);
      if (!record) throw new CaseActionError("not-found", `No case ${caseId}.`);
      return fn(store, record, pending);
    });
    for (const p of pending) deps.events.emit(p.name, p.event as never);
    return result;
  };
}

export function createCaseActions(deps: CoreDeps) {
  const onCase = caseTransaction(deps);

  async function tellResident(store: Store, record: CaseRecord, key: string, values: Record<string, string>, pending: PendingEvent[]): Promise<void> {
    const conversation = await store.getConversation(record.conversationId);
    if (!conversation) return; // erased by the resident
    const t = deps.i18n.t(conversation.locale ?? record.language, "bot");
    await deliver(store, deps.channels, conversation, { author: "bot", replies: [{ kind: "text", text: t(key, values) }] }, deps.clock.now(), pending);
  }

  async function claimWithin(store: Store, record: CaseRecord, actor: CaseActor, pending: PendingEvent[]): Promise<CaseRecord> {
    assertMay(record, actor, "claim");
    if (record.status === "claimed") return record; // already theirs
    const now = deps.clock.now();
    await store.updateCase(record.id, { status: "claimed", assignedAgentId: actor.id, claimedAt: now });
    await store.addCaseEvent({ caseId: record.id, kind: "status", agentId: actor.id, authorName: actor.displayName, text: "claimed", createdAt: now });
    await store.recordAudit({ at: now, agentId: actor.id, action: "claimed", caseId: record.id, detail: {} });
    await store.cancelJobs(`case:${record.id}:untaken`);
    await tellResident(store, record, "handoff.claimed", { name: actor.displayName, reference: record.reference }, pending);
    pending.push({ name: "case", event: { caseId: record.id, change: "claimed" } });
    return { ...record, status: "claimed", assignedAgentId: actor.id, claimedAt: now };
  }

  function checkText(text: string, what: string): string {
    const body = text.trim();
    if (!body) throw new CaseActionError("empty-text", `The ${what} is empty.`);
    if (body.length > MAX_AGENT_TEXT) throw new CaseActionError("too-long", `The ${what} is longer than ${MAX_AGENT_TEXT} characters.`);
    return body;
  }

  return {
    claimCase: (caseId: string, agent: AgentIdentity): Promise<CaseRecord> =>
      onCase(caseId, async (store, record, pending) => claimWithin(store, record, await resolveActor(store, agent), pending)),

    replyToResident: (caseId: string, agent: AgentIdentity, text: string): Promise<void> =>
      onCase(caseId, async (store, found, pending) => {
        const body = checkText(text, "reply");
        const actor = await resolveActor(store, agent);
        assertMay(found, actor, "reply");
        // Answering an untaken case takes it: the resident must know a person is now there.
        const record = found.status === "open" ? await claimWithin(store, found, actor, pending) : found;
        const conversation = await store.getConversation(record.conversationId);
        const now = deps.clock.now();
        await store.addCaseEvent({ caseId: record.id, kind: "agent-message", agentId: actor.id, authorName: actor.displayName, text: body, createdAt: now });
        await store.recordAudit({ at: now, agentId: actor.id, action: "answered", caseId: record.id, detail: {} });
        if (conversation) {
          await deliver(store, deps.channels, conversation, { author: "agent", authorName: actor.displayName, replies: [{ kind: "text", text: body }] }, now, pending);
        }
        pending.push({ name: "case", event: { caseId: record.id, change: "message" } });
      }),

    addInternalNote: (caseId: string, agent: AgentIdentity, text: string): Promise<void> =>
      onCase(caseId, async (store, record, pending) => {
        const body = checkText(text, "note");
        const actor = await resolveActor(store, agent);
        assertMay(record, actor, "note");
        const now = deps.clock.now();
        await store.addCaseEvent({ caseId, kind: "note", agentId: actor.id, authorName: actor.displayName, text: body, createdAt: now });
        await store.recordAudit({ at: now, agentId: actor.id, action: "noted", caseId, detail: {} });
        pending.push({ name: "case", event: { caseId, change: "note" } });
      }),

    closeCase: (caseId: string, agent: AgentIdentity, outcome: CaseOutcome, note?: string): Promise<CaseRecord> =>
      onCase(caseId, async (store, record, pending) => {
        const actor = await resolveActor(store, agent);
        assertMay(record, actor, "close");
        const now = deps.clock.now();
        await store.updateCase(record.id, { status: "closed", outcome, closedAt: now, assignedAgentId: record.assignedAgentId ?? actor.id });
        await store.addCaseEvent({ caseId: record.id, kind: "status", agentId: actor.id, authorName: actor.displayName, text: `closed: ${outcome}`, createdAt: now });
        if (note?.trim()) await store.addCaseEvent({ caseId: record.id, kind: "note", agentId: actor.id, authorName: actor.displayName, text: note.trim(), createdAt: now });
        await store.recordAudit({ at: now, agentId: actor.id, action: "closed", caseId: record.id, detail: { outcome } });
        await store.cancelJobs(`case:${record.id}:`);
        await tellResident(store, record, "handoff.closed", { reference: record.reference }, pending);
        pending.push({ name: "case", event: { caseId: record.id, change: "closed" } });
        return { ...record, status: "closed", outcome, closedAt: now, assignedAgentId: record.assignedAgentId ?? actor.id };
      }),
  };
}
