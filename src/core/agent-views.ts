/**
 * What agents' views — the web console, a team chat — read through the core rather than the store:
 * cases and their events, what reached a case since an agent last opened it, the conversation as agents
 * may see it (from the resident's consent on: the consent window), who holds a case, and the questions
 * shared with volunteers. Changes go through the case and volunteer actions; these only read, except
 * marking a case read by an agent.
 */
import type { AgentIdentity } from "./case-action-error.js";
import type { CoreDeps } from "./core-deps.js";
import type { CaseActivity, CaseEvent, CaseRecord, CaseStatus } from "../records/case-record.js";
import type { VolunteerQuestion } from "../records/volunteer-record.js";
import { TranscriptViewer, type ApiMessage } from "./transcript-view.js";

export interface AgentViews {
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  /** Accepts what a person typed or dictated: "k7m 4px", "K7M4PX", "K7M-4PX". */
  findCaseByReference(reference: string): Promise<CaseRecord | undefined>;
  /** Sorted by urgency (urgent first) then age (oldest first). */
  listCases(filter: { status?: CaseStatus[] }): Promise<CaseRecord[]>;
  /** The open or claimed case of a conversation, if any. */
  activeCaseOf(conversationId: string): Promise<CaseRecord | undefined>;
  /** Messages, notes and status changes, oldest first. */
  caseEvents(caseId: string): Promise<CaseEvent[]>;
  /** Per case: resident messages and crises that arrived since this agent last opened it. */
  caseActivity(caseIds: readonly string[], agentId: string): Promise<Map<string, CaseActivity>>;
  /** Records that this agent opened the case now; returns when they had opened it before (null: never). */
  markCaseRead(caseId: string, agent: AgentIdentity): Promise<Date | null>;
  /** The case's conversation as agents see it: from the resident's consent on, never what came before. */
  caseTranscript(record: Pick<CaseRecord, "conversationId" | "consentAt">): Promise<ApiMessage[]>;
  /** A console agent's name; undefined for an id the console does not know (another channel's member). */
  agentName(agentId: string): Promise<string | undefined>;
  getVolunteerQuestion(questionId: string): Promise<VolunteerQuestion | undefined>;
}

export function createAgentViews(deps: Pick<CoreDeps, "store" | "clock">): AgentViews {
  const { store } = deps;
  return {
    getCase: (caseId) => store.getCase(caseId),
    findCaseByReference: (reference) => store.getCaseByReference(reference),
    listCases: (filter) => store.listCases(filter),
    activeCaseOf: (conversationId) => store.findActiveCase(conversationId),
    caseEvents: (caseId) => store.listCaseEvents(caseId),
    caseActivity: (caseIds, agentId) => store.caseActivity(caseIds, agentId),
    markCaseRead: (caseId, agent) => store.markCaseRead(caseId, agent.id, deps.clock.now()),
    async caseTranscript(record) {
      // Viewed from the conversation's start (button labels come from earlier offers), then cut.
      const all = new TranscriptViewer().viewAll(await store.listMessages(record.conversationId));
      const consentAt = record.consentAt.toISOString();
      return all.filter((message) => message.createdAt >= consentAt);
    },
    agentName: async (agentId) => (await store.getAgent(agentId))?.displayName,
    getVolunteerQuestion: (questionId) => store.getVolunteerQuestion(questionId),
  };
}
