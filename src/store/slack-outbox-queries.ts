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
import { leaseDueHeads, markDead, markRetry, newQueueRow } from "./queue-queries.js";
import type { NewSlackOutboxItem, SlackOutboxItem } from "./outbox.js";
import { toDeliveryState } from "./row-mappers.js";
import type { SlackOutboxTable } from "./volunteer-slack-tables.js";

const opSchema = z.record(z.string(), z.unknown());

function toSlackItem(row: Selectable<SlackOutboxTable>): SlackOutboxItem {
  return {
    id: Number(row.id),
    slackChannel: row.slack_channel,
    op: opSchema.parse(JSON.parse(row.op)),
    dedupeKey: row.dedupe_key,
    ...toDeliveryState(row),
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
  const row = await db
    .insertInto("slack_outbox")
    .values({
      slack_channel: item.slackChannel,
      op: JSON.stringify(item.op),
      dedupe_key: item.dedupeKey ?? null,
      coalesce_key: item.coalesceKey ?? null,
      ...newQueueRow("available_at", item.availableAt),
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
  const rows = await leaseDueHeads(db, dialect, { table: "slack_outbox", fifo: "slack_channel" }, now, limit, leaseMs);
  return rows.map(toSlackItem);
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
  await markRetry(db, "slack_outbox", id, availableAt, error);
}

export async function markSlackDead(db: Kysely<Database>, id: number, error: string): Promise<void> {
  await markDead(db, "slack_outbox", id, error);
}

export async function pruneSlackRows(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom("slack_outbox")
    .where("status", "in", ["sent", "dead"])
    .where("created_at", "<", before.getTime())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
