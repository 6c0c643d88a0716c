/**
 * Script-level folding shared by every matcher: lower case, one apostrophe, no accents, Arabic letter
 * variants unified and short vowels (tashkeel) removed, Arabic-Indic digits as ASCII digits.
 *
 * Pitfall: folding removes the very letters that tell Ukrainian from Russian (ї, є) or Spanish from
 * Portuguese (ñ, ã), so language detection looks at the unfolded text (see detect-language.ts).
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** The last text folded and its result: a message is folded by the tokenizer and then again, whole, by
 * the routing model's features; the second time costs a comparison. */
let lastText = "";
let lastFolded = "";

export function foldText(text: string): string {
  if (text === lastText) return lastFolded;
  const folded = foldAnew(text);
  lastText = text;
  lastFolded = folded;
  return folded;
}

function foldAnew(text: string): string {
  // Fast path: plain ASCII needs lower case and apostrophes only (most aliases and many messages).
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  let s = text.normalize("NFKC").toLowerCase();
  s = s.replace(/[’‘ʼ`´‛′ʻ]/g, "'");
  if (/[œæßı]/.test(s)) s = s.replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/ı/g, "i");
  if (/[\u0600-\u06ff]/.test(s)) {
    s = s
      .replace(ARABIC_MARKS, "")
      .replace(/[أإآٱ]/g, "ا")
      .replace(/ى/g, "ي")
      .replace(/ة/g, "ه")
      .replace(/ؤ/g, "و")
      .replace(/ئ/g, "ي")
      .replace(/ک/g, "ك")
      .replace(/ی/g, "ي")
      .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
      .replace(/،/g, ",")
      .replace(/؟/g, "?");
  }
  // NFD then strip combining marks: é→e, ç→c, ğ→g, й→и, ї→і (consistently on both sides of a match).
  s = s.normalize("NFD").replace(/\p{M}/gu, "");
  return s;
}
