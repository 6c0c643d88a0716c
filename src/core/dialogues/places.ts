/**
 * "Where to go": the territory's places of the kinds an entry names, with whether they are open now;
 * and the nearest places when a resident shares a location.
 */
import type { Place } from "../../territory/schema.js";
import { distanceKm } from "../../territory/nearest-places.js";
import { entryTitle } from "../entry-view.js";
import { isolateForLanguage } from "../bidi.js";
import { offer, say, type Turn } from "../turn.js";
import { encodePayload } from "../payloads.js";

const MAX_PLACES = 3;
/** Places for an entry come two at a time, the open ones first: a phone screen holds two cards. */
const PLACES_PER_PAGE = 2;

/** Kinds that can help with anything when an entry names no place in this territory. */
const FALLBACK_KINDS = ["ccas", "france-services"] as const;

export function placesForKinds(turn: Turn, kinds: readonly string[]): Place[] {
  return turn.deps.territory.places.filter((p) => p.kinds.some((k) => kinds.includes(k)));
}

export function showPlacesForEntry(turn: Turn, entryId: string, from = 0): void {
  const entry = turn.deps.catalogue.get(entryId);
  if (!entry) return;
  let places = placesForKinds(turn, entry.where);
  if (places.length === 0) places = placesForKinds(turn, FALLBACK_KINDS);
  if (places.length === 0) {
    say(turn, turn.t("places.none", { phone: isolateForLanguage(turn.deps.territory.phone, turn.lang) }));
    return;
  }
  // Open now first, then those whose hours are unknown, then closed; the territory's order within each.
  const rank = (open: boolean | null | undefined): number => (open === true ? 0 : open === false ? 2 : 1);
  const cards = places
    .map((place, index) => ({ card: turn.deps.describePlace(place, turn.now, turn.lang), index }))
    .sort((a, b) => rank(a.card.openNow) - rank(b.card.openNow) || a.index - b.index);
  const start = Math.max(0, Math.min(from, cards.length - 1));
  if (start === 0) say(turn, turn.t("places.where_intro", { title: entryTitle(entry, turn.lang) }));
  for (const { card } of cards.slice(start, start + PLACES_PER_PAGE)) turn.replies.push({ kind: "place", place: card });
  const next = start + PLACES_PER_PAGE;
  if (next < cards.length) {
    offer(turn, turn.t("places.more_prompt", { count: cards.length - next }), [{ label: turn.t("choice.more_places"), payload: encodePayload({ kind: "where", entryId: entry.id, offset: next }) }]);
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
