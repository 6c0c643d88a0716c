/** The inbox part of the Kysely store (inbox-queries.ts). */
import type { InboxStore } from "./inbox.js";
import type { KyselyHandle } from "./kysely-handle.js";
import * as inbox from "./inbox-queries.js";

export function kyselyInboxStore({ db, dialect }: KyselyHandle): InboxStore {
  return {
    admitInbound: (item) => inbox.admitInbound(db, item),
    claimStaleInbox: (channel, now, limit, leaseMs, options) =>
      inbox.claimStaleInbox(db, dialect, channel, now, limit, leaseMs, options?.orphans ?? false),
    finishInbound: (channel, dedupeKey, outcome) => inbox.finishInbound(db, channel, dedupeKey, outcome),
    pruneInbox: (before) => inbox.pruneInbox(db, before),
    dropInbound: (channel, dedupeKey) => inbox.dropInbound(db, channel, dedupeKey),
    inboxBacklog: () => inbox.inboxBacklog(db),
    recordInbound: (channel, platformMessageId, now) => inbox.recordInbound(db, channel, platformMessageId, now),
    forgetInbound: (channel, platformMessageId) => inbox.deleteInboundId(db, channel, platformMessageId),
    pruneInboundIds: (before) => inbox.pruneInboundIds(db, before),
  };
}
