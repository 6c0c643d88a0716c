/**
 * Finds the concepts of content/understanding/concepts.yml in a message's tokens. The glossary holds
 * some 26,000 words and phrases; tokenizing them all takes longer than a cold start may, so `npm run
 * train` compiles them once into a table of ready token sequences that travels inside the model file,
 * and the bot only builds a lookup from that table.
 *
 * A form is a sequence of tokens; a trailing "*" on its last token means "any word starting so".
 */
import type { Concepts } from "../vocabulary-schema.js";
import type { Tokenizer } from "../tokenize.js";
import { memoByWord } from "../word-memo.js";

/** What the model file stores: concept ids, and each form as "<concept index>\t<token> <token>[*]". */
export interface ConceptTable {
  ids: string[];
  forms: string[];
}

interface Form {
  concept: number;
  rest: string[];
  /** The last token is a prefix. */
  prefix: boolean;
}

export function compileConcepts(concepts: Concepts, tokenize: Tokenizer): ConceptTable {
  const ids = Object.keys(concepts.concepts).sort();
  const forms = new Set<string>();
  ids.forEach((id, index) => {
    for (const phrases of Object.values(concepts.concepts[id] ?? {})) {
      for (const phrase of phrases) {
        const prefix = phrase.trim().endsWith("*");
        const tokens = tokenize(prefix ? phrase.trim().slice(0, -1) : phrase);
        // A one-letter prefix would match half the words of a language (and the lookup keys on two letters).
        if (tokens.length === 0 || (prefix && tokens.length === 1 && tokens[0]!.length < 2)) continue;
        forms.add(`${index}\t${tokens.join(" ")}${prefix ? "*" : ""}`);
      }
    }
  });
  return { ids, forms: [...forms].sort() };
}

export class ConceptMatcher {
  /** Forms of one token (exact), by that token. */
  private readonly single = new Map<string, number[]>();
  /** Forms of several tokens, by their first token then their second: function words ("la", "de") start
   * hundreds of phrases, and a key of one token would make every "la" try them all. */
  private readonly byPair = new Map<string, Map<string, Form[]>>();
  /** What each token starts (formsOfWord), kept per word (word-memo.ts). */
  private readonly formsByWord = memoByWord((token) => this.formsOfWord(token));
  /** Forms whose first token is a prefix, by the prefix's first two characters (as one number). */
  private readonly byPrefixStart = new Map<number, { prefix: string; form: Form }[]>();

  constructor(readonly table: ConceptTable) {
    for (const line of table.forms) {
      const tab = line.indexOf("\t");
      const concept = Number(line.slice(0, tab));
      let text = line.slice(tab + 1);
      const prefix = text.endsWith("*");
      if (prefix) text = text.slice(0, -1);
      const [first = "", ...rest] = text.split(" ");
      if (rest.length === 0 && prefix) {
        const key = startKey(first);
        const list = this.byPrefixStart.get(key) ?? [];
        list.push({ prefix: first, form: { concept, rest, prefix: false } });
        this.byPrefixStart.set(key, list);
      } else if (rest.length === 0) {
        const list = this.single.get(first) ?? [];
        list.push(concept);
        this.single.set(first, list);
      } else {
        const [second = "", ...more] = rest;
        // A prefix on the second token of a two-token form: that token is matched in matchesRest.
        const prefixPair = more.length === 0 && prefix;
        const form: Form = { concept, rest: prefixPair ? rest : more, prefix };
        const map = prefixPair ? this.prefixPairs : (this.byPair.get(first) ?? this.byPair.set(first, new Map()).get(first)!);
        const key = prefixPair ? first : second;
        const list = map.get(key) ?? [];
        list.push(form);
        map.set(key, list);
      }
    }
  }

  /** Two-token forms whose second token is a prefix ("payer loy*"), by their first token. */
  private readonly prefixPairs = new Map<string, Form[]>();

  /** Ids of the concepts found in the tokens (each once). */
  match(tokens: readonly string[]): string[] {
    const found = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const word = this.formsByWord(tokens[i]!);
      for (const c of word.concepts) found.add(c);
      if (i + 1 < tokens.length) {
        const pairs = word.pairs?.get(tokens[i + 1]!);
        if (pairs) for (const form of pairs) if (matchesRest(form, tokens, i + 2)) found.add(form.concept);
        if (word.prefixPairs) for (const form of word.prefixPairs) if (matchesRest(form, tokens, i + 1)) found.add(form.concept);
      }
    }
    return [...found].map((c) => this.table.ids[c]!);
  }

  /** What one token starts: the concepts it stands for alone (exactly or by a prefix) and the forms of
   * several tokens that begin with it — one lookup per token instead of four. */
  private formsOfWord(token: string): WordForms {
    const found = [...(this.single.get(token) ?? [])];
    for (const { prefix, form } of this.byPrefixStart.get(startKey(token)) ?? []) if (token.startsWith(prefix)) found.push(form.concept);
    return { concepts: found.length === 0 ? NONE : found, pairs: this.byPair.get(token), prefixPairs: this.prefixPairs.get(token) };
  }
}

interface WordForms {
  concepts: readonly number[];
  /** Forms of several tokens starting with this one, by their second token. */
  pairs: ReadonlyMap<string, Form[]> | undefined;
  /** Two-token forms starting with this one whose second token is a prefix. */
  prefixPairs: readonly Form[] | undefined;
}

const NONE: readonly number[] = [];

/** The first two characters as one number (no string built per token). */
function startKey(token: string): number {
  return token.charCodeAt(0) * 65536 + (token.length > 1 ? token.charCodeAt(1) : 0);
}

function matchesRest(form: Form, tokens: readonly string[], at: number): boolean {
  const { rest } = form;
  if (at + rest.length > tokens.length) return false;
  for (let k = 0; k < rest.length; k++) {
    const token = tokens[at + k]!;
    const last = k === rest.length - 1;
    if (last && form.prefix ? !token.startsWith(rest[k]!) : token !== rest[k]) return false;
  }
  return true;
}
