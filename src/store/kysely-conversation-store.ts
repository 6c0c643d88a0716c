/** The conversations part of the Kysely store: conversation-queries.ts and the erasure and retention queries. */
import { sql } from "kysely";
import type { ConversationStore } from "./conversations.js";
import { inTransaction, type KyselyHandle } from "./kysely-handle.js";
import * as conversations from "./conversation-queries.js";
import { lockConversation } from "./operations-queries.js";
import { listResidentRecords } from "./resident-records-queries.js";
import { eraseConversationRows, purgeInactiveConversationRows } from "./retention-queries.js";
import { toMs } from "./row-mappers.js";

export function kyselyConversationStore({ db, dialect }: KyselyHandle): ConversationStore {
  return {
    findOrCreateConversation: (channel, externalId, now) => conversations.findOrCreateConversation(db, channel, externalId, now),
    getConversation: (id) => conversations.getConversation(db, id),
    findConversation: (channel, externalId) => conversations.findConversation(db, channel, externalId),
    saveConversation: (id, changes, now) => conversations.saveConversation(db, id, changes, now),
    lockConversation: (key) => lockConversation(db, dialect, key),
    async eraseConversation(id, now) {
      await inTransaction(db, (tx) => eraseConversationRows(tx, id, toMs(now)));
    },
    async flushErasures() {
      if (db.isTransaction) throw new Error("flushErasures() must run after the erasure's transaction has committed");
      // The WAL holds the erased pages' earlier images until a checkpoint copies them back and it restarts;
      // TRUNCATE empties the file. PostgreSQL keeps dead row versions until (auto)vacuum: see README.
      if (dialect === "sqlite") await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    },
    listResidentRecords: (conversationId) => listResidentRecords(db, conversationId),
    recordConsent: (conversationId, purpose, now) => conversations.recordConsent(db, conversationId, purpose, now),
    withdrawConsent: (conversationId, purpose, now) => conversations.withdrawConsent(db, conversationId, purpose, now),
    purgeInactiveConversations: (before) => inTransaction(db, (tx) => purgeInactiveConversationRows(tx, toMs(before))),
  };
}
