/**
 * The queries behind agents' accounts and sign-in added with migration 0005: listing and disabling
 * agents, sessions' idle time, failed sign-ins, and deleting what has expired.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import { toAgent } from "./row-mappers.js";
import type { AgentRecord, LoginFailureCounts } from "./agents.js";

export async function selectAgents(db: Kysely<Database>): Promise<AgentRecord[]> {
  return (await db.selectFrom("agents").selectAll().orderBy("username").execute()).map(toAgent);
}

export async function updateAgentDisabled(db: Kysely<Database>, agentId: string, disabledAt: Date | null): Promise<boolean> {
  const result = await db
    .updateTable("agents")
    .set({ disabled_at: disabledAt === null ? null : disabledAt.getTime() })
    .where("id", "=", agentId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateSessionSeen(db: Kysely<Database>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: now.getTime() }).where("token_hash", "=", tokenHash).execute();
}

export async function deleteSessionsOf(db: Kysely<Database>, agentId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("agent_id", "=", agentId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date, idleSince: Date): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now.getTime()), eb("last_seen_at", "<", idleSince.getTime())]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSetupTokens(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom("setup_tokens").where("expires_at", "<=", now.getTime()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertLoginFailure(db: Kysely<Database>, username: string, address: string, at: Date): Promise<void> {
  await db.insertInto("login_failures").values({ username, address, at: at.getTime() }).execute();
}

export async function countFailures(db: Kysely<Database>, username: string, address: string, since: Date): Promise<LoginFailureCounts> {
  // One read for both counts: every failure from the address, and those of the username among them.
  const row = await db
    .selectFrom("login_failures")
    .select([
      sql<number>`count(*)`.as("address_count"),
      sql<number | null>`max(at)`.as("address_last"),
      sql<number>`sum(case when username = ${username} then 1 else 0 end)`.as("pair_count"),
      sql<number | null>`max(case when username = ${username} then at end)`.as("pair_last"),
    ])
    .where("address", "=", address)
    .where("at", ">=", since.getTime())
    .executeTakeFirstOrThrow();
  const date = (value: number | string | null) => (value === null ? null : new Date(Number(value)));
  return {
    pair: { count: Number(row.pair_count ?? 0), lastAt: date(row.pair_last) },
    address: { count: Number(row.address_count), lastAt: date(row.address_last) },
  };
}

export async function deleteFailuresOf(db: Kysely<Database>, username: string, address: string): Promise<void> {
  await db.deleteFrom("login_failures").where("address", "=", address).where("username", "=", username).execute();
}

export async function deleteFailuresBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom("login_failures").where("at", "<", before.getTime()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
