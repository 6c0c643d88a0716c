/**
 * The cases aggregate: a referral to a social worker, tracked from the resident's consent to its outcome,
 * with its events (messages, notes, status changes) and what each agent has read of it. The records are
 * the core's (records/case-record.ts); this is how the store keeps them.
 */
import type { CaseActivity, CaseChanges, CaseEvent, CaseRecord, CaseStatus, NewCase } from "../records/case-record.js";

export type { CaseActivity, CaseChanges, CaseEvent, CaseEventKind, CaseOutcome, CaseRecord, CaseStatus, NewCase, Urgency } from "../records/case-record.js";

export interface CaseStore {
  createCase(c: NewCase, now: Date): Promise<CaseRecord>;
  getCase(id: string): Promise<CaseRecord | undefined>;
  /** Accepts what a person typed or dictated: "k7m 4px", "K7M4PX", "K7M-4PX". */
  getCaseByReference(reference: string): Promise<CaseRecord | undefined>;
  /** The open or claimed case of a conversation, if any. */
  findActiveCase(conversationId: string): Promise<CaseRecord | undefined>;
  /** Sorted by urgency (urgent first) then age (oldest first). */
  listCases(filter: { status?: CaseStatus[] }): Promise<CaseRecord[]>;
  updateCase(id: string, changes: CaseChanges): Promise<void>;
  addCaseEvent(e: Omit<CaseEvent, "id">): Promise<number>;
  listCaseEvents(caseId: string): Promise<CaseEvent[]>;
  /** Records that this agent opened the case now; returns when they had opened it before (null: never). */
  markCaseRead(caseId: string, agentId: string, now: Date): Promise<Date | null>;
  /** Per case: resident messages and crises that arrived since this agent last opened it. */
  caseActivity(caseIds: readonly string[], agentId: string): Promise<Map<string, CaseActivity>>;
  /** Retention: anonymises closed cases closed before `before`. */
  purgeClosedCases(before: Date): Promise<number>;
}
