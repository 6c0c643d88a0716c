/**
 * The inbox's queries (see migrations/0003-inbox.ts): admit an update before acknowledging it, lease the
 * ones a dead instance left, mark them handled. Same concurrency rules as the outbox: ON CONFLICT DO
 * NOTHING for deduplication, leases taken with one UPDATE … RETURNING (FOR UPDATE SKIP LOCKED on PostgreSQL).
 * Also the platform message ids already handled (inbound_ids), the older per-message deduplication.
 */
import { sql, type Kysely } from "kysely";
import type { ChannelName } from "../core/messages.js";
import type { Database, SqlDialectName } from "./database.js";
import type { InboundOutcome, InboxBacklog, InboxItem, NewInboxItem } from "./inbox.js";
import { toMs } from "./row-mappers.js";

/** Writes the update down, leased to its receiver; false when it was already there (a redelivery). */
export async function admitInbound(db: Kysely<Database>, item: NewInboxItem): Promise<boolean> {
  const inserted = await db
    .insertInto("inbox")
    .values({
      channel: item.channel,
      dedupe_key: item.dedupeKey,
      conversation_key: item.conversationKey,
      payload: JSON.stringify(item.payload),
      status: "pending",
      attempts: 0,
      lease_until: item.leaseUntil.getTime(),
      last_error: null,
      received_at: item.receivedAt.getTime(),
      done_at: null,
    })
    .onConflict((oc) => oc.columns(["channel", "dedupe_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Pending updates whose lease ran out (their instance stopped or died), leased anew, oldest first. */
export async function claimStaleInbox(
  db: Kysely<Database>,
  dialect: SqlDialectName,
  channel: string,
  now: Date,
  limit: number,
  leaseMs: number,
  orphans: boolean,
): Promise<InboxItem[]> {
  const nowMs = now.getTime();
  // Whoever leased them is gone (orphans), or their lease ran out.
  const stale = orphans ? Number.MAX_SAFE_INTEGER : nowMs;
  const free = db
    .selectFrom("inbox")
    .select("id")
    .where("channel", "=", channel)
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", stale)]))
    .orderBy("id")
    .limit(limit);
  const rows = await db
    .updateTable("inbox")
    .set({ lease_until: nowMs + leaseMs })
    .where("id", "in", dialect === "postgres" ? free.forUpdate().skipLocked() : free)
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", stale)]))
    .returning(["id", "channel", "dedupe_key", "conversation_key", "payload", "attempts", "received_at"])
    .execute();
  return rows
    .map((r) => ({
      id: Number(r.id),
      channel: r.channel,
      dedupeKey: r.dedupe_key,
      conversationKey: r.conversation_key,
      payload: JSON.parse(r.payload) as unknown,
      attempts: Number(r.attempts),
      receivedAt: new Date(Number(r.received_at)),
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * What a handled update keeps: nothing. Its dedupe key is all a redelivery needs, and the payload holds
 * a resident's or an agent's words, which must not outlive an erasure in the inbox.
 */
const HANDLED_PAYLOAD = "null";

export async function finishInbound(db: Kysely<Database>, channel: string, dedupeKey: string, outcome: InboundOutcome): Promise<void> {
  await db
    .updateTable("inbox")
    .set(outcome.done ? { status: "done", done_at: outcome.now.getTime(), lease_until: null, payload: HANDLED_PAYLOAD } : { status: "dead", last_error: outcome.error.slice(0, 500), lease_until: null, attempts: sql`attempts + 1` })
    .where("channel", "=", channel)
    .where("dedupe_key", "=", dedupeKey)
    .execute();
}

/** Handled updates are kept a day (a late redelivery is still recognised), then deleted. */
export async function pruneInbox(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom("inbox").where("status", "=", "done").where("done_at", "<", before.getTime()).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}

export async function inboxBacklog(db: Kysely<Database>): Promise<InboxBacklog[]> {
  const rows = await db
    .selectFrom("inbox")
    .select(["channel", "status", sql<number>`count(*)`.as("n")])
    .where("status", "in", ["pending", "dead"])
    .groupBy(["channel", "status"])
    .execute();
  const out = new Map<string, InboxBacklog>();
  for (const r of rows) {
    const e = out.get(r.channel) ?? { channel: r.channel, pending: 0, dead: 0 };
    if (r.status === "pending") e.pending += Number(r.n);
    else e.dead += Number(r.n);
    out.set(r.channel, e);
  }
  return [...out.values()];
}

/** Removes an admitted update whose handling failed, so that the platform's retry is admitted anew. */
export async function dropInbound(db: Kysely<Database>, channel: string, dedupeKey: string): Promise<void> {
  await db.deleteFrom("inbox").where("channel", "=", channel).where("dedupe_key", "=", dedupeKey).execute();
}

// ---------------------------------------------------------------- inbound ids already handled

export async function recordInbound(db: Kysely<Database>, channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto("inbound_ids")
    .values({ channel, platform_message_id: platformMessageId, received_at: toMs(now) })
    .onConflict((oc) => oc.columns(["channel", "platform_message_id"]).doNothing())
    .returning("channel")
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteInboundId(db: Kysely<Database>, channel: ChannelName, platformMessageId: string): Promise<void> {
  await db.deleteFrom("inbound_ids").where("channel", "=", channel).where("platform_message_id", "=", platformMessageId).execute();
}

export async function pruneInboundIds(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom("inbound_ids").where("received_at", "<", toMs(before)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
