/**
 * Cue patterns over tokens, used for crisis wording, level cues, intents and yes/no. The syntax is
 * deliberately tiny so that non-developers can write patterns in YAML:
 *
 *   "me frapp*"              tokens in order; a trailing * matches any word starting so ("frappe", "frappé")
 *   "peur|crains de lui"     alternatives for one position, separated by |
 *   "veux ~ mourir"          ~ skips 0 to 3 words, ~~ 0 to 8 words
 *   "(ce soir|cette nuit)"   alternatives of several words go in parentheses
 *
 * Each alternative is tokenized like the messages, so "j'ai" in a pattern matches "jai" or "j'ai" typed.
 */
import { stem } from "./stem.js";
import { memoByWord } from "./word-memo.js";
import type { Tokenizer } from "./tokenize.js";

interface TokenTest {
  value: string;
  prefix: boolean;
  /** Arabic words also match without their clitics ("فالسيت" matches "السيت"): compared on stems. */
  arabicStem?: string;
}

const ARABIC = /^[\u0600-\u06ff]+$/;
type Slot = { kind: "alt"; options: TokenTest[][] } | { kind: "gap"; max: number };

export interface PatternMatch<T> {
  tag: T;
  source: string;
  start: number;
  end: number;
}

interface Compiled<T> {
  tag: T;
  source: string;
  slots: Slot[];
  /** What the token after the first must be, when the first slot is one token wide and the second a
   * plain choice: most candidates fail there, and this test is cheaper than trying the pattern. */
  next: NextTokenGate | null;
}

interface NextTokenGate {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

function nextTokenGate(slots: readonly Slot[]): NextTokenGate | null {
  const [first, second] = slots;
  if (first?.kind !== "alt" || second?.kind !== "alt" || first.options.some((o) => o.length !== 1)) return null;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const option of second.options) {
    const head = option[0]!;
    // A word matched by its Arabic stem may differ from the pattern's spelling: no gate can tell early.
    if (head.arabicStem !== undefined) return null;
    if (head.prefix) prefixes.push(head.value);
    else exact.add(head.value);
  }
  return { exact, prefixes };
}

function passesGate(gate: NextTokenGate, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (gate.exact.has(token)) return true;
  for (const prefix of gate.prefixes) if (token.startsWith(prefix)) return true;
  return false;
}

function compile<T>(source: string, tag: T, tokenize: Tokenizer): Compiled<T> | null {
  const slots: Slot[] = [];
  for (const raw of source.trim().match(/\([^)]*\)|\S+/g) ?? []) {
    const part = raw.startsWith("(") && raw.endsWith(")") ? raw.slice(1, -1) : raw;
    if (/^~+$/.test(part)) {
      slots.push({ kind: "gap", max: part.length === 1 ? 3 : 8 });
      continue;
    }
    const options: TokenTest[][] = [];
    for (const alt of part.split("|").map((a) => a.trim())) {
      const prefix = alt.endsWith("*");
      const tokens = tokenize(prefix ? alt.slice(0, -1) : alt);
      if (tokens.length === 0) continue;
      options.push(
        tokens.map((value, i) => {
          const isPrefix = prefix && i === tokens.length - 1;
          return { value, prefix: isPrefix, ...(ARABIC.test(value) && !isPrefix ? { arabicStem: stem(value) } : {}) };
        }),
      );
    }
    if (options.length) slots.push({ kind: "alt", options });
  }
  if (slots.length === 0 || slots[0]?.kind === "gap") return null;
  return { tag, source, slots, next: nextTokenGate(slots) };
}

function testToken(test: TokenTest, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (test.prefix) return token.startsWith(test.value);
  if (token === test.value) return true;
  return test.arabicStem !== undefined && ARABIC.test(token) && stem(token) === test.arabicStem;
}

/** Returns the end index (exclusive) of a match of slots[s..] starting at tokens[i], or -1. */
function matchFrom(slots: Slot[], s: number, tokens: readonly string[], i: number): number {
  if (s === slots.length) return i;
  const slot = slots[s]!;
  if (slot.kind === "gap") {
    for (let skip = 0; skip <= slot.max && i + skip <= tokens.length; skip++) {
      const end = matchFrom(slots, s + 1, tokens, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const option of slot.options) {
    let ok = true;
    for (let k = 0; k < option.length; k++) {
      if (!testToken(option[k]!, tokens[i + k])) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const end = matchFrom(slots, s + 1, tokens, i + option.length);
    if (end >= 0) return end;
  }
  return -1;
}

function tryPattern<T>(pattern: Compiled<T>, tokens: readonly string[], i: number, out: PatternMatch<T>[]): void {
  const end = matchFrom(pattern.slots, 0, tokens, i);
  if (end > i) out.push({ tag: pattern.tag, source: pattern.source, start: i, end });
}

export class PatternSet<T> {
  private readonly byFirstToken = new Map<string, Compiled<T>[]>();
  /** Patterns whose first word is a prefix ("frapp*"), by the prefix's first three (or fewer) characters
   * as one number (startKey). */
  private readonly byFirstPrefix = new Map<number, { prefix: string; pattern: Compiled<T> }[]>();
  private readonly hasArabicHeads: boolean;
  /** The patterns that may start at a token (candidatesOf), kept per word (word-memo.ts). */
  private readonly candidatesByToken = memoByWord((token) => this.candidatesOf(token));

  constructor(entries: Iterable<{ pattern: string; tag: T }>, tokenize: Tokenizer) {
    let arabicHeads = false;
    for (const { pattern, tag } of entries) {
      const compiled = compile(pattern, tag, tokenize);
      if (!compiled) continue;
      const first = compiled.slots[0] as Extract<Slot, { kind: "alt" }>;
      const heads = new Set<string>();
      for (const option of first.options) {
        const head = option[0]!;
        if (head.prefix) {
          const key = startKey(head.value, Math.min(3, head.value.length));
          const list = this.byFirstPrefix.get(key) ?? [];
          list.push({ prefix: head.value, pattern: compiled });
          this.byFirstPrefix.set(key, list);
        }
        else heads.add(head.value);
        if (head.arabicStem !== undefined) {
          heads.add(`\u0001${head.arabicStem}`);
          arabicHeads = true;
        }
      }
      for (const head of heads) {
        const list = this.byFirstToken.get(head) ?? [];
        list.push(compiled);
        this.byFirstToken.set(head, list);
      }
    }
    this.hasArabicHeads = arabicHeads;
  }

  /** Every match, in text order (a pattern may be reported twice at one position; callers do not mind). */
  matchAll(tokens: readonly string[]): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.candidatesByToken(tokens[i]!);
      for (let c = 0; c < candidates.length; c++) {
        const pattern = candidates[c]!;
        if (pattern.next === null || passesGate(pattern.next, tokens[i + 1])) tryPattern(pattern, tokens, i, out);
      }
    }
    return out;
  }

  /** The patterns that may start at a token: by the token itself, by its Arabic stem, by a prefix. */
  private candidatesOf(token: string): readonly Compiled<T>[] {
    const found: Compiled<T>[] = [...(this.byFirstToken.get(token) ?? [])];
    const c = token.charCodeAt(0);
    if (this.hasArabicHeads && c >= 0x600 && c <= 0x6ff) found.push(...(this.byFirstToken.get(`\u0001${stem(token)}`) ?? []));
    for (let length = 3; length >= 1 && this.byFirstPrefix.size > 0; length--) {
      if (token.length < length) continue;
      for (const { prefix, pattern } of this.byFirstPrefix.get(startKey(token, length)) ?? []) if (token.startsWith(prefix)) found.push(pattern);
    }
    return found.length === 0 ? NO_CANDIDATES : found;
  }
}

const NO_CANDIDATES: readonly never[] = [];

/** The first `length` (1–3) characters of a word as one number: no substring built for every token. */
function startKey(word: string, length: number): number {
  let key = 0;
  for (let k = 0; k < 3; k++) key = key * 65536 + (k < length ? word.charCodeAt(k) : 0);
  return key * 4 + length;
}

/** Flattens a `{ lang: [patterns] }` map into PatternSet input with one tag. */
export function taggedPatterns<T>(byLanguage: Record<string, string[]>, tag: T): { pattern: string; tag: T }[] {
  return Object.values(byLanguage).flatMap((patterns) => patterns.map((pattern) => ({ pattern, tag })));
}
