/**
 * Assembles the core from its dependencies. Nothing here knows about channels.
 */
import type { AccueilCore, ConsoleLabels } from "./accueil-core.js";
import type { CoreDeps } from "./core-deps.js";
import { createCaseActions } from "./case-actions.js";
import { createSupervisionActions } from "./case-supervision.js";
import { createCaseTimers } from "./case-timers.js";
import { createConversationAccess } from "./conversation-access.js";
import { createAgentViews } from "./agent-views.js";
import { createInboundHandler, flushErasures } from "./handle-inbound.js";
import { collectResidentData, residentDataAsText } from "./resident-data.js";
import { createVolunteerActions } from "./volunteer-actions.js";
import { startOutboxWorker } from "../delivery/outbox-worker.js";

export function createCore(deps: CoreDeps): AccueilCore {
  const handleInbound = createInboundHandler(deps);
  const cases = createCaseActions(deps);
  const labelCache = new Map<string, ConsoleLabels>();
  return {
    handleInbound,
    ...createConversationAccess(deps),
    ...createAgentViews(deps),
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
      await flushErasures(deps);
    },
    async residentData(conversationId: string) {
      const conversation = await deps.store.getConversation(conversationId);
      if (!conversation) return undefined;
      const lang = conversation.locale ?? "fr";
      const data = await collectResidentData(deps.store, conversation, deps.clock.now());
      return { data, text: residentDataAsText(data, deps.i18n.t(lang, "bot"), lang) };
    },
    // The outbox rows are the core's (written with each turn): their sending is started from here.
    startOutboxWorker: (options) => startOutboxWorker({ ...options, store: deps.store }),
    labels(lang: string) {
      const known = labelCache.get(lang);
      if (known) return known;
      const t = deps.i18n.t(deps.i18n.has(lang, "bot") ? lang : "fr", "bot");
      const entries: Record<string, string> = {};
      const themes: Record<string, string> = {};
      for (const entry of deps.catalogue.entries) {
        const translated = (entry.translations as Record<string, { title: string } | undefined> | undefined)?.[lang]?.title;
        entries[entry.id] = translated ?? entry.title;
        themes[entry.category] ??= t(`themes.${entry.category}`, { defaultValue: entry.category });
      }
      const labels = { entries, themes };
      // The catalogue and the strings are loaded once: so are these.
      if (labelCache.size < 20) labelCache.set(lang, labels);
      return labels;
    },
    caseTimers: createCaseTimers(deps),
    channels: deps.channels,
    events: deps.events,
  };
}
