/** The territory loader on the real demo file and on broken copies of it written to a temp dir. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { DEFAULT_TERRITORY_FILE, loadTerritory, TerritoryError, territoryPathFromEnv } from "../../src/territory/load-territory.js";

const DEMO = "content/territory/demo.yml";
const dir = mkdtempSync(join(tmpdir(), "accueil-territory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

type Raw = Record<string, unknown> & { places: Record<string, unknown>[] };
const demoRaw = (): Raw => parse(readFileSync(DEMO, "utf8")) as Raw;

let counter = 0;
function write(content: string): string {
  const path = join(dir, `territory-${++counter}.yml`);
  writeFileSync(path, content);
  return path;
}
function loadError(path: string): TerritoryError {
  try {
    loadTerritory(path);
  } catch (error) {
    if (error instanceof TerritoryError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to fail`);
}

describe("the demo territory", () => {
  const territory = loadTerritory(DEMO);

  it("says it is fictional, in its flag and in its name", () => {
    expect(territory.fictional).toBe(true);
    expect(territory.name).toMatch(/démonstration/i);
    expect(territory.commune).toBe("Villebelle");
  });

  it("has 8 to 12 places with unique ids covering the kinds residents are sent to", () => {
    expect(territory.places.length).toBeGreaterThanOrEqual(8);
    expect(territory.places.length).toBeLessThanOrEqual(12);
    expect(new Set(territory.places.map((p) => p.id)).size).toBe(territory.places.length);
    const kinds = new Set(territory.places.flatMap((p) => p.kinds));
    for (const kind of [
      "ccas", "france-services", "conseiller-numerique", "caf", "cpam", "france-travail", "mission-locale",
      "mdph", "aide-alimentaire", "point-justice", "point-conseil-budget", "hebergement",
    ] as const) expect(kinds, kind).toContain(kind);
  });

  it("uses only numbers reserved for fiction, except the real 115", () => {
    const phones = [territory.phone, ...territory.places.map((p) => p.phone ?? "")];
    for (const phone of phones) expect(phone).toMatch(/^(01 99 00 \d\d \d\d|115)$/);
    expect(territory.places.find((p) => p.kinds.includes("hebergement"))?.phone).toBe("115");
  });

  it("places everything near the invented town centre and sets the referral delays", () => {
    for (const p of territory.places) {
      expect(Math.abs(p.lat - 43.61)).toBeLessThan(0.02);
      expect(Math.abs(p.lon - 3.88)).toBeLessThan(0.02);
    }
    expect(territory.referral_delay_days).toEqual({ normal: 3, urgent: 1 });
    expect(territory.timezone).toBe("Europe/Paris");
    expect(territory.country_code).toBe("fr");
  });
});

describe("which file", () => {
  it("defaults to the demo and lets TERRITORY_FILE override it", () => {
    expect(territoryPathFromEnv({})).toBe(DEFAULT_TERRITORY_FILE);
    expect(territoryPathFromEnv({ TERRITORY_FILE: "  " })).toBe(DEFAULT_TERRITORY_FILE);
    expect(territoryPathFromEnv({ TERRITORY_FILE: "/etc/accueil/ma-ville.yml" })).toBe("/etc/accueil/ma-ville.yml");
  });

  it("loadTerritory() with no argument reads TERRITORY_FILE", () => {
    const raw = demoRaw();
    raw["commune"] = "Autreville";
    vi.stubEnv("TERRITORY_FILE", write(stringify(raw)));
    expect(loadTerritory().commune).toBe("Autreville");
  });
});

describe("a malformed territory file fails with the file and the field", () => {
  it("an opening_hours typo (weekday)", () => {
    const raw = demoRaw();
    raw.places[3]!["opening_hours"] = "Mo-Fx 08:30-12:00";
    const path = write(stringify(raw));
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain("places.3.opening_hours (caf-villebelle)");
    expect(error.problems[0]).toContain('"Mo-Fx 08:30-12:00"');
  });

  it("an opening_hours the parser only warns about (\"09h-12h\", French day names)", () => {
    const raw = demoRaw();
    raw.places[0]!["opening_hours"] = "Mo-Fr 09h-12h";
    raw.places[2]!["opening_hours"] = "lundi 09:00-12:00";
    const error = loadError(write(stringify(raw)));
    expect(error.problems.map((p) => p.split(" ")[0])).toEqual(["places.0.opening_hours", "places.2.opening_hours"]);
  });

  it("two time ranges without a comma", () => {
    const raw = demoRaw();
    raw.places[1]!["opening_hours"] = "Mo-Fr 08:30-12:00 13:30-17:00";
    expect(loadError(write(stringify(raw))).problems[0]).toMatch(/^places\.1\.opening_hours/);
  });

  it("a missing or wrong field, an unknown place kind, an extra key", () => {
    const raw = demoRaw();
    delete raw["fictional"];
    raw.places[0]!["kinds"] = ["cafe"];
    raw.places[1]!["lat"] = "43.6";
    raw["mayor"] = "Nobody";
    const problems = loadError(write(stringify(raw))).problems.join("\n");
    expect(problems).toMatch(/^fictional: /m);
    expect(problems).toMatch(/^places\.0\.kinds\.0: /m);
    expect(problems).toMatch(/^places\.1\.lat: /m);
    expect(problems).toMatch(/mayor/);
  });

  it("a duplicate place id and an unknown time zone", () => {
    const raw = demoRaw();
    raw.places[1]!["id"] = raw.places[0]!["id"];
    raw["timezone"] = "Europe/Villebelle";
    const problems = loadError(write(stringify(raw))).problems;
    expect(problems).toContain('places.1.id: duplicate place id "ccas-villebelle"');
    expect(problems.some((p) => p.startsWith("timezone: unknown time zone"))).toBe(true);
  });

  it("not YAML at all, or no file", () => {
    const path = write("id: [unclosed\nplaces: {");
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.problems[0]).toMatch(/^not valid YAML/);
    const missing = join(dir, "nope.yml");
    expect(loadError(missing).message).toContain(missing);
    expect(loadError(missing).problems[0]).toContain("ENOENT");
  });
});
