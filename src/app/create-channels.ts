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

export async function createChannels(runtime: Runtime): Promise<ChannelModule[]> {
  const channels: ChannelModule[] = [];
  void runtime;
  return channels;
}
