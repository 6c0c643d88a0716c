import { describe, expect, it } from "vitest";
import { loadTerritory } from "../../src/territory/load-territory.js";
import { distanceKm, mapUrl, nearestPlaces, placesOfKinds } from "../../src/territory/nearest-places.js";

const territory = loadTerritory("content/territory/demo.yml");
const ccas = territory.places.find((p) => p.id === "ccas-villebelle")!;

describe("distanceKm", () => {
  it("matches known great-circle distances", () => {
    // Paris (Notre-Dame) – Montpellier (Comédie): 594.87 km by the spherical law of cosines (checked apart).
    expect(distanceKm({ lat: 48.853, lon: 2.3499 }, { lat: 43.6086, lon: 3.8797 })).toBeCloseTo(594.87, 1);
    // One degree of latitude is about 111.2 km.
    expect(distanceKm({ lat: 43, lon: 3.88 }, { lat: 44, lon: 3.88 })).toBeCloseTo(111.2, 1);
    expect(distanceKm(ccas, ccas)).toBe(0);
  });
});

describe("nearestPlaces", () => {
  it("orders all places from a point, nearest first", () => {
    const nearby = nearestPlaces(territory, { lat: ccas.lat, lon: ccas.lon });
    expect(nearby).toHaveLength(territory.places.length);
    expect(nearby[0]?.place.id).toBe("ccas-villebelle");
    expect(nearby[0]?.distanceKm).toBe(0);
    for (let i = 1; i < nearby.length; i++) expect(nearby[i]!.distanceKm).toBeGreaterThanOrEqual(nearby[i - 1]!.distanceKm);
    // The point-justice is the closest other place (about 180 m), the night shelter the farthest.
    expect(nearby[1]?.place.id).toBe("point-justice-villebelle");
    expect(nearby.at(-1)?.place.id).toBe("accueil-urgence-tilleuls");
  });

  it("filters by kind and limits", () => {
    const food = nearestPlaces(territory, { lat: 43.615, lon: 3.87 }, { kinds: ["aide-alimentaire"] });
    expect(food.map((n) => n.place.id)).toEqual(["distribution-alimentaire-partage", "epicerie-sociale-escale"]);
    const fromSouth = nearestPlaces(territory, { lat: 43.604, lon: 3.874 }, { kinds: ["aide-alimentaire"], limit: 1 });
    expect(fromSouth.map((n) => n.place.id)).toEqual(["epicerie-sociale-escale"]);
    expect(nearestPlaces(territory, ccas, { kinds: ["crous"] })).toEqual([]);
    expect(nearestPlaces(territory, ccas, { limit: 0 })).toEqual([]);
  });
});

describe("placesOfKinds", () => {
  it("keeps file order and matches any of the kinds", () => {
    expect(placesOfKinds(territory, ["caf", "cpam"]).map((p) => p.id)).toEqual(["caf-villebelle", "cpam-villebelle"]);
    expect(placesOfKinds(territory, ["point-conseil-budget"]).map((p) => p.id)).toEqual(["epicerie-sociale-escale"]);
    expect(placesOfKinds(territory, [])).toHaveLength(territory.places.length);
  });
});

describe("mapUrl", () => {
  it("links to OpenStreetMap with a marker at zoom 18", () => {
    expect(mapUrl(ccas)).toBe("https://www.openstreetmap.org/?mlat=43.6112&mlon=3.8771#map=18/43.6112/3.8771");
    expect(mapUrl({ lat: 43.123456789, lon: -1.5 })).toBe("https://www.openstreetmap.org/?mlat=43.12346&mlon=-1.5#map=18/43.12346/-1.5");
  });
});
