/**
 * Builds the real runtime (SQLite file in a temp folder, the shipped catalogue and territory, the real
 * understanding) with a manual clock, and a small helper to talk to it as a resident would.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { createRuntime, type Runtime, type RuntimeOptions } from "../../src/app/create-runtime.js";
import { ManualClock } from "../../src/core/clock.js";
import type { HandleResult } from "../../src/core/accueil-core.js";
import type { ChannelName, OutboundReply } from "../../src/core/messages.js";

/** A Tuesday, 10:00 in Paris: the demo CCAS is open. */
export const TUESDAY_MORNING = new Date("2026-11-17T09:00:00Z");

export interface TestRuntime extends Runtime {
  clock: ManualClock;
  dir: string;
  databaseUrl: string;
  dispose(): Promise<void>;
}

export async function createTestRuntime(options: { dir?: string; env?: Record<string, string>; understander?: RuntimeOptions["understander"] } = {}): Promise<TestRuntime> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "accueil-test-"));
  const databaseUrl = `sqlite:${join(dir, "accueil.sqlite")}`;
  const clock = new ManualClock(TUESDAY_MORNING);
  const runtime = await createRuntime({
    env: { ...process.env, LOG_LEVEL: "silent", ...options.env },
    databaseUrl,
    dataDir: dir,
    clock,
    logger: pino({ level: "silent" }),
    ...(options.understander ? { understander: options.understander } : {}),
  });
  return {
    ...runtime,
    clock,
    dir,
    databaseUrl,
    async dispose() {
      await runtime.store.close().catch(() => undefined);
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A resident on one channel and conversation, sending text or pressing buttons. */
export function resident(runtime: Pick<Runtime, "core" | "clock">, conversationKey = `resident-${++counter}`, channel: ChannelName = "web") {
  let messageNumber = 0;
  const send = (input: { text?: string; payload?: string; location?: { lat: number; lon: number }; id?: string; localeHint?: string }): Promise<HandleResult> =>
    runtime.core.handleInbound({
      channel,
      conversationKey,
      senderKey: conversationKey,
      text: input.text ?? "",
      ...(input.payload ? { payload: input.payload } : {}),
      ...(input.location ? { location: input.location } : {}),
      ...(input.localeHint ? { localeHint: input.localeHint } : {}),
      platformMessageId: input.id ?? `${conversationKey}-${++messageNumber}`,
      receivedAt: runtime.clock.now(),
    });
  return {
    conversationKey,
    channel,
    say: (text: string, extra: { id?: string; localeHint?: string } = {}) => send({ text, ...extra }),
    press: (payload: string) => send({ payload }),
    share: (location: { lat: number; lon: number }) => send({ location }),
    send,
  };
}

export function texts(replies: readonly OutboundReply[]): string {
  return replies
    .map((r) => {
      switch (r.kind) {
        case "text":
          return r.text;
        case "choices":
          return `${r.text} ${r.choices.map((c) => `[${c.label}]`).join(" ")}`;
        case "entry":
          return `${r.title}\n${r.summary}`;
        case "emergency":
          return `${r.text} ${r.numbers.map((n) => n.number).join(" ")}`;
        case "link":
          return `${r.label} ${r.url}`;
        case "place":
          return `${r.place.name} ${r.place.status}`;
      }
    })
    .join("\n");
}

export function payloads(replies: readonly OutboundReply[]): string[] {
  return replies.flatMap((r) => (r.kind === "choices" ? r.choices.map((c) => c.payload) : []));
}

/** Takes a resident through a referral (consent, this chat, a description); returns the open case. */
export async function openCaseAs(runtime: Pick<Runtime, "store">, someone: ReturnType<typeof resident>, description = "Mon dossier est bloqué depuis des semaines.") {
  await someone.press("cmd:human");
  await someone.press("consent:yes");
  await someone.press("contact:this-chat");
  await someone.say(description);
  const conversation = await runtime.store.findConversation(someone.channel, someone.conversationKey);
  const created = conversation ? await runtime.store.findActiveCase(conversation.id) : undefined;
  if (!created) throw new Error("no case opened");
  return created;
}
