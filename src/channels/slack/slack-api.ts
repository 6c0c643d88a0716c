/**
 * The Web API client the channel uses for everything it sends, and how its failures map onto outbox
 * outcomes. Retries are the outbox's job (durable, per channel, honouring Retry-After), so the client
 * never retries by itself and hands rate limits back at once (rejectRateLimitedCalls) — otherwise it
 * would sleep inside a send for as long as Slack says, holding the worker, and retry an unreachable host
 * for half an hour (its default policy).
 */
import { webApi } from "@slack/bolt";
import type { SendOutcome } from "../../delivery/send-outcome.js";

export type SlackClient = InstanceType<typeof webApi.WebClient>;

export function createSlackClient(token: string, apiUrl: string | undefined): SlackClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    // A response_url or any other absolute URL is never fetched by this client.
    allowAbsoluteUrls: false,
    logLevel: webApi.LogLevel.ERROR,
  });
}

/** Errors that trying again cannot fix: the item is dead (and logged), the next one goes. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "msg_too_long",
  "invalid_blocks",
  "invalid_blocks_format",
  "invalid_arguments",
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "no_permission",
  "missing_scope",
  "message_not_found",
  "cant_update_message",
  "cant_delete_message",
  "restricted_action",
  "user_not_in_channel",
  "user_not_found",
  "no_text",
  "too_many_attachments",
  "thread_not_found",
  "invalid_name",
  "bad_token",
]);

export function outcomeOf(error: unknown): SendOutcome {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  const message = e?.message ?? String(error);
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { ok: false, retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000, error: message };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? "unknown";
      if (code === "ratelimited") return { ok: false, retryAfterMs: 30_000, error: code };
      return PERMANENT.has(code) ? { ok: false, permanent: "rejected", error: code } : { ok: false, error: code };
    }
    case webApi.ErrorCode.HTTPError:
      return (e.statusCode ?? 500) >= 500 ? { ok: false, error: message } : { ok: false, permanent: "rejected", error: message };
    default:
      // Network failures (WebAPIRequestError), timeouts: transient.
      return { ok: false, error: message };
  }
}

/** The bot's own ids (auth.test), asked once and kept; a failure is retried at the next need. */
export class BotIdentity {
  private pending: Promise<{ botId: string; botUserId: string }> | undefined;
  constructor(
    private readonly client: SlackClient,
    known?: { botId: string; botUserId: string },
  ) {
    if (known) this.pending = Promise.resolve(known);
  }

  get(): Promise<{ botId: string; botUserId: string }> {
    this.pending ??= this.client.auth.test().then(
      (result) => {
        if (!result.bot_id || !result.user_id) throw new Error("auth.test gave no bot id: is SLACK_BOT_TOKEN a bot token (xoxb-)?");
        return { botId: result.bot_id, botUserId: result.user_id };
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    const current = this.pending;
    current.catch(() => {
      if (this.pending === current) this.pending = undefined;
    });
    return current;
  }
}
