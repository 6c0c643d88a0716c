/**
 * The Store, written once with Kysely for SQLite and PostgreSQL (same queries; see database.ts for the
 * storage conventions and open-store.ts for connections and migrations). The store is assembled from one
 * part per aggregate (kysely-*-store.ts), each delegating to the query functions of its *-queries.ts files
 * over one Kysely handle: the database, or — inside `transaction()` — a transaction of it.
 *
 * Concurrency rests on the database, not on this process:
 * - unique constraints deduplicate (inbound ids, job dedupe keys, case references) with
 *   INSERT … ON CONFLICT DO NOTHING RETURNING, which never aborts a PostgreSQL transaction;
 * - outbox items and jobs are leased with one UPDATE … WHERE id IN (<free rows> LIMIT n) AND <still free>
 *   RETURNING. On PostgreSQL the inner select takes FOR UPDATE SKIP LOCKED, so concurrent workers pass
 *   over each other's rows instead of all picking the same first n, and the outer WHERE is re-checked on
 *   the latest row version, so a row is never leased twice; on SQLite writers are serialised by the
 *   database lock (and FOR UPDATE does not exist).
 */
import type { Kysely } from "kysely";
import type { Store } from "./store.js";
import type { Database, SqlDialectName } from "./database.js";
import type { KyselyHandle } from "./kysely-handle.js";
import { ping } from "./operations-queries.js";
import { kyselyAgentStore, kyselyAuditStore } from "./kysely-agent-store.js";
import { kyselyCaseStore } from "./kysely-case-store.js";
import { kyselyConversationStore } from "./kysely-conversation-store.js";
import { kyselyInboxStore } from "./kysely-inbox-store.js";
import { kyselyIndicatorStore } from "./kysely-indicator-store.js";
import { kyselyJobStore } from "./kysely-job-store.js";
import { kyselyOutboxStore, kyselySlackOutboxStore } from "./kysely-outbox-store.js";
import { kyselyTranscriptStore } from "./kysely-transcript-store.js";
import { kyselyVolunteerStore } from "./kysely-volunteer-store.js";

export { OUTBOX_LEASE_MS } from "./outbox-queries.js";

/** The Store with the handle it works over (tests and maintenance tools reach `db`). */
export interface KyselyStore extends Store, KyselyHandle {}

/**
 * @param db the Kysely instance, or a transaction of it (then `transaction()` reuses it).
 * @param onClose releases what the opener acquired (connections, the SQLite instance lock).
 * @param exclusive this process holds the SQLite file's instance lock (see instance-lock.ts).
 */
export function createKyselyStore(
  db: Kysely<Database>,
  dialect: SqlDialectName,
  onClose: () => Promise<void> = async () => {},
  exclusive = false,
): KyselyStore {
  const handle: KyselyHandle = { db, dialect };
  const store: KyselyStore = {
    db,
    dialect,
    exclusive,
    transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
      if (db.isTransaction) return fn(store);
      // The transaction's store releases nothing when it ends: the connection belongs to this store.
      return db.transaction().execute((trx) => fn(createKyselyStore(trx, dialect, async () => {}, exclusive)));
    },
    async close() {
      if (db.isTransaction) throw new Error("close() called on a transaction store");
      await onClose();
    },
    ping: () => ping(db),
    ...kyselyConversationStore(handle),
    ...kyselyInboxStore(handle),
    ...kyselyTranscriptStore(handle),
    ...kyselyOutboxStore(handle),
    ...kyselySlackOutboxStore(handle),
    ...kyselyCaseStore(handle),
    ...kyselyIndicatorStore(handle),
    ...kyselyAgentStore(handle),
    ...kyselyAuditStore(handle),
    ...kyselyJobStore(handle),
    ...kyselyVolunteerStore(handle),
  };
  return store;
}
