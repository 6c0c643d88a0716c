import { describe, expect, it } from "vitest";
import { parseYesNo } from "../../src/understanding/parse-yes-no.js";

describe("parseYesNo", () => {
  it.each(["oui", "Ouais ok", "d'accord", "yes please", "sí, claro", "так", "نعم", "واخا", "evet", "sim", "da"])("%s → yes", (t) => {
    expect(parseYesNo(t)).toBe("yes");
  });
  it.each(["non", "non merci", "pas maintenant", "no thanks", "ні", "لا", "hayır", "não", "nu acum"])("%s → no", (t) => {
    expect(parseYesNo(t)).toBe("no");
  });
  it("takes the first cue", () => {
    expect(parseYesNo("non, enfin oui")).toBe("no");
  });
  it("returns null when the message is not an answer", () => {
    expect(parseYesNo("quels papiers faut-il pour la CAF ?")).toBeNull();
    expect(parseYesNo("")).toBeNull();
  });
});
