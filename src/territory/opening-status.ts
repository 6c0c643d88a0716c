/**
 * "Is it open now, until when, and what are its hours?" for one place, in the resident's language.
 *
 *   { openNow: true,  status: "Ouvert jusqu'à 17:00", hours: ["lun.–ven. : 08:30–12:00, 13:30–17:00", …] }
 *   { openNow: false, status: "Fermé · ouvre lundi à 08:30", hours: […] }
 *   { openNow: null,  status: "Horaires à vérifier (sur rendez-vous)", … }   // the file says "unknown"
 *
 * Evaluated in the territory's time zone whatever the server's TZ (see wall-clock.ts), with the
 * territory's public holidays. Texts are plain (channels escape them).
 */
import type { TFunction } from "i18next";
import { parseOpeningHours } from "./parse-opening-hours.js";
import type { Place, Territory } from "./schema.js";
import { TerritoryText } from "./territory-text.js";
import { calendarDaysBetween, fromProcessLocal, toProcessLocal, wallClockIn, type WallClock } from "./wall-clock.js";
import { weeklyHours } from "./weekly-hours.js";

export interface OpeningStatus {
  /** null when the file marks the current period as unknown (e.g. `unknown "sur rendez-vous"`). */
  openNow: boolean | null;
  status: string;
  hours: string[];
}

export interface OpeningContext {
  /** An i18next t with the `territory` namespace loaded (language and namespace are passed per call). */
  t: TFunction;
  territory: Pick<Territory, "timezone" | "country_code" | "region">;
}

/** How far ahead to look for the next opening (a place closed for the summer just says "closed"). */
const LOOKAHEAD_DAYS = 31;
/** Beyond this many days the next opening is given as a date, not a weekday. */
const WEEKDAY_HORIZON_DAYS = 6;

type State = "open" | "close" | "unknown";

export function openingStatus(
  place: Pick<Place, "opening_hours">,
  now: Date,
  locale: string,
  context: OpeningContext,
): OpeningStatus {
  const oh = parseOpeningHours(place.opening_hours, context.territory);
  const text = new TerritoryText(context.t, locale);
  const today = wallClockIn(now, context.territory.timezone);
  const localNow = toProcessLocal(today);
  const hours = weeklyHours(oh, place.opening_hours, today, text);

  // The iterator can stop at points where only the comment changes (or two rules meet at 12:00),
  // so advance until the state really changes.
  const iterator = oh.getIterator(localNow);
  const state: State = iterator.getStateString(undefined, false);
  const comment = iterator.getComment();
  const limit = new Date(localNow.getTime() + LOOKAHEAD_DAYS * 86_400_000);
  let change: WallClock | undefined;
  while (iterator.advance(limit)) {
    if (iterator.getStateString(undefined, false) !== state) {
      change = fromProcessLocal(iterator.getDate());
      break;
    }
  }

  if (state === "unknown") {
    const status = comment ? text.t("status.unknownWithComment", { comment }) : text.t("status.unknown");
    return { openNow: null, status, hours };
  }

  if (state === "open") {
    let status: string;
    if (!change) status = text.t("status.alwaysOpen");
    else {
      const days = calendarDaysBetween(today, change);
      // A close at midnight is "until 24:00" today, not "until tomorrow 00:00".
      const endOfDay = days === 1 && change.hour === 0 && change.minute === 0;
      const time = text.time24(change, endOfDay);
      if (days === 0 || endOfDay) status = text.t("status.openUntil", { time });
      else if (days === 1) status = text.t("status.openUntilTomorrow", { time });
      else status = text.t("status.openUntilDay", { day: text.weekdayLong(change), time });
    }
    if (comment) status = text.t("status.withComment", { status, comment });
    return { openNow: true, status, hours };
  }

  let status: string;
  if (!change) status = text.t("status.closed");
  else {
    const days = calendarDaysBetween(today, change);
    const time = text.time24(change);
    if (days === 0) status = text.t("status.opensToday", { time });
    else if (days === 1) status = text.t("status.opensTomorrow", { time });
    else if (days <= WEEKDAY_HORIZON_DAYS) status = text.t("status.opensDay", { day: text.weekdayLong(change), time });
    else status = text.t("status.opensDate", { date: text.dateLong(change), time });
  }
  return { openNow: false, status, hours };
}
