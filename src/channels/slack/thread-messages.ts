/**
 * Human replies in threads.
 * - In a case's thread (agents' channel): the agent's words are relayed to the resident unchanged (the
 *   core then keeps the bot silent until the case is closed); a line starting with "note:", "//" or
 *   "(note)" is an internal note, never relayed. A ✉️ or 📝 reaction tells the agent which it was.
 * - In a question's thread (volunteers' channel, or the review thread in the agents' channel): the answer
 *   is relayed to the resident, marked as a volunteer's — or as the CCAS's when the author is a member
 *   of the agents' channel (that is how agents correct a volunteer). "//" lines stay between helpers.
 * Top-level messages, bots (this one included), edits and deletions are ignored; files are not relayed.
 */
import type { App } from "@slack/bolt";
import { z } from "zod";
import { agentWords } from "./slack-text.js";
import { explainFailure, identityOf, tell, type ListenerContext, type Reachable } from "./listener-context.js";

const messageEvent = z.looseObject({
  type: z.literal("message"),
  subtype: z.string().optional(),
  channel: z.string(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  files: z.array(z.unknown()).optional(),
});

/** Subtypes that are a person writing (a plain message has none). */
const HUMAN_SUBTYPES = new Set(["file_share", "thread_broadcast"]);

const NOTE_PREFIX = /^\s*(?:\/\/|note\s*:|\(note\))\s*/iu;

export function isInternalNote(text: string): boolean {
  return NOTE_PREFIX.test(text);
}

export function registerThreadMessages(app: App, ctx: ListenerContext): void {
  app.event("message", async ({ event }) => {
    const parsed = messageEvent.safeParse(event);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.bot_id || !m.user || (m.subtype !== undefined && !HUMAN_SUBTYPES.has(m.subtype))) return;
    if (!m.thread_ts || m.thread_ts === m.ts) return;
    const thread = await ctx.persistence.findExternalThread("slack", m.channel, m.thread_ts);
    if (!thread) return;
    const to: Reachable = { user: m.user, channel: m.channel, threadTs: m.thread_ts };
    if (m.files?.length) await tell(ctx, to, ctx.strings("refusal.file"));
    const raw = m.text ?? "";
    if (!raw.trim()) return;
    const react = (name: string) => ctx.outbox.enqueue(m.channel, { kind: "reaction", channel: m.channel, ts: m.ts, name }, { dedupeKey: `reaction:${m.channel}:${m.ts}` });

    if (thread.subjectKind === "case") {
      // Case threads live in the agents' channel only; anything else is not ours to relay.
      if (m.channel !== ctx.settings.agentsChannel) return;
      try {
        const agent = await identityOf(ctx, m.user);
        if (isInternalNote(raw)) {
          await ctx.core.addInternalNote(thread.subjectId, agent, agentWords(raw.replace(NOTE_PREFIX, "")));
          await react("memo");
        } else {
          await ctx.core.replyToResident(thread.subjectId, agent, agentWords(raw));
          await react("incoming_envelope");
        }
      } catch (error) {
        await explainFailure(ctx, to, error, thread.subjectId);
      }
      return;
    }

    // A question's thread.
    if (isInternalNote(raw)) return;
    const inAgentsChannel = m.channel === ctx.settings.agentsChannel;
    if (!inAgentsChannel && m.channel !== ctx.settings.volunteersChannel) return;
    const asAgent = inAgentsChannel || (await ctx.directory.membership(m.user)) === "member";
    try {
      const fallback = ctx.strings(asAgent ? "someone.agent" : "someone.volunteer");
      const displayName = await ctx.directory.displayName(m.user, fallback);
      await ctx.core.relayVolunteerAnswer(thread.subjectId, { id: `slack:${m.user}`, displayName, role: asAgent ? "agent" : "volunteer" }, agentWords(raw));
      await react("incoming_envelope");
    } catch (error) {
      await explainFailure(ctx, to, error);
    }
  });
}
