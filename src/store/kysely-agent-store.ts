/** The agents part of the Kysely store: accounts, sessions and setup tokens (agent-queries.ts), sign-in
 * hygiene (sign-in-queries.ts), and the audit log (audit-queries.ts). */
import type { AgentStore, AuditStore } from "./agents.js";
import type { KyselyHandle } from "./kysely-handle.js";
import * as agents from "./agent-queries.js";
import * as audit from "./audit-queries.js";
import * as signIn from "./sign-in-queries.js";

export function kyselyAgentStore({ db }: KyselyHandle): AgentStore {
  return {
    createAgent: (a, now) => agents.createAgent(db, a, now),
    getAgent: (id) => agents.getAgent(db, id),
    findAgentByUsername: (username) => agents.findAgentByUsername(db, username),
    countAgents: () => agents.countAgents(db),
    listAgents: () => signIn.selectAgents(db),
    setAgentDisabled: (agentId, disabledAt) => signIn.updateAgentDisabled(db, agentId, disabledAt),

    createSession: (tokenHash, agentId, expiresAt, now) => agents.createSession(db, tokenHash, agentId, expiresAt, now),
    findSession: (tokenHash, now) => agents.findSession(db, tokenHash, now),
    deleteSession: (tokenHash) => agents.deleteSession(db, tokenHash),
    touchSession: (tokenHash, now) => signIn.updateSessionSeen(db, tokenHash, now),
    deleteAgentSessions: (agentId) => signIn.deleteSessionsOf(db, agentId),
    pruneSessions: (now, idleSince) => signIn.deleteExpiredSessions(db, now, idleSince),

    createSetupToken: (tokenHash, expiresAt) => agents.createSetupToken(db, tokenHash, expiresAt),
    setupTokenValidUntil: (now) => agents.setupTokenValidUntil(db, now),
    consumeSetupToken: (tokenHash, now) => agents.consumeSetupToken(db, tokenHash, now),
    pruneSetupTokens: (now) => signIn.deleteExpiredSetupTokens(db, now),

    recordLoginFailure: (username, address, at) => signIn.insertLoginFailure(db, username, address, at),
    countLoginFailures: (username, address, since) => signIn.countFailures(db, username, address, since),
    clearLoginFailures: (username, address) => signIn.deleteFailuresOf(db, username, address),
    pruneLoginFailures: (before) => signIn.deleteFailuresBefore(db, before),
  };
}

export function kyselyAuditStore({ db }: KyselyHandle): AuditStore {
  return {
    recordAudit: (entry) => audit.insertAudit(db, entry),
    listAudit: (query) => audit.selectAudit(db, query),
    lastAuditAt: (caseId, agentId, action) => audit.selectLastAuditAt(db, caseId, agentId, action),
  };
}
