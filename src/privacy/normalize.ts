/**
 * The text the detectors read, and the way back to the resident's own characters.
 *
 * - detectionText(): NFKC, character by character (full-width "ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ" becomes
 *   "jean@gmail.com", "ﬁ" becomes "fi"), Arabic-Indic and Persian digits as ASCII digits, zero-width
 *   characters and soft hyphens dropped ("fa\u200Btima"), typographic apostrophes and dashes as ASCII.
 *   Each character of the result knows the range of original characters it came from, so a span found
 *   in the detection text is mapped back and the original is what gets redacted.
 * - foldWithMap(): the same idea for folding (lower case, no diacritics, "œ" → "oe"), which the lexicon
 *   detectors match against.
 */

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`, where its source starts in the original. */
  start: Int32Array;
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  end: Int32Array;
}

// Zero-width characters, soft hyphens, and what turns a digit into an emoji ("0️⃣6️⃣": variation
// selectors and the enclosing keycap), so a phone typed in keycaps reads as digits.
const DROPPED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0xfe0e, 0xfe0f, 0x20e3]);
// Small capitals typed for style ("ᴄʜʟᴏé ᴍᴀʀᴛɪɴ"): read as the letters they show.
const SMALL_CAPITALS: Record<string, string> = Object.fromEntries([..."ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"].map((c, i) => [c, "abcdefghijklmnoprstuvwyz"[i]!]));
const SIMPLE: Record<string, string> = {
  ...SMALL_CAPITALS,
  "\u2019": "'",
  "\u24d0": "@", // ⓐ (a circled "a" for an at sign)
  "\u24b6": "@",
  "\u2018": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "\u00b4": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2007": " ",
  "\u2009": " ",
  // Bullets and middle dots between digit groups ("06 • 44 • 18 • 92 • 07") read as dots.
  "\u2022": ".",
  "\u00a6": "|",
  "\u00b7": ".",
  "\u2219": ".",
  "\u2027": ".",
  "\u2044": "/",
  "\u2215": "/",
  // Stars and shapes some put between digit groups ("07 ☆ 44 ☆ 19").
  "\u2606": " ",
  "\u2605": " ",
  "\u25c6": " ",
  "\u25c7": " ",
  "\u25cf": " ",
  "\u25cb": " ",
  "\u25aa": " ",
  "\u2666": " ",
  "\u22c5": ".",
  "\u30fb": ".",
  // The Arabic decimal and thousands separators ("٠٦٫٣٣٫٤٧…").
  "\u066b": ".",
  "\u066c": ",",
};

const CHINESE_DIGITS = "〇一二三四五六七八九";
function mapDigit(cp: number): string | undefined {
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0);
  // Chinese numerals, as a Chinese keyboard writes digits ("〇七 五八 二〇").
  if (cp === 0x96f6) return "0"; // 零
  const chinese = CHINESE_DIGITS.indexOf(String.fromCodePoint(cp));
  if (chinese >= 0) return String(chinese);
  return undefined;
}

function build(original: string, transform: (char: string, cp: number) => string): MappedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    const out = transform(char, cp);
    const next = i + char.length;
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(next);
    }
    text += out;
    i = next;
  }
  return { text, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

/** NFKC plus the clean-ups above; offsets map back to `original`. */
export function detectionText(original: string): MappedText {
  // Plain ASCII needs no work (the common case): identity maps.
  if (/^[\x20-\x7e\n\r\t]*$/.test(original)) return identity(original);
  return build(original, (char, cp) => {
    if (DROPPED.has(cp)) return "";
    const simple = SIMPLE[char];
    if (simple !== undefined) return simple;
    if (cp === 0x1f51f) return "10"; // 🔟
    // Other pictographs read as a space: "06🔸14🔸59", "☎️ 06…" (a digit with its keycap is kept above).
    if (cp >= 0x2190 && /\p{Extended_Pictographic}/u.test(char)) return " ";
    const digit = mapDigit(cp);
    if (digit !== undefined) return digit;
    if (cp < 0x80) return char;
    const nfkc = char.normalize("NFKC");
    return SIMPLE[nfkc] ?? nfkc;
  });
}

const FOLDED_CHARS = new Map<string, string>();
function foldChar(char: string, cp: number): string {
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : char;
  let out = FOLDED_CHARS.get(char);
  if (out === undefined) {
    if (char === "œ" || char === "Œ") out = "oe";
    else if (char === "æ" || char === "Æ") out = "ae";
    else if (char === "ß") out = "ss";
    else if (char === "ı") out = "i";
    // Arabic short vowels and other combining marks on their own disappear.
    else out = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (FOLDED_CHARS.size < 5000) FOLDED_CHARS.set(char, out);
  }
  return out;
}

let lastFoldSource: string | undefined;
let lastFold: MappedText | undefined;

/** Lower case without diacritics, character by character; offsets map back to `source`. */
export function foldWithMap(source: string): MappedText {
  // Several detectors fold the same text in a row: the last result is kept.
  if (source === lastFoldSource && lastFold) return lastFold;
  const folded = build(source, foldChar);
  lastFoldSource = source;
  lastFold = folded;
  return folded;
}

/** A word folded (lower case, no diacritics), without offsets. */
export function foldWord(word: string): string {
  if (/^[a-z0-9'\- ]*$/.test(word)) return word;
  let out = "";
  for (const char of word) out += foldChar(char, char.codePointAt(0)!);
  return out;
}

export function identity(text: string): MappedText {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

/** A span [from, to) of a mapped text as a span of its source. */
export function toSource(mapped: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || from >= mapped.text.length) return { start: 0, end: 0 };
  return { start: mapped.start[from]!, end: mapped.end[Math.min(to, mapped.text.length) - 1]! };
}

/**
 * Letters typed for digits inside a run that is mostly digits ("O6.l2.34.S6.78", "06 I2 34 56 7B"):
 * O→0, l/I/|→1, S→5, B→8, Z→2, G→6, same length, so spans found in the result fit the text.
 */
/** What residents type between the digits of a number ("06.12", "06°12", "07 ~ 51"). */
const DIGIT_GAP = String.raw`[\s.\-/_~°◦#*•·]`;
const DIGIT_OR_GAP = new RegExp(String.raw`\d|${DIGIT_GAP}`, "gu");
const FIVE_PAIRS = new RegExp(String.raw`^[\dOoIl|SsBZGgqОоЗзбΟοΙІ]{2}(?:${DIGIT_GAP}{1,3}[\dOoIl|SsBZGgqОоЗзбΟοΙІ]{2}){4}$`, "u");
const LOOK_ALIKE_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])[\dOoIl|SsBZGgqОоЗзбΟοΙІ](?:${DIGIT_GAP}{0,3}[\dOoIl|SsBZGgqОоЗзбΟοΙІ]){7,13}(?![\p{L}\p{N}])`, "gu");
// The Cyrillic О and З of a Russian or Ukrainian keyboard read as 0 and 3 there too, the Greek Ο and Ι as 0 and 1.
const LOOK_ALIKE: Record<string, string> = { O: "0", o: "0", I: "1", l: "1", "|": "1", S: "5", s: "5", B: "8", Z: "2", G: "6", g: "9", q: "9", "О": "0", "о": "0", "З": "3", "з": "3", "б": "6", "Ο": "0", "ο": "0", "Ι": "1", "І": "1" };
/** A word of digits and letter O's ("2OO", "O6", "1o5"): the O's are zeros. */
const DIGITS_WITH_O = /(?<![\p{L}\p{N}])(?=[\dOo]*\d)(?=[\dOo]*[Oo])[\dOo]{2,6}(?![\p{L}\p{N}])/gu;
/** A short group of digits and capital I's ("6I", "I2"): the I's are ones (never a lower-case "l": "2l" is litres). */
const DIGITS_WITH_I = /(?<![\p{L}\p{N}])(?=[\dI]*\d)(?=[\dI]*I)[\dI]{2,4}(?![\p{L}\p{N}])/gu;
export function lookAlikeDigits(text: string): string {
  // A lower-case "o" after one digit is an ordinal ("4o", "1o andar"), not a zero.
  const zeroes = (word: string) => (/o/u.test(word) && word.replace(/\D/gu, "").length < 2 ? word : word.replace(/[Oo]/gu, "0"));
  return text.replace(DIGITS_WITH_O, zeroes).replace(DIGITS_WITH_I, (word) => word.replace(/I/gu, "1")).replace(LOOK_ALIKE_RUN, (run) => {
    const real = run.replace(/\D/gu, "").length;
    const letters = run.replace(DIGIT_OR_GAP, "").length;
    // Mostly digits, and no word hidden in it ("SOS" or "Ille" are not phone numbers) — unless it is
    // shaped like a French number, five pairs apart ("o6.ll.23.s4.9o").
    const fivePairs = FIVE_PAIRS.test(run);
    if (real < (fivePairs ? 3 : 5) || (letters > real / 2 && !fivePairs)) return run;
    return run.replace(/[OoIl|SsBZGgqОоЗзбΟοΙІ]/gu, (c) => LOOK_ALIKE[c]!);
  });
}

/** A message typed mostly in capitals (at least `minLetters` letters), whose capitals tell nothing. */
export function shouted(text: string, minLetters: number): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= minLetters && upper / letters > 0.7;
}

/** Lower case, character by character where that keeps the length (offsets stay valid). */
export function lowerSameLength(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}
