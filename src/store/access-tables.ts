/**
 * Kysely row types of the tables added by migration 0005 (the audit log and failed sign-ins). Same
 * storage conventions as database.ts: epoch milliseconds, JSON as text.
 */
import type { Generated } from "kysely";

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  /** A console agent's id, a channel-scoped id ("slack:U123"), or null (the resident opened the case). */
  agent_id: string | null;
  action: string;
  case_id: string;
  /** JSON text: Record<string, string>, never personal data. */
  detail: string;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /** A hash of the username as typed (agents/login-throttle.ts usernameKey), whether or not such an agent exists. */
  username: string;
  /** The client address the attempt came from. */
  address: string;
  at: number;
}
