/**
 * content/emergency-numbers.yml: validated at load (every crisis category has numbers, a deaf person's SMS
 * number is one of the file's), checked by `content check` (provenance, and crisis sentences that name
 * numbers as {{id}} placeholders rather than writing them out).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { checkEmergencyNumbers } from "../../src/content/check-emergency-numbers.js";
import { EmergencyNumbersError, loadEmergencyNumbers } from "../../src/content/load-emergency-numbers.js";
import { CONTENT_DIR, LOCALES_DIR } from "../../src/project-root.js";

const TODAY = new Date("2026-12-05T12:00:00Z");
const SHIPPED = join(CONTENT_DIR, "emergency-numbers.yml");

type File = { numbers: Record<string, unknown>[] };
const shipped = (): File => parse(readFileSync(SHIPPED, "utf8")) as File;

function write(file: File): string {
  const path = join(mkdtempSync(join(tmpdir(), "accueil-emergency-")), "emergency-numbers.yml");
  writeFileSync(path, stringify(file));
  return path;
}

describe("the emergency numbers file", () => {
  it("gives each crisis category its numbers, in the file's order", () => {
    const numbers = loadEmergencyNumbers(SHIPPED);
    expect(numbers.forCategory("suicide").map((n) => n.number)).toEqual(["3114", "15", "112"]);
    expect(numbers.forCategory("violence").map((n) => n.number)).toEqual(["17", "3919", "114"]);
    expect(numbers.forCategory("child").map((n) => n.number)).toEqual(["119", "17"]);
    expect(numbers.forCategory("shelter").map((n) => n.number)).toEqual(["115"]);
    expect(numbers.forCategory("medical").map((n) => n.number)).toEqual(["15", "112", "114"]);
    expect(numbers.placeholders.suicide_prevention).toBe("3114");
  });

  it("refuses a file that leaves a crisis category without a number, or points a deaf person to an unknown number", () => {
    const file = shipped();
    file.numbers = file.numbers.filter((n) => n.id !== "emergency_shelter");
    (file.numbers[0]!.deaf_access as { sms: string | null }).sms = "999";
    const error = (() => {
      try {
        loadEmergencyNumbers(write(file));
      } catch (e) {
        return e as EmergencyNumbersError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EmergencyNumbersError);
    expect(error!.problems.join("\n")).toContain('no number for the crisis category "shelter"');
    expect(error!.problems.join("\n")).toContain("999 is not a number of this file");
  });

  it("passes content check as shipped, every number sourced and checked", () => {
    const found = checkEmergencyNumbers(SHIPPED, LOCALES_DIR, TODAY);
    expect(found.errors).toEqual([]);
    expect(found.warnings).toEqual([]);
    expect(found.reread).toEqual([]);
  });

  it("warns on a number checked only against a secondary site, and on a crisis sentence writing a number out", () => {
    const file = shipped();
    file.numbers[0]!.checked_against = [{ kind: "secondary", url: "https://www.example-news.fr/3114" }];
    const locales = mkdtempSync(join(tmpdir(), "accueil-locales-"));
    mkdirSync(join(locales, "fr"));
    writeFileSync(join(locales, "fr", "bot.json"), JSON.stringify({ crisis: { suicide: "Appelez le 3114.", shelter: "Appelez le {{emergency_shelter}}.", medical: "Appelez le {{nope}}." } }));
    const found = checkEmergencyNumbers(write(file), locales, TODAY);
    expect(found.warnings.join("\n")).toContain("emergency number 3114 (suicide_prevention): its only support is a secondary site");
    expect(found.warnings.join("\n")).toContain("locales/fr/bot.json crisis.suicide: writes 3114 out");
    expect(found.errors.join("\n")).toContain("crisis.medical: {{nope}} is not an id of the emergency numbers file");
  });
});
