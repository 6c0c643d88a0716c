/**
 * Long polling, for a CCAS whose server has no public HTTPS address: getUpdates in a loop, each update
 * handed to the same intake as the webhook's (so ordering, dedupe and handling are identical). The offset
 * only moves past updates written to the inbox.
 *
 * grammY's own bot.start() is not used because it awaits the whole handling of a batch before fetching
 * the next one; here fetching never waits for the core. The offset confirms updates to Telegram; on
 * stop it is confirmed once more so that Telegram does not resend what was already taken.
 */
import { GrammyError, type Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { UpdateIntake } from "./update-intake.js";
import { retryDelayMs } from "../../delivery/retry-delay.js";

export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface LongPollingOptions {
  api: Api;
  intake: UpdateIntake;
  logger: Pick<Logger, "error" | "warn" | "info">;
  /** getUpdates long-poll timeout in seconds (Telegram holds the request this long). Default 30. */
  timeoutSeconds?: number;
}

export interface LongPolling {
  stop(): Promise<void>;
  /** Resolves when the loop has ended (after stop, or on a fatal error such as a revoked token). */
  readonly done: Promise<void>;
}

export function startLongPolling(options: LongPollingOptions): LongPolling {
  const { api, intake, logger } = options;
  const abort = new AbortController();
  let running = true;
  let offset = 0;
  let failures = 0;
  // grammY's Node build types its signal with the abort-controller shim; Node's own is the same at runtime.
  const signal = abort.signal as unknown as NonNullable<Parameters<Api["getUpdates"]>[1]>;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
    });

  /** Waits before the next try; false when polling must end (token refused, stopped). */
  async function backOff(error: unknown, what: string): Promise<boolean> {
    if (!running) return false;
    failures++;
    // The project's one backoff (1 s doubling to 30 s, with jitter), unless Telegram says when.
    let seconds = retryDelayMs(failures, { baseMs: 1000, capMs: 30_000 }) / 1000;
    if (error instanceof GrammyError) {
      if (error.error_code === 401) {
        logger.error({ err: error }, "Telegram refused the bot token (401): long polling stopped. Check TELEGRAM_BOT_TOKEN.");
        return false;
      }
      if (error.error_code === 409) {
        logger.error({ err: error }, "Telegram reports a conflict (409): another instance is polling, or a webhook is set.");
      }
      if (error.error_code === 429 && typeof error.parameters.retry_after === "number") seconds = error.parameters.retry_after;
    }
    logger.warn({ err: error, retryInSeconds: seconds }, `${what} failed; retrying`);
    await sleep(seconds * 1000);
    return running;
  }

  async function loop(): Promise<void> {
    // A webhook left over from another setup would make every getUpdates fail with 409.
    for (;;) {
      try {
        await api.deleteWebhook({ drop_pending_updates: false }, signal);
        break;
      } catch (error) {
        if (!(await backOff(error, "deleteWebhook"))) return;
      }
    }
    failures = 0;
    logger.info({}, "Telegram long polling started");
    while (running) {
      let updates: Update[];
      try {
        updates = await api.getUpdates(
          { offset, timeout: options.timeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] },
          signal,
        );
        failures = 0;
      } catch (error) {
        if (!(await backOff(error, "getUpdates"))) return;
        continue;
      }
      // The offset moves past an update (confirming it to Telegram at the next call) only once it is in
      // the inbox: if the store cannot take it, the same updates are asked for again.
      try {
        for (const update of updates) {
          await intake.admit(update);
          offset = Math.max(offset, update.update_id + 1);
        }
      } catch (error) {
        if (!(await backOff(error, "writing updates to the inbox"))) return;
      }
    }
  }

  const done = loop().catch((error: unknown) => logger.error({ err: error }, "Telegram long polling crashed"));

  return {
    done,
    async stop() {
      if (!running) return done;
      running = false;
      abort.abort();
      await done;
      if (offset > 0) {
        // Confirm what was taken, so a restart does not receive it again.
        await api.getUpdates({ offset, limit: 1, timeout: 0 }).catch((err: unknown) => logger.warn({ err }, "confirming the polling offset failed"));
      }
    },
  };
}
