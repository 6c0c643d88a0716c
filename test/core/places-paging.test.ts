/**
 * "Où aller": the places of an entry come two at a time, those open now first, with "see other places"
 * while more remain — rather than a long list, or seven presses of "next".
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, payloads, resident, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

const places = (replies: Awaited<ReturnType<ReturnType<typeof resident>["press"]>>["replies"]) =>
  replies.flatMap((r) => (r.kind === "place" ? [r.place] : []));

describe("places for an entry", () => {
  it("come two at a time, open ones first, until all were shown", async () => {
    const someone = resident(runtime);
    const entry = "inscription-france-travail"; // five places in the demonstration territory
    const total = runtime.territory.places.filter((p) => p.kinds.some((k) => runtime.catalogue.get(entry)!.where.includes(k))).length;
    expect(total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    const openness: Array<boolean | null | undefined> = [];
    let answer = await someone.press(`where:${entry}`);
    for (;;) {
      const shown = places(answer.replies);
      expect(shown.length).toBeLessThanOrEqual(2);
      seen.push(...shown.map((p) => p.name));
      openness.push(...shown.map((p) => p.openNow));
      const more = payloads(answer.replies).find((p) => p.startsWith("where-more:"));
      if (!more) break;
      answer = await someone.press(more);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // Across the pages: open now first, unknown hours next, closed last.
    const rank = openness.map((o) => (o === true ? 0 : o === false ? 2 : 1));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(rank).toContain(0);
  });
});
