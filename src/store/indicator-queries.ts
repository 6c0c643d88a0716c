/**
 * Indicators (turn statistics, questions not understood, case timings) and what each agent has read of
 * each case. Query functions over one Kysely handle; the Kysely store delegates here.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import type { CaseActivity } from "./cases.js";
import type { CaseTimings, NewTurnStat, NewUnansweredQuestion, TurnStatCount, UnansweredQuestion } from "./indicators.js";
import { fromMs, toMs } from "./row-mappers.js";

/** Only the latest questions not understood are kept: enough to improve the vocabulary, no archive. */
export const UNANSWERED_KEPT = 100;
const CHUNK = 500;

export async function insertTurnStat(db: Kysely<Database>, stat: NewTurnStat): Promise<void> {
  await db
    .insertInto("turn_stats")
    .values({
      at: toMs(stat.at),
      channel: stat.channel,
      language: stat.language,
      level: stat.level,
      entry_id: stat.entryId,
      theme: stat.theme,
      crisis: stat.crisis,
      understood: stat.understood ? 1 : 0,
    })
    .execute();
}

export async function insertUnansweredQuestion(db: Kysely<Database>, q: NewUnansweredQuestion): Promise<void> {
  await db.insertInto("unanswered_questions").values({ at: toMs(q.at), conversation_id: q.conversationId ?? null, language: q.language, text: q.text }).execute();
  const keep = db.selectFrom("unanswered_questions").select("id").orderBy("id", "desc").limit(UNANSWERED_KEPT);
  // A subquery with LIMIT inside NOT IN is refused by some engines; the cut-off id is read first.
  const oldestKept = await db.selectFrom(keep.as("k")).select((eb) => eb.fn.min("k.id").as("id")).executeTakeFirst();
  if (oldestKept?.id !== undefined && oldestKept.id !== null) await db.deleteFrom("unanswered_questions").where("id", "<", Number(oldestKept.id)).execute();
}

/** Weeks start on Monday, 00:00 UTC (1970-01-05 was a Monday): integer division, the same on both databases. */
const MONDAY_OFFSET_MS = 4 * 86_400_000;
const WEEK_MS = 7 * 86_400_000;

export async function selectTurnStatCounts(db: Kysely<Database>, startMs: number, toMsExclusive: number): Promise<TurnStatCount[]> {
  const week = sql<number>`(at - ${sql.lit(MONDAY_OFFSET_MS)}) / ${sql.lit(WEEK_MS)}`;
  const rows = await db
    .selectFrom("turn_stats")
    .select([week.as("week"), "level", "theme", "crisis", "understood"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("at", ">=", startMs)
    .where("at", "<", toMsExclusive)
    .groupBy([week, "level", "theme", "crisis", "understood"])
    .execute();
  return rows.map((r) => ({
    weekStart: fromMs(Number(r.week) * WEEK_MS + MONDAY_OFFSET_MS),
    level: r.level === null ? null : Number(r.level),
    theme: r.theme,
    crisis: r.crisis,
    understood: Number(r.understood) === 1,
    count: Number(r.n),
  }));
}

export async function selectUnansweredQuestions(db: Kysely<Database>, startMs: number, toMsExclusive: number): Promise<UnansweredQuestion[]> {
  const rows = await db
    .selectFrom("unanswered_questions")
    .selectAll()
    .where("at", ">=", startMs)
    .where("at", "<", toMsExclusive)
    .orderBy("id", "desc")
    .limit(UNANSWERED_KEPT)
    .execute();
  return rows.map((r) => ({ at: fromMs(Number(r.at)), language: r.language, text: r.text }));
}

/** Cases created, claimed or closed in the period, with the time of the first agent message. */
export async function selectCaseTimings(db: Kysely<Database>, startMs: number, toMsExclusive: number): Promise<CaseTimings[]> {
  const inRange = (column: "created_at" | "claimed_at" | "closed_at") => sql<boolean>`(${sql.ref(column)} >= ${startMs} and ${sql.ref(column)} < ${toMsExclusive})`;
  const rows = await db
    .selectFrom("cases")
    .select(["id", "created_at", "claimed_at", "closed_at"])
    .select((eb) =>
      eb
        .selectFrom("case_events")
        .select((e) => e.fn.min("case_events.created_at").as("first"))
        .whereRef("case_events.case_id", "=", "cases.id")
        .where("case_events.kind", "=", "agent-message")
        .as("first_answer_at"),
    )
    .where((eb) => eb.or([inRange("created_at"), inRange("claimed_at"), inRange("closed_at")]))
    .execute();
  const date = (ms: unknown) => (ms === null || ms === undefined ? null : fromMs(Number(ms)));
  return rows.map((r) => ({
    createdAt: fromMs(Number(r.created_at)),
    claimedAt: date(r.claimed_at),
    closedAt: date(r.closed_at),
    firstAnswerAt: date(r.first_answer_at),
  }));
}

export async function purgeTurnStats(db: Kysely<Database>, beforeMs: number): Promise<number> {
  const result = await db.deleteFrom("turn_stats").where("at", "<", beforeMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function purgeUnansweredQuestions(db: Kysely<Database>, beforeMs: number): Promise<number> {
  const result = await db.deleteFrom("unanswered_questions").where("at", "<", beforeMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** When this agent last opened the case (null: never), and marks it read now. */
export async function markCaseRead(db: Kysely<Database>, caseId: string, agentId: string, now: Date): Promise<Date | null> {
  const previous = await db.selectFrom("case_reads").select("read_at").where("case_id", "=", caseId).where("agent_id", "=", agentId).executeTakeFirst();
  await db
    .insertInto("case_reads")
    .values({ case_id: caseId, agent_id: agentId, read_at: toMs(now) })
    .onConflict((oc) => oc.columns(["case_id", "agent_id"]).doUpdateSet({ read_at: toMs(now) }))
    .execute();
  return previous ? fromMs(Number(previous.read_at)) : null;
}

/** For each case: resident messages and crises relayed since this agent last opened it. */
export async function selectCaseActivity(db: Kysely<Database>, caseIds: readonly string[], agentId: string): Promise<Map<string, CaseActivity>> {
  const activity = new Map<string, CaseActivity>();
  for (const id of caseIds) activity.set(id, { lastReadAt: null, newMessages: 0, crisisSinceRead: null });
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    const chunk = caseIds.slice(i, i + CHUNK);
    const reads = await db.selectFrom("case_reads").select(["case_id", "read_at"]).where("agent_id", "=", agentId).where("case_id", "in", chunk).execute();
    for (const r of reads) activity.get(r.case_id)!.lastReadAt = fromMs(Number(r.read_at));
    const events = await db
      .selectFrom("case_events")
      .select(["case_id", "kind", "text", "created_at"])
      .where("case_id", "in", chunk)
      .where("kind", "in", ["resident-message", "crisis"])
      .orderBy("id")
      .execute();
    for (const e of events) {
      const entry = activity.get(e.case_id)!;
      if (entry.lastReadAt && Number(e.created_at) <= entry.lastReadAt.getTime()) continue;
      if (e.kind === "resident-message") entry.newMessages += 1;
      else entry.crisisSinceRead = { category: e.text, at: fromMs(Number(e.created_at)) };
    }
  }
  return activity;
}

export async function deleteCaseReads(db: Kysely<Database>, caseIds: readonly string[]): Promise<void> {
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    await db.deleteFrom("case_reads").where("case_id", "in", caseIds.slice(i, i + CHUNK)).execute();
  }
}
