/**
 * The Slack channel for CCAS agents and volunteers: a Bolt App used for what comes in (events and
 * interactions, checked and acknowledged by Bolt's rules), a durable outbox for everything that goes
 * out, and the mirror that keeps the agents' channel in step with the core.
 *
 * - HTTP mode (SLACK_SIGNING_SECRET): POST /slack/events on the bot's own server (http-receiver.ts).
 * - Socket Mode (SLACK_APP_TOKEN): Bolt's SocketModeReceiver opens a WebSocket to Slack; no public URL.
 * The bot's identity (auth.test) is asked lazily and retried, so Slack being unreachable at start costs
 * nothing but Slack. SLACK_API_URL points the Web API client elsewhere (GovSlack, or a local stub).
 * Service-level reminders are the core's (core/case-timers.ts); Slack only posts them (reminder-posts.ts).
 */
import { ERASE_PLATFORM_TRACES_JOB } from "../../records/job-record.js";
import { eraseTracesHandler } from "./erase-traces-job.js";
import { App, LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { AppConfig } from "../../app/config.js";
import type { Catalogue } from "../../catalogue/load-catalogue.js";
import type { AccueilCore } from "../../core/accueil-core.js";
import type { Clock } from "../../core/clock.js";
import type { CoreEvents } from "../../core/core-events.js";
import type { JobHandler } from "../../jobs/job-sweeper.js";
import type { SlackPersistence } from "./slack-persistence.js";
import { AgentDirectory } from "./agent-directory.js";
import { registerCaseInteractions } from "./case-interactions.js";
import { eventDedupe } from "./event-dedupe.js";
import { FastifySlackReceiver } from "./http-receiver.js";
import type { ListenerContext } from "./listener-context.js";
import { BotIdentity, createSlackClient } from "./slack-api.js";
import { createSlackMirror } from "./slack-mirror.js";
import { createOpSender } from "./slack-op-sender.js";
import { createSlackOutbox, type SlackOutboxOptions } from "./slack-outbox.js";
import { slackSettingsFrom, type SlackSettings } from "./slack-settings.js";
import { loadSlackStrings } from "./slack-strings.js";
import { createOutboxPrune, SLACK_OUTBOX_PRUNE_JOB } from "./outbox-prune.js";
import { createReminderPosts } from "./reminder-posts.js";
import { CASE_TIMER_JOBS } from "../../core/schedule-case-timers.js";
import { registerThreadMessages } from "./thread-messages.js";

export interface SlackChannelDeps {
  core: AccueilCore;
  /** What the channel keeps of its own (inbox, outbox, mirror); the app hands over the store's. */
  persistence: SlackPersistence;
  clock: Clock;
  logger: Logger;
  events: CoreEvents;
  catalogue: Catalogue;
  config: AppConfig;
  /** The bot's ids when known (tests); otherwise asked with auth.test on first need. */
  identity?: { botId: string; botUserId: string };
  /** Outbox tuning: tests set pollMs 0 (they drain) and paceMs 0. */
  outbox?: Partial<Pick<SlackOutboxOptions, "pollMs" | "paceMs" | "batchSize" | "maxAttempts" | "retry">>;
  /** fetch used for response_url calls. */
  fetch?: typeof fetch;
}

export interface SlackChannel {
  readonly name: "slack";
  readonly mode: "http" | "socket";
  readonly app: App;
  readonly settings: SlackSettings;
  /** The HTTP receiver (HTTP mode): its inbox recovery is also what a restart runs. */
  readonly receiver: FastifySlackReceiver | undefined;
  /** Registers POST /slack/events (HTTP mode; nothing in Socket Mode). */
  plugin(fastify: FastifyInstance): Promise<void>;
  /** Starts the outbox worker and the mirror, reconciles active cases, connects in Socket Mode. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Durable-job handlers: the outbox's pruning, erasing what an erasure left on Slack (and reminders
   * scheduled under Slack's own kinds by earlier versions, run by the core's timers). */
  jobHandlers: Record<string, JobHandler>;
  /** Resolves when every request received so far was handled and every core event mirrored. */
  idle(): Promise<void>;
  /** Sends everything due in the Slack outbox now. */
  drainOutbox(): Promise<void>;
  /** Forgets the cached member list of the agents' channel. */
  refreshMembers(): void;
}

/** The kinds reminders had when Slack kept them: rows scheduled before still run, with the same payloads. */
const LEGACY_REMINDER_JOBS = { untaken: "slack.case-untaken", waiting: "slack.resident-waiting" } as const;

export function createSlackChannel(deps: SlackChannelDeps): SlackChannel {
  const settings = slackSettingsFrom(deps.config);
  if (!settings) throw new Error("createSlackChannel needs SLACK_BOT_TOKEN");
  const logger = deps.logger.child({ channel: "slack" });
  const strings = loadSlackStrings();
  const client = createSlackClient(settings.botToken, settings.apiUrl);
  const identity = new BotIdentity(client, deps.identity);
  const directory = new AgentDirectory(client, settings.agentsChannel, deps.clock);

  const send = createOpSender({ client, core: deps.core, persistence: deps.persistence, clock: deps.clock, catalogue: deps.catalogue, settings, strings, identity, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  const outbox = createSlackOutbox({ store: deps.persistence, clock: deps.clock, send, logger, alertAfterMs: deps.config.OUTBOX_ALERT_AFTER_SECONDS * 1000, ...deps.outbox });
  const prune = createOutboxPrune(deps.persistence, deps.clock);
  const mirror = createSlackMirror({ core: deps.core, clock: deps.clock, events: deps.events, outbox, settings, strings, logger });
  const postReminder = createReminderPosts({ outbox, settings, strings });
  let stopReminders: (() => void) | undefined;

  let recovery: NodeJS.Timeout | undefined;
  const receiver = settings.mode === "http" ? new FastifySlackReceiver({ signingSecret: settings.signingSecret!, inbox: deps.persistence, clock: deps.clock, logger }) : undefined;
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: settings.appToken! }),
    // Our own authorize: the token plus the bot's ids, fetched once (Bolt's default would call
    // auth.test at construction and keep a failure forever).
    authorize: async () => ({ botToken: settings.botToken, ...(await identity.get()) }),
    clientOptions: { ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}), retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
    logger: boltLogger(logger),
    ignoreSelf: true,
    // Conversation state is ours (the core's), not Bolt's memory store.
    convoStore: false,
  });
  // Errors reach processEvent's caller (the receiver logs them and lets Slack's retry through).
  app.error(async (error) => {
    throw error;
  });
  app.use(eventDedupe(deps.persistence, deps.clock, logger));
  const context: ListenerContext = { core: deps.core, persistence: deps.persistence, clock: deps.clock, client, outbox, directory, settings, strings, logger };
  registerThreadMessages(app, context);
  registerCaseInteractions(app, context);

  let started = false;
  return {
    name: "slack",
    mode: settings.mode,
    app,
    settings,
    receiver,
    async plugin(fastify) {
      if (receiver) await receiver.plugin()(fastify);
    },
    async start() {
      if (started) return;
      started = true;
      // The app starts its channels before its job sweeper: no reminder comes due before this.
      stopReminders = deps.core.caseTimers.onReminder(postReminder);
      mirror.start();
      outbox.start();
      // Events a stopped process acknowledged and did not handle: now, then every 15 s.
      if (receiver) {
        const recover = (atStart = false): void =>
          void receiver.recover({ atStart }).catch((err: unknown) => logger.warn({ err }, "taking up unhandled Slack events failed"));
        recover(true);
        recovery = setInterval(() => recover(), 15_000);
        recovery.unref();
      }
      await mirror.reconcile().catch((err: unknown) => logger.error({ err }, "reconciling cases with Slack failed"));
      await prune.scheduleNext();
      if (settings.mode === "socket") {
        // Not awaited: Slack unreachable must not stop the CCAS's other channels; Bolt reconnects.
        void app.start().catch((err: unknown) => logger.error({ err }, "Slack Socket Mode connection failed"));
      }
    },
    async stop() {
      if (!started) return;
      started = false;
      clearInterval(recovery);
      stopReminders?.();
      if (settings.mode === "socket") await app.stop().catch((err: unknown) => logger.warn({ err }, "stopping Socket Mode failed"));
      await receiver?.idle();
      mirror.stop();
      await mirror.idle();
      await outbox.stop();
    },
    jobHandlers: {
      [SLACK_OUTBOX_PRUNE_JOB]: prune.handler,
      [ERASE_PLATFORM_TRACES_JOB]: eraseTracesHandler(outbox, settings),
      [LEGACY_REMINDER_JOBS.untaken]: (job) => deps.core.caseTimers.handlers[CASE_TIMER_JOBS.untaken](job),
      [LEGACY_REMINDER_JOBS.waiting]: (job) => deps.core.caseTimers.handlers[CASE_TIMER_JOBS.waiting](job),
    },
    async idle() {
      await receiver?.idle();
      await mirror.idle();
    },
    drainOutbox: () => outbox.drain(),
    refreshMembers: () => directory.invalidate(),
  };
}

/** Bolt's logger interface over pino (Bolt and its Web API client log through it). */
function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "bolt" });
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(" ")),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(" ")),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(" ")),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(" ")),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
