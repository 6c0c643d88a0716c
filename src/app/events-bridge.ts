/**
 * Live updates across instances, through PostgreSQL's LISTEN/NOTIFY (no other server): every core event
 * of this instance is announced on a channel, and every event announced by another instance is told to
 * this one's listeners — so a resident's stream and the agents' console get an agent's reply whichever
 * instance took it. Events are hints carrying ids only (never a resident's words); listeners re-read
 * the store. A lost connection is reopened; what was announced meanwhile is caught up by the listeners'
 * own polling and reconnects (the store is the truth).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Logger } from "pino";
import type { AnyCoreEvent, CoreEvents } from "../core/core-events.js";

const CHANNEL = "accueil_events";
const RECONNECT_MS = 2_000;

export interface EventsBridge {
  stop(): Promise<void>;
}

export async function bridgeEventsAcrossInstances(events: CoreEvents, databaseUrl: string, logger: Pick<Logger, "warn" | "error">): Promise<EventsBridge> {
  const instance = randomUUID();
  const notifier = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  notifier.on("error", (error) => logger.warn({ err: error }, "event notifier connection error (will reconnect)"));
  let listener: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { from, e } = JSON.parse(message.payload) as { from: string; e: AnyCoreEvent };
        if (from !== instance) events.emitFromElsewhere(e);
      } catch (error) {
        logger.warn({ err: error }, "unreadable event from another instance");
      }
    });
    const reopen = (error?: Error): void => {
      if (stopped || listener !== client) return;
      listener = undefined;
      logger.warn({ err: error }, "lost the events connection to PostgreSQL; reopening");
      retry = setTimeout(() => void listen().catch((err: unknown) => reopen(err as Error)), RECONNECT_MS);
      retry.unref();
    };
    client.on("error", reopen);
    client.on("end", () => reopen());
    listener = client;
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  }

  await listen();
  const untap = events.tap((e) => {
    void notifier.query("select pg_notify($1, $2)", [CHANNEL, JSON.stringify({ from: instance, e })]).catch((error: unknown) => {
      if (!stopped) logger.warn({ err: error }, "could not announce an event to the other instances");
    });
  });

  return {
    async stop() {
      stopped = true;
      untap();
      clearTimeout(retry);
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
      await notifier.end().catch(() => undefined);
    },
  };
}
