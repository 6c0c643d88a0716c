/**
 * Phone numbers spelled in Arabic, in Arabic script or in Maghrebi "arabizi" ("صفر ستة، اثنا عشر، خمسة
 * وثلاثون…", "zero sitta / tnach / khamsa w3achrin…"). Arabic says the unit before the ten ("خمسة
 * وثلاثون", five and thirty: 35) and glues "and" to the next word ("وثلاثون", "w3achrin"). Arabizi
 * writes some letters with digits ("sb3a", "7dach"), so its words are read whole, digits included.
 */
import type { Span } from "./span.js";

const VALUES: Array<[string, number]> = [
  ["صفر زيرو zero sifr sefr", 0],
  ["واحد واحدة wahed wa7ed wahd", 1],
  ["اثنين اثنان اتنين زوج جوج tnin jouj zouj jog zoj etneen itneen etnin", 2],
  ["ثلاثة ثلاث تلاتة تلاثة ثلاثه tlata tleta tlat", 3],
  ["أربعة اربعة اربعه ربعة اربع rb3a arb3a reb3a arba3a", 4],
  ["خمسة خمسه خمس khamsa khmsa", 5],
  ["ستة سته ست sitta setta stta sta sita seta", 6],
  ["سبعة سبعه سبع sb3a seb3a saba3a sab3a sbe3a", 7],
  ["ثمانية ثمانيه تمنية ثمنية تمانية tmanya tmenya tmnia tmnya tamanya tamania", 8],
  ["تسعة تسعه تسع tes3a ts3a tsa3a", 9],
  ["عشرة عشره 3achra 3ashra 3chra", 10],
  ["احدعش حداش hdach 7dach hdash 7dache hdache 7adach", 11],
  ["طناش اطناش tnach tnash etnach tnache ttnach etnashar itnashar", 12],
  ["ثلاطاش تلتاش تلطاش ثلتاش tlatach tletach tlattach tlettach", 13],
  ["ربعطاش ربعتاش ارباطاش rb3tach arbatach rba3tach reb3tach arba3tach rb3atach", 14],
  ["خمسطاش خمستاش khmstach khamstach khmastach khamsttach", 15],
  ["سطاش ستاش sttach settach sttache", 16],
  ["سبعطاش سبعتاش sb3tach sba3tach seb3tach", 17],
  ["ثمنطاش تمنتاش تمنطاش tmntach tmantach tmentach", 18],
  ["تسعطاش تسعتاش ts3tach tsa3tach tes3tach", 19],
  ["عشرون عشرين 3achrin 3echrin 3ishrin 3chrin 3ichrin 3eshrin", 20],
  ["ثلاثون ثلاثين تلاتين تلاثين tlatin tletin talatin tlatine", 30],
  ["أربعون اربعون اربعين أربعين rb3in arb3in reb3in", 40],
  ["خمسون خمسين khamsin khmsin", 50],
  ["ستون ستين sttin settin sittin", 60],
  ["سبعون سبعين sb3in seb3in sebtin sab3in sba3in", 70],
  ["ثمانون ثمانين تمانين tmanin tmenin tamanin", 80],
  ["تسعون تسعين tes3in ts3in tis3in", 90],
];
const NUMBER: ReadonlyMap<string, number> = new Map(VALUES.flatMap(([words, value]) => words.split(" ").map((w) => [w, value] as [string, number])));
/** "اثنا عشر", "ثلاثة عشر": the teens in two words (standard Arabic). */
const TEEN = /^(?:اثنا|اثني|احد|أحد)$/u;

const HINT = /صفر|ستة|خمسة|سبعة|تسعة|zero|sifr|sitta|khamsa|sb3a|tes3a|tnach/iu;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The value of one word, "and" glued to it or not ("وثلاثون", "w3achrin"); undefined for other words. */
function valueOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  return NUMBER.get(lower) ?? (/^[وw]/u.test(lower) && lower.length > 3 ? NUMBER.get(lower.slice(1)) : undefined);
}

export function arabicSpelledPhoneSpans(text: string): Span[] {
  if (!HINT.test(text)) return [];
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let digits = "";
    let words = 0;
    let groups = 0;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (j > i && !/^[\s,،/\-.]*$/u.test(text.slice(tokens[j - 1]!.end, t.start))) break;
      if (/^(?:و|w)$/iu.test(t.word) && j > i && tokens[j + 1] && valueOf(tokens[j + 1]!.word) !== undefined) {
        j++;
        continue;
      }
      // Digits said between the words ("zero setta, 58, 3ashra, 90, 77").
      if (/^\p{N}{1,3}$/u.test(t.word)) {
        digits += t.word;
        groups++;
        j++;
        continue;
      }
      const value = valueOf(t.word);
      if (value === undefined) {
        if (TEEN.test(t.word) && tokens[j + 1] && /^عشر/u.test(tokens[j + 1]!.word)) {
          digits += String(t.word.startsWith("اث") ? 12 : 11);
          words++;
          j += 2;
          continue;
        }
        break;
      }
      // A unit then "ten" ("أربعة عشر", fourteen).
      if (value < 10 && tokens[j + 1] && /^عشر$/u.test(tokens[j + 1]!.word)) {
        digits += String(10 + value);
        words++;
        j += 2;
        continue;
      }
      // A unit then "and" a ten: 5 and 30 is 35.
      const next = tokens[j + 1];
      const joined = next && /^[وw]/iu.test(next.word) && next.word.length > 3 ? valueOf(next.word) : undefined;
      const andThen = next && /^(?:و|w)$/iu.test(next.word) && tokens[j + 2] ? valueOf(tokens[j + 2]!.word) : undefined;
      const ten = joined ?? andThen;
      if (value < 10 && ten !== undefined && ten >= 20 && ten % 10 === 0) {
        digits += String(ten + value);
        j += joined !== undefined ? 2 : 3;
      } else {
        digits += String(value);
        j++;
      }
      words++;
    }
    if (words >= 2 && words + groups >= 4 && digits.length >= 8 && digits.length <= 14) out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, kind: "phone" });
    i = Math.max(j, i + 1);
  }
  return out;
}
