/**
 * Builds the whole bot from configuration: store, catalogue, territory, translations, understanding,
 * core, the HTTP server (widget, console, API, webhooks), the channels switched on by environment, and
 * the durable-timer sweeper. `accueil start`, `accueil chat` and the tests all go through here.
 */
import { join } from "node:path";
import pino, { type Logger } from "pino";
import type { FastifyInstance } from "fastify";
import { loadCatalogue, type Catalogue } from "../catalogue/load-catalogue.js";
import type { AccueilCore } from "../core/accueil-core.js";
import { systemClock, type Clock } from "../core/clock.js";
import { DEFAULT_SETTINGS } from "../core/core-deps.js";
import { CoreEvents } from "../core/core-events.js";
import { createCore } from "../core/create-core.js";
import { createI18n, type Translations } from "../i18n/create-i18n.js";
import { startJobSweeper } from "../jobs/job-sweeper.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { loadTerritory } from "../territory/load-territory.js";
import type { Territory } from "../territory/schema.js";
import { createUnderstander, detectCrisis, parseYesNo } from "../understanding/understand.js";
import { readConfig, type AppConfig } from "./config.js";
import { createPlaceDescriber } from "./describe-place.js";
import { DEFAULT_CONTENT_DIR, LOCALES_DIR, PROJECT_ROOT } from "./paths.js";
import { retentionHandlers, scheduleRetention } from "./retention.js";

export interface AppOptions {
  env?: NodeJS.ProcessEnv;
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  clock?: Clock;
  logger?: Logger;
  /** Start no channel worker or sweeper (the terminal chat and one-shot tools). */
  withoutBackground?: boolean;
}

/** A channel adapter switched on by configuration (Telegram, Slack, …). */
export interface ChannelModule {
  name: string;
  plugin?: (app: FastifyInstance) => Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface App {
  config: AppConfig;
  core: AccueilCore;
  store: Store;
  catalogue: Catalogue;
  territory: Territory;
  i18n: Translations;
  events: CoreEvents;
  clock: Clock;
  logger: Logger;
  server: FastifyInstance;
  channels: ChannelModule[];
  /** Starts listening and the background workers; resolves to the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions = {}): Promise<App> {
  const config = readConfig(options.env ?? process.env, {
    ...(options.port !== undefined ? { PORT: options.port } : {}),
    ...(options.host !== undefined ? { HOST: options.host } : {}),
    ...(options.databaseUrl !== undefined ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.dataDir !== undefined ? { DATA_DIR: options.dataDir } : {}),
  });
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, redact: ["req.headers.cookie", "req.headers.authorization"] });
  const clock = options.clock ?? systemClock;
  const contentDir = config.CONTENT_DIR ?? DEFAULT_CONTENT_DIR;

  // Content first: a broken catalogue or territory must stop the start, before the store is touched.
  const catalogue = loadCatalogue(join(contentDir, "rights"));
  const territory = loadTerritory(config.TERRITORY_FILE ?? join(PROJECT_ROOT, "content/territory/demo.yml"));
  const i18n = await createI18n(LOCALES_DIR);
  const understander = createUnderstander(catalogue);
  const store = await openStore(config.DATABASE_URL, { dataDir: config.DATA_DIR });
  const events = new CoreEvents();
  const core = createCore({
    store,
    clock,
    catalogue,
    territory,
    i18n,
    understander,
    detectCrisis,
    parseYesNo,
    describePlace: createPlaceDescriber(territory, i18n),
    events,
    logger,
    settings: { ...DEFAULT_SETTINGS, retentionDays: config.RETENTION_DAYS },
  });

  const channels = await createChannels({ config, core, store, clock, logger, events, territory, i18n, catalogue });
  const server = await createServer({ config, core, store, clock, logger, i18n, channels, events, catalogue });
  let sweeper: { stop(): void | Promise<void> } | undefined;
  let listening = false;

  return {
    config,
    core,
    store,
    catalogue,
    territory,
    i18n,
    events,
    clock,
    logger,
    server,
    channels,
    async listen() {
      const address = await server.listen({ port: config.PORT, host: config.HOST });
      listening = true;
      if (!options.withoutBackground) {
        await scheduleRetention(store, clock);
        sweeper = startJobSweeper({ store, clock, handlers: { ...retentionHandlers({ store, clock, logger, config }), ...channelJobHandlers(channels) } });
        for (const channel of channels) await channel.start();
      }
      await announceConsoleSetup({ store, clock, logger, config, baseUrl: address });
      return address.replace("127.0.0.1", "localhost");
    },
    async close() {
      for (const channel of channels) await channel.stop().catch((err: unknown) => logger.warn({ err }, `stopping ${channel.name} failed`));
      await sweeper?.stop();
      if (listening) await server.close();
      else await server.close().catch(() => undefined);
      await store.close();
    },
  };
}
