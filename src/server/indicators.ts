/**
 * The indicators page's figures, per week (Monday 00:00 UTC): questions per theme and per level, crises
 * per category, cases opened / taken / closed with the median time to the first answer, and the latest
 * questions not understood (redacted when they were stored). Built from the turn statistics the core
 * writes at each turn (no personal data) and from the cases' dates; also as CSV.
 */
import type { ConsoleLabels } from "../core/accueil-core.js";
import type { CaseTimings, TurnStatCount, UnansweredQuestion } from "../records/indicator-record.js";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-05, the first Monday after the epoch. */
const MONDAY_OFFSET_MS = 4 * DAY_MS;
/** A year of weeks at most in one page or export. */
export const MAX_PERIOD_DAYS = 371;
export const DEFAULT_WEEKS = 8;

/** The rows the figures are built from (the store implements it; see records/indicator-record.ts). */
export interface IndicatorReader {
  turnStatCounts(from: Date, to: Date): Promise<TurnStatCount[]>;
  listUnansweredQuestions(from: Date, to: Date): Promise<UnansweredQuestion[]>;
  caseTimings(from: Date, to: Date): Promise<CaseTimings[]>;
}

export type WeekCounts = Record<string, number>;

export interface IndicatorRow {
  key: string;
  label: string;
  counts: WeekCounts;
  total: number;
}

export interface Indicators {
  from: string;
  to: string;
  weeks: string[];
  questions: { all: IndicatorRow; notUnderstood: IndicatorRow };
  byTheme: IndicatorRow[];
  byLevel: IndicatorRow[];
  crises: IndicatorRow[];
  cases: { opened: IndicatorRow; taken: IndicatorRow; closed: IndicatorRow; medianFirstAnswerMinutes: Record<string, number | null> };
  unanswered: Array<{ at: string; language: string; text: string }>;
}

export function weekStartOf(date: Date): Date {
  return new Date(Math.floor((date.getTime() - MONDAY_OFFSET_MS) / WEEK_MS) * WEEK_MS + MONDAY_OFFSET_MS);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The period asked (YYYY-MM-DD, both days included), or the last weeks by default; null when invalid. */
export function parsePeriod(from: unknown, to: unknown, now: Date): { from: Date; toExclusive: Date } | null {
  const parseDay = (value: unknown) => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || day(date) !== value ? null : date;
  };
  const end = to === undefined ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) : parseDay(to);
  if (!end) return null;
  const start = from === undefined ? new Date(weekStartOf(end).getTime() - (DEFAULT_WEEKS - 1) * WEEK_MS) : parseDay(from);
  if (!start || start > end || end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS) return null;
  return { from: start, toExclusive: new Date(end.getTime() + DAY_MS) };
}

function row(key: string, label: string): IndicatorRow {
  return { key, label, counts: {}, total: 0 };
}

function add(target: IndicatorRow, week: string, count: number): void {
  target.counts[week] = (target.counts[week] ?? 0) + count;
  target.total += count;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function buildIndicators(store: IndicatorReader, period: { from: Date; toExclusive: Date }, labels: ConsoleLabels): Promise<Indicators> {
  const weeks: string[] = [];
  for (let w = weekStartOf(period.from).getTime(); w < period.toExclusive.getTime(); w += WEEK_MS) weeks.push(day(new Date(w)));
  const inPeriod = (date: Date | null) => date !== null && date >= period.from && date < period.toExclusive;

  const all = row("all", "");
  const notUnderstood = row("not-understood", "");
  const themes = new Map<string, IndicatorRow>();
  const levels = new Map<string, IndicatorRow>();
  const crises = new Map<string, IndicatorRow>();
  const get = (map: Map<string, IndicatorRow>, key: string, label: string) => {
    let found = map.get(key);
    if (!found) map.set(key, (found = row(key, label)));
    return found;
  };
  for (const stat of await store.turnStatCounts(period.from, period.toExclusive)) {
    const week = day(stat.weekStart);
    add(all, week, stat.count);
    if (!stat.understood) add(notUnderstood, week, stat.count);
    if (stat.theme) add(get(themes, stat.theme, labels.themes[stat.theme] ?? stat.theme), week, stat.count);
    const level = stat.level === null ? "none" : String(stat.level);
    add(get(levels, level, level), week, stat.count);
    if (stat.crisis) add(get(crises, stat.crisis, stat.crisis), week, stat.count);
  }

  const opened = row("opened", "");
  const taken = row("taken", "");
  const closed = row("closed", "");
  const waits = new Map<string, number[]>();
  for (const c of await store.caseTimings(period.from, period.toExclusive)) {
    if (inPeriod(c.createdAt)) {
      const week = day(weekStartOf(c.createdAt));
      add(opened, week, 1);
      if (c.firstAnswerAt) waits.set(week, [...(waits.get(week) ?? []), (c.firstAnswerAt.getTime() - c.createdAt.getTime()) / 60_000]);
    }
    if (inPeriod(c.claimedAt)) add(taken, day(weekStartOf(c.claimedAt!)), 1);
    if (inPeriod(c.closedAt)) add(closed, day(weekStartOf(c.closedAt!)), 1);
  }
  const medianFirstAnswerMinutes: Record<string, number | null> = {};
  for (const week of weeks) {
    const m = median(waits.get(week) ?? []);
    medianFirstAnswerMinutes[week] = m === null ? null : Math.round(m);
  }

  const byKey = (a: IndicatorRow, b: IndicatorRow) => b.total - a.total || a.key.localeCompare(b.key);
  return {
    from: day(period.from),
    to: day(new Date(period.toExclusive.getTime() - DAY_MS)),
    weeks,
    questions: { all, notUnderstood },
    byTheme: [...themes.values()].sort(byKey),
    byLevel: [...levels.values()].sort((a, b) => a.key.localeCompare(b.key)),
    crises: [...crises.values()].sort(byKey),
    cases: { opened, taken, closed, medianFirstAnswerMinutes },
    unanswered: (await store.listUnansweredQuestions(period.from, period.toExclusive)).map((q) => ({ at: q.at.toISOString(), language: q.language, text: q.text })),
  };
}

/** A spreadsheet must not read a cell as a formula (=, +, -, @ at the start). */
function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per figure: indicator, key, label, week, value; then the questions not understood. */
export function indicatorsCsv(data: Indicators): string {
  const lines: Array<Array<string | number | null>> = [["indicator", "key", "label", "week", "value"]];
  const rows = (indicator: string, list: IndicatorRow[]) => {
    for (const r of list) for (const week of data.weeks) lines.push([indicator, r.key, r.label, week, r.counts[week] ?? 0]);
  };
  rows("questions", [data.questions.all]);
  rows("not-understood", [data.questions.notUnderstood]);
  rows("theme", data.byTheme);
  rows("level", data.byLevel);
  rows("crisis", data.crises);
  rows("cases", [data.cases.opened, data.cases.taken, data.cases.closed]);
  for (const week of data.weeks) lines.push(["cases", "median-first-answer-minutes", "", week, data.cases.medianFirstAnswerMinutes[week] ?? null]);
  for (const q of data.unanswered) lines.push(["unanswered", q.language, q.text, q.at.slice(0, 10), ""]);
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
