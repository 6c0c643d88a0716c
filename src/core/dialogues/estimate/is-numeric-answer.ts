/** Telling an answer made of numbers from a message the routing should read. */
import { asciiDigits } from "./read-numbers.js";

/** Words that may come with numbers in an answer ("2 ans et 6 ans", "1 200 €"), in the UI languages. */
const NUMBER_WORDS = new Set(
  "ans an mois et euros euro eur environ par net years year months month and about per a y años año meses mes aprox al por و في سنوات سنين سنة شهر أشهر اشهر الشهر يورو років роки рік місяців місяці місяць на і та євро лет год месяцев и евро".split(" "),
);

/**
 * An answer made of numbers only ("2 ans et 6 ans", "1200, 1150, 1300"): the routing model may read a
 * danger in bare numbers; during the questions such a message is an answer, unless the crisis wording
 * itself is there (the pipeline checks the lexicon first).
 */
export function isNumericAnswer(raw: string): boolean {
  const text = asciiDigits(raw);
  const words = text
    .toLowerCase()
    .replace(/[\d\s.,;:/+€()-]+/gu, " ")
    .split(" ")
    .filter(Boolean);
  return /\d/.test(text) && words.every((w) => NUMBER_WORDS.has(w));
}
