/**
 * What the core offers to channels, the agent console and the CLI. Adapters never reach into dialogues
 * or the store: they call these operations, so that every agents' view (the web console, a team chat)
 * always shows and changes the same case state, and every channel follows the same rules for
 * conversations (choice checking, reachability). What a channel keeps of its own (an inbox, a mirror) it
 * declares in its own folder, and the app hands it the store's implementation.
 */
import type { ResidentDataExport } from "./resident-data.js";
import type { InboundMessage, OutboundReply } from "./messages.js";
import type { CaseOutcome, CaseRecord } from "../records/case-record.js";
import type { CoreEvents } from "./core-events.js";
import type { Helper, QuestionReview } from "./volunteer-actions.js";
import type { VolunteerQuestion } from "../records/volunteer-record.js";
import type { CasePermissions } from "./case-permissions.js";
import type { CaseTimers } from "./case-timers.js";
import type { ChannelRegistry } from "./channel-traits.js";
import type { AgentViews } from "./agent-views.js";
import type { ConversationAccess } from "./conversation-access.js";
import type { OutboxWorker, OutboxWorkerOptions } from "../delivery/outbox-worker.js";

export interface HandleResult {
  /** True when this platform message id was already handled: nothing was done. */
  duplicate: boolean;
  conversationId: string;
  /** The transcript seq of the resident's message, the first one this turn wrote; 0 for a duplicate or
   * a degraded turn. With `lastSeq` it bounds the turn's messages (the web answer carries them). */
  firstSeq: number;
  /** The last transcript seq written by this turn (the resident's message or the bot's reply); 0 for
   * a duplicate or a degraded turn. The web push channel resumes after it. */
  lastSeq: number;
  /** The replies the bot produced for this turn (also written to the transcript and, for push
   * channels, to the outbox). Empty while an agent holds the conversation. */
  replies: OutboundReply[];
  /** The language the bot speaks in this conversation after the turn (detected or chosen), when known:
   * a channel with its own interface (a web page) follows it. */
  language?: string;
  /** Set when the store failed during a crisis turn: the emergency replies were NOT written to the
   * outbox, so a push channel must send `replies` itself, directly. */
  degraded?: boolean;
}

export { CaseActionError, type AgentIdentity, type CaseActionErrorCode } from "./case-action-error.js";
import type { AgentIdentity } from "./case-action-error.js";

export interface AccueilCore extends ConversationAccess, AgentViews {
  /** One resident turn: dedupe, crisis check, handoff check, understand, dialogue, replies. */
  handleInbound(message: InboundMessage): Promise<HandleResult>;

  /** Agent operations on a case (the console and every agents' channel call the same ones). */
  claimCase(caseId: string, agent: AgentIdentity): Promise<CaseRecord>;
  /** Relays the agent's words, unchanged, to the resident; the bot stays silent meanwhile. */
  replyToResident(caseId: string, agent: AgentIdentity, text: string): Promise<void>;
  /** Never relayed to the resident. */
  addInternalNote(caseId: string, agent: AgentIdentity, text: string): Promise<void>;
  /** Ends the handoff: the bot speaks again in that conversation. */
  closeCase(caseId: string, agent: AgentIdentity, outcome: CaseOutcome, note?: string): Promise<CaseRecord>;
  /** Supervisors: gives an active case to another enabled agent, or (null) puts it back to be taken. */
  reassignCase(caseId: string, supervisor: AgentIdentity, toAgentId: string | null): Promise<CaseRecord>;
  /** Supervisors: a closed case is open again, to be taken (unless its personal data was erased). */
  reopenCase(caseId: string, supervisor: AgentIdentity): Promise<CaseRecord>;
  /** Writes "read" in the audit log (at most once every few minutes per agent and case). */
  recordCaseRead(caseId: string, agent: AgentIdentity): Promise<void>;
  /** What this agent may do with this case (the console shows only those actions). */
  permissionsFor(record: CaseRecord, agent: AgentIdentity): Promise<CasePermissions>;

  /** Relays a volunteer's (or an agent's) answer to a question shared with volunteers, marked as such. */
  relayVolunteerAnswer(questionId: string, helper: Helper, text: string): Promise<VolunteerQuestion>;
  /** An agent publishes (possibly corrected) or declines a question shared with volunteers. */
  reviewVolunteerQuestion(questionId: string, agent: AgentIdentity, review: QuestionReview): Promise<VolunteerQuestion>;

  /** Right to erasure, asked by the resident (e.g. /oubli, a "clear" button). */
  eraseConversation(conversationId: string): Promise<void>;
  /** Right of access: what is stored about a conversation, as data and as text in its language. */
  residentData(conversationId: string): Promise<{ data: ResidentDataExport; text: string } | undefined>;

  /** Sends what the core queued for a channel that pushes, with that channel's sender and at its pace
   * (order per conversation, retries, 429 waits, dead letters: delivery/outbox-worker.ts). */
  startOutboxWorker(options: Omit<OutboxWorkerOptions, "store">): OutboxWorker;

  /** Readable names for the console: catalogue entry titles and theme names, in this language (French if none). */
  labels(lang: string): ConsoleLabels;

  /** Service levels: the durable timers' job handlers, reminders for agents' views, and channels'
   * renderers of reminders (see case-timers.ts). */
  readonly caseTimers: CaseTimers;
  /** What each channel can do, as adapters declared it. */
  readonly channels: ChannelRegistry;

  readonly events: CoreEvents;
}

export interface ConsoleLabels {
  /** Catalogue id → title. */
  entries: Record<string, string>;
  /** Theme (catalogue category) → name. */
  themes: Record<string, string>;
}
