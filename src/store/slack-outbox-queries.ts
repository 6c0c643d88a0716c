/**
 * The Slack outbox (migration 0002): one FIFO per Slack channel for the agents' and volunteers' calls.
 * Query functions over one Kysely handle (the store's, or its transaction's); same concurrency rules as
 * the resident outbox (outbox-queries.ts): unique constraints with ON CONFLICT DO NOTHING, leases taken
 * with one UPDATE … RETURNING over a CTE that PostgreSQL evaluates once, FOR UPDATE SKIP LOCKED on
 * PostgreSQL.
 */
import { sql, type Kysely, type Selectable } from "kysely";
import { z } from "zod";
import type { Database, SqlDialectName } from "./database.js";
import type { NewSlackOutboxItem, SlackOutboxItem } from "./outbox.js";
import type { SlackOutboxTable } from "./volunteer-slack-tables.js";

const opSchema = z.record(z.string(), z.unknown());

function toSlackItem(row: Selectable<SlackOutboxTable>): SlackOutboxItem {
  return {
    id: Number(row.id),
    slackChannel: row.slack_channel,
    op: opSchema.parse(JSON.parse(row.op)),
    dedupeKey: row.dedupe_key,
    attempts: Number(row.attempts),
    status: row.status as SlackOutboxItem["status"],
    availableAt: new Date(Number(row.available_at)),
    lastError: row.last_error,
    createdAt: new Date(Number(row.created_at)),
  };
}

/** The case or question an op is about, so that erasing it finds the op (see migration 0004). */
export function subjectOf(op: Record<string, unknown>): string | null {
  if (typeof op.caseId === "string") return `case:${op.caseId}`;
  if (typeof op.questionId === "string") return `question:${op.questionId}`;
  return null;
}

export async function insertSlackOutbox(db: Kysely<Database>, item: NewSlackOutboxItem): Promise<number | undefined> {
  if (item.coalesceKey !== undefined) {
    const waiting = await db
      .selectFrom("slack_outbox")
      .select("id")
      .where("coalesce_key", "=", item.coalesceKey)
      .where("status", "=", "pending")
      // A leased item may be mid-send with data read before this change: it does not stand in for us.
      .where("lease_until", "is", null)
      .executeTakeFirst();
    if (waiting) return undefined;
  }
  const availableAt = item.availableAt.getTime();
  const row = await db
    .insertInto("slack_outbox")
    .values({
      slack_channel: item.slackChannel,
      op: JSON.stringify(item.op),
      dedupe_key: item.dedupeKey ?? null,
      coalesce_key: item.coalesceKey ?? null,
      attempts: 0,
      status: "pending",
      available_at: availableAt,
      lease_until: null,
      last_error: null,
      created_at: availableAt,
      sent_at: null,
      subject: subjectOf(item.op),
      personal: typeof item.op.text === "string" && subjectOf(item.op) !== null ? 1 : 0,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.id);
}

/** Heads of each Slack channel's queue that are due and free, as in claimDueOutbox. */
export async function claimSlackOutbox(db: Kysely<Database>, dialect: SqlDialectName, now: Date, limit: number, leaseMs: number): Promise<SlackOutboxItem[]> {
  const nowMs = now.getTime();
  const heads = db
    .selectFrom("slack_outbox")
    .select((eb) => eb.fn.min("id").as("head_id"))
    .where("status", "=", "pending")
    .groupBy("slack_channel");
  const due = db
    .selectFrom("slack_outbox")
    .select("id")
    .where("id", "in", heads)
    .where("available_at", "<=", nowMs)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
    .orderBy("id")
    .limit(limit)
    .$call((q) => (dialect === "postgres" ? q.forUpdate().skipLocked() : q));
  const rows = await db
    .with("due", () => due)
    .updateTable("slack_outbox")
    .set({ lease_until: nowMs + leaseMs })
    .where("id", "in", (eb) => eb.selectFrom("due").select("due.id"))
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", nowMs)]))
    .returningAll()
    .execute();
  return rows.map(toSlackItem).sort((a, b) => a.id - b.id);
}

export async function markSlackSent(db: Kysely<Database>, id: number, now: Date, nextInChannelAt: Date): Promise<void> {
  const next = nextInChannelAt.getTime();
  const row = await db
    .updateTable("slack_outbox")
    .set({ status: "sent", sent_at: now.getTime(), lease_until: null })
    .where("id", "=", id)
    .returning("slack_channel")
    .executeTakeFirst();
  if (!row) return;
  // Pacing: whatever waits in this channel goes no sooner than nextInChannelAt.
  await db
    .updateTable("slack_outbox")
    .set({ available_at: sql<number>`case when available_at < ${next} then ${next} else available_at end` })
    .where("slack_channel", "=", row.slack_channel)
    .where("status", "=", "pending")
    .execute();
}

export async function markSlackRetry(db: Kysely<Database>, id: number, availableAt: Date, error: string): Promise<void> {
  await db
    .updateTable("slack_outbox")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), available_at: availableAt.getTime(), lease_until: null, last_error: error }))
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}

export async function markSlackDead(db: Kysely<Database>, id: number, error: string): Promise<void> {
  await db
    .updateTable("slack_outbox")
    .set((eb) => ({ status: "dead", attempts: eb("attempts", "+", 1), lease_until: null, last_error: error }))
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}

export async function pruneSlackRows(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom("slack_outbox")
    .where("status", "in", ["sent", "dead"])
    .where("created_at", "<", before.getTime())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
