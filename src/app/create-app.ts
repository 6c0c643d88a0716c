/**
 * The whole bot: the runtime (store, content, core) plus the HTTP server (widget, console, API,
 * webhooks), the channels switched on by environment, and the durable-timer sweeper.
 * `accueil start` and the end-to-end tests go through here.
 */
import type { FastifyInstance } from "fastify";
import { startJobSweeper } from "../jobs/job-sweeper.js";
import type { JobRecord } from "../store/store.js";
import { createChannels, type ChannelModule } from "./create-channels.js";
import { createRuntime, type Runtime, type RuntimeOptions } from "./create-runtime.js";
import { createServer } from "./create-server.js";
import { retentionHandlers, scheduleRetention } from "./retention.js";

export type AppOptions = RuntimeOptions & {
  /** Start no channel worker or sweeper (one-shot tools). */
  withoutBackground?: boolean;
};

export interface App extends Runtime {
  server: FastifyInstance;
  channels: ChannelModule[];
  /** Starts listening and the background workers; resolves to the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions = {}): Promise<App> {
  const runtime = await createRuntime(options);
  const { config, store, clock, logger } = runtime;
  const channels = await createChannels(runtime);
  const server = await createServer(runtime, channels);
  let sweeper: { stop(): unknown } | undefined;
  let started = false;

  return {
    ...runtime,
    server,
    channels,
    async listen() {
      const address = await server.listen({ port: config.PORT, host: config.HOST });
      started = true;
      if (!options.withoutBackground) {
        await scheduleRetention(store, clock);
        const handlers: Record<string, (job: JobRecord) => Promise<void>> = { ...retentionHandlers(runtime) };
        for (const channel of channels) Object.assign(handlers, channel.jobHandlers ?? {});
        sweeper = startJobSweeper({ store, clock, handlers });
        for (const channel of channels) await channel.start();
      }
      return address.replace("127.0.0.1", "localhost");
    },
    async close() {
      for (const channel of channels) {
        await channel.stop().catch((err: unknown) => logger.warn({ err }, `stopping the ${channel.name} channel failed`));
      }
      await sweeper?.stop();
      await server.close().catch((err: unknown) => (started ? logger.warn({ err }, "closing the HTTP server failed") : undefined));
      await store.close();
    },
  };
}
