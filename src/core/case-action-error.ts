/**
 * Who acts on a case, and the refusals an action on a case may meet (the console and the channels map
 * each code to their own answer: 403, 404, 409, a message in the thread…). Kept apart from the core's
 * interface so that the rules that raise them (case-permissions.ts) need not import the core.
 */
import { CodedError } from "./coded-error.js";

export interface AgentIdentity {
  /** Store id of a console agent, or a channel-scoped id ("<channel>:<user id>", a team chat's member). */
  id: string;
  displayName: string;
}

export type CaseActionErrorCode =
  | "not-found"
  | "already-claimed"
  | "closed"
  /** Someone else holds the case: only they, or a supervisor, may answer or close it. */
  | "not-assigned"
  | "supervisors-only"
  /** A disabled agent's request (their sessions are deleted, so this is a last line of defence). */
  | "agent-disabled"
  /** Only a closed case whose personal data is still there can be reopened, and only while its
   * conversation has no other active case. */
  | "not-reopenable"
  /** A case is reassigned to an enabled agent only. */
  | "invalid-assignee"
  | "empty-text"
  | "too-long";

export class CaseActionError extends CodedError<CaseActionErrorCode> {
  override name = "CaseActionError";
}
