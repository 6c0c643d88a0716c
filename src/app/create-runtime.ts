/**
 * The bot without any transport: configuration, content, translations, understanding, store and core.
 * `accueil chat` and the core tests use it directly; createApp adds the HTTP server and the channels.
 */
import { join } from "node:path";
import pino, { type Logger } from "pino";
import { loadCatalogue, type Catalogue } from "../catalogue/load-catalogue.js";
import { emergencyNumbersPath, loadEmergencyNumbers, type EmergencyNumbers } from "../content/load-emergency-numbers.js";
import { estimateDir, loadEstimateParameters, loadSimulators } from "../content/estimate-parameters.js";
import type { AccueilCore } from "../core/accueil-core.js";
import { systemClock, type Clock } from "../core/clock.js";
import { DEFAULT_SETTINGS } from "../core/core-deps.js";
import { CoreEvents } from "../core/core-events.js";
import { createCore } from "../core/create-core.js";
import { createI18n, type Translations } from "../i18n/create-i18n.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { loadTerritory } from "../territory/load-territory.js";
import type { Territory } from "../territory/schema.js";
import { createUnderstander, detectCrisis, parseGuideWord, parseYesNo, type Understander } from "../understanding/index.js";
import { lazyUnderstander } from "../understanding/lazy-understander.js";
import { defaultRoutingModel } from "../understanding/model/load-model.js";
import { defaultCompiledVocabulary } from "../understanding/compile-vocabulary.js";
import { readConfig, type AppConfig } from "./config.js";
import { createMetrics, instrumentCore, type Metrics } from "./metrics.js";
import { createPlaceDescriber } from "./describe-place.js";
import { createChannelRegistry } from "./channel-registry.js";
import { DEFAULT_CONTENT_DIR, LOCALES_DIR, PROJECT_ROOT } from "./paths.js";

export interface RuntimeOptions {
  env?: NodeJS.ProcessEnv;
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  clock?: Clock;
  logger?: Logger;
  /** Another understanding step (tests script its decisions); the shipped one by default. */
  understander?: (catalogue: Catalogue) => Understander;
}

export interface Runtime {
  config: AppConfig;
  core: AccueilCore;
  store: Store;
  catalogue: Catalogue;
  emergencyNumbers: EmergencyNumbers;
  territory: Territory;
  i18n: Translations;
  events: CoreEvents;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** Builds what the first message would otherwise wait for (the understander). */
  warmUp(): Promise<void>;
}

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const config = readConfig(options.env ?? process.env, {
    ...(options.port !== undefined ? { PORT: options.port } : {}),
    ...(options.host !== undefined ? { HOST: options.host } : {}),
    ...(options.databaseUrl !== undefined ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.dataDir !== undefined ? { DATA_DIR: options.dataDir } : {}),
  });
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, redact: ["req.headers.cookie", "req.headers.authorization"] });
  const clock = options.clock ?? systemClock;
  const contentDir = config.CONTENT_DIR ?? DEFAULT_CONTENT_DIR;

  // Content first: a broken catalogue or territory stops the start before the store is touched.
  const catalogue = loadCatalogue(join(contentDir, "rights"));
  const emergencyNumbers = loadEmergencyNumbers(emergencyNumbersPath(contentDir));
  const estimateContent = estimateDir(contentDir);
  const estimate = { timelines: loadEstimateParameters(estimateContent), simulators: loadSimulators(estimateContent) };
  const territory = loadTerritory(config.TERRITORY_FILE ?? join(PROJECT_ROOT, "content/territory/demo.yml"));
  const i18n = await createI18n(LOCALES_DIR);
  // The model file is read now (cheap), so a missing or damaged one stops the start with its name.
  if (!options.understander) defaultRoutingModel();
  const understander = lazyUnderstander(
    () => options.understander?.(catalogue) ?? createUnderstander(catalogue),
    options.understander ? [] : [defaultCompiledVocabulary, defaultRoutingModel],
  );
  const store = await openStore(config.DATABASE_URL, { dataDir: config.DATA_DIR });
  const events = new CoreEvents();
  const metrics = createMetrics(store, clock);
  const core = instrumentCore(createCore({
    store,
    clock,
    catalogue,
    emergencyNumbers,
    territory,
    i18n,
    understander,
    detectCrisis,
    parseYesNo,
    parseGuideWord,
    describePlace: createPlaceDescriber(territory, i18n),
    events,
    channels: createChannelRegistry(),
    logger,
    estimate,
    settings: {
      ...DEFAULT_SETTINGS,
      retentionDays: config.RETENTION_DAYS,
      privacyNoticeUrl: `${config.publicBaseUrl}/confidentialite`,
      // Residents are offered the volunteers only where a volunteers' channel exists.
      volunteerQuestions: Boolean(config.SLACK_BOT_TOKEN && config.SLACK_VOLUNTEERS_CHANNEL),
      serviceLevels: { urgentMinutes: config.SLA_URGENT_MINUTES, untakenHours: config.SLA_UNTAKEN_HOURS, residentWaitingHours: config.SLA_RESIDENT_WAITING_HOURS },
    },
  }), metrics);
  return { config, core, store, catalogue, emergencyNumbers, territory, i18n, events, clock, logger, metrics, warmUp: () => understander.warm() };
}
