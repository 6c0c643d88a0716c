/**
 * The house rules of docs/architecture.md, checked on the sources so that a change that breaks one
 * fails here rather than in a reviewer's eye: adapters and the server reach the store only through the
 * core and the interfaces they declare; the core names no channel; no import cycle; no file too long
 * to read in one sitting.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") ? [path] : [];
  });
}
const files = sources(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const rel = (f: string) => relative(SRC, f);

/** The relative imports of a file (type-only ones too: they tie modules together as much), resolved. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gu)) {
    out.push(resolve(dirname(file), m[1]!.replace(/\.js$/u, ".ts")));
  }
  for (const m of text.get(file)!.matchAll(/import\("(\.{1,2}\/[^"]+)"\)/gu)) out.push(resolve(dirname(file), m[1]!.replace(/\.js$/u, ".ts")));
  return out.filter((f) => text.has(f));
}

describe("house rules", () => {
  it("no file under src/channels or src/server imports src/store", () => {
    const offenders = files
      .filter((f) => /^(?:channels|server)\//u.test(rel(f)))
      .filter((f) => importsOf(f).some((target) => rel(target).startsWith("store/")))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it("src/core names no channel", () => {
    const offenders = files.filter((f) => rel(f).startsWith("core/") && /\b(?:telegram|slack|teams|whatsapp|grammy|bolt)\b/iu.test(text.get(f)!)).map(rel);
    expect(offenders).toEqual([]);
  });

  it("no import cycle in src/", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(" → "));
        return;
      }
      state.set(f, "open");
      for (const next of graph.get(f)!) visit(next, [...path, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("no file in src/ is over 350 lines", () => {
    const long = files.map((f) => [rel(f), text.get(f)!.split("\n").length] as const).filter(([, lines]) => lines > 350);
    expect(long).toEqual([]);
  });
});
