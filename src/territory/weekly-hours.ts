/**
 * The weekly hours of a place as short lines for a chat message:
 *   "lun.–ven. : 08:30–12:00, 13:30–17:00", "mar. : 08:30–12:00, 13:30–19:00", "sam., dim. : fermé",
 *   "Fermé les jours fériés".
 *
 * Computed from the parser (not by re-reading the string), so what is listed is what "open now" uses.
 * A public holiday in the current week would make its weekday look closed; such a day is replaced by the
 * same weekday of a following week, and holidays get their own line.
 */
import type OpeningHours from "opening_hours";
import type { TerritoryText } from "./territory-text.js";
import { fromProcessLocal, toProcessLocal, type WallClock } from "./wall-clock.js";

const DAY_MS = 86_400_000;

/** Wall-clock midnight `offset` days after `day` (calendar arithmetic in UTC: no DST involved). */
function addDays(day: WallClock, offset: number): WallClock {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day) + offset * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, second: 0 };
}

function isHoliday(oh: OpeningHours, day: WallClock): boolean {
  return oh.getPublicHolidayContext(toProcessLocal({ ...day, hour: 12 })).isHoliday;
}

/**
 * "08:30–12:00, 13:30–17:00" for one day, or "" when closed all day. On a public holiday the parser
 * puts the holiday's name in the comment ("Lundi de Pâques"): the holiday line leaves it out.
 */
function dayTimes(oh: OpeningHours, day: WallClock, text: TerritoryText, withComments = true): string {
  const start = toProcessLocal(day);
  const end = toProcessLocal(addDays(day, 1));
  const pieces = oh.getOpenIntervals(start, end).map(([from, to, unknown, comment]) => {
    const range = text.t("hours.interval", {
      from: text.time24(fromProcessLocal(from)),
      to: text.time24(fromProcessLocal(to), to.getTime() === end.getTime()),
    });
    if (comment && withComments) return text.t("hours.withComment", { times: range, comment });
    return unknown ? text.t("hours.uncertain", { times: range }) : range;
  });
  return pieces.join(text.t("hours.separator"));
}

/** "lun.–ven." for runs of three days or more, "mar., jeu." otherwise. */
function daysLabel(indexes: number[], monday: WallClock, text: TerritoryText): string {
  const names = indexes.map((i) => text.weekdayShort(addDays(monday, i)));
  const labels: string[] = [];
  let runStart = 0;
  for (let k = 1; k <= indexes.length; k++) {
    const continues = k < indexes.length && indexes[k] === (indexes[k - 1] ?? -2) + 1;
    if (continues) continue;
    const run = names.slice(runStart, k);
    if (run.length >= 3) labels.push(text.t("hours.dayRange", { from: run[0] ?? "", to: run[run.length - 1] ?? "" }));
    else labels.push(...run);
    runStart = k;
  }
  return labels.join(text.t("hours.separator"));
}

export function weeklyHours(oh: OpeningHours, value: string, today: WallClock, text: TerritoryText): string[] {
  const todayUtc = new Date(Date.UTC(today.year, today.month - 1, today.day));
  const monday = addDays(today, -((todayUtc.getUTCDay() + 6) % 7));

  const timesByWeekday: string[] = [];
  for (let i = 0; i < 7; i++) {
    let day = addDays(monday, i);
    for (let week = 1; week <= 5 && isHoliday(oh, day); week++) day = addDays(monday, i + 7 * week);
    timesByWeekday.push(dayTimes(oh, day, text));
  }

  const allDay = text.t("hours.interval", { from: text.time24(monday), to: text.time24(monday, true) });
  if (timesByWeekday.every((times) => times === allDay)) return [text.t("hours.always")];

  // Group identical days, in the order of their first weekday; closed days last.
  const groups = new Map<string, number[]>();
  timesByWeekday.forEach((times, i) => groups.set(times, [...(groups.get(times) ?? []), i]));
  const lines: string[] = [];
  for (const [times, indexes] of groups) {
    if (times !== "") lines.push(text.t("hours.line", { days: daysLabel(indexes, monday, text), times }));
  }
  const closed = groups.get("");
  if (closed) lines.push(text.t("hours.closedLine", { days: daysLabel(closed, monday, text) }));

  if (/\bPH\b/.test(value)) {
    for (let offset = 0; offset < 400; offset++) {
      const day = addDays(today, offset);
      if (!isHoliday(oh, day)) continue;
      const times = dayTimes(oh, day, text, false);
      lines.push(times === "" ? text.t("hours.holidaysClosed") : text.t("hours.holidays", { times }));
      break;
    }
  }
  return lines;
}
