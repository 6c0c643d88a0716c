/**
 * "Where to go": the territory's places of the kinds an entry names, with whether they are open now;
 * and the nearest places when a resident shares a location.
 */
import type { Place } from "../../territory/schema.js";
import { distanceKm } from "../../territory/nearest-places.js";
import { entryTitle } from "../entry-view.js";
import { isolateForLanguage } from "../bidi.js";
import { say, type Turn } from "../turn.js";

const MAX_PLACES = 3;

/** Kinds that can help with anything when an entry names no place in this territory. */
const FALLBACK_KINDS = ["ccas", "france-services"] as const;

export function placesForKinds(turn: Turn, kinds: readonly string[]): Place[] {
  return turn.deps.territory.places.filter((p) => p.kinds.some((k) => kinds.includes(k)));
}

export function showPlacesForEntry(turn: Turn, entryId: string): void {
  const entry = turn.deps.catalogue.get(entryId);
  if (!entry) return;
  let places = placesForKinds(turn, entry.where);
  if (places.length === 0) places = placesForKinds(turn, FALLBACK_KINDS);
  if (places.length === 0) {
    say(turn, turn.t("places.none", { phone: isolateForLanguage(turn.deps.territory.phone, turn.lang) }));
    return;
  }
  say(turn, turn.t("places.where_intro", { title: entryTitle(entry, turn.lang) }));
  for (const place of places.slice(0, MAX_PLACES)) {
    turn.replies.push({ kind: "place", place: turn.deps.describePlace(place, turn.now, turn.lang) });
  }
}

export function showPlaces(turn: Turn, places: readonly Place[]): void {
  for (const place of places.slice(0, MAX_PLACES)) {
    turn.replies.push({ kind: "place", place: turn.deps.describePlace(place, turn.now, turn.lang) });
  }
}

/** Nearest places to a shared location: the kinds of the entry in focus, else the general desks. */
export function showNearestPlaces(turn: Turn, location: { lat: number; lon: number }): void {
  const entry = turn.state.entryId ? turn.deps.catalogue.get(turn.state.entryId) : undefined;
  let candidates = entry ? placesForKinds(turn, entry.where) : [];
  if (candidates.length === 0) candidates = placesForKinds(turn, [...FALLBACK_KINDS, "conseiller-numerique", "aide-alimentaire"]);
  if (candidates.length === 0) candidates = [...turn.deps.territory.places];
  const sorted = candidates
    .map((place) => ({ place, km: distanceKm(location, place) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, MAX_PLACES);
  say(turn, turn.t("places.nearest"));
  for (const { place } of sorted) {
    turn.replies.push({ kind: "place", place: turn.deps.describePlace(place, turn.now, turn.lang, location) });
  }
}
