import { describe, expect, it } from "vitest";
import { defaultCompiledVocabulary } from "../../src/understanding/compile-vocabulary.js";
import { foldText } from "../../src/understanding/fold-text.js";
import { stem } from "../../src/understanding/stem.js";

const { tokenize } = defaultCompiledVocabulary();

describe("foldText", () => {
  it("removes accents and case, unifies apostrophes", () => {
    expect(foldText("Ça coûte COMBIEN l’électricité ?")).toBe("ca coute combien l'electricite ?");
  });
  it("strips Arabic short vowels and unifies alef, ya and ta marbuta", () => {
    expect(foldText("مُسَاعَدَة")).toBe("مساعده");
    expect(foldText("إعانة")).toBe(foldText("اعانه"));
    expect(foldText("مستشفى")).toBe("مستشفي");
  });
  it("turns Arabic-Indic digits into ASCII digits", () => {
    expect(foldText("٣ أطفال")).toBe("3 اطفال");
  });
  it("folds Turkish dotless i and cedillas", () => {
    expect(foldText("Başvuru ışık")).toBe("basvuru isik");
  });
});

describe("tokenize", () => {
  it("expands French elisions", () => {
    expect(tokenize("l'APL qu'il m'a dit")).toEqual(["le", "apl", "que", "il", "me", "a", "dit"]);
  });
  it("rewrites SMS spellings", () => {
    expect(tokenize("c koi ke jdois fer")).toEqual(["ce", "est", "quoi", "que", "je", "dois", "fer"]);
    expect(tokenize("jai pa compri bcp")).toEqual(["je", "ai", "pas", "compri", "beaucoup"]);
    expect(tokenize("kel dossier pr tt le monde")).toEqual(["quel", "dossier", "pour", "tout", "le", "monde"]);
  });
  it("leaves ordinary words alone (SMS keys are compared after folding)", () => {
    expect(tokenize("c'est quoi ce dossier dont je parle")).toEqual(["ce", "est", "quoi", "ce", "dossier", "dont", "je", "parle"]);
  });
  it("expands English contractions", () => {
    expect(tokenize("I can't log in, I don't know")).toEqual(["i", "ca", "not", "log", "in", "i", "do", "not", "know"]);
  });
  it("writes amounts one way", () => {
    expect(tokenize("on me réclame 1 250€")).toEqual(["on", "me", "reclame", "1250", "eur"]);
    expect(tokenize("200 balles")).toEqual(["200", "eur"]);
  });
  it("splits digits glued to words and Arabic glued to Latin", () => {
    expect(tokenize("3mois")).toEqual(["3", "mois"]);
    expect(tokenize("فالapl")).toEqual(["فال", "apl"]);
  });
  it("reads Cyrillic", () => {
    expect(tokenize("Допомога на житло")).toEqual(["допомога", "на", "житло"]);
  });
});

describe("stem", () => {
  it("merges plurals and common inflections", () => {
    expect(stem("allocations")).toBe(stem("allocation"));
    expect(stem("допомогу")).toBe(stem("допомога"));
    expect(stem("الكراء")).toBe(stem("كراء"));
  });
  it("leaves short words and -is/-us endings alone", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("colis")).toBe("colis");
  });
});
