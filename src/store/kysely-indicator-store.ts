/** The indicators part of the Kysely store (indicator-queries.ts). */
import type { IndicatorStore } from "./indicators.js";
import { inTransaction, type KyselyHandle } from "./kysely-handle.js";
import * as indicators from "./indicator-queries.js";
import { toMs } from "./row-mappers.js";

export function kyselyIndicatorStore({ db }: KyselyHandle): IndicatorStore {
  return {
    recordTurnStat: (stat) => indicators.insertTurnStat(db, stat),
    // The insert and the trim to the latest questions go together.
    recordUnansweredQuestion: (q) => inTransaction(db, (tx) => indicators.insertUnansweredQuestion(tx, q)),
    turnStatCounts: (from, to) => indicators.selectTurnStatCounts(db, toMs(from), toMs(to)),
    listUnansweredQuestions: (from, to) => indicators.selectUnansweredQuestions(db, toMs(from), toMs(to)),
    caseTimings: (from, to) => indicators.selectCaseTimings(db, toMs(from), toMs(to)),
    purgeTurnStats: (before) => indicators.purgeTurnStats(db, toMs(before)),
    purgeUnansweredQuestions: (before) => indicators.purgeUnansweredQuestions(db, toMs(before)),
  };
}
