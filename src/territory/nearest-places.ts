/**
 * Places near a resident, by kind: "the nearest CAF desk", "where can I get food help".
 *
 * Distances are great-circle (haversine) in km, as the crow flies: good enough to order places within a
 * commune, not a walking time. A resident's position is only used for this computation (never stored here).
 */
import type { PlaceKind } from "../catalogue/schema.js";
import type { Place, Territory } from "./schema.js";

export interface Position {
  lat: number;
  lon: number;
}

export interface NearbyPlace {
  place: Place;
  distanceKm: number;
}

const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Places having any of the kinds, in file order (the order the CCAS chose). All places if kinds is empty. */
export function placesOfKinds(territory: Pick<Territory, "places">, kinds: readonly PlaceKind[]): Place[] {
  if (kinds.length === 0) return [...territory.places];
  return territory.places.filter((place) => place.kinds.some((kind) => kinds.includes(kind)));
}

/** Nearest first; ties keep file order. */
export function nearestPlaces(
  territory: Pick<Territory, "places">,
  from: Position,
  options: { kinds?: readonly PlaceKind[]; limit?: number } = {},
): NearbyPlace[] {
  const nearby = placesOfKinds(territory, options.kinds ?? [])
    .map((place) => ({ place, distanceKm: distanceKm(from, place) }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
  return options.limit === undefined ? nearby : nearby.slice(0, Math.max(0, options.limit));
}

/** An OpenStreetMap link centred on the place, with a marker. */
export function mapUrl(place: Pick<Place, "lat" | "lon">): string {
  // 5 decimals is about 1 m; Number() drops trailing zeros ("3.8771", not "3.87710").
  const lat = String(Number(place.lat.toFixed(5)));
  const lon = String(Number(place.lon.toFixed(5)));
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
}
