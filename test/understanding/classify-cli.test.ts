// `accueil classify` end to end: JSON Lines in (stdin or file), one decision per line out, same order.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const input = [
  { id: "a", text: "je voudrais savoir comment demander le rsa", extra: "ignored" },
  { id: "b", text: "bonjour" },
  { id: "c", text: "je dors dans ma voiture ce soir avec les enfants" },
]
  .map((l) => JSON.stringify(l))
  .join("\n");

function run(args: string[], stdin?: string): string {
  return execFileSync(process.execPath, ["bin/accueil.mjs", "classify", ...args], { input: stdin, encoding: "utf8" });
}

describe("accueil classify", () => {
  it("reads stdin and prints one decision per message, in order", () => {
    const lines = run([], input).trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["a", "b", "c"]);
    expect(lines[0]).toMatchObject({ entries: expect.arrayContaining(["rsa"]), crisis: null, lang: "fr" });
    expect(lines[1]).toMatchObject({ entries: [], level: 0, crisis: null });
    // Children in a car tonight: shelter, or violence fled with shelter offered — either way a crisis,
    // with the emergency shelter entry.
    expect(lines[2]).toMatchObject({ crisis: expect.stringMatching(/^(shelter|violence)$/), level: 3, entries: expect.arrayContaining(["hebergement-urgence"]) });
  });

  it("reads a file given as argument", () => {
    const file = join(mkdtempSync(join(tmpdir(), "accueil-classify-")), "in.jsonl");
    writeFileSync(file, input);
    expect(run([file]).trim().split("\n")).toHaveLength(3);
  });
});
