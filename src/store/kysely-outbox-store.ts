/** The outbox parts of the Kysely store: the resident outbox (outbox-queries.ts, with what operators see of
 * both queues in operations-queries.ts) and the Slack outbox (slack-outbox-queries.ts). */
import { inTransaction, type KyselyHandle } from "./kysely-handle.js";
import type { OutboxStore, SlackOutboxStore } from "./outbox.js";
import * as outbox from "./outbox-queries.js";
import * as operations from "./operations-queries.js";
import * as slack from "./slack-outbox-queries.js";

export function kyselyOutboxStore({ db, dialect }: KyselyHandle): OutboxStore {
  return {
    enqueueOutbox: (item) => outbox.enqueueOutbox(db, item),
    claimDueOutbox: (channel, now, limit) => outbox.claimDueOutbox(db, dialect, channel, now, limit),
    markOutboxSent: (id, now) => outbox.markOutboxSent(db, id, now),
    markOutboxRetry: (id, availableAt, error) => outbox.markOutboxRetry(db, id, availableAt, error),
    markOutboxDead: (id, error) => outbox.markOutboxDead(db, id, error),
    deadLetterConversation: (conversationId, error) => outbox.deadLetterConversation(db, conversationId, error),
    outboxStats: () => operations.outboxStats(db),
    releaseOutboxLeases: () => operations.releaseOutboxLeases(db),
    listDeadLetters: () => operations.listDeadLetters(db),
    retryDeadLetters: (now, which) => operations.retryDeadLetters(db, now, which),
  };
}

export function kyselySlackOutboxStore({ db, dialect }: KyselyHandle): SlackOutboxStore {
  return {
    enqueueSlackOutbox: (item) => slack.insertSlackOutbox(db, item),
    claimDueSlackOutbox: (now, limit, leaseMs) => slack.claimSlackOutbox(db, dialect, now, limit, leaseMs),
    // Marking sent also paces the channel's next items: both updates or neither.
    markSlackOutboxSent: (id, now, nextInChannelAt) => inTransaction(db, (tx) => slack.markSlackSent(tx, id, now, nextInChannelAt)),
    markSlackOutboxRetry: (id, availableAt, error) => slack.markSlackRetry(db, id, availableAt, error),
    markSlackOutboxDead: (id, error) => slack.markSlackDead(db, id, error),
    pruneSlackOutbox: (before) => slack.pruneSlackRows(db, before),
  };
}
