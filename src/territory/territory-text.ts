/**
 * Words and formats for showing places to residents: sentence templates come from the `territory`
 * i18next namespace; weekday names, dates and times come from Intl for the resident's locale, so no
 * weekday list has to be translated by hand.
 *
 * Output is plain text (interpolation escaping off): each channel escapes for its own medium.
 */
import type { TFunction } from "i18next";
import { wallAsUtc, type WallClock } from "./wall-clock.js";

export const TERRITORY_NAMESPACE = "territory";

type PlainTranslate = (key: string, options: Record<string, unknown>) => string;

export class TerritoryText {
  private readonly translate: PlainTranslate;
  private readonly time: Intl.DateTimeFormat;
  private readonly midnightEnd: Intl.DateTimeFormat;
  private readonly shortDay: Intl.DateTimeFormat;
  private readonly longDay: Intl.DateTimeFormat;
  private readonly dayMonth: Intl.DateTimeFormat;

  constructor(
    t: TFunction,
    readonly locale: string,
  ) {
    // TFunction's generic key typing (once the app declares its resources) would reject plain string
    // keys built here; the call itself is the ordinary t(key, options).
    this.translate = t as unknown as PlainTranslate;
    // 24-hour clock in every language: it matches the hours posted on the door and in the territory file.
    const base = { timeZone: "UTC", hour: "2-digit", minute: "2-digit" } as const;
    this.time = new Intl.DateTimeFormat(locale, { ...base, hourCycle: "h23" });
    this.midnightEnd = new Intl.DateTimeFormat(locale, { ...base, hourCycle: "h24" });
    this.shortDay = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short" });
    this.longDay = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long" });
    this.dayMonth = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" });
  }

  t(key: string, values: Record<string, string> = {}): string {
    return this.translate(key, {
      ...values,
      lng: this.locale,
      ns: TERRITORY_NAMESPACE,
      interpolation: { escapeValue: false },
    });
  }

  /** "08:30"; an end of day is "24:00" rather than "00:00". */
  time24(wall: WallClock, endOfDay = false): string {
    return (endOfDay ? this.midnightEnd : this.time).format(wallAsUtc(wall));
  }

  /** "lun." */
  weekdayShort(wall: WallClock): string {
    return this.shortDay.format(wallAsUtc(wall));
  }

  /** "lundi" */
  weekdayLong(wall: WallClock): string {
    return this.longDay.format(wallAsUtc(wall));
  }

  /** "lundi 5 janvier" */
  dateLong(wall: WallClock): string {
    return this.dayMonth.format(wallAsUtc(wall));
  }
}
