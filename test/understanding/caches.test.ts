// The start-up caches must never serve stale data: they are addressed by content.
import { describe, expect, it } from "vitest";
import { createPhraseTokenCache } from "../../src/understanding/phrase-token-cache.js";
import { parseYamlCached } from "../../src/understanding/read-yaml-cached.js";

describe("parseYamlCached", () => {
  it("returns what the YAML says, and a changed text gives the changed value", () => {
    const stamp = `${Date.now()}-${Math.random()}`;
    expect(parseYamlCached(`id: a\nstamp: "${stamp}"\nlist: [1, 2]\n`)).toEqual({ id: "a", stamp, list: [1, 2] });
    expect(parseYamlCached(`id: b\nstamp: "${stamp}"\nlist: [1, 2]\n`)).toEqual({ id: "b", stamp, list: [1, 2] });
    // Second read of the same text (from the cache now): same value.
    expect(parseYamlCached(`id: a\nstamp: "${stamp}"\nlist: [1, 2]\n`)).toEqual({ id: "a", stamp, list: [1, 2] });
  });
});

describe("createPhraseTokenCache", () => {
  it("gives the tokenizer's result, computing each phrase once per table", () => {
    let calls = 0;
    const tokenize = (s: string): string[] => {
      calls++;
      return s.split(" ");
    };
    const table = { test: `${Date.now()}-${Math.random()}` };
    const cache = createPhraseTokenCache(tokenize, table);
    expect(cache.tokenize("a b")).toEqual(["a", "b"]);
    expect(cache.tokenize("a b")).toEqual(["a", "b"]);
    expect(calls).toBe(1);
    cache.save();
    const reopened = createPhraseTokenCache(tokenize, table);
    expect(reopened.tokenize("a b")).toEqual(["a", "b"]);
    expect(calls).toBe(1);
    const otherTable = createPhraseTokenCache(tokenize, { test: "other" + table.test });
    otherTable.tokenize("a b");
    expect(calls).toBe(2);
  });
});
