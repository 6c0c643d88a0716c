/**
 * The one payload protocol: what a button (or a channel's command) sends back to the core. A payload is a
 * typed value — a zod discriminated union — and travels as a short string ("talk:rsa", "estimate:a:age:2")
 * because channels carry it verbatim and some cap its size (64 bytes of button data on one platform). Every
 * dialogue builds its buttons with `encodePayload` and `handlePayload` reads them with `parsePayload`, so a
 * new button is one member here, one case there, and the compiler checks both.
 *
 * Anything that does not parse (a stale button from an older version, a forged request) is `undefined`:
 * the core answers it with the themes, never an error.
 */
import { z } from "zod";

/** Catalogue ids, theme ids, language codes, option values: short, lower case, no separator. */
const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/u);
const yesNo = z.enum(["yes", "no"]);

export const COMMANDS = ["start", "help", "language", "human", "forget", "my-data"] as const;

export const payloadSchema = z.discriminatedUnion("kind", [
  /** The resident's commands, which channels map from their own syntax ("/aide", a menu). */
  z.object({ kind: z.literal("cmd"), command: z.enum(COMMANDS) }),
  z.object({ kind: z.literal("lang"), lang: id }),
  z.object({ kind: z.literal("theme"), theme: id }),
  z.object({ kind: z.literal("entry"), entryId: id }),
  /** Level 2: the démarche's steps (restart: from the first step, forgetting the saved place). */
  z.object({ kind: z.literal("apply"), entryId: id, restart: z.boolean() }),
  /** Level 4: a digital-access guide. */
  z.object({ kind: z.literal("digital"), entryId: id, restart: z.boolean() }),
  z.object({ kind: z.literal("resume"), entryId: id.optional() }),
  /** Moving inside a guide. */
  z.object({ kind: z.literal("guide"), move: z.enum(["next", "back", "pause"]) }),
  z.object({ kind: z.literal("where"), entryId: id, offset: z.number().int().min(0).max(999) }),
  /** Level 3: ask for a person, about an entry or not. */
  z.object({ kind: z.literal("talk"), entryId: id.optional() }),
  z.object({ kind: z.literal("other") }),
  z.object({ kind: z.literal("case"), action: z.enum(["cancel", "cancel-ask", "keep"]) }),
  z.object({ kind: z.literal("forget"), answer: yesNo }),
  /** The referral's questions. */
  z.object({ kind: z.literal("consent"), answer: yesNo }),
  z.object({ kind: z.literal("contact"), method: id }),
  z.object({ kind: z.literal("time"), slot: id }),
  /** Sharing a question with volunteers: offer, share the message `seq`, keep it. */
  z.object({ kind: z.literal("volunteer"), step: z.enum(["offer", "no"]) }),
  z.object({ kind: z.literal("volunteer-share"), seq: z.number().int().positive() }),
  /** The estimate: start for one benefit or "all", answer a question, reuse the answers for others. */
  z.object({ kind: z.literal("estimate"), target: id }),
  z.object({ kind: z.literal("estimate-answer"), step: id, value: z.string().regex(/^[a-z0-9_.-]{1,20}$/u) }),
  z.object({ kind: z.literal("estimate-reuse"), target: id }),
]);

export type Payload = z.infer<typeof payloadSchema>;
export type PayloadKind = Payload["kind"];
export type Command = (typeof COMMANDS)[number];

/** Members written "kind:value": the field that holds the value. */
const ONE_FIELD = { cmd: "command", lang: "lang", theme: "theme", entry: "entryId", case: "action", forget: "answer", consent: "answer", contact: "method", time: "slot", volunteer: "step", estimate: "target" } as const;
type OneFieldKind = keyof typeof ONE_FIELD;
const isOneField = (p: Payload): p is Extract<Payload, { kind: OneFieldKind }> => p.kind in ONE_FIELD;

/** The wire form of a payload. */
export function encodePayload(payload: Payload): string {
  if (isOneField(payload)) return `${payload.kind}:${(payload as Record<string, unknown>)[ONE_FIELD[payload.kind]] as string}`;
  switch (payload.kind) {
    case "apply":
    case "digital":
      return `${payload.kind}${payload.restart ? "-restart" : ""}:${payload.entryId}`;
    case "resume":
    case "talk":
      return payload.entryId ? `${payload.kind}:${payload.entryId}` : payload.kind;
    case "guide":
      return payload.move;
    case "where":
      return payload.offset > 0 ? `where-more:${payload.entryId}:${payload.offset}` : `where:${payload.entryId}`;
    case "other":
      return "other";
    case "volunteer-share":
      return `volunteer:share:${payload.seq}`;
    case "estimate-answer":
      return `estimate:a:${payload.step}:${payload.value}`;
    case "estimate-reuse":
      return `estimate:reuse:${payload.target}`;
  }
}

/** The payload a wire string stands for, or undefined when it is no payload of this version. */
export function parsePayload(wire: string): Payload | undefined {
  if (wire.length > 200) return undefined;
  const parsed = payloadSchema.safeParse(candidateOf(wire.split(":")));
  return parsed.success ? parsed.data : undefined;
}

/** The wire string's parts read as an object for the schema to check (or to refuse). */
function candidateOf([head = "", first, second, third, ...rest]: string[]): unknown {
  if (rest.length > 0) return undefined;
  switch (head) {
    case "next":
    case "back":
    case "pause":
      return first === undefined ? { kind: "guide", move: head } : undefined;
    case "other":
      return first === undefined ? { kind: "other" } : undefined;
    case "talk":
    case "resume":
      return second === undefined ? { kind: head, entryId: first } : undefined;
    case "apply":
    case "apply-restart":
    case "digital":
    case "digital-restart":
      return second === undefined ? { kind: head.replace("-restart", ""), entryId: first, restart: head.endsWith("-restart") } : undefined;
    case "where":
      return second === undefined ? { kind: "where", entryId: first, offset: 0 } : undefined;
    case "where-more":
      return third === undefined ? { kind: "where", entryId: first, offset: Number(second) } : undefined;
    case "volunteer":
      if (first === "share") return third === undefined ? { kind: "volunteer-share", seq: Number(second) } : undefined;
      return second === undefined ? { kind: "volunteer", step: first } : undefined;
    case "estimate":
      if (first === "a") return { kind: "estimate-answer", step: second, value: third };
      if (first === "reuse") return third === undefined ? { kind: "estimate-reuse", target: second } : undefined;
      return second === undefined ? { kind: "estimate", target: first } : undefined;
  }
  if (second !== undefined) return undefined;
  const name = (ONE_FIELD as Partial<Record<string, string>>)[head];
  return name ? { kind: head, [name]: first } : undefined;
}
