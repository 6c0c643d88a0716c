/**
 * Indicators (migration 0006): counts of resident turns, the latest questions not understood, and case
 * timings — without personal data (no conversation, no text beyond a redacted question). The core writes
 * them at each turn; the console's indicators page reads them.
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
