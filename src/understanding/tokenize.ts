/**
 * Turns a message into standard tokens: folded (see fold-text.ts), French elisions expanded
 * ("l'aah" → "le aah"), English contractions expanded, SMS spellings and frequent typos replaced
 * ("c koi" → "ce est quoi", "jai" → "je ai"), amounts written one way ("150€", "150 balles" → "150 eur").
 *
 * The same function prepares messages and the vocabulary (aliases, cue patterns), so both sides agree.
 */
import { foldText } from "./fold-text.js";
import { memoByWord } from "./word-memo.js";
import type { Normalisation } from "./vocabulary-schema.js";

export interface Tokenizer {
  (text: string): string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const GLUED = /(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)|(?<=[\u0600-\u06ff])(?=[a-z])|(?<=[a-z])(?=[\u0600-\u06ff])/u;

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

  const tokensOfWord = memoByWord((raw) => standardWord(raw, replacements));

  return (text: string): string[] => {
    let s = foldText(text);
    // Each rewrite runs only when its trigger character is present: tokenizing thousands of aliases at
    // start-up is most of the index build time.
    if (s.includes("'")) {
      s = s.replace(/aujourd'hui/g, "aujourdhui");
      s = s.replace(contraction, (m) => ` ${table.contractions[m] ?? ""} `);
      s = s.replace(elision, (_m, word: string) => `${table.elisions[word] ?? word} `);
    }
    if (/\d/.test(s)) s = s.replace(/(\d)[ .\u00a0\u202f](?=\d{3}(?!\d))/g, "$1");
    if (s.includes("€")) s = s.replace(/€/g, " eur ");
    if (s.includes("$")) s = s.replace(/\$/g, " usd ");
    const out: string[] = [];
    for (const raw of s.split(/[^\p{L}\p{N}]+/u)) {
      if (!raw) continue;
      const tokens = tokensOfWord(raw);
      for (let k = 0; k < tokens.length; k++) out.push(tokens[k]!);
    }
    return out;
  };
}

/** The tokens of one folded word, which depend on the word alone (kept per tokenizer: word-memo.ts). */
function standardWord(raw: string, replacements: ReadonlyMap<string, string[]>): readonly string[] {
  // "3mois", "2enfants": digits glued to words; "فالrsa": Arabic glued to Latin. Split both.
  const glued = /\d/.test(raw) || (/[a-z]/.test(raw) && /[\u0600-\u06ff]/.test(raw));
  const parts = glued ? raw.split(GLUED).filter(Boolean) : [raw];
  const out: string[] = [];
  for (const part of parts) {
    const repl = replacements.get(part);
    if (repl) out.push(...repl);
    else out.push(part);
  }
  return out;
}
