/**
 * What adapters ask the core about a conversation instead of reading the store: the same choice
 * checking for every channel (commands and offered buttons only, the latest offer first), and
 * reachability (a resident who blocked the bot gets nothing queued until they unblock it).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMAND_PAYLOADS } from "../../src/core/command-payloads.js";
import { createTestRuntime, payloads, resident, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;

beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

describe("choice checking", () => {
  it("accepts commands and the choices offered in this conversation, nothing else", async () => {
    const someone = resident(runtime);
    const welcome = await someone.say("bonjour");
    const offered = payloads(welcome.replies);
    expect(offered.length).toBeGreaterThan(0);
    const conversationId = welcome.conversationId;

    expect(await runtime.core.acceptsPayload(conversationId, COMMAND_PAYLOADS.help)).toBe(true);
    expect(await runtime.core.acceptsPayload(conversationId, "lang:ar")).toBe(true);
    expect(await runtime.core.acceptsPayload(conversationId, offered[0]!)).toBe(true);
    expect(await runtime.core.acceptsPayload(conversationId, "entry:never-offered")).toBe(false);
    // What one conversation was offered is not accepted from another.
    const other = await resident(runtime).press(COMMAND_PAYLOADS.forget);
    const onlyFirst = offered.find((p) => !payloads(other.replies).includes(p));
    expect(onlyFirst).toBeDefined();
    expect(await runtime.core.acceptsPayload(other.conversationId, onlyFirst!)).toBe(false);
  });

  it("finds an offered choice by a property of its payload (a channel's shortened form)", async () => {
    const welcome = await resident(runtime).say("bonjour");
    const wanted = payloads(welcome.replies).at(-1)!;
    expect(await runtime.core.findOfferedChoice(welcome.conversationId, (p) => p === wanted)).toBe(wanted);
    expect(await runtime.core.findOfferedChoice(welcome.conversationId, () => false)).toBeUndefined();
  });
});

describe("reachability", () => {
  it("marks the resident unreachable and reachable again, and ignores an address never seen", async () => {
    const someone = resident(runtime, "chat-42", "telegram");
    const { conversationId } = await someone.say("bonjour");

    await runtime.core.setReachable("telegram", "chat-42", false);
    expect((await runtime.core.getConversation(conversationId))?.unreachable).toBe(true);
    await runtime.core.setReachable("telegram", "chat-42", true);
    expect((await runtime.core.getConversation(conversationId))?.unreachable).toBe(false);

    await runtime.core.setReachable("telegram", "chat-never-seen", false);
    expect(await runtime.core.findConversation("telegram", "chat-never-seen")).toBeUndefined();
  });
});
