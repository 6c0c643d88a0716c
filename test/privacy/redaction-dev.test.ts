/**
 * The development sets scored by the evaluation script, as the acceptance check runs it on an independent
 * set: redaction-dev.jsonl (1,214 resident messages in ten languages, written to tune the redactor on):
 * recall ≥ 99.5 %, no health detail reaching volunteers, no residual value going out unheld; and
 * redaction-batches.jsonl (22,580 messages written later by authors who saw neither the redactor nor the
 * first set — other languages, disguised contacts, names and dates, health — then tuned on) and
 * redaction-subtle.jsonl (240 messages whose values look like nothing: names that are words, health in
 * everyday words, landmarks for addresses, holidays for dates): the floors of today's measure.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

const runOn = (set: string, ...extra: string[]) =>
  JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/eval-redaction.ts"), join(root, "test/privacy", set), "--json", ...extra], { cwd: root, encoding: "utf8" })) as {
    recall: number;
    healthValueToVolunteers: number;
    healthMessagesOpen: number;
    residualNotHeld: number;
    messages: number;
  };
const run = (...extra: string[]) => runOn("redaction-dev.jsonl", ...extra);

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

it("holds its floors on the second development set (written apart, in other languages, disguised, health)", { timeout: 240_000 }, () => {
  const summary = runOn("redaction-batches.jsonl");
  console.log(`Second development set: ${summary.messages} messages, recall ${(summary.recall * 100).toFixed(2)} %`);
  expect(summary.messages).toBeGreaterThanOrEqual(22580);
  expect(summary.recall).toBeGreaterThanOrEqual(0.993);
  expect(summary.healthValueToVolunteers).toBe(0);
  expect(summary.healthMessagesOpen).toBe(0);
  expect(summary.residualNotHeld).toBe(0);
});

it("holds its floors on the subtle set (values that look like nothing)", { timeout: 60_000 }, () => {
  const summary = runOn("redaction-subtle.jsonl");
  console.log(`Subtle set: ${summary.messages} messages, recall ${(summary.recall * 100).toFixed(2)} %, ${summary.residualNotHeld} not held`);
  expect(summary.messages).toBeGreaterThanOrEqual(240);
  expect(summary.recall).toBeGreaterThanOrEqual(0.9);
  expect(summary.healthValueToVolunteers).toBe(0);
  expect(summary.residualNotHeld).toBeLessThanOrEqual(3);
});
