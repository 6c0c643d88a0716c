/**
 * Splits a long message into parts Telegram accepts (at most 4096 UTF-16 code units each), cutting at
 * the most natural boundary in the last part of the window: a blank line, then a line break, then the
 * end of a sentence, then a space. Only as a last resort is a word cut, and never inside a surrogate
 * pair (an emoji cut in half makes Telegram refuse the message). Entities are clipped to each part.
 */
import { shiftEntities, trim, type RichText } from "./rich-text.js";

export const TELEGRAM_TEXT_LIMIT = 4096;

export function splitRichText(rich: RichText, limit: number = TELEGRAM_TEXT_LIMIT): RichText[] {
  const parts: RichText[] = [];
  let rest = trim(rich);
  while (rest.text.length > limit) {
    const cut = findCut(rest.text, limit);
    const head = trim({ text: rest.text.slice(0, cut), entities: shiftEntities(rest.entities, 0, cut) });
    if (head.text.length > 0) parts.push(head);
    rest = trim({ text: rest.text.slice(cut), entities: shiftEntities(rest.entities, cut, rest.text.length) });
  }
  if (rest.text.length > 0) parts.push(rest);
  return parts;
}

/** Sentence ends: punctuation (Latin, Arabic, ellipsis), optional closing quotes/brackets, then space. */
const SENTENCE_END = /[.!?…؟][»"”’)\]]*\s/gu;

function findCut(text: string, limit: number): number {
  const window = text.slice(0, limit);
  // Prefer a boundary in the second half of the window, so that parts are not needlessly short.
  const floor = Math.floor(limit / 2);

  const paragraph = window.lastIndexOf("\n\n");
  if (paragraph >= floor) return paragraph + 2;
  const line = window.lastIndexOf("\n");
  if (line >= floor) return line + 1;

  let sentence = -1;
  for (const match of window.matchAll(SENTENCE_END)) sentence = match.index + match[0].length;
  if (sentence >= Math.floor(limit / 3)) return sentence;

  const space = window.search(/\s\S*$/u);
  if (space >= floor) return space + 1;

  // No boundary at all (a very long URL or word): cut hard, but not between two halves of a pair.
  let cut = limit;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
