/**
 * Turns a message into standard tokens: folded (see fold-text.ts), French elisions expanded
 * ("l'aah" → "le aah"), English contractions expanded, SMS spellings and frequent typos replaced
 * ("c koi" → "ce est quoi", "jai" → "je ai"), amounts written one way ("150€", "150 balles" → "150 eur").
 *
 * The same function prepares messages and the vocabulary (aliases, cue patterns), so both sides agree.
 */
import { foldText } from "./fold-text.js";
import type { Normalisation } from "./vocabulary-schema.js";

export interface Tokenizer {
  (text: string): string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function createTokenizer(table: Normalisation): Tokenizer {
  const elisionKeys = Object.keys(table.elisions).sort((a, b) => b.length - a.length).map(escapeRegExp);
  // An elided word stands at a word start and is followed by an apostrophe: "qu'il", "j'ai", "l'APL".
  const elision = new RegExp(`(?<![\\p{L}\\p{N}])(${elisionKeys.join("|")})'`, "gu");
  const contractionKeys = Object.keys(table.contractions).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const contraction = new RegExp(`(?<=\\p{L})(${contractionKeys.join("|")})(?![\\p{L}])`, "gu");
  const replacements = new Map<string, string[]>();
  for (const [from, to] of Object.entries(table.replacements)) {
    const key = foldText(from);
    replacements.set(key, foldText(to).split(/\s+/).filter(Boolean));
  }

  return (text: string): string[] => {
    let s = foldText(text);
    s = s.replace(/aujourd'hui/g, "aujourdhui");
    s = s.replace(contraction, (m) => ` ${table.contractions[m] ?? ""} `);
    s = s.replace(elision, (_m, word: string) => `${table.elisions[word] ?? word} `);
    // Thousands separators inside amounts ("1 200 €", "1.200"), then currency signs as a word.
    s = s.replace(/(\d)[ .\u00a0\u202f](?=\d{3}(?!\d))/g, "$1");
    s = s.replace(/€/g, " eur ").replace(/\$/g, " usd ");
    const out: string[] = [];
    for (const raw of s.split(/[^\p{L}\p{N}]+/u)) {
      if (!raw) continue;
      // "3mois", "2enfants": split digits glued to words.
      const parts = /^\d+\p{L}+$/u.test(raw) || /^\p{L}+\d+$/u.test(raw) ? raw.split(/(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u) : [raw];
      for (const part of parts) {
        const repl = replacements.get(part);
        if (repl) out.push(...repl);
        else out.push(part);
      }
    }
    return out;
  };
}
