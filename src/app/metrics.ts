/**
 * Prometheus metrics (prom-client), served at /metrics: resident turns and their latency, crisis answers,
 * the outboxes' backlog and dead letters per channel, durable jobs run, and Node's own process metrics.
 * The outbox figures are read from the store at each scrape, so every instance reports the same backlog.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { AccueilCore } from "../core/accueil-core.js";
import type { Clock } from "../core/clock.js";
import type { Store } from "../store/store.js";

export interface Metrics {
  registry: Registry;
  turns: Counter<"channel" | "outcome">;
  turnSeconds: Histogram<"channel">;
  crisisAnswers: Counter<"category">;
  jobsRun: Counter<"kind" | "outcome">;
}

export function createMetrics(store: Store, clock: Clock): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "accueil_" });
  const metrics: Metrics = {
    registry,
    turns: new Counter({ name: "accueil_turns_total", help: "Resident messages handled, by channel and outcome (ok, duplicate, degraded, error).", labelNames: ["channel", "outcome"], registers: [registry] }),
    turnSeconds: new Histogram({
      name: "accueil_turn_duration_seconds",
      help: "Time to handle one resident message, store transaction included.",
      labelNames: ["channel"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    crisisAnswers: new Counter({ name: "accueil_crisis_answers_total", help: "Emergency answers given, by crisis category.", labelNames: ["category"], registers: [registry] }),
    jobsRun: new Counter({ name: "accueil_jobs_run_total", help: "Durable jobs run by the sweeper, by kind and outcome.", labelNames: ["kind", "outcome"], registers: [registry] }),
  };
  // One read of the store per scrape feeds the three outbox gauges.
  let snapshot: Promise<Awaited<ReturnType<Store["outboxStats"]>>> | undefined;
  const stats = (): Promise<Awaited<ReturnType<Store["outboxStats"]>>> => {
    snapshot ??= store.outboxStats().finally(() => setImmediate(() => (snapshot = undefined)));
    return snapshot;
  };
  new Gauge({
    name: "accueil_outbox_pending",
    help: "Messages waiting to be sent, by channel.",
    labelNames: ["channel"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await stats()) this.set({ channel: s.channel }, s.pending);
    },
  });
  new Gauge({
    name: "accueil_outbox_oldest_pending_seconds",
    help: "Age of the oldest message waiting to be sent, by channel (0 when none waits).",
    labelNames: ["channel"],
    registers: [registry],
    async collect() {
      this.reset();
      const now = clock.now().getTime();
      for (const s of await stats()) this.set({ channel: s.channel }, s.oldestPendingAt ? (now - s.oldestPendingAt.getTime()) / 1000 : 0);
    },
  });
  new Gauge({
    name: "accueil_outbox_dead",
    help: "Messages given up on (dead letters), by channel: each needs a person (accueil outbox list).",
    labelNames: ["channel"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await stats()) this.set({ channel: s.channel }, s.dead);
    },
  });
  return metrics;
}

/** The core, counting each turn, its duration and the emergency answers it gives. */
export function instrumentCore(core: AccueilCore, metrics: Metrics): AccueilCore {
  return new Proxy(core, {
    get(target, property, receiver) {
      if (property !== "handleInbound") return Reflect.get(target, property, receiver);
      return async (...args: Parameters<AccueilCore["handleInbound"]>) => {
        const [message] = args;
        const stop = metrics.turnSeconds.startTimer({ channel: message.channel });
        try {
          const result = await target.handleInbound(...args);
          metrics.turns.inc({ channel: message.channel, outcome: result.duplicate ? "duplicate" : result.degraded ? "degraded" : "ok" });
          for (const reply of result.replies) if (reply.kind === "emergency") metrics.crisisAnswers.inc({ category: reply.category ?? "unknown" });
          return result;
        } catch (error) {
          metrics.turns.inc({ channel: message.channel, outcome: "error" });
          throw error;
        } finally {
          stop();
        }
      };
    },
  });
}
