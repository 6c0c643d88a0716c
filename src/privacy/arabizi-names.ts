/**
 * First names typed in arabizi, with digits for the letters Latin script lacks: "3icha" (Aïcha), "7ssan"
 * (Hassan), "rabi3" (Rabia), "mo7amed". The tokenizer of name-words.ts skips words holding digits (most
 * are no names: "3andi", "m3a", "ta3"), so these are read here, and only in a name's place: after "ana",
 * "smiti", "baba"…, right before or after a name found, or as the last word of the message. A word is a
 * name when one reading of its digits is a listed first name that is no ordinary word.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./first-names.js";
import type { Span } from "./span.js";

const READINGS: Record<string, readonly string[]> = { "2": ["a", "", "e"], "3": ["a", "", "e", "i", "aa"], "5": ["kh"], "7": ["h", "ha", "he"], "8": ["gh"], "9": ["q", "k", "ka", "qa"] };
const DIGIT_WORD = /(?<![\p{L}\p{N}@._])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*[235789])[\p{L}\p{N}]{3,14}(?![\p{L}\p{N}@]|\.\p{L})/gu;
/** "ana 3icha", "smiti 7ssan", "baba dyalha 7ssan", "m3a bnti 5adija". */
const CUE_BEFORE = /(?:^|[\s,.:;!?(])(?:ana|smiti|smito|smitou|smitha|smiyti|esmi|ismi|ismo|baba|mama|yemma|bnti|benti|binti|weldi|wldi|khouya|khoya|khay|khti|okhti|ukhti|mrati|rajli|zawji|jari|jarti|dyali|dyalo|dyalha|signe)\s*[,:]?\s+$/iu;

/** Everyday arabizi words one reading of which is a name ("3andi" reads "andi", "a3mel" reads "amel"). */
const EVERYDAY = new Set(
  `3andi 3ndi 3and 3anda 3andek 3andha 3ando 3andna 3andy 3ndha 3ndo m3a m3aya ma3a ma3i ta3 ta3i ta3ha ta3na ta7 a3mel e3mel
  2e3mel te3mel n3mel 3amel 3liya 3lina 3lih 3liha ba9i ba9a ra2mi ra2ma t3ich l3am l3mar ya3ni as2al 2abel tal3a la2ila
  dara3 far2 le2e t7t sa3a s3a 3am 3ayla 7aja 7ajti 7na 7ta 7tta b7al ra7 sma7 sme7 9bel ba3d 3afak 3afakom 3lach 7it 3la`.split(/\s+/u),
);

function readings(word: string): string[] {
  let out = [""];
  for (const ch of word) {
    const options = READINGS[ch] ?? [ch];
    out = out.flatMap((o) => options.map((s) => o + s));
    if (out.length > 300) return [];
  }
  return out;
}

export function arabiziDigitNames(text: string, nameSpansFound: readonly Span[]): Span[] {
  const out: Span[] = [];
  const lastWord = /[\p{L}\p{N}]+(?=[^\p{L}\p{N}]*$)/u.exec(text);
  for (const m of text.matchAll(DIGIT_WORD)) {
    const word = m[0].toLowerCase();
    if (!/\p{L}/u.test(word.replace(/\d/gu, "")) || /^\d/u.test(word) && /\d$/u.test(word)) continue;
    if (EVERYDAY.has(word)) continue;
    const names = readings(word).filter((r) => r.length >= 3 && FIRST_NAMES.has(r));
    if (names.length === 0) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    const cued = CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    const nextToName = nameSpansFound.some((s) => /^[ \t]+$/u.test(text.slice(end, s.start)) || /^[ \t]+$/u.test(text.slice(s.end, start)));
    // ("sa3id" reads "said", an ordinary word too: a name only after "smiti", "ana"…)
    const unambiguous = names.some((r) => !AMBIGUOUS_FIRST_NAMES.has(r));
    if (cued || (unambiguous && (nextToName || lastWord?.index === start))) out.push({ start, end, kind: "name" });
  }
  return out;
}
