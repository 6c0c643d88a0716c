/**
 * Carries out one Slack outbox op with the Web API. Messages that mirror live state (a case, a question)
 * are rendered from what the core says of it now; ops whose target message was never posted (its post died) are dead
 * rather than sent somewhere else. Returns a SendOutcome for the worker; never throws on Slack errors.
 *
 * Every message is sent with unfurling and name linking off: nothing a resident wrote can become a
 * preview, a link or a mention (the text itself is made inert in slack-text.ts).
 */
import type { Catalogue } from "../../catalogue/load-catalogue.js";
import type { AccueilCore } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import type { SendOutcome } from "../../delivery/send-outcome.js";
import { ERASED_MARKER, type CaseRecord } from "../../records/case-record.js";
import type { VolunteerQuestion } from "../../records/volunteer-record.js";
import { renderCaseMessage } from "./case-message.js";
import { renderReviewPost, renderVolunteerPost } from "./question-message.js";
import { outcomeOf, type BotIdentity, type SlackClient } from "./slack-api.js";
import type { SlackOp } from "./slack-ops.js";
import type { SlackPersistence } from "./slack-persistence.js";
import type { SlackSettings } from "./slack-settings.js";
import type { SlackStrings } from "./slack-strings.js";
import { inertText } from "./slack-text.js";

export interface OpSenderDeps {
  client: SlackClient;
  core: Pick<AccueilCore, "getCase" | "getConversation" | "caseEvents" | "agentName" | "getVolunteerQuestion">;
  /** Where each case or question is mirrored, written once its message is posted. */
  persistence: Pick<SlackPersistence, "updateCase" | "updateVolunteerQuestion" | "linkExternalThread">;
  clock: Clock;
  catalogue: Catalogue;
  settings: SlackSettings;
  strings: SlackStrings;
  identity: BotIdentity;
  /** fetch for response_url calls (tests may pass their own). */
  fetch?: typeof fetch;
}

const QUIET = { unfurl_links: false, unfurl_media: false, link_names: false, parse: "none" } as const;
const OK: SendOutcome = { ok: true };

export function createOpSender(deps: OpSenderDeps): (op: SlackOp) => Promise<SendOutcome> {
  const { client, core, persistence, settings, strings: s } = deps;

  async function agentLabel(record: CaseRecord): Promise<string | null> {
    const agentId = record.assignedAgentId;
    if (!agentId) return null;
    if (agentId.startsWith("slack:")) return `<@${agentId.slice("slack:".length)}>`;
    const name = await core.agentName(agentId);
    if (name) return inertText(name);
    // Not a console account (another channel's id): the name it gave when it took the case.
    const claim = (await core.caseEvents(record.id)).filter((e) => e.agentId === agentId && e.authorName).at(-1);
    return inertText(claim?.authorName ?? agentId);
  }

  async function caseMessage(record: CaseRecord) {
    const conversation = await core.getConversation(record.conversationId);
    const entry = record.entryId ? deps.catalogue.get(record.entryId) : undefined;
    return renderCaseMessage(
      {
        record,
        channel: conversation?.channel ?? null,
        entryTitle: entry?.title ?? null,
        agentLabel: await agentLabel(record),
        erased: record.summary === ERASED_MARKER,
        now: deps.clock.now(),
      },
      s,
    );
  }

  async function postCase(caseId: string): Promise<SendOutcome> {
    const record = await core.getCase(caseId);
    if (!record || record.externalRefs.slackTs) return OK;
    const message = await caseMessage(record);
    const posted = await client.chat.postMessage({ channel: settings.agentsChannel, ...message, ...QUIET });
    if (!posted.ts) return { ok: false, error: "chat.postMessage returned no ts" };
    await persistence.updateCase(record.id, { externalRefs: { ...record.externalRefs, slackChannel: settings.agentsChannel, slackTs: posted.ts } });
    await persistence.linkExternalThread({ platform: "slack", channel: settings.agentsChannel, threadId: posted.ts, subjectKind: "case", subjectId: record.id });
    return OK;
  }

  async function threadOf(caseId: string): Promise<{ record: CaseRecord; channel: string; ts: string } | SendOutcome> {
    const record = await core.getCase(caseId);
    const channel = record?.externalRefs.slackChannel;
    const ts = record?.externalRefs.slackTs;
    if (!record || !channel || !ts) return { ok: false, permanent: "rejected", error: "the case message was never posted" };
    return { record, channel, ts };
  }

  /** Deletes what the bot wrote under a message (what people wrote there is theirs to delete). */
  async function deleteBotReplies(channel: string, ts: string): Promise<void> {
    const me = await deps.identity.get();
    let cursor: string | undefined;
    do {
      const page = await client.conversations.replies({ channel, ts, limit: 200, ...(cursor ? { cursor } : {}) });
      for (const message of page.messages ?? []) {
        const mine = message.bot_id === me.botId || message.user === me.botUserId;
        if (mine && message.ts && message.ts !== ts) {
          await client.chat.delete({ channel, ts: message.ts }).catch((error: unknown) => {
            const outcome = outcomeOf(error);
            if (outcome.ok || outcome.permanent !== "rejected") throw error; // a deleted message: fine
          });
        }
      }
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
  }

  async function eraseCase(caseId: string): Promise<SendOutcome> {
    const thread = await threadOf(caseId);
    if ("ok" in thread) return OK;
    await deleteBotReplies(thread.channel, thread.ts);
    const message = await caseMessage(thread.record);
    await client.chat.update({ channel: thread.channel, ts: thread.ts, ...message, ...QUIET });
    return OK;
  }

  /** A post about a person who erased their data or was purged (a volunteers' question, a review). */
  async function erasePost(channel: string, ts: string): Promise<SendOutcome> {
    try {
      await deleteBotReplies(channel, ts);
      await client.chat.update({ channel, ts, text: s("question.erased"), blocks: [], ...QUIET });
    } catch (error) {
      const outcome = outcomeOf(error);
      if (outcome.ok || outcome.permanent !== "rejected") throw error;
      // message_not_found, channel_not_found: nothing of it is left to erase.
    }
    return OK;
  }

  async function question(id: string): Promise<VolunteerQuestion | undefined> {
    return core.getVolunteerQuestion(id);
  }

  async function postQuestion(id: string): Promise<SendOutcome> {
    const q = await question(id);
    const channel = settings.volunteersChannel;
    if (!q || !channel || q.externalRefs.volunteersTs || (q.status !== "open" && q.status !== "answered")) return OK;
    const posted = await client.chat.postMessage({ channel, ...renderVolunteerPost(q, s), ...QUIET });
    if (!posted.ts) return { ok: false, error: "chat.postMessage returned no ts" };
    await persistence.updateVolunteerQuestion(q.id, { externalRefs: { ...q.externalRefs, volunteersChannel: channel, volunteersTs: posted.ts } });
    await persistence.linkExternalThread({ platform: "slack", channel, threadId: posted.ts, subjectKind: "question", subjectId: q.id });
    return OK;
  }

  async function postReview(id: string): Promise<SendOutcome> {
    const q = await question(id);
    if (!q || q.externalRefs.reviewTs) return OK;
    const posted = await client.chat.postMessage({ channel: settings.agentsChannel, ...renderReviewPost(q, s), ...QUIET });
    if (!posted.ts) return { ok: false, error: "chat.postMessage returned no ts" };
    await persistence.updateVolunteerQuestion(q.id, { externalRefs: { ...q.externalRefs, reviewChannel: settings.agentsChannel, reviewTs: posted.ts } });
    await persistence.linkExternalThread({ platform: "slack", channel: settings.agentsChannel, threadId: posted.ts, subjectKind: "question", subjectId: q.id });
    return OK;
  }

  async function respond(url: string, text: string, channel?: string, user?: string): Promise<SendOutcome> {
    if (!isSlackResponseUrl(url, settings.apiUrl)) {
      if (channel && user) return run({ kind: "ephemeral", channel, user, text });
      return { ok: false, permanent: "rejected", error: "response_url is not a Slack URL" };
    }
    const response = await (deps.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response_type: "ephemeral", replace_original: false, text }),
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 429) return { ok: false, retryAfterMs: Number(response.headers.get("retry-after") ?? "1") * 1000, error: "429" };
    if (response.status >= 500) return { ok: false, error: `response_url ${response.status}` };
    // 404 / expired (response URLs live 30 minutes): nobody is waiting any more.
    return response.ok ? OK : { ok: false, permanent: "rejected", error: `response_url ${response.status}` };
  }

  async function run(op: SlackOp): Promise<SendOutcome> {
    switch (op.kind) {
      case "post-case":
        return postCase(op.caseId);
      case "update-case": {
        const record = await core.getCase(op.caseId);
        const channel = record?.externalRefs.slackChannel;
        const ts = record?.externalRefs.slackTs;
        if (!record || !channel || !ts) return OK; // the post, when it happens, renders the latest state
        await client.chat.update({ channel, ts, ...(await caseMessage(record)), ...QUIET });
        return OK;
      }
      case "case-thread": {
        const thread = await threadOf(op.caseId);
        if ("ok" in thread) return thread;
        await client.chat.postMessage(
          op.broadcast
            ? { channel: thread.channel, thread_ts: thread.ts, text: op.text, reply_broadcast: true, ...QUIET }
            : { channel: thread.channel, thread_ts: thread.ts, text: op.text, ...QUIET },
        );
        return OK;
      }
      case "erase-case":
        return eraseCase(op.caseId);
      case "erase-post":
        return erasePost(op.channel, op.ts);
      case "post-question":
        return postQuestion(op.questionId);
      case "update-question": {
        const q = await question(op.questionId);
        if (!q?.externalRefs.volunteersTs || !q.externalRefs.volunteersChannel) return OK;
        await client.chat.update({ channel: q.externalRefs.volunteersChannel, ts: q.externalRefs.volunteersTs, ...renderVolunteerPost(q, s), ...QUIET });
        return OK;
      }
      case "post-review":
        return postReview(op.questionId);
      case "update-review": {
        const q = await question(op.questionId);
        if (!q?.externalRefs.reviewTs || !q.externalRefs.reviewChannel) return OK;
        const decidedBy = q.externalRefs.reviewedBy ? `<@${q.externalRefs.reviewedBy}>` : undefined;
        await client.chat.update({ channel: q.externalRefs.reviewChannel, ts: q.externalRefs.reviewTs, ...renderReviewPost(q, s, decidedBy), ...QUIET });
        return OK;
      }
      case "review-thread": {
        const q = await question(op.questionId);
        if (!q?.externalRefs.reviewTs || !q.externalRefs.reviewChannel) return { ok: false, permanent: "rejected", error: "the review message was never posted" };
        await client.chat.postMessage({ channel: q.externalRefs.reviewChannel, thread_ts: q.externalRefs.reviewTs, text: op.text, ...QUIET });
        return OK;
      }
      case "message":
        await client.chat.postMessage({ channel: op.channel, text: op.text, ...(op.threadTs ? { thread_ts: op.threadTs } : {}), ...QUIET });
        return OK;
      case "reaction":
        try {
          await client.reactions.add({ channel: op.channel, timestamp: op.ts, name: op.name });
        } catch (error) {
          if ((error as { data?: { error?: string } }).data?.error !== "already_reacted") throw error;
        }
        return OK;
      case "ephemeral":
        await client.chat.postEphemeral({ channel: op.channel, user: op.user, text: op.text, ...(op.threadTs ? { thread_ts: op.threadTs } : {}) });
        return OK;
      case "respond":
        return respond(op.url, op.text, op.channel, op.user);
    }
  }

  return async (op) => {
    try {
      return await run(op);
    } catch (error) {
      return outcomeOf(error);
    }
  };
}

/** Slack's response URLs live on hooks.slack.com (hooks.slack-gov.com for GovSlack), or on the Web API's
 * own host when SLACK_API_URL points elsewhere (a local stand-in in tests). Anything else is refused:
 * the URL comes from a signed payload, but the server never posts to an address it was merely handed. */
export function isSlackResponseUrl(url: string, apiUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === "https:" && (parsed.hostname === "hooks.slack.com" || parsed.hostname === "hooks.slack-gov.com")) return true;
  if (!apiUrl) return false;
  return parsed.origin === new URL(apiUrl).origin;
}
