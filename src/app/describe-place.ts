/** Renders a territory place for residents: opening status in the territory's time zone, map link. */
import type { Translations } from "../i18n/create-i18n.js";
import type { PlaceCard } from "../core/messages.js";
import { distanceKm, mapUrl } from "../territory/nearest-places.js";
import { openingStatus } from "../territory/opening-status.js";
import type { Place, Territory } from "../territory/schema.js";

export function createPlaceDescriber(territory: Territory, i18n: Translations) {
  return (place: Place, now: Date, lang: string, from?: { lat: number; lon: number }): PlaceCard => {
    const status = openingStatus(place, now, lang, { t: i18n.t(lang, "territory"), territory });
    const card: PlaceCard = {
      name: place.name,
      address: place.address,
      openNow: status.openNow,
      status: status.status,
      hours: status.hours,
      mapUrl: mapUrl(place),
    };
    if (place.phone) card.phone = place.phone;
    if (from) card.distanceKm = Math.round(distanceKm(from, place) * 10) / 10;
    return card;
  };
}

/** The first place of the territory is the CCAS desk: open now or not, and its weekly hours (widget header). */
export function createDeskOpening(territory: Territory, i18n: Translations, clock: { now(): Date }) {
  const describe = createPlaceDescriber(territory, i18n);
  return (lang: string): { status: string; hours: string[] } | undefined => {
    const place = territory.places[0];
    if (!place) return undefined;
    const card = describe(place, clock.now(), lang);
    return { status: card.status, hours: card.hours };
  };
}
