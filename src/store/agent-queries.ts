/**
 * Agents, their sessions and setup tokens.
 * Query functions over one Kysely handle (the store's, or its transaction's); the Kysely store delegates here.
 */
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import type { AgentRecord, NewAgent, SessionRecord } from "./agents.js";
import { fromMs, toAgent, toMs } from "./row-mappers.js";

export async function createAgent(db: Kysely<Database>, a: NewAgent, now: Date): Promise<AgentRecord> {
  const row = await db
    .insertInto("agents")
    .values({
      id: randomUUID(),
      username: a.username,
      display_name: a.displayName,
      password_hash: a.passwordHash,
      role: a.role,
      created_at: toMs(now),
      disabled_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgent(row);
}

export async function getAgent(db: Kysely<Database>, id: string): Promise<AgentRecord | undefined> {
  const row = await db.selectFrom("agents").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toAgent(row);
}

export async function findAgentByUsername(db: Kysely<Database>, username: string): Promise<AgentRecord | undefined> {
  const row = await db.selectFrom("agents").selectAll().where("username", "=", username).executeTakeFirst();
  return row && toAgent(row);
}

export async function countAgents(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("agents")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createSession(db: Kysely<Database>, tokenHash: string, agentId: string, expiresAt: Date, now: Date): Promise<void> {
  const nowMs = toMs(now);
  await db
    .insertInto("sessions")
    .values({ token_hash: tokenHash, agent_id: agentId, expires_at: toMs(expiresAt), created_at: nowMs, last_seen_at: nowMs })
    .execute();
}

export async function findSession(db: Kysely<Database>, tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom("sessions")
    .select(["agent_id", "expires_at", "created_at", "last_seen_at"])
    .where("token_hash", "=", tokenHash)
    .where("expires_at", ">", toMs(now))
    .executeTakeFirst();
  return row && { agentId: row.agent_id, expiresAt: fromMs(row.expires_at), createdAt: fromMs(row.created_at), lastSeenAt: fromMs(row.last_seen_at) };
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export async function setupTokenValidUntil(db: Kysely<Database>, now: Date): Promise<Date | null> {
  const row = await db.selectFrom("setup_tokens").select(sql<number | null>`max(expires_at)`.as("until")).where("expires_at", ">", toMs(now)).executeTakeFirst();
  return row?.until == null ? null : fromMs(Number(row.until));
}

export async function createSetupToken(db: Kysely<Database>, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.insertInto("setup_tokens").values({ token_hash: tokenHash, expires_at: toMs(expiresAt) }).execute();
}

export async function consumeSetupToken(db: Kysely<Database>, tokenHash: string, now: Date): Promise<boolean> {
  // DELETE … RETURNING: of two concurrent uses, only one gets the row back.
  const row = await db
    .deleteFrom("setup_tokens")
    .where("token_hash", "=", tokenHash)
    .returning("expires_at")
    .executeTakeFirst();
  return row !== undefined && Number(row.expires_at) > toMs(now);
}
