/**
 * Months as "YYYY-MM" strings, and ages computed the way OpenFisca-France computes them.
 */

/** A calendar month, "YYYY-MM". */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: Month): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month (YYYY-MM): ${month}`);
  return [Number(match[1]), Number(match[2])];
}

/** The month `offset` months after (negative: before) `month`. */
export function addMonths(month: Month, offset: number): Month {
  const [year, m] = parts(month);
  const index = year * 12 + (m - 1) + offset;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The `count` months that end just before `month` (oldest first): OpenFisca's `period.last_3_months` for 3. */
export function monthsBefore(month: Month, count: number): Month[] {
  return Array.from({ length: count }, (_v, k) => addMonths(month, k - count));
}

/** "YYYY-MM-01", the first day of the month (OpenFisca evaluates parameters on that day). */
export function firstDay(month: Month): string {
  parts(month);
  return `${month}-01`;
}

/** Months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: Month, to: Month): number {
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(to);
  return (y2 - y1) * 12 + (m2 - m1);
}

const DAY_MS = 86_400_000;
/** numpy converts days to years and months with the Gregorian averages: 400 years are 146 097 days. */
const DAYS_PER_400_YEARS = 146_097;

function daysFromBirth(birth: string, month: Month): number {
  const start = Date.parse(`${firstDay(month)}T00:00:00Z`);
  const born = Date.parse(`${birth}T00:00:00Z`);
  if (Number.isNaN(born)) throw new Error(`not a date (YYYY-MM-DD): ${birth}`);
  return Math.round((start - born) / DAY_MS);
}

/**
 * Age in whole years on the first day of the month, as OpenFisca computes it from a birth date:
 * `(first day − birth + 1 day)` converted to years by numpy (365.2425-day years), rounded down.
 */
export function ageInYears(birth: string, month: Month): number {
  return Math.floor(((daysFromBirth(birth, month) + 1) * 400) / DAYS_PER_400_YEARS);
}

/** Age in whole months on the first day of the month (negative before birth), as OpenFisca computes it. */
export function ageInMonths(birth: string, month: Month): number {
  return Math.floor(((daysFromBirth(birth, month) + 1) * 4800) / DAYS_PER_400_YEARS);
}

/** The year of a month, as a number. */
export function yearOf(month: Month): number {
  return parts(month)[0];
}
