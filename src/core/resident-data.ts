/**
 * The resident's right of access (RGPD art. 15): everything the service holds about their conversation,
 * as JSON (complete, for reuse) and as readable text in their language (for them). Built from the store
 * alone, so what is shown is what is kept — nothing is described that the store does not hold.
 *
 * An earlier export sent in the conversation is left out of the next one (it would nest every time).
 */
import type { TFunction } from "i18next";
import type { Store } from "../store/store.js";
import type { CaseEvent } from "../records/case-record.js";
import type { ConversationRecord } from "../records/conversation-record.js";
import type { TranscriptMessage } from "../records/transcript-record.js";
import type { OutboundReply } from "./messages.js";
import { readState } from "./dialogue-state.js";

export interface ResidentDataExport {
  exportedAt: string;
  conversation: { channel: string; startedAt: string; lastMessageAt: string | null; language: string | null };
  messages: Array<{ at: string; from: "resident" | "bot" | "agent" | "volunteer"; name?: string; text: string }>;
  cases: Array<{
    reference: string;
    status: string;
    openedAt: string;
    closedAt: string | null;
    urgency: string;
    contact: { method: string; value: string | null; time: string | null };
    description: string;
    consentAt: string;
    events: Array<{ at: string; kind: CaseEvent["kind"]; author: string | null; text: string }>;
  }>;
  consents: Array<{ purpose: string; givenAt: string; withdrawnAt: string | null }>;
  volunteerQuestions: Array<{ at: string; sharedText: string; status: string }>;
  /** The answers given to the eligibility estimate's questions, kept in the conversation's state. */
  estimateAnswers: Record<string, unknown> | null;
}

export async function collectResidentData(store: Store, conversation: ConversationRecord, now: Date): Promise<ResidentDataExport> {
  const transcript = await store.listMessages(conversation.id);
  const records = await store.listResidentRecords(conversation.id);
  return {
    exportedAt: now.toISOString(),
    conversation: {
      channel: conversation.channel,
      startedAt: conversation.createdAt.toISOString(),
      lastMessageAt: conversation.lastInboundAt?.toISOString() ?? null,
      language: conversation.locale,
    },
    messages: transcript.flatMap(toExportedMessage),
    cases: records.cases.map((c) => ({
      reference: c.reference,
      status: c.status,
      openedAt: c.createdAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      urgency: c.urgency,
      contact: { method: c.contactMethod, value: c.contactValue, time: c.contactTime },
      description: c.description,
      consentAt: c.consentAt.toISOString(),
      events: c.events.map((e) => ({ at: e.createdAt.toISOString(), kind: e.kind, author: e.authorName, text: e.text })),
    })),
    consents: records.consents.map((c) => ({ purpose: c.purpose, givenAt: c.givenAt.toISOString(), withdrawnAt: c.withdrawnAt?.toISOString() ?? null })),
    volunteerQuestions: records.volunteerQuestions.map((q) => ({ at: q.createdAt.toISOString(), sharedText: q.text, status: q.status })),
    estimateAnswers: readState(conversation.state).estimate?.answers ?? null,
  };
}

function toExportedMessage(m: TranscriptMessage): ResidentDataExport["messages"] {
  const at = m.createdAt.toISOString();
  if (m.direction === "in") {
    const body = m.body as { text: string; payload?: string };
    return [{ at, from: "resident", text: body.text || (body.payload ? `[${body.payload}]` : "") }];
  }
  const replies = (m.body as { replies: OutboundReply[] }).replies.filter((r) => r.kind !== "data");
  if (replies.length === 0) return [];
  const from = m.author === "resident" ? "bot" : m.author;
  return [{ at, from, ...(m.authorName ? { name: m.authorName } : {}), text: replies.map(replyText).join("\n") }];
}

/** The words a reply showed, without its buttons' payloads. */
export function replyText(reply: OutboundReply): string {
  switch (reply.kind) {
    case "text":
    case "choices":
    case "emergency":
      return reply.text;
    case "link":
      return `${reply.label} — ${reply.url}`;
    case "entry":
      return reply.title;
    case "place":
      return reply.place.name;
    case "data":
      return reply.title;
  }
}

/** The readable version, in the resident's language (locales/<lng>/bot.json, group "mydata"). */
export function residentDataAsText(data: ResidentDataExport, t: TFunction, lang: string): string {
  const when = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(lang, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(iso)) : "—";
  const lines: string[] = [t("mydata.title"), t("mydata.exported_at", { at: when(data.exportedAt) }), ""];
  lines.push(t("mydata.conversation", { channel: data.conversation.channel, at: when(data.conversation.startedAt) }));
  lines.push("", t("mydata.messages_heading", { count: data.messages.length }));
  for (const m of data.messages) lines.push(`${when(m.at)} · ${t(`mydata.from.${m.from}`)}${m.name ? ` (${m.name})` : ""} : ${m.text}`);
  lines.push("", t("mydata.cases_heading", { count: data.cases.length }));
  for (const c of data.cases) {
    lines.push(t("mydata.case", { reference: c.reference, status: c.status, at: when(c.openedAt) }));
    lines.push(`  ${t("mydata.contact")} : ${[c.contact.method, c.contact.value, c.contact.time].filter(Boolean).join(" · ")}`);
    lines.push(`  ${t("mydata.description")} : ${c.description}`);
    for (const e of c.events) lines.push(`  ${when(e.at)} · ${t(`mydata.event.${e.kind}`)}${e.author ? ` (${e.author})` : ""} : ${e.text}`);
  }
  lines.push("", t("mydata.consents_heading", { count: data.consents.length }));
  for (const c of data.consents) lines.push(t("mydata.consent", { purpose: c.purpose, at: when(c.givenAt), withdrawn: c.withdrawnAt ? when(c.withdrawnAt) : "—" }));
  lines.push("", t("mydata.questions_heading", { count: data.volunteerQuestions.length }));
  for (const q of data.volunteerQuestions) lines.push(`${when(q.at)} · ${q.sharedText}`);
  if (data.estimateAnswers && Object.keys(data.estimateAnswers).length > 0) {
    const answers = Object.entries(data.estimateAnswers).map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join(", ") : String(v)}`);
    lines.push("", t("mydata.estimate"), answers.join(" · "));
  }
  lines.push("", t("mydata.rights"));
  return lines.join("\n");
}
