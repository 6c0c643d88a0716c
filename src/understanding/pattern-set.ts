/**
 * Cue patterns over tokens, used for crisis wording, level cues, intents and yes/no. The syntax is
 * deliberately tiny so that non-developers can write patterns in YAML:
 *
 *   "me frapp*"              tokens in order; a trailing * matches any word starting so ("frappe", "frappé")
 *   "peur|crains de lui"     alternatives for one position, separated by |
 *   "veux ~ mourir"          ~ skips 0 to 3 words, ~~ 0 to 8 words
 *
 * Each alternative is tokenized like the messages, so "j'ai" in a pattern matches "jai" or "j'ai" typed.
 */
import type { Tokenizer } from "./tokenize.js";

interface TokenTest {
  value: string;
  prefix: boolean;
}
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
}

function compile<T>(source: string, tag: T, tokenize: Tokenizer): Compiled<T> | null {
  const slots: Slot[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (/^~+$/.test(part)) {
      slots.push({ kind: "gap", max: part.length === 1 ? 3 : 8 });
      continue;
    }
    const options: TokenTest[][] = [];
    for (const alt of part.split("|")) {
      const prefix = alt.endsWith("*");
      const tokens = tokenize(prefix ? alt.slice(0, -1) : alt);
      if (tokens.length === 0) continue;
      options.push(tokens.map((value, i) => ({ value, prefix: prefix && i === tokens.length - 1 })));
    }
    if (options.length) slots.push({ kind: "alt", options });
  }
  if (slots.length === 0 || slots[0]?.kind === "gap") return null;
  return { tag, source, slots };
}

function testToken(test: TokenTest, token: string | undefined): boolean {
  if (token === undefined) return false;
  return test.prefix ? token.startsWith(test.value) : token === test.value;
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

export class PatternSet<T> {
  private readonly byFirstToken = new Map<string, Compiled<T>[]>();
  private readonly byFirstPrefix: { prefix: string; pattern: Compiled<T> }[] = [];

  constructor(entries: Iterable<{ pattern: string; tag: T }>, tokenize: Tokenizer) {
    for (const { pattern, tag } of entries) {
      const compiled = compile(pattern, tag, tokenize);
      if (!compiled) continue;
      const first = compiled.slots[0] as Extract<Slot, { kind: "alt" }>;
      const heads = new Set<string>();
      for (const option of first.options) {
        const head = option[0]!;
        if (head.prefix) this.byFirstPrefix.push({ prefix: head.value, pattern: compiled });
        else heads.add(head.value);
      }
      for (const head of heads) {
        const list = this.byFirstToken.get(head) ?? [];
        list.push(compiled);
        this.byFirstToken.set(head, list);
      }
    }
  }

  /** Every match, at most one per pattern and start position, in text order. */
  matchAll(tokens: readonly string[]): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const seen = new Set<Compiled<T>>();
      const candidates = [...(this.byFirstToken.get(token) ?? [])];
      for (const { prefix, pattern } of this.byFirstPrefix) if (token.startsWith(prefix)) candidates.push(pattern);
      for (const pattern of candidates) {
        if (seen.has(pattern)) continue;
        seen.add(pattern);
        const end = matchFrom(pattern.slots, 0, tokens, i);
        if (end > i) out.push({ tag: pattern.tag, source: pattern.source, start: i, end });
      }
    }
    return out;
  }
}

/** Flattens a `{ lang: [patterns] }` map into PatternSet input with one tag. */
export function taggedPatterns<T>(byLanguage: Record<string, string[]>, tag: T): { pattern: string; tag: T }[] {
  return Object.values(byLanguage).flatMap((patterns) => patterns.map((pattern) => ({ pattern, tag })));
}
