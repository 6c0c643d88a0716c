/**
 * The HTTP server of the app: the web channel (widget, console, API) plus each enabled channel's routes.
 */
import { INBOUND_ID_DAYS } from "./retention.js";
import type { FastifyInstance } from "fastify";
import { createHttpServer } from "../server/create-http-server.js";
import { createDeskOpening } from "./describe-place.js";
import type { EarlyListener } from "../server/early-listener.js";
import type { ChannelModule } from "./create-channels.js";
import type { Runtime } from "./create-runtime.js";

/** `accepting`: false once the app is shutting down (/readyz then fails). */
export async function createServer(
  runtime: Runtime,
  channels: readonly ChannelModule[],
  accepting: () => boolean = () => true,
  early?: EarlyListener,
): Promise<FastifyInstance> {
  const { config } = runtime;
  return createHttpServer({
    core: runtime.core,
    store: runtime.store,
    clock: runtime.clock,
    logger: runtime.logger,
    publicBaseUrl: config.publicBaseUrl,
    allowedOrigins: config.allowedOrigins,
    limits: { messagesPerMinute: config.RATE_LIMIT_MESSAGES_PER_MINUTE, messagesPerMinutePerIp: config.RATE_LIMIT_MESSAGES_PER_ADDRESS_PER_MINUTE, sessionsPerMinutePerIp: config.RATE_LIMIT_SESSIONS_PER_MINUTE },
    trustProxy: config.TRUST_PROXY,
    plugins: channels.flatMap((c) => (c.plugin ? [c.plugin] : [])),
    ...(early ? { early } : {}),
    sessionPolicy: { idleMinutes: config.CONSOLE_SESSION_IDLE_MINUTES, maxHours: config.CONSOLE_SESSION_MAX_HOURS },
    operability: { registry: runtime.metrics.registry, maxOutboxLagSeconds: config.READY_MAX_OUTBOX_LAG_SECONDS, accepting },
    widget: {
      retentionDays: config.RETENTION_DAYS,
      deskPhone: runtime.territory.phone,
      serviceName: runtime.territory.name,
      ...(runtime.territory.places[0] ? { deskAddress: runtime.territory.places[0].address } : {}),
    },
    ...(runtime.territory.places[0] ? { deskOpening: createDeskOpening(runtime.territory, runtime.i18n, runtime.clock) } : {}),
    privacy: {
      serviceName: runtime.territory.name,
      address: runtime.territory.places[0]?.address ?? runtime.territory.name,
      ...(runtime.territory.phone ? { phone: runtime.territory.phone } : {}),
      ...(config.PRIVACY_CONTACT ? { contact: config.PRIVACY_CONTACT } : {}),
      conversationDays: config.RETENTION_DAYS,
      caseDays: config.CASE_RETENTION_DAYS,
      inboundIdDays: INBOUND_ID_DAYS,
      telegram: Boolean(config.TELEGRAM_BOT_TOKEN),
      slack: Boolean(config.SLACK_BOT_TOKEN),
      volunteers: Boolean(config.SLACK_BOT_TOKEN && config.SLACK_VOLUNTEERS_CHANNEL),
    },
  });
}
