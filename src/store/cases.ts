/**
 * The cases aggregate: a referral to a social worker, tracked from the resident's consent to its outcome,
 * with its events (messages, notes, status changes) and what each agent has read of it.
 */

export type Urgency = "urgent" | "high" | "normal";
export type CaseStatus = "open" | "claimed" | "closed" | "cancelled";
export type CaseOutcome = "resolved" | "appointment" | "redirected" | "no-answer" | "not-needed" | "other";

export interface CaseRecord {
  id: string;
  /** Short code given to the resident ("A7K-3QX"), unique. */
  reference: string;
  conversationId: string;
  status: CaseStatus;
  urgency: Urgency;
  level: number;
  entryId: string | null;
  /** Crisis category when the case was opened from a crisis. */
  crisis: string | null;
  summary: string;
  /** Minimum contact data, chosen by the resident: "this-chat", "phone", "email", "desk". */
  contactMethod: string;
  /** Phone or e-mail when the resident chose one; null otherwise. */
  contactValue: string | null;
  contactTime: string | null;
  description: string;
  language: string;
  consentAt: Date;
  assignedAgentId: string | null;
  outcome: CaseOutcome | null;
  createdAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  /** Where the case is mirrored (e.g. Slack channel + message ts), JSON. */
  externalRefs: Record<string, string>;
  /** When the resident's erasure or the retention purge replaced its personal data; null while intact. */
  anonymisedAt: Date | null;
}

/** What opening a case writes: the record's own fields, before any agent, outcome or mirror. */
export type NewCase = Pick<CaseRecord, "conversationId" | "urgency" | "level" | "entryId" | "crisis" | "summary" | "contactMethod" | "contactValue" | "contactTime" | "description" | "language" | "consentAt">;

export type CaseChanges = Partial<
  Pick<CaseRecord, "status" | "assignedAgentId" | "outcome" | "claimedAt" | "closedAt" | "externalRefs" | "urgency" | "crisis">
>;

/** "crisis": a crisis message reached an open or held case (text: the category). */
export type CaseEventKind = "resident-message" | "agent-message" | "volunteer-message" | "note" | "status" | "crisis";

export interface CaseEvent {
  id: number;
  caseId: string;
  kind: CaseEventKind;
  /** Agent id for agent messages, notes and status changes made by an agent. */
  agentId: string | null;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

/** What reached a case since one agent last opened it. */
export interface CaseActivity {
  lastReadAt: Date | null;
  newMessages: number;
  crisisSinceRead: { category: string; at: Date } | null;
}

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
