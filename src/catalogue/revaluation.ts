/**
 * Freshness: most amounts are revalued on a known yearly date (1 January for ceilings, 1 April for most
 * benefits, 1 August for a few). A figure whose period began before the latest such date, and that nobody
 * has checked since that date, may be out of date.
 */
import { REVALUATIONS, type Revaluation } from "./schema.js";

/** The most recent `revaluation` date on or before `today` (YYYY-MM-DD). */
export function latestRevaluation(revaluation: Revaluation, today: Date): string {
  const monthDay = REVALUATIONS[revaluation];
  const year = today.getUTCFullYear();
  const thisYear = `${year}-${monthDay}`;
  return thisYear <= isoDay(today) ? thisYear : `${year - 1}-${monthDay}`;
}

/**
 * The revaluation date that superseded the figure's period, or null while it is current: the figure's
 * period began before that date (or ended before it) and its last check, if any, predates it.
 */
export function supersededOn(
  figure: { revalued?: Revaluation | undefined; effective_from: string; effective_until?: string | undefined; verified_on?: string | undefined },
  today: Date,
): string | null {
  if (!figure.revalued) return null;
  const latest = latestRevaluation(figure.revalued, today);
  if (figure.effective_from >= latest) return null;
  if (!figure.effective_until && figure.verified_on && figure.verified_on >= latest) return null;
  return latest;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
