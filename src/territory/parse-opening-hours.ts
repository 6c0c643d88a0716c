/**
 * Builds an `opening_hours` evaluator for a place, with the public holidays of the territory.
 *
 * The parser needs a country (and for Alsace-Moselle and overseas, a region) to know which days "PH"
 * means; without one it throws on any value that mentions PH. Warnings are treated as errors: they flag
 * real authoring mistakes ("08h-12h", "lundi", two time ranges without a comma) that would otherwise
 * show residents wrong hours.
 */
import OpeningHours from "opening_hours";
import type { Territory } from "./schema.js";

/** The parts of a territory the parser needs. */
export type HolidayContext = Pick<Territory, "country_code"> & { region?: string | undefined };

export class OpeningHoursError extends Error {
  constructor(
    readonly value: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid opening_hours "${value}": ${problems.join(" / ")}`);
    this.name = "OpeningHoursError";
  }
}

const cache = new Map<string, OpeningHours>();

export function parseOpeningHours(value: string, context: HolidayContext): OpeningHours {
  const key = `${context.country_code}|${context.region ?? ""}|${value}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // lat/lon are only used by the parser for sunrise/sunset ("sunrise-sunset"); the territory's places
  // are all within a few km, so any point in the country would do. 0,0 keeps this independent of places.
  const nominatim = { lat: 0, lon: 0, address: { country_code: context.country_code.toLowerCase(), state: context.region ?? "" } };
  let parsed: OpeningHours;
  try {
    parsed = new OpeningHours(value, nominatim, { locale: "en", mode: 0, tag_key: undefined, map_value: undefined, warnings_severity: 4 });
  } catch (error) {
    // The parser throws strings, not Errors.
    throw new OpeningHoursError(value, [String(error instanceof Error ? error.message : error).trim()]);
  }
  const warnings = parsed.getWarnings();
  if (warnings.length > 0) throw new OpeningHoursError(value, warnings.map((w) => w.replace(/\s+/g, " ").trim()));
  cache.set(key, parsed);
  return parsed;
}
