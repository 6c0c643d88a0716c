/**
 * Indicators (migration 0006): counts of resident turns, the latest questions not understood, and case
 * timings — without personal data (no conversation, no text beyond a redacted question).
 */

/** One resident turn, without personal data (no conversation, no text). */
export interface NewTurnStat {
  at: Date;
  channel: string;
  language: string;
  level: number | null;
  entryId: string | null;
  theme: string | null;
  crisis: string | null;
  understood: boolean;
}

export interface TurnStatCount {
  /** Monday 00:00 UTC of the week. */
  weekStart: Date;
  level: number | null;
  theme: string | null;
  crisis: string | null;
  understood: boolean;
  count: number;
}

export interface UnansweredQuestion {
  at: Date;
  language: string;
  /** Redacted. */
  text: string;
}

export interface NewUnansweredQuestion extends UnansweredQuestion {
  /** Kept so that erasing or purging the conversation deletes the question too. */
  conversationId?: string | null;
}

export interface CaseTimings {
  createdAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  firstAnswerAt: Date | null;
}

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
