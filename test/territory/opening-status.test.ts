/**
 * Opening status with the real opening_hours parser, fixed instants, and the server's TZ forced to
 * zones other than Paris: the parser reads process-local time, so every expectation below must hold
 * whatever TZ the server runs in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TFunction } from "i18next";
import { loadTerritory } from "../../src/territory/load-territory.js";
import { openingStatus, type OpeningContext } from "../../src/territory/opening-status.js";
import type { Place, Territory } from "../../src/territory/schema.js";
import { territoryT } from "./territory-i18n.js";

const territory: Territory = loadTerritory("content/territory/demo.yml");
const place = (id: string): Place => {
  const found = territory.places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id} in the demo territory`);
  return found;
};
const ccas = place("ccas-villebelle");
const mediatheque = place("mediatheque-villebelle");
const shelter = place("accueil-urgence-tilleuls");
const foodBank = place("distribution-alimentaire-partage");
const withHours = (opening_hours: string): Pick<Place, "opening_hours"> => ({ opening_hours });

let t: TFunction;
let context: OpeningContext;
const originalTz = process.env["TZ"];

beforeAll(async () => {
  t = await territoryT();
  context = { t, territory };
});
afterAll(() => {
  if (originalTz === undefined) delete process.env["TZ"];
  else process.env["TZ"] = originalTz;
});

// Node applies a runtime change of process.env.TZ to Date's local-time methods.
describe.each(["UTC", "Europe/Paris", "America/New_York", "Pacific/Kiritimati"])("server TZ=%s", (serverTz) => {
  beforeEach(() => {
    process.env["TZ"] = serverTz;
  });

  it("really runs with that server time zone", () => {
    const offsets: Record<string, number> = { UTC: 0, "Europe/Paris": -60, "America/New_York": 300, "Pacific/Kiritimati": -840 };
    expect(new Date("2026-01-15T12:00:00Z").getTimezoneOffset()).toBe(offsets[serverTz]);
  });

  it("is closed before opening and says when it opens (Monday 07:59 in Paris, winter)", () => {
    const s = openingStatus(ccas, new Date("2026-03-02T06:59:00Z"), "fr", context);
    expect(s.openNow).toBe(false);
    expect(s.status).toBe("Fermé · ouvre à 08:30");
  });

  it("is open at 08:30 Paris time and gives the closing time", () => {
    const s = openingStatus(ccas, new Date("2026-03-02T07:30:00Z"), "fr", context);
    expect(s.openNow).toBe(true);
    expect(s.status).toBe("Ouvert jusqu'à 12:00");
  });

  it("uses summer time in July (17:30 CEST is 15:30 UTC: closed in Paris)", () => {
    const s = openingStatus(ccas, new Date("2026-07-01T15:30:00Z"), "fr", context);
    expect(s.openNow).toBe(false);
    expect(s.status).toBe("Fermé · ouvre demain à 08:30");
  });

  it("keeps 08:30 wall-clock across the spring DST change (Friday → Monday 30 March 2026)", () => {
    const friday = openingStatus(ccas, new Date("2026-03-27T17:00:00Z"), "fr", context);
    expect(friday.status).toBe("Fermé · ouvre lundi à 08:30");
    // Monday 30 March 06:45 UTC is 08:45 in Paris (CEST): open.
    const monday = openingStatus(ccas, new Date("2026-03-30T06:45:00Z"), "fr", context);
    expect(monday.openNow).toBe(true);
    expect(monday.status).toBe("Ouvert jusqu'à 12:00");
    // Monday 30 March 06:15 UTC is 08:15 in Paris: not yet open.
    expect(openingStatus(ccas, new Date("2026-03-30T06:15:00Z"), "fr", context).status).toBe("Fermé · ouvre à 08:30");
  });

  it("follows the autumn DST change (Monday 26 October 2026, 07:45 UTC is 08:45 CET)", () => {
    const s = openingStatus(ccas, new Date("2026-10-26T07:45:00Z"), "fr", context);
    expect(s.openNow).toBe(true);
    expect(openingStatus(ccas, new Date("2026-10-26T07:15:00Z"), "fr", context).openNow).toBe(false);
  });

  it("shows the Tuesday late opening, and not on Wednesday", () => {
    expect(openingStatus(ccas, new Date("2026-03-03T17:30:00Z"), "fr", context).status).toBe("Ouvert jusqu'à 19:00");
    const wednesday = openingStatus(ccas, new Date("2026-03-04T17:30:00Z"), "fr", context);
    expect(wednesday.openNow).toBe(false);
    expect(wednesday.status).toBe("Fermé · ouvre demain à 08:30");
  });

  it("is closed on 14 July (a Tuesday) with PH off", () => {
    const s = openingStatus(ccas, new Date("2026-07-14T08:00:00Z"), "fr", context);
    expect(s.openNow).toBe(false);
    expect(s.status).toBe("Fermé · ouvre demain à 08:30");
  });

  it("is closed on 25 December (a Friday) and reopens Monday 28", () => {
    const s = openingStatus(ccas, new Date("2026-12-25T09:00:00Z"), "fr", context);
    expect(s.openNow).toBe(false);
    expect(s.status).toBe("Fermé · ouvre lundi à 08:30");
  });

  it("skips Easter Monday when announcing the next opening", () => {
    // Friday 3 April 2026, 18:00 CEST; Monday 6 April is Easter Monday.
    expect(openingStatus(ccas, new Date("2026-04-03T16:00:00Z"), "fr", context).status).toBe("Fermé · ouvre mardi à 08:30");
  });

  it("knows regional holidays: Good Friday is off in Bas-Rhin, not in Occitanie", () => {
    const goodFriday = new Date("2026-04-03T08:00:00Z");
    expect(openingStatus(ccas, goodFriday, "fr", context).openNow).toBe(true);
    const alsace = { t, territory: { ...territory, region: "Bas-Rhin" } };
    expect(openingStatus(ccas, goodFriday, "fr", alsace).openNow).toBe(false);
  });

  it("says 24/7 for the emergency shelter, even on Christmas at 3 a.m.", () => {
    const s = openingStatus(shelter, new Date("2026-12-25T02:00:00Z"), "fr", context);
    expect(s).toEqual({ openNow: true, status: "Ouvert 24 h/24, 7 j/7", hours: ["Tous les jours, 24 h/24"] });
  });

  it("opens the médiathèque on Saturday morning", () => {
    const s = openingStatus(mediatheque, new Date("2026-03-07T09:00:00Z"), "fr", context);
    expect(s.status).toBe("Ouvert jusqu'à 12:00");
    expect(s.hours).toContain("sam. : 09:00–12:00");
  });

  it("gives a date when the next opening is a week away", () => {
    // Wednesday 4 March 12:00 CET: next distribution is Friday 14:00; on Friday 17:00, next is Wednesday 11 March.
    expect(openingStatus(foodBank, new Date("2026-03-04T11:00:00Z"), "fr", context).status).toBe("Fermé · ouvre vendredi à 14:00");
    expect(openingStatus(withHours("We 09:00-11:30; PH off"), new Date("2026-03-04T11:00:00Z"), "fr", context).status).toBe(
      "Fermé · ouvre le mercredi 11 mars à 09:00",
    );
  });

  it("handles closing at midnight and after midnight", () => {
    expect(openingStatus(withHours("Mo-Su 18:00-24:00"), new Date("2026-03-07T19:00:00Z"), "fr", context).status).toBe(
      "Ouvert jusqu'à 24:00",
    );
    // 14 March: no DST change that night in any of the server zones above (see wall-clock.ts).
    expect(openingStatus(withHours("Sa 20:00-02:00"), new Date("2026-03-14T22:00:00Z"), "fr", context).status).toBe(
      "Ouvert jusqu'à demain 02:00",
    );
  });

  it("returns openNow null for hours the file marks unknown", () => {
    const s = openingStatus(withHours('Mo-Fr 09:00-12:00 unknown "sur rendez-vous"'), new Date("2026-03-02T09:00:00Z"), "fr", context);
    expect(s.openNow).toBeNull();
    expect(s.status).toBe("Horaires à vérifier (sur rendez-vous)");
  });
});

describe("weekly hours", () => {
  it("lists the CCAS week in French, late Tuesday apart, closed days and holidays last", () => {
    expect(openingStatus(ccas, new Date("2026-03-02T10:00:00Z"), "fr", context).hours).toEqual([
      "lun., mer.–ven. : 08:30–12:00, 13:30–17:00",
      "mar. : 08:30–12:00, 13:30–19:00",
      "sam., dim. : fermé",
      "Fermé les jours fériés",
    ]);
  });

  it("does not show Tuesday as closed in the week of 14 July", () => {
    const hours = openingStatus(ccas, new Date("2026-07-13T10:00:00Z"), "fr", context).hours;
    expect(hours).toContain("mar. : 08:30–12:00, 13:30–19:00");
    expect(hours).toContain("sam., dim. : fermé");
  });

  it("groups non-consecutive days", () => {
    expect(openingStatus(mediatheque, new Date("2026-03-02T10:00:00Z"), "fr", context).hours).toEqual([
      "mar., jeu. : 14:00–18:00",
      "mer. : 10:00–12:00, 14:00–18:00",
      "sam. : 09:00–12:00",
      "lun., ven., dim. : fermé",
      "Fermé les jours fériés",
    ]);
  });

  it("shows holiday hours when a place opens on holidays", () => {
    const hours = openingStatus(withHours("Mo-Sa 09:00-18:00; PH 10:00-12:00"), new Date("2026-03-02T10:00:00Z"), "fr", context).hours;
    expect(hours).toEqual(["lun.–sam. : 09:00–18:00", "dim. : fermé", "Jours fériés : 10:00–12:00"]);
  });
});

describe("languages", () => {
  const now = new Date("2026-03-06T17:00:00Z"); // Friday 18:00 in Paris

  it("speaks English, Spanish, Ukrainian and Arabic with Intl weekday names", () => {
    expect(openingStatus(ccas, now, "en", context).status).toBe("Closed · opens on Monday at 08:30");
    expect(openingStatus(ccas, now, "en", context).hours[0]).toBe("Mon, Wed–Fri: 08:30–12:00, 13:30–17:00");
    expect(openingStatus(ccas, now, "es", context).status).toBe("Cerrado · abre el lunes a las 08:30");
    expect(openingStatus(ccas, now, "uk", context).status).toBe("Зачинено · відчиниться: понеділок, о 08:30");
    const ar = openingStatus(ccas, now, "ar", context);
    expect(ar.status).toBe("مغلق · يفتح يوم الاثنين الساعة 08:30");
    expect(ar.hours[0]).toBe("الاثنين، من الأربعاء إلى الجمعة: 08:30–12:00، 13:30–17:00");
  });

  it("falls back to the French sentences for a language without a file (weekday names still come from Intl)", () => {
    expect(openingStatus(ccas, now, "de", context).status).toMatch(/^Fermé · ouvre \S+ à 08:30$/);
  });
});
