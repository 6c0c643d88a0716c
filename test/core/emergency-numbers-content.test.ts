/**
 * The crisis answer's numbers come from content/emergency-numbers.yml: a CCAS that changes a number there
 * changes the answer — the list of numbers and the sentences, in every language — without touching code.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONTENT_DIR } from "../../src/project-root.js";
import { createTestRuntime, resident, texts, type TestRuntime } from "../support/test-runtime.js";

const runtimes: TestRuntime[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const r of runtimes) await r.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A content folder with the shipped catalogue and an emergency numbers file where 3114 became 3999. */
function contentWithChangedNumber(): string {
  const dir = mkdtempSync(join(tmpdir(), "accueil-content-"));
  dirs.push(dir);
  symlinkSync(join(CONTENT_DIR, "rights"), join(dir, "rights"));
  const file = readFileSync(join(CONTENT_DIR, "emergency-numbers.yml"), "utf8");
  writeFileSync(join(dir, "emergency-numbers.yml"), file.replace('number: "3114"', 'number: "3999"'));
  return dir;
}

async function runtime(env: Record<string, string> = {}): Promise<TestRuntime> {
  const r = await createTestRuntime({ env });
  runtimes.push(r);
  return r;
}

describe("emergency numbers from the content file", () => {
  it("gives the shipped numbers by default", async () => {
    const r = await runtime();
    const result = await resident(r).say("je veux mourir");
    const reply = result.replies[0];
    expect(reply?.kind).toBe("emergency");
    expect(texts([reply!])).toContain("3114");
  });

  it("follows a changed number, in the list and in the sentence, in French and in English", async () => {
    const r = await runtime({ CONTENT_DIR: contentWithChangedNumber() });
    const fr = await resident(r).say("je veux mourir");
    const reply = fr.replies[0]!;
    expect(reply.kind).toBe("emergency");
    if (reply.kind !== "emergency") return;
    expect(reply.numbers.map((n) => n.number)).toEqual(["3999", "15", "112"]);
    expect(reply.numbers[0]!.label).toBe("Prévention du suicide, 24 h/24");
    expect(reply.text).toContain("3999");
    expect(texts([reply])).not.toContain("3114");

    const en = await resident(r).say("I want to kill myself", { localeHint: "en" });
    const answer = en.replies[0]!;
    expect(answer.kind === "emergency" && answer.numbers[0]).toMatchObject({ number: "3999", label: "Suicide prevention, 24 hours a day" });
    expect(texts([answer])).toContain("call 3999 now");
  });
});
