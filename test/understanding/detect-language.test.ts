import { describe, expect, it } from "vitest";
import { defaultCompiledVocabulary } from "../../src/understanding/compile-vocabulary.js";
import { detectLanguage } from "../../src/understanding/detect-language.js";

const vocab = defaultCompiledVocabulary();
const lang = (text: string, hint?: string): string => detectLanguage(text, vocab, hint).lang;

describe("detectLanguage on short messages", () => {
  it.each([
    ["je cherche une aide pour payer mon loyer", "fr"],
    ["c koi la prime", "fr"],
    ["where is the nearest food bank", "en"],
    ["necesito ayuda con el alquiler", "es"],
    ["preciso de ajuda para pagar a renda", "pt"],
    ["kira yardımı için nereye gitmeliyim", "tr"],
    ["am nevoie de ajutor pentru chirie", "ro"],
    ["Мені потрібна допомога з житлом", "uk"],
    ["Мне нужна помощь с жильём", "ru"],
    ["بغيت نعرف فين نمشي للكاف", "ar"],
    ["أحتاج مساعدة في دفع الإيجار", "ar"],
  ])("%s → %s", (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it("falls back to French, not confident, on an acronym alone", () => {
    const d = detectLanguage("APL", vocab);
    expect(d.lang).toBe("fr");
    expect(d.confident).toBe(false);
  });

  it("uses the locale hint when the text says nothing", () => {
    expect(lang("CAF ?", "es-ES")).toBe("es");
  });

  it("ignores the hint when the text is clearly in another language", () => {
    expect(lang("bonjour, je voudrais un rendez-vous avec une assistante sociale", "en-GB")).toBe("fr");
  });
});
