/**
 * The `opening_hours` package evaluates dates in the PROCESS's local time zone (it calls getDay(),
 * getHours(), new Date(y, m, d)…). A server running in UTC would then tell a resident in Paris that the
 * CCAS is open at 08:00 when it is 09:00 there, and get it wrong by two hours in summer.
 *
 * So we never hand it a real instant. We take the wall-clock time in the territory's zone (say 09:15 on
 * Monday in Europe/Paris), build a Date that shows that same wall-clock time in the process's zone, and let
 * the parser work on that. What it returns (next change, intervals) is read back as wall-clock parts and
 * only ever formatted, never compared with real instants.
 *
 * Remaining edge: if the process's own zone has a DST gap at that wall-clock time (process in New York,
 * 02:30 on a US spring-forward night), JavaScript moves it by one hour. Servers run in UTC (no gaps) or in
 * the territory's zone (where that wall-clock time exists by construction), so it does not arise in
 * practice.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time an instant shows in a time zone. */
export function wallClockIn(instant: Date, timeZone: string): WallClock {
  const parts = partFormatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** A Date whose process-local fields are the given wall-clock time (what opening_hours reads). */
export function toProcessLocal(wall: WallClock): Date {
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The wall-clock fields of a process-local Date that opening_hours returned. */
export function fromProcessLocal(date: Date): WallClock {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
}

/**
 * A wall-clock time as a UTC Date, for formatting with Intl and timeZone "UTC" (so the process's zone
 * cannot shift it again) and for counting calendar days.
 */
export function wallAsUtc(wall: WallClock): Date {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
}

/** Whole calendar days from one wall-clock date to another (0 = same day). */
export function calendarDaysBetween(from: WallClock, to: WallClock): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}
