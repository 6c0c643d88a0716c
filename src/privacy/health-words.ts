/** Small helpers shared by the health detector's files: word lists folded, entries as one pattern, tokens. */
import { foldWithMap } from "./normalize.js";

/** "*" ends a stem (any letters may follow); " " is any run of spaces or hyphens. */
export function alternation(entries: string[]): string {
  return entries
    .map((e) => foldWithMap(e.trim()).text)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/\*/g, "\\p{L}*").replace(/ /g, "[\\s\\-]+"))
    .join("|");
}

export function foldedSet(words: string[]): ReadonlySet<string> {
  return new Set(words.map((w) => foldWithMap(w).text));
}

/** A word of the folded text, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}
