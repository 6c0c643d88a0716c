/**
 * What the Slack listeners share: the core, what the channel keeps of its own, the outbox, the directory of agents, and the
 * small helpers every handler needs — who a Slack user is to the core, whether they may act on cases,
 * and how to tell them privately that something was refused or failed.
 */
import type { Logger } from "pino";
import type { AccueilCore, AgentIdentity } from "../../core/accueil-core.js";
import { CaseActionError } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import { VolunteerActionError } from "../../core/volunteer-actions.js";
import type { SlackPersistence } from "./slack-persistence.js";
import type { AgentDirectory } from "./agent-directory.js";
import type { SlackClient } from "./slack-api.js";
import type { SlackOutbox } from "./slack-outbox.js";
import type { SlackSettings } from "./slack-settings.js";
import type { SlackStrings } from "./slack-strings.js";
import { inertText } from "./slack-text.js";

export interface ListenerContext {
  core: AccueilCore;
  persistence: SlackPersistence;
  clock: Clock;
  client: SlackClient;
  outbox: SlackOutbox;
  directory: AgentDirectory;
  settings: SlackSettings;
  strings: SlackStrings;
  logger: Logger;
}

/** Where a private answer to a Slack user can go. */
export interface Reachable {
  user: string;
  /** The interaction's response_url, when there is one. */
  responseUrl?: string;
  /** A channel where the user is (the agents' channel for modals). */
  channel?: string;
  threadTs?: string;
}

export async function identityOf(ctx: ListenerContext, userId: string): Promise<AgentIdentity> {
  return { id: `slack:${userId}`, displayName: await ctx.directory.displayName(userId, ctx.strings("someone.agent")) };
}

/** Tells the user privately (ephemeral), through the outbox like every other Slack call. */
export async function tell(ctx: ListenerContext, to: Reachable, text: string): Promise<void> {
  if (to.responseUrl) {
    await ctx.outbox.enqueue(to.channel ?? "respond", { kind: "respond", url: to.responseUrl, text, ...(to.channel ? { channel: to.channel } : {}), user: to.user });
  } else if (to.channel) {
    await ctx.outbox.enqueue(to.channel, { kind: "ephemeral", channel: to.channel, user: to.user, text, ...(to.threadTs ? { threadTs: to.threadTs } : {}) });
  }
}

/** True when the user is a member of the agents' channel; otherwise tells them why nothing happened. */
export async function mayActOnCases(ctx: ListenerContext, to: Reachable): Promise<boolean> {
  const membership = await ctx.directory.membership(to.user);
  if (membership === "member") return true;
  ctx.logger.warn({ user: to.user, membership }, "Slack action on a case refused: not a member of the agents' channel");
  await tell(ctx, to, ctx.strings(membership === "unknown" ? "refusal.cannot_check" : "refusal.not_agent"));
  return false;
}

/** Turns a failed core action into a clear private message; unexpected errors are logged. */
export async function explainFailure(ctx: ListenerContext, to: Reachable, error: unknown, caseId?: string): Promise<void> {
  const s = ctx.strings;
  if (error instanceof CaseActionError) {
    const keys: Record<CaseActionError["code"], string> = {
      "not-found": "refusal.not_found",
      "already-claimed": "refusal.already_claimed",
      closed: "refusal.closed",
      // Someone else holds the case: only they (or a supervisor, from the console) answer or close it.
      "not-assigned": "refusal.not_assigned",
      // Slack members are never supervisors nor disabled accounts; these come from the console only.
      "supervisors-only": "refusal.failed",
      "agent-disabled": "refusal.failed",
      "not-reopenable": "refusal.failed",
      "invalid-assignee": "refusal.failed",
      "empty-text": "refusal.empty",
      "too-long": "refusal.too_long",
    };
    const key = keys[error.code];
    let agent = s("someone.agent");
    if ((error.code === "already-claimed" || error.code === "not-assigned") && caseId) agent = await holderOf(ctx, caseId);
    await tell(ctx, to, s(key, { agent }));
    return;
  }
  if (error instanceof VolunteerActionError) {
    const key = { "not-found": "refusal.question_gone", "not-open": "refusal.question_closed", gone: "refusal.question_gone", "empty-text": "refusal.empty", "too-long": "refusal.too_long" }[error.code];
    await tell(ctx, to, s(key));
    return;
  }
  ctx.logger.error({ err: error, user: to.user }, "Slack action failed");
  await tell(ctx, to, s("refusal.failed"));
}

/** Who holds a case, for "already taken by …": a Slack mention, or the console agent's name. */
async function holderOf(ctx: ListenerContext, caseId: string): Promise<string> {
  const holder = (await ctx.core.getCase(caseId))?.assignedAgentId;
  if (!holder) return ctx.strings("someone.agent");
  if (holder.startsWith("slack:")) return `<@${holder.slice("slack:".length)}>`;
  const name = await ctx.core.agentName(holder);
  return name ? inertText(name) : ctx.strings("someone.agent");
}
