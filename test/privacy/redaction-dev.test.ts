/**
 * The development set (redaction-dev.jsonl: 1,214 resident messages in ten languages, written to tune the
 * redactor on) scored by the evaluation script, as the acceptance check runs it on an independent set:
 * recall ≥ 99.5 %, no health detail reaching volunteers, no residual value going out unheld.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

const run = (...extra: string[]) =>
  JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/eval-redaction.ts"), join(root, "test/privacy/redaction-dev.jsonl"), "--json", ...extra], { cwd: root, encoding: "utf8" })) as {
    recall: number;
    healthValueToVolunteers: number;
    healthMessagesOpen: number;
    residualNotHeld: number;
    messages: number;
  };

it.each(["lower", "upper"])("holds when every message is typed in %s case", { timeout: 60_000 }, (variant) => {
  const summary = run("--variant", variant);
  console.log(`Development set in ${variant} case: recall ${(summary.recall * 100).toFixed(2)} %`);
  expect(summary.recall).toBeGreaterThanOrEqual(0.985);
  expect(summary.healthValueToVolunteers).toBe(0);
  expect(summary.healthMessagesOpen).toBe(0);
});

it("passes the evaluation check on the development set", { timeout: 60_000 }, () => {
  const summary = run();
  console.log(`Development set: ${summary.messages} messages, recall ${(summary.recall * 100).toFixed(2)} %`);
  expect(summary.messages).toBeGreaterThanOrEqual(300);
  expect(summary.recall).toBeGreaterThanOrEqual(0.995);
  expect(summary.healthValueToVolunteers).toBe(0);
  expect(summary.healthMessagesOpen).toBe(0);
  expect(summary.residualNotHeld).toBe(0);
});
