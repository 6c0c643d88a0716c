/**
 * Assembles the core from its dependencies. Nothing here knows about channels.
 */
import type { AccueilCore } from "./accueil-core.js";
import type { CoreDeps } from "./core-deps.js";
import { createCaseActions } from "./case-actions.js";
import { createSupervisionActions } from "./case-supervision.js";
import { createInboundHandler } from "./handle-inbound.js";
import { createVolunteerActions } from "./volunteer-actions.js";

export function createCore(deps: CoreDeps): AccueilCore {
  const handleInbound = createInboundHandler(deps);
  const cases = createCaseActions(deps);
  return {
    handleInbound,
    ...cases,
    ...createSupervisionActions(deps),
    ...createVolunteerActions(deps),
    async eraseConversation(conversationId: string): Promise<void> {
      await deps.store.transaction(async (store) => {
        const active = await store.findActiveCase(conversationId);
        if (active) await store.cancelJobs(`case:${active.id}:`);
        await store.eraseConversation(conversationId, deps.clock.now());
        if (active) deps.events.emit("case", { caseId: active.id, change: "cancelled" });
      });
    },
    events: deps.events,
  };
}
