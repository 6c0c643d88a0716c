/**
 * What a channel sender reports after trying to deliver one outbox item. Senders translate their
 * platform's answers: Telegram 429 `retry_after` or Slack `Retry-After` → retryAfterMs; Telegram 403
 * "bot was blocked by the user" → permanent "blocked"; a message the platform refuses for its content
 * (400 "message is too long", bad markup) → permanent "rejected".
 */
export type SendOutcome =
  | { ok: true }
  | { ok: false; retryAfterMs?: number; permanent?: "blocked" | "rejected"; error: string };
