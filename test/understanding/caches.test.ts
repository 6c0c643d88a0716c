// Content reading and the build-time phrase cache: same values as a plain parse, nothing kept across builds.
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/content/read-yaml.js";
import { createPhraseTokenCache } from "../../src/understanding/phrase-token-cache.js";

describe("parseYaml", () => {
  it("keeps ISO dates as strings, as the catalogue schema expects", () => {
    expect(parseYaml(`id: a\nverified_on: 2026-11-22\nlist: [1, 2]\n`)).toEqual({ id: "a", verified_on: "2026-11-22", list: [1, 2] });
  });

  it("names the file and line of a syntax error", () => {
    expect(() => parseYaml("a: [1, 2\nb: 3\n", "content/rights/x.yml")).toThrow(/x\.yml/);
  });
});

describe("createPhraseTokenCache", () => {
  it("computes each phrase once within a build, and afresh in the next build", () => {
    let calls = 0;
    const tokenize = (s: string): string[] => {
      calls++;
      return s.split(" ");
    };
    const cache = createPhraseTokenCache(tokenize);
    expect(cache.tokenize("a b")).toEqual(["a", "b"]);
    expect(cache.tokenize("a b")).toEqual(["a", "b"]);
    expect(calls).toBe(1);
    const nextBuild = createPhraseTokenCache(tokenize);
    expect(nextBuild.tokenize("a b")).toEqual(["a", "b"]);
    expect(calls).toBe(2);
  });
});
