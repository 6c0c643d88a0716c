/**
 * For whoever runs the service: /healthz (the process answers), /readyz (it can serve: the database
 * answers, its schema is there, the outboxes are not stuck) and /metrics (Prometheus). None of them says
 * anything about residents; they carry no personal data.
 */
import type { FastifyInstance } from "fastify";
import type { Registry } from "prom-client";
import type { Clock } from "../core/clock.js";
import type { ConsoleStore } from "./console-store.js";

export interface OperabilityDeps {
  store: Pick<ConsoleStore, "ping" | "outboxStats">;
  clock: Clock;
  registry: Registry;
  /** /readyz fails when a message has waited longer than this to be sent (seconds). */
  maxOutboxLagSeconds: number;
  /** False while the process shuts down: /readyz then says so, and load balancers stop sending. */
  accepting: () => boolean;
}

/** The database must answer within this, or the instance is not ready. */
const PING_TIMEOUT_MS = 2_000;

export function registerOperabilityRoutes(app: FastifyInstance, deps: OperabilityDeps): void {
  app.get("/healthz", async (_request, reply) => reply.type("application/json").send({ status: "ok" }));

  app.get("/readyz", async (_request, reply) => {
    const problems: string[] = [];
    if (!deps.accepting()) problems.push("shutting down");
    try {
      await withTimeout(deps.store.ping(), PING_TIMEOUT_MS);
      const now = deps.clock.now().getTime();
      for (const s of await withTimeout(deps.store.outboxStats(), PING_TIMEOUT_MS)) {
        const lag = s.oldestPendingAt ? (now - s.oldestPendingAt.getTime()) / 1000 : 0;
        if (lag > deps.maxOutboxLagSeconds) problems.push(`${s.channel} outbox: oldest message waiting ${Math.round(lag)} s`);
      }
    } catch (error) {
      problems.push(`database: ${(error as Error).message.split("\n")[0]}`);
    }
    return reply
      .code(problems.length ? 503 : 200)
      .type("application/json")
      .send(problems.length ? { status: "not ready", problems } : { status: "ready" });
  });

  app.get("/metrics", async (_request, reply) => reply.type(deps.registry.contentType).send(await deps.registry.metrics()));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
