/**
 * What a supervisor must see without reading logs: messages that could not be delivered (dead letters,
 * for `accueil outbox list|retry`) and messages waiting too long (a platform down or rate-limiting).
 * The console shows it as a banner above the case list. Counts only: no resident's words, no ids.
 */
import type { FastifyInstance } from "fastify";
import { requireSupervisor, type ConsoleAccess } from "./console-auth.js";

export interface ConsoleDeliveryOptions extends ConsoleAccess {
  /** A message waiting longer than this (seconds) counts as late. */
  lateAfterSeconds: number;
}

/** Dead letters older than this are old news (still listed by `accueil outbox list`). */
const RECENT_DEAD_DAYS = 7;

export function registerConsoleDeliveryRoutes(app: FastifyInstance, options: ConsoleDeliveryOptions): void {
  const { store, clock } = options;
  app.get("/console/api/delivery", async (request) => {
    await requireSupervisor(options, request);
    const now = clock.now().getTime();
    const since = now - RECENT_DEAD_DAYS * 24 * 60 * 60_000;
    const deadLetters = (await store.listDeadLetters()).filter((letter) => letter.createdAt.getTime() >= since).length;
    let pending = 0;
    let oldest: number | null = null;
    for (const stats of await store.outboxStats()) {
      pending += stats.pending;
      const at = stats.oldestPendingAt?.getTime();
      if (at !== undefined && (oldest === null || at < oldest)) oldest = at;
    }
    const oldestPendingSeconds = oldest === null ? 0 : Math.max(0, Math.round((now - oldest) / 1000));
    return { deadLetters, pending, oldestPendingSeconds, late: oldestPendingSeconds > options.lateAfterSeconds };
  });
}
