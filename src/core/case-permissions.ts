/**
 * Who may do what with a case — one rule for the web console and every agents' channel, enforced by the core:
 * - any agent takes an untaken case, and answering or closing an untaken case takes it;
 * - only the agent holding a case, or a supervisor, answers the resident or closes it;
 * - any agent adds an internal note to a case whose personal data is still there;
 * - supervisors reassign an active case (to an enabled agent, or back to be taken) and reopen a closed
 *   one (not one the resident cancelled or erased).
 */
import type { CaseRecord } from "../records/case-record.js";
import { CaseActionError } from "./case-action-error.js";

export interface CaseActor {
  id: string;
  displayName: string;
  supervisor: boolean;
}

export interface CasePermissions {
  claim: boolean;
  reply: boolean;
  note: boolean;
  close: boolean;
  reassign: boolean;
  reopen: boolean;
}

export type CaseAction = keyof CasePermissions;

type CaseFacts = Pick<CaseRecord, "status" | "assignedAgentId" | "anonymisedAt" | "reference">;

/** Erased by the resident or purged by retention: no personal words left, and none may be added. */
export function isAnonymised(record: Pick<CaseRecord, "anonymisedAt">): boolean {
  return record.anonymisedAt !== null;
}

/** Why `actor` may not do `action` to `record`, or null when they may. */
export function refusal(record: CaseFacts, actor: Pick<CaseActor, "id" | "supervisor">, action: CaseAction): CaseActionError | null {
  const active = record.status === "open" || record.status === "claimed";
  const heldByOther = record.status === "claimed" && record.assignedAgentId !== actor.id;
  switch (action) {
    case "claim":
      if (!active) return new CaseActionError("closed", `Case ${record.reference} is ${record.status}.`);
      return heldByOther ? new CaseActionError("already-claimed", `Case ${record.reference} is already taken by someone else.`) : null;
    case "reply":
    case "close":
      if (!active) return new CaseActionError("closed", `Case ${record.reference} is ${record.status}.`);
      return heldByOther && !actor.supervisor ? new CaseActionError("not-assigned", `Case ${record.reference} is held by someone else.`) : null;
    case "note":
      return isAnonymised(record) ? new CaseActionError("closed", `Case ${record.reference} was erased.`) : null;
    case "reassign":
      if (!actor.supervisor) return new CaseActionError("supervisors-only", "Only a supervisor reassigns a case.");
      return active ? null : new CaseActionError("closed", `Case ${record.reference} is ${record.status}.`);
    case "reopen":
      if (!actor.supervisor) return new CaseActionError("supervisors-only", "Only a supervisor reopens a case.");
      return record.status === "closed" && !isAnonymised(record)
        ? null
        : new CaseActionError("not-reopenable", `Case ${record.reference} cannot be reopened (${record.status}${isAnonymised(record) ? ", erased" : ""}).`);
  }
}

export function assertMay(record: CaseFacts, actor: Pick<CaseActor, "id" | "supervisor">, action: CaseAction): void {
  const error = refusal(record, actor, action);
  if (error) throw error;
}

export function casePermissions(record: CaseFacts, actor: Pick<CaseActor, "id" | "supervisor">): CasePermissions {
  const may = (action: CaseAction) => refusal(record, actor, action) === null;
  // Taking a case one already holds is not an action the console offers.
  const claim = record.status === "open";
  return { claim, reply: may("reply"), note: may("note"), close: may("close"), reassign: may("reassign"), reopen: may("reopen") };
}
