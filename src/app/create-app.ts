/**
 * The whole bot: the runtime (store, content, core) plus the HTTP server (widget, console, API,
 * webhooks), the channels switched on by environment, and the durable-timer sweeper.
 * `accueil start` and the end-to-end tests go through here.
 */
import type { FastifyInstance } from "fastify";
import { startJobSweeper, type JobSweeper } from "../jobs/job-sweeper.js";
import type { JobRecord } from "../store/store.js";
import { createChannels, type ChannelModule } from "./create-channels.js";
import { createRuntime, type Runtime, type RuntimeOptions } from "./create-runtime.js";
import { createServer } from "./create-server.js";
import type { Metrics } from "./metrics.js";
import { bridgeEventsAcrossInstances, type EventsBridge } from "./events-bridge.js";
import type { EarlyListener } from "../server/early-listener.js";
import { retentionHandlers, scheduleRetention } from "./retention.js";
import { scheduleSignInCleanup, signInCleanupHandlers } from "./sign-in-cleanup.js";

export type AppOptions = RuntimeOptions & {
  /** Start no channel worker or sweeper (one-shot tools). */
  withoutBackground?: boolean;
  /** A server already listening on the port (`accueil start` opens it first): taken over. */
  early?: EarlyListener;
};

export interface App extends Runtime {
  server: FastifyInstance;
  channels: ChannelModule[];
  /** Starts listening and the background workers; resolves to the base URL. */
  listen(): Promise<string>;
  /** Runs every durable job due now (the sweeper does it every 30 s); 0 without background workers. */
  sweepJobs(): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions = {}): Promise<App> {
  const runtime = await createRuntime(options);
  const { config, store, clock, logger, metrics } = runtime;
  const channels = await createChannels(runtime);
  let accepting = true;
  const server = await createServer(runtime, channels, () => accepting, options.early);
  let sweeper: JobSweeper | undefined;
  let bridge: EventsBridge | undefined;
  let started = false;

  return {
    ...runtime,
    server,
    channels,
    async listen() {
      const address = options.early ? await takeOver(server) : await server.listen({ port: config.PORT, host: config.HOST });
      started = true;
      // Listening first, then the understander: health checks and the widget answer at once.
      void runtime.warmUp().catch((err: unknown) => {
        // Messages still get the crisis lexicon and the themes (the core's fallback); say it loudly.
        logger.error({ err }, "the understanding could not be built: residents get the themes menu only");
      });
      // Several instances share a PostgreSQL: each one's live updates reach the others' streams.
      if (isPostgres(config.DATABASE_URL)) bridge = await bridgeEventsAcrossInstances(runtime.events, config.DATABASE_URL!, logger);
      if (!options.withoutBackground) {
        // The only server of a SQLite file: what a crashed predecessor was sending goes again now.
        if (store.exclusive) {
          const freed = await store.releaseOutboxLeases();
          if (freed > 0) logger.warn({ freed }, "messages a stopped process was sending are sent again");
        }
        await scheduleRetention(store, clock);
        await scheduleSignInCleanup(store, clock);
        // Service levels: every active case has its reminder timers (cases opened before, or by a tool).
        await runtime.core.caseTimers.reconcile().catch((err: unknown) => logger.error({ err }, "scheduling the service-level reminders failed"));
        const handlers: Record<string, (job: JobRecord) => Promise<void>> = {
          ...retentionHandlers(runtime),
          ...signInCleanupHandlers(runtime),
          ...runtime.core.caseTimers.handlers,
        };
        for (const channel of channels) Object.assign(handlers, channel.jobHandlers ?? {});
        // Channels first: a job due at start-up (a reminder) finds them ready to render it.
        for (const channel of channels) await channel.start();
        sweeper = startJobSweeper({ store, clock, handlers: countedJobs(handlers, metrics) });
      }
      return address.replace("127.0.0.1", "localhost");
    },
    sweepJobs: async () => (sweeper ? sweeper.sweepOnce() : 0),
    /**
     * Graceful shutdown: stop taking requests first (the server answers 503 to what still arrives, so
     * Telegram and Slack deliver it again later, and /readyz fails), let the requests in flight finish,
     * then the sweeper (its jobs may call on the channels), then the channels finish the turns they
     * started and stop their workers (their leases are released or run out), then the store. Whatever
     * was admitted and not handled is in the inbox.
     */
    async close() {
      accepting = false;
      await server.close().catch((err: unknown) => (started ? logger.warn({ err }, "closing the HTTP server failed") : undefined));
      await sweeper?.stop();
      for (const channel of channels) {
        await channel.stop().catch((err: unknown) => logger.warn({ err }, `stopping the ${channel.name} channel failed`));
      }
      await bridge?.stop();
      await store.close();
    },
  };
}

/** The early server (already listening) now serves the app; its address, as listen() would give it. */
async function takeOver(server: FastifyInstance): Promise<string> {
  await server.ready();
  const address = server.server.address();
  if (!address || typeof address !== "object") throw new Error("the early server is not listening");
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function isPostgres(url: string | undefined): boolean {
  return Boolean(url && /^postgres(ql)?:\/\//.test(url));
}

/** The sweeper's handlers, each run counted by kind and outcome. */
function countedJobs(handlers: Record<string, (job: JobRecord) => Promise<void>>, metrics: Metrics): Record<string, (job: JobRecord) => Promise<void>> {
  return Object.fromEntries(
    Object.entries(handlers).map(([kind, handle]) => [
      kind,
      async (job: JobRecord) => {
        try {
          await handle(job);
          metrics.jobsRun.inc({ kind, outcome: "ok" });
        } catch (error) {
          metrics.jobsRun.inc({ kind, outcome: "error" });
          throw error;
        }
      },
    ]),
  );
}
