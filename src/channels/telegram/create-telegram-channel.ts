/**
 * The Telegram channel: a grammY Bot used for transport only. Updates come in through the webhook route
 * (TELEGRAM_WEBHOOK_SECRET set) or long polling (no secret: no public URL needed); they become neutral
 * messages for the core; the core's replies leave through its outbox, sent by the outbox worker the core
 * starts with this channel's sender. Proactive messages (agent replies, reminders) take the same outbox path,
 * addressed by the chat id stored as the conversation's channel reference.
 */
import { Bot, type Api } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { AccueilCore } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import type { CoreEvents } from "../../core/core-events.js";
import type { OutboxWorker, OutboxWorkerOptions } from "../../delivery/outbox-worker.js";
import type { ChannelInbox } from "../channel-inbox.js";
import type { Territory } from "../../territory/schema.js";
import { registerUpdateHandlers } from "./handle-update.js";
import { startLongPolling, type LongPolling } from "./long-polling.js";
import { publishBotProfile } from "./publish-bot-profile.js";
import { createCommandTable, type CommandTable } from "./telegram-commands.js";
import { createTelegramSender, type TelegramSender } from "./telegram-sender.js";
import { loadTelegramStrings, type TelegramStrings } from "./telegram-strings.js";
import { UpdateIntake } from "./update-intake.js";
import { telegramWebhookPlugin } from "./webhook-route.js";

export interface TelegramConfig {
  token: string;
  /** Set: webhook mode (POST /telegram/webhook). Unset: long polling. */
  webhookSecret?: string;
  /** A self-hosted Bot API server, or a local fake in tests. Default: Telegram's. No trailing slash. */
  apiRoot?: string;
}

export interface TelegramChannelDeps {
  core: AccueilCore;
  /** Where updates are written before they are acknowledged (the app hands over the store's). */
  inbox: ChannelInbox;
  clock: Clock;
  logger: Logger;
  events: CoreEvents;
  /** The CCAS's name and desk phone go into the bot's description (the core answers with places). */
  territory?: Territory;
  config: TelegramConfig;
  /** The bot's own getMe answer; when absent it is fetched from Telegram at start (in the background). */
  botInfo?: UserFromGetMe;
  /** Outbox worker tuning (tests set pollMs: 0 and drive drainOutbox()). */
  outbox?: Partial<Pick<OutboxWorkerOptions, "pollMs" | "batchSize" | "maxAttempts" | "retry">>;
  /** The outbox alert: an error is logged once a reply has waited this long. Default 60 s. */
  alertAfterMs?: number;
  /** getUpdates timeout in seconds (long polling). */
  pollingTimeoutSeconds?: number;
}

export interface TelegramChannel {
  readonly name: "telegram";
  readonly mode: "webhook" | "polling";
  readonly bot: Bot;
  /** Registers POST /telegram/webhook (webhook mode; does nothing in polling mode). */
  plugin(app: FastifyInstance): Promise<void>;
  /** Starts the outbox worker, and long polling when there is no webhook secret. Never waits for Telegram. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every update received so far has been handled by the core. */
  idle(): Promise<void>;
  /** Sends everything due in the outbox now (the worker also does it on its own). */
  drainOutbox(): Promise<void>;
  /** Resolves when the bot knows itself (getMe done) and the command menus were sent (or failed). */
  readonly ready: Promise<void>;
  readonly sender: TelegramSender;
  readonly intake: UpdateIntake;
}

/** How often unhandled inbox rows left by a stopped instance are looked for. */
const RECOVERY_INTERVAL_MS = 15_000;

export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  const { config, logger } = deps;
  const log = logger.child({ channel: "telegram" });
  const bot = new Bot(config.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: {
      ...(config.apiRoot ? { apiRoot: config.apiRoot.replace(/\/+$/, "") } : {}),
      // A send that hangs would hold its conversation's queue: fail it and let the outbox retry.
      timeoutSeconds: 30,
    },
  });
  const strings: TelegramStrings = loadTelegramStrings();
  const sender = createTelegramSender({ api: bot.api, strings });

  let commands: CommandTable = createCommandTable(strings, deps.botInfo?.username ?? "");
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let started = false;

  registerUpdateHandlers(bot, {
    core: deps.core,
    clock: deps.clock,
    logger: log,
    sender,
    strings,
    // A getter: the table is rebuilt once getMe tells the bot its username ("/aide@username").
    get commands() {
      return commands;
    },
  });

  const intake = new UpdateIntake({
    inbox: deps.inbox,
    clock: deps.clock,
    logger: log,
    handle: async (update) => {
      // handleUpdate needs the bot's identity (getMe) when it was not given.
      if (!bot.isInited()) await ready;
      await bot.handleUpdate(update);
    },
  });

  let polling: LongPolling | undefined;
  let recovery: NodeJS.Timeout | undefined;
  let worker: OutboxWorker | undefined;
  const mode = config.webhookSecret ? "webhook" : "polling";
  const webhook = config.webhookSecret ? telegramWebhookPlugin({ secret: config.webhookSecret, intake }) : undefined;

  // Stops getMe's retries on shutdown: grammY retries network failures forever, and its pending timer
  // would otherwise keep the process alive after stop().
  let shutdown = new AbortController();

  async function prepare(api: Api): Promise<void> {
    await bot.init(shutdown.signal as unknown as Parameters<Bot["init"]>[0]);
    commands = createCommandTable(strings, bot.botInfo.username);
    await publishBotProfile({
      api,
      commands,
      strings,
      logger: log,
      ...(deps.territory ? { ccas: { name: deps.territory.name, phone: deps.territory.phone } } : {}),
    });
  }

  return {
    name: "telegram",
    mode,
    bot,
    sender,
    intake,
    ready,
    async plugin(app) {
      if (webhook) await webhook(app);
    },
    async start() {
      if (started) return;
      started = true;
      shutdown = new AbortController();
      worker = deps.core.startOutboxWorker({
        channel: "telegram",
        send: (item, conversation) => sender.sendOutboxItem(item, conversation),
        clock: deps.clock,
        events: deps.events,
        logger: log,
        // Telegram's limit is about 30 messages a second for a bot: that many calls in flight at once
        // (its answers take 100 ms to 1.5 s), spaced to stay under it.
        concurrency: 30,
        batchSize: 60,
        ratePerSecond: 30,
        ...(deps.alertAfterMs !== undefined ? { alertAfterMs: deps.alertAfterMs } : {}),
        ...deps.outbox,
      });
      // Not awaited: Telegram being unreachable at start must not stop the CCAS's other channels.
      void prepare(bot.api)
        .catch((err: unknown) => {
          if (!shutdown.signal.aborted) log.error({ err }, "Telegram refused getMe (check TELEGRAM_BOT_TOKEN); updates cannot be handled");
        })
        .finally(resolveReady);
      // Updates an earlier process admitted but did not handle (it crashed): now, then every half minute
      // (another instance may die while this one runs).
      const recover = (atStart = false): void =>
        void intake.recover({ atStart }).catch((err: unknown) => log.warn({ err }, "taking up unhandled Telegram updates failed"));
      recover(true);
      recovery = setInterval(() => recover(), RECOVERY_INTERVAL_MS);
      recovery.unref();
      if (mode === "polling") {
        polling = startLongPolling({
          api: bot.api,
          intake,
          logger: log,
          ...(deps.pollingTimeoutSeconds !== undefined ? { timeoutSeconds: deps.pollingTimeoutSeconds } : {}),
        });
      }
    },
    async stop() {
      shutdown.abort();
      clearInterval(recovery);
      await polling?.stop();
      polling = undefined;
      // Updates already answered 200 are finished if possible; a bounded wait, so that a Telegram that
      // never answered getMe cannot hold the shutdown forever.
      let timer: NodeJS.Timeout | undefined;
      const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)));
      await Promise.race([intake.idle(), bounded]);
      clearTimeout(timer);
      await worker?.stop();
      worker = undefined;
      started = false;
    },
    idle: () => intake.idle(),
    async drainOutbox() {
      if (worker) return worker.drain();
      // Not started (one-shot tools, some tests): a worker for this drain only.
      const once = deps.core.startOutboxWorker({ channel: "telegram", send: (item, conversation) => sender.sendOutboxItem(item, conversation), clock: deps.clock, logger: log, pollMs: 0 });
      await once.drain();
      await once.stop();
    },
  };
}
