import { describe, expect, it } from "vitest";
import { encodePayload, parsePayload, type Payload } from "../../src/core/payloads.js";

/** One example of every member, with the wire form channels carry (stable: buttons already sent use it). */
const EXAMPLES: Array<[Payload, string]> = [
  [{ kind: "cmd", command: "my-data" }, "cmd:my-data"],
  [{ kind: "lang", lang: "ar" }, "lang:ar"],
  [{ kind: "theme", theme: "logement" }, "theme:logement"],
  [{ kind: "entry", entryId: "rsa" }, "entry:rsa"],
  [{ kind: "apply", entryId: "rsa", restart: false }, "apply:rsa"],
  [{ kind: "apply", entryId: "rsa", restart: true }, "apply-restart:rsa"],
  [{ kind: "digital", entryId: "compte-ameli", restart: true }, "digital-restart:compte-ameli"],
  [{ kind: "resume", entryId: "rsa" }, "resume:rsa"],
  [{ kind: "resume" }, "resume"],
  [{ kind: "guide", move: "back" }, "back"],
  [{ kind: "where", entryId: "rsa", offset: 0 }, "where:rsa"],
  [{ kind: "where", entryId: "rsa", offset: 6 }, "where-more:rsa:6"],
  [{ kind: "talk" }, "talk"],
  [{ kind: "talk", entryId: "apl" }, "talk:apl"],
  [{ kind: "other" }, "other"],
  [{ kind: "case", action: "cancel-ask" }, "case:cancel-ask"],
  [{ kind: "forget", answer: "yes" }, "forget:yes"],
  [{ kind: "consent", answer: "no" }, "consent:no"],
  [{ kind: "contact", method: "this-chat" }, "contact:this-chat"],
  [{ kind: "time", slot: "morning" }, "time:morning"],
  [{ kind: "volunteer", step: "offer" }, "volunteer:offer"],
  [{ kind: "volunteer-share", seq: 42 }, "volunteer:share:42"],
  [{ kind: "estimate", target: "all" }, "estimate:all"],
  [{ kind: "estimate-answer", step: "housing", value: "tenant_aid" }, "estimate:a:housing:tenant_aid"],
  [{ kind: "estimate-reuse", target: "all" }, "estimate:reuse:all"],
];

describe("the payload protocol", () => {
  it.each(EXAMPLES)("encodes %j as its wire form and reads it back", (payload, wire) => {
    expect(encodePayload(payload)).toBe(wire);
    expect(parsePayload(wire)).toEqual(payload);
  });

  it.each([
    "",
    "cmd:delete-everything",
    "entry:../../etc/passwd",
    "entry:RSA",
    "where-more:rsa:-1",
    "where-more:rsa:abc",
    "volunteer:share:0",
    "volunteer:share:1:2",
    "forget:maybe",
    "talk:rsa:extra",
    "next:now",
    `entry:${"a".repeat(300)}`,
    "estimate:a:age",
  ])("refuses the forged or stale payload %j", (wire) => {
    expect(parsePayload(wire)).toBeUndefined();
  });
});
