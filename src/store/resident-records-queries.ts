/**
 * Everything the store holds about one conversation besides its transcript, for the resident's right of
 * access (RGPD art. 15): their cases with every event (internal notes included: they concern the
 * person), consents, and the questions shared with volunteers (the redacted wording volunteers saw).
 */
import type { Kysely } from "kysely";
import type { Database } from "./database.js";
import { toCase, toCaseEvent } from "./row-mappers.js";
import type { ResidentRecords } from "./conversations.js";
import { toQuestion } from "./volunteer-queries.js";

export async function listResidentRecords(db: Kysely<Database>, conversationId: string): Promise<ResidentRecords> {
  const caseRows = await db.selectFrom("cases").selectAll().where("conversation_id", "=", conversationId).orderBy("created_at").execute();
  const cases = [];
  for (const row of caseRows) {
    const events = await db.selectFrom("case_events").selectAll().where("case_id", "=", row.id).orderBy("id").execute();
    cases.push({ ...toCase(row), events: events.map(toCaseEvent) });
  }
  const consents = await db.selectFrom("consents").selectAll().where("conversation_id", "=", conversationId).orderBy("given_at").execute();
  const questions = await db.selectFrom("volunteer_questions").selectAll().where("conversation_id", "=", conversationId).orderBy("created_at").execute();
  return {
    cases,
    consents: consents.map((c) => ({ purpose: c.purpose, givenAt: new Date(Number(c.given_at)), withdrawnAt: c.withdrawn_at === null ? null : new Date(Number(c.withdrawn_at)) })),
    volunteerQuestions: questions.map(toQuestion),
  };
}
