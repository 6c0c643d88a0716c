/**
 * Indicators (migration 0006): counts of resident turns, the latest questions not understood, and case
 * timings — without personal data (no conversation, no text beyond a redacted question). The records
 * are in records/indicator-record.ts.
 */
import type { CaseTimings, NewTurnStat, NewUnansweredQuestion, TurnStatCount, UnansweredQuestion } from "../records/indicator-record.js";

export type { CaseTimings, NewTurnStat, NewUnansweredQuestion, TurnStatCount, UnansweredQuestion } from "../records/indicator-record.js";

/** No personal data; see migrations/0006-turn-stats.ts. */
export interface IndicatorStore {
  recordTurnStat(stat: NewTurnStat): Promise<void>;
  /** Stores a question not understood, already redacted; only the latest 100 are kept. */
  recordUnansweredQuestion(q: NewUnansweredQuestion): Promise<void>;
  turnStatCounts(from: Date, to: Date): Promise<TurnStatCount[]>;
  listUnansweredQuestions(from: Date, to: Date): Promise<UnansweredQuestion[]>;
  caseTimings(from: Date, to: Date): Promise<CaseTimings[]>;
  purgeTurnStats(before: Date): Promise<number>;
  purgeUnansweredQuestions(before: Date): Promise<number>;
}
