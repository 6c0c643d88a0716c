/**
 * A case, as every side sees it: a referral to a social worker, tracked from the resident's consent to
 * its outcome, with its events (messages, notes, status changes) and what each agent has read of it.
 * The core decides what happens to cases, the store keeps them, and the console and the agents'
 * channels show them: the shapes live here so that none of those depends on another's internals.
 */

export type Urgency = "urgent" | "high" | "normal";
export type CaseStatus = "open" | "claimed" | "closed" | "cancelled";
export type CaseOutcome = "resolved" | "appointment" | "redirected" | "no-answer" | "not-needed" | "other";

/** Every status, in the order the console lists them. */
export const CASE_STATUSES = ["open", "claimed", "closed", "cancelled"] as const satisfies readonly CaseStatus[];
/** Every outcome an agent may close a case with, in the order agents are offered them. */
export const CASE_OUTCOMES = ["resolved", "appointment", "redirected", "no-answer", "not-needed", "other"] as const satisfies readonly CaseOutcome[];

/** What replaces a resident's words and contact data in a case that was erased or purged. */
export const ERASED_MARKER = "[effacé à la demande de la personne]";

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
