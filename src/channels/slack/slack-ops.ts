/**
 * What waits in the Slack outbox: each row's `op`, validated when read back. Ops name what to show, not
 * the rendered message, wherever the message reflects live state (a case, a question): it is rendered
 * from the store at send time, so a message sent after a retry shows the state of that moment.
 */
import { z } from "zod";

export const slackOpSchema = z.discriminatedUnion("kind", [
  /** The case message in the agents' channel (once; its ts is kept in the case's externalRefs). */
  z.object({ kind: z.literal("post-case"), caseId: z.string() }),
  z.object({ kind: z.literal("update-case"), caseId: z.string() }),
  /** A line in the case's thread; `text` is mrkdwn already made inert where it quotes others. */
  z.object({ kind: z.literal("case-thread"), caseId: z.string(), text: z.string(), broadcast: z.boolean().optional() }),
  /** Deletes what the bot posted in the case's thread and blanks the case message (resident's erasure). */
  z.object({ kind: z.literal("erase-case"), caseId: z.string() }),
  /** Blanks a post about an erased person (volunteers' question, review) and deletes the bot's replies under it. */
  z.object({ kind: z.literal("erase-post"), channel: z.string(), ts: z.string() }),
  /** A question for volunteers: in their channel ("post-question"), or for review in the agents' one. */
  z.object({ kind: z.literal("post-question"), questionId: z.string() }),
  z.object({ kind: z.literal("update-question"), questionId: z.string() }),
  z.object({ kind: z.literal("post-review"), questionId: z.string() }),
  z.object({ kind: z.literal("update-review"), questionId: z.string() }),
  z.object({ kind: z.literal("review-thread"), questionId: z.string(), text: z.string() }),
  /** A plain message (reminders to a supervisor). */
  z.object({ kind: z.literal("message"), channel: z.string(), text: z.string(), threadTs: z.string().optional() }),
  z.object({ kind: z.literal("reaction"), channel: z.string(), ts: z.string(), name: z.string() }),
  /** Only `user` sees it: refusals and errors after an action. */
  z.object({ kind: z.literal("ephemeral"), channel: z.string(), user: z.string(), text: z.string(), threadTs: z.string().optional() }),
  /** The same through an interaction's response_url (works even where chat.postEphemeral cannot). */
  z.object({ kind: z.literal("respond"), url: z.string(), text: z.string(), channel: z.string().optional(), user: z.string().optional() }),
]);

export type SlackOp = z.infer<typeof slackOpSchema>;
