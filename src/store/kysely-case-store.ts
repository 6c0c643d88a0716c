/** The cases part of the Kysely store: case-queries.ts, what agents read (indicator-queries.ts) and the
 * retention purge of closed cases. */
import type { CaseStore } from "./cases.js";
import { inTransaction, type KyselyHandle } from "./kysely-handle.js";
import * as cases from "./case-queries.js";
import { markCaseRead, selectCaseActivity } from "./indicator-queries.js";
import { purgeClosedCaseRows } from "./retention-queries.js";
import { toMs } from "./row-mappers.js";

export function kyselyCaseStore({ db }: KyselyHandle): CaseStore {
  return {
    createCase: (c, now) => cases.createCase(db, c, now),
    getCase: (id) => cases.getCase(db, id),
    getCaseByReference: (reference) => cases.getCaseByReference(db, reference),
    findActiveCase: (conversationId) => cases.findActiveCase(db, conversationId),
    listCases: (filter) => cases.listCases(db, filter),
    updateCase: (id, changes) => cases.updateCase(db, id, changes),
    addCaseEvent: (e) => cases.addCaseEvent(db, e),
    listCaseEvents: (caseId) => cases.listCaseEvents(db, caseId),
    markCaseRead: (caseId, agentId, now) => inTransaction(db, (tx) => markCaseRead(tx, caseId, agentId, now)),
    caseActivity: (caseIds, agentId) => selectCaseActivity(db, caseIds, agentId),
    purgeClosedCases: (before) => inTransaction(db, (tx) => purgeClosedCaseRows(tx, toMs(before))),
  };
}
