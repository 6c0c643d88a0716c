/**
 * Long polling, for a CCAS whose server has no public HTTPS address, on grammY's runner
 * (@grammyjs/runner): its source asks for updates and its runner hands each batch to a sink. Both ends
 * are ours, because the runner's stock pieces do not fit the inbox:
 * - the sink writes each update to the inbox through the same intake as the webhook (so ordering, dedupe
 *   and handling are identical) and returns as soon as they are written: fetching never waits for the
 *   core. The runner's concurrent sink would confirm a batch to Telegram before it is safely stored;
 * - the supplier moves the offset only past updates the sink wrote (the stock fetcher moves it as soon
 *   as they are fetched, so an update the store could not take would be lost), and it keeps polling
 *   through 409 (a webhook or a second instance: an operator fixes it and the bot resumes) and 429,
 *   where the stock fetcher stops for good. Only a refused token (401) ends polling.
 * On stop, the offset is confirmed once more so that Telegram does not resend what was already taken.
 */
import { createRunner, createSource, type UpdateSink, type UpdateSupplier } from "@grammyjs/runner";
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
  /** Resolves when polling has ended (after stop, or on a fatal error such as a revoked token). */
  readonly done: Promise<void>;
}

type Signal = NonNullable<Parameters<Api["getUpdates"]>[1]>;

/** Thrown out of the supplier when polling must end; the runner stops on it. */
class PollingEnded extends Error {}

export function startLongPolling(options: LongPollingOptions): LongPolling {
  const { api, intake, logger } = options;
  /** Next update id to ask for: everything before it is in the inbox. */
  let offset = 0;
  let failures = 0;
  let webhookRemoved = false;
  /** The sink could not write a batch: the supplier waits before asking for it again. */
  let intakeError: unknown;

  const sleep = (ms: number, signal: Signal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(resolve, ms);
      signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
    });

  /** Waits before the next try; throws PollingEnded when polling must end (token refused). */
  async function backOff(error: unknown, what: string, signal: Signal): Promise<void> {
    failures++;
    // The project's one backoff (1 s doubling to 30 s, with jitter), unless Telegram says when.
    let seconds = retryDelayMs(failures, { baseMs: 1000, capMs: 30_000 }) / 1000;
    if (error instanceof GrammyError) {
      if (error.error_code === 401) {
        logger.error({ err: error }, "Telegram refused the bot token (401): long polling stopped. Check TELEGRAM_BOT_TOKEN.");
        throw new PollingEnded("bot token refused");
      }
      if (error.error_code === 409) {
        logger.error({ err: error }, "Telegram reports a conflict (409): another instance is polling, or a webhook is set.");
      }
      if (error.error_code === 429 && typeof error.parameters.retry_after === "number") seconds = error.parameters.retry_after;
    }
    logger.warn({ err: error, retryInSeconds: seconds }, `${what} failed; retrying`);
    await sleep(seconds * 1000, signal);
  }

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, runnerSignal) {
      const signal = runnerSignal as unknown as Signal;
      if (intakeError !== undefined) {
        const error = intakeError;
        intakeError = undefined;
        await backOff(error, "writing updates to the inbox", signal);
      }
      // A webhook left over from another setup would make every getUpdates fail with 409.
      while (!webhookRemoved) {
        try {
          await api.deleteWebhook({ drop_pending_updates: false }, signal);
          webhookRemoved = true;
          failures = 0;
          logger.info({}, "Telegram long polling started");
        } catch (error) {
          if (signal.aborted) throw error;
          await backOff(error, "deleteWebhook", signal);
        }
      }
      for (;;) {
        try {
          const limit = Math.max(1, Math.min(batchSize, 100));
          const updates = await api.getUpdates(
            { offset, limit, timeout: options.timeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] },
            signal,
          );
          failures = 0;
          return updates;
        } catch (error) {
          // Stopping aborts the request; the runner expects the error then.
          if (signal.aborted) throw error;
          await backOff(error, "getUpdates", signal);
        }
      }
    },
  };

  // Writes a batch to the inbox in order and returns: handling goes on in the intake, not here.
  const sink: UpdateSink<Update> = {
    async handle(updates) {
      try {
        for (const update of updates) {
          await intake.admit(update);
          offset = Math.max(offset, update.update_id + 1);
        }
      } catch (error) {
        // The rest of the batch is asked for again, from the first update not written.
        intakeError = error;
      }
      return Infinity;
    },
    size: () => 0,
    snapshot: () => [],
  };

  const runner = createRunner(createSource(supplier), sink);
  runner.start();
  const done = (runner.task() ?? Promise.resolve()).catch((error: unknown) => {
    if (!(error instanceof PollingEnded)) logger.error({ err: error }, "Telegram long polling crashed");
  });

  let stopped = false;
  return {
    done,
    async stop() {
      if (stopped) return done;
      stopped = true;
      // Aborts a pending getUpdates or backoff; harmless when polling already ended on its own.
      await runner.stop();
      await done;
      if (offset > 0) {
        // Confirm what was taken, so a restart does not receive it again.
        await api.getUpdates({ offset, limit: 1, timeout: 0 }).catch((err: unknown) => logger.warn({ err }, "confirming the polling offset failed"));
      }
    },
  };
}
