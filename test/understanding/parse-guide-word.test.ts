import { describe, expect, it } from "vitest";
import { parseGuideWord } from "../../src/understanding/index.js";

describe("words that move in a guide (guide-words.yml)", () => {
  it.each([
    ["Suivant", "next"],
    ["c'est fait !", "next"],
    ["ok", "next"],
    ["далі", "next"],
    ["tamam", "next"],
    ["التالي", "next"],
    ["reprendre", "resume"],
    ["Continuar.", "resume"],
    ["devam et", "resume"],
  ] as const)("%s → %s", (text, expected) => {
    expect(parseGuideWord(text)).toBe(expected);
  });

  it.each(["ok et pour l'APL ?", "la suite du dossier RSA je dois envoyer quoi", "", "bonjour"])("%s is no guide word", (text) => {
    expect(parseGuideWord(text)).toBeNull();
  });
});
