/**
 * The channels switched on by environment. Each returns a Fastify plugin for its webhook route (if
 * any), start/stop for its workers (outbox sender, polling), and the durable-job handlers it needs.
 */
import type { FastifyInstance } from "fastify";
import type { JobRecord } from "../store/store.js";
import type { Runtime } from "./create-runtime.js";

export interface ChannelModule {
  name: string;
  plugin?: (app: FastifyInstance) => Promise<void>;
  jobHandlers?: Record<string, (job: JobRecord) => Promise<void>>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What every channel takes from the runtime: the core it feeds, the clock, logs, events (what a channel keeps itself — an inbox, its own rows — it is given apart). */
function sharedDeps({ core, clock, logger, events }: Runtime): Pick<Runtime, "core" | "clock" | "logger" | "events"> {
  return { core, clock, logger, events };
}

/** The runtime's part of Telegram's dependencies; tests build their channel from the same function. */
export function telegramRuntimeDeps(runtime: Runtime) {
  return { ...sharedDeps(runtime), inbox: runtime.store, territory: runtime.territory };
}

/** The runtime's part of Slack's dependencies; tests build their channel from the same function. */
export function slackRuntimeDeps(runtime: Runtime) {
  return { ...sharedDeps(runtime), persistence: runtime.store, catalogue: runtime.catalogue, config: runtime.config };
}

export async function createChannels(runtime: Runtime): Promise<ChannelModule[]> {
  const { config } = runtime;
  const channels: ChannelModule[] = [];
  // Each channel's SDK is loaded only when the channel is on (Bolt alone takes a quarter of a second).
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramChannel } = await import("../channels/telegram/index.js");
    channels.push(
      createTelegramChannel({
        ...telegramRuntimeDeps(runtime),
        alertAfterMs: config.OUTBOX_ALERT_AFTER_SECONDS * 1000,
        config: {
          token: config.TELEGRAM_BOT_TOKEN,
          ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
          ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        },
      }),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackChannel } = await import("../channels/slack/index.js");
    channels.push(createSlackChannel(slackRuntimeDeps(runtime)));
  }
  return channels;
}
