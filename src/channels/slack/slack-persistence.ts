/**
 * What the Slack channel keeps of its own, declared here and implemented by the store (the app hands the
 * store over as this): the inbox and the event ids already handled, the outbox of Slack calls (one FIFO
 * per Slack channel, see migration 0002 for why a table of its own), and the mirror — which Slack
 * message shows which case or question. Everything else about cases, conversations and agents the
 * channel reads and changes through the core.
 */
import type { ChannelInbox } from "../channel-inbox.js";
import type { ChannelName } from "../../core/messages.js";
import type { CaseChanges } from "../../records/case-record.js";
import type { NewJob } from "../../records/job-record.js";
import type { OutboxStats } from "../../records/outbox-record.js";
import type { VolunteerQuestionChanges } from "../../records/volunteer-record.js";

export interface SlackOutboxItem {
  id: number;
  slackChannel: string;
  /** What to do (post, update, react…), JSON; validated by the Slack channel. */
  op: Record<string, unknown>;
  dedupeKey: string | null;
  attempts: number;
  status: "pending" | "sent" | "dead";
  availableAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export interface NewSlackOutboxItem {
  slackChannel: string;
  op: Record<string, unknown>;
  /** Enqueue at most once ever with this key. */
  dedupeKey?: string;
  /** Enqueue only if no pending item has this key (an update that a pending one will already make). */
  coalesceKey?: string;
  availableAt: Date;
}

/** The agents' and volunteers' Slack calls: one FIFO per Slack channel. */
export interface SlackOutboxStore {
  /** Undefined when dedupeKey was already used, or a pending item with the same coalesceKey waits. */
  enqueueSlackOutbox(item: NewSlackOutboxItem): Promise<number | undefined>;
  /** The oldest pending item of each Slack channel, if due and not leased; leased for leaseMs. */
  claimDueSlackOutbox(now: Date, limit: number, leaseMs: number): Promise<SlackOutboxItem[]>;
  /** Sent; the channel's next items wait until nextInChannelAt (one message per second per channel). */
  markSlackOutboxSent(id: number, now: Date, nextInChannelAt: Date): Promise<void>;
  markSlackOutboxRetry(id: number, availableAt: Date, error: string): Promise<void>;
  markSlackOutboxDead(id: number, error: string): Promise<void>;
  /** Deletes sent and dead items created before `before`. */
  pruneSlackOutbox(before: Date): Promise<number>;
}

/** A thread on a platform (Slack channel + message ts) that mirrors a case or a volunteer question. */
export interface ExternalThread {
  platform: string;
  channel: string;
  threadId: string;
  subjectKind: "case" | "question";
  subjectId: string;
}

export interface ExternalThreadStore {
  linkExternalThread(thread: ExternalThread): Promise<void>;
  findExternalThread(platform: string, channel: string, threadId: string): Promise<ExternalThread | undefined>;
}

/** The inbox of events, and the ids already handled: Slack retries, and a signature must not be replayed. */
export interface SlackInbox extends ChannelInbox {
  /** Claims an event id or a request signature: true the first time, false for a retry or a replay. */
  recordInbound(channel: ChannelName, platformMessageId: string, now: Date): Promise<boolean>;
  /** Releases a claim whose handling failed, so that Slack's retry is handled. */
  forgetInbound(channel: ChannelName, platformMessageId: string): Promise<void>;
}

export interface SlackPersistence extends SlackInbox, SlackOutboxStore, ExternalThreadStore {
  /** The backlog of every outbox; the Slack outbox's lag alert reads its own line. */
  outboxStats(): Promise<OutboxStats[]>;
  /** The outbox's daily pruning is a durable job. */
  scheduleJob(job: NewJob): Promise<boolean>;
  /** Where a case is mirrored: the only change of a case the channel writes itself. */
  updateCase(id: string, changes: Pick<CaseChanges, "externalRefs">): Promise<void>;
  /** Where a question is mirrored, and who reviewed it there. */
  updateVolunteerQuestion(id: string, changes: Pick<VolunteerQuestionChanges, "externalRefs">): Promise<void>;
}
