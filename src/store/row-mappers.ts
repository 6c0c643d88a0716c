/**
 * Row ↔ record conversions. Dates are epoch milliseconds in the database (see database.ts); JSON
 * columns are text. Values read back are our own writes, but records the rest of the code trusts
 * (channel references, external refs, job payloads, transcript bodies, outbox messages) are still
 * checked with zod so that a hand-edited or corrupted row fails loudly here instead of deep inside a
 * channel.
 */
import { z } from "zod";
import type { Selectable } from "kysely";
import type { ChannelName } from "../core/messages.js";
import { inboundBodySchema, outboundBodySchema, outboxMessageSchema } from "./message-schemas.js";
import type { AgentRecord } from "./agents.js";
import type { CaseEvent, CaseEventKind, CaseOutcome, CaseRecord, CaseStatus, Urgency } from "./cases.js";
import type { ConversationRecord } from "./conversations.js";
import type { JobRecord } from "./jobs.js";
import type { OutboxItem } from "./outbox.js";
import type { TranscriptMessage } from "./transcript.js";
import type {
  AgentsTable,
  CaseEventsTable,
  CasesTable,
  ConversationsTable,
  DeliveryStateColumns,
  JobsTable,
  OutboxTable,
  TranscriptTable,
} from "./database.js";

const channelReferenceSchema = z.record(z.string(), z.union([z.string(), z.number()])).nullable();
const stringRecordSchema = z.record(z.string(), z.string());
const payloadSchema = z.record(z.string(), z.unknown());

/** Numbers from pg BIGINT arrive as numbers (type parser in open-store.ts); strings are tolerated. */
export function toMs(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid date given to the store");
  return ms;
}
export function fromMs(value: number | string): Date {
  return new Date(Number(value));
}
export function fromMsOrNull(value: number | string | null): Date | null {
  return value === null ? null : fromMs(value);
}

export function toConversation(row: Selectable<ConversationsTable>): ConversationRecord {
  return {
    id: row.id,
    channel: row.channel as ChannelName,
    externalId: row.external_id,
    locale: row.locale,
    state: JSON.parse(row.state) as unknown,
    channelReference: row.channel_reference === null ? null : channelReferenceSchema.parse(JSON.parse(row.channel_reference)),
    unreachable: Number(row.unreachable) === 1,
    createdAt: fromMs(row.created_at),
    updatedAt: fromMs(row.updated_at),
    lastInboundAt: fromMsOrNull(row.last_inbound_at),
  };
}

export function toTranscriptMessage(row: Selectable<TranscriptTable>): TranscriptMessage {
  const direction = row.direction as TranscriptMessage["direction"];
  // A resident's message holds what they typed; the bot's, an agent's or a volunteer's holds replies.
  const bodySchema = direction === "in" ? inboundBodySchema : outboundBodySchema;
  return {
    seq: Number(row.seq),
    conversationId: row.conversation_id,
    direction,
    author: row.author as TranscriptMessage["author"],
    authorName: row.author_name,
    body: bodySchema.parse(JSON.parse(row.body)),
    createdAt: fromMs(row.created_at),
  };
}

/** What an item of either outbox says of its delivery. */
export function toDeliveryState(row: Selectable<DeliveryStateColumns>): Pick<OutboxItem, "attempts" | "status" | "availableAt" | "lastError" | "createdAt"> {
  return {
    attempts: Number(row.attempts),
    status: row.status as OutboxItem["status"],
    availableAt: fromMs(row.available_at),
    lastError: row.last_error,
    createdAt: fromMs(row.created_at),
  };
}

export function toOutboxItem(row: Selectable<OutboxTable>): OutboxItem {
  return {
    id: Number(row.id),
    conversationId: row.conversation_id,
    channel: row.channel as ChannelName,
    message: outboxMessageSchema.parse(JSON.parse(row.message)),
    ...toDeliveryState(row),
  };
}

export function toCase(row: Selectable<CasesTable>): CaseRecord {
  return {
    id: row.id,
    reference: row.reference,
    conversationId: row.conversation_id,
    status: row.status as CaseStatus,
    urgency: row.urgency as Urgency,
    level: Number(row.level),
    entryId: row.entry_id,
    crisis: row.crisis,
    summary: row.summary,
    contactMethod: row.contact_method,
    contactValue: row.contact_value,
    contactTime: row.contact_time,
    description: row.description,
    language: row.language,
    consentAt: fromMs(row.consent_at),
    assignedAgentId: row.assigned_agent_id,
    outcome: row.outcome as CaseOutcome | null,
    createdAt: fromMs(row.created_at),
    claimedAt: fromMsOrNull(row.claimed_at),
    closedAt: fromMsOrNull(row.closed_at),
    externalRefs: stringRecordSchema.parse(JSON.parse(row.external_refs)),
    anonymisedAt: fromMsOrNull(row.anonymised_at),
  };
}

export function toCaseEvent(row: Selectable<CaseEventsTable>): CaseEvent {
  return {
    id: Number(row.id),
    caseId: row.case_id,
    kind: row.kind as CaseEventKind,
    agentId: row.agent_id,
    authorName: row.author_name,
    text: row.text,
    createdAt: fromMs(row.created_at),
  };
}

export function toAgent(row: Selectable<AgentsTable>): AgentRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role as AgentRecord["role"],
    createdAt: fromMs(row.created_at),
    disabledAt: fromMsOrNull(row.disabled_at),
  };
}

export function toJob(row: Selectable<JobsTable>): JobRecord {
  return {
    id: Number(row.id),
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    payload: payloadSchema.parse(JSON.parse(row.payload)),
    runAt: fromMs(row.run_at),
    status: row.status as JobRecord["status"],
    attempts: Number(row.attempts),
    leaseUntil: fromMsOrNull(row.lease_until),
    lastError: row.last_error,
  };
}
