/**
 * The case message in the agents' channel (Block Kit): summary, urgency, level, subject, language,
 * waiting time, contact, status and the resident's request, with the buttons that act on it. Rendered
 * from the store each time it is posted or updated, so Slack shows what the console shows.
 * Everything that comes from the resident (or from a console agent's name) goes through inertText.
 */
import type { types } from "@slack/bolt";
import type { CaseRecord } from "../../records/case-record.js";
import { clip, inertText, quote } from "./slack-text.js";
import { formatDuration, type SlackStrings } from "./slack-strings.js";

export const CASE_ACTIONS = {
  take: "case.take",
  appointment: "case.appointment",
  note: "case.note",
  close: "case.close",
} as const;

export interface CaseView {
  record: CaseRecord;
  /** The resident's channel ("web", "telegram"…), null when the conversation was erased. */
  channel: string | null;
  entryTitle: string | null;
  /** Who holds the case, ready for mrkdwn ("<@U123>" or an inert console name). */
  agentLabel: string | null;
  /** The resident erased their data: nothing personal is shown any more. */
  erased: boolean;
  now: Date;
}

const SECTION_MAX = 2900;

export function renderCaseMessage(view: CaseView, s: SlackStrings): { text: string; blocks: types.KnownBlock[] } {
  const { record } = view;
  const header = `${s("case.header", { reference: record.reference })}`;
  if (view.erased) {
    return {
      text: s("case.fallback", { reference: record.reference, summary: s("case.status.erased") }),
      blocks: [
        { type: "header", text: { type: "plain_text", text: clip(header, 150) } },
        { type: "section", text: { type: "mrkdwn", text: `${s("case.status.erased")}\n${s("case.erased_text")}` } },
      ],
    };
  }
  const language = languageName(record.language);
  const since = (end: Date) => formatDuration(s, end.getTime() - record.createdAt.getTime());
  const waiting =
    record.status === "open"
      ? s("case.waiting", { duration: since(view.now) })
      : record.status === "claimed" && record.claimedAt
        ? s("case.waited_claim", { duration: since(record.claimedAt) })
        : record.closedAt
          ? s("case.waited", { duration: since(record.closedAt) })
          : "—";
  const contact = [
    s(`case.contact.${record.contactMethod}`, {
      channel: s(`case.channel.${view.channel ?? "web"}`),
      value: inertText(record.contactValue ?? ""),
      defaultValue: inertText(record.contactMethod),
    }),
    record.contactTime ? s("case.contact_time", { time: inertText(s(`case.time.${record.contactTime}`, { defaultValue: record.contactTime })) }) : "",
  ]
    .filter(Boolean)
    .join("\n");
  const fields: types.MrkdwnElement[] = [
    field(s("case.fields.summary"), inertText(record.summary)),
    field(s("case.fields.urgency"), s(`case.urgency.${record.urgency}`)),
    field(s("case.fields.level"), s(`case.level.${record.level}`, { defaultValue: String(record.level) })),
    field(s("case.fields.entry"), view.entryTitle ? inertText(view.entryTitle) : s("case.no_entry")),
    field(s("case.fields.language"), inertText(language)),
    field(s("case.fields.waiting"), waiting),
    field(s("case.fields.contact"), contact),
    field(s("case.fields.status"), statusLine(view, s)),
  ];
  const blocks: types.KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: clip(`${urgencyMark(record.urgency)} ${header}`, 150) } },
    { type: "section", fields },
    {
      type: "section",
      text: { type: "mrkdwn", text: clip(`*${s("case.fields.request")}*\n${quote(inertText(record.description))}`, SECTION_MAX) },
    },
  ];
  if (record.status === "open" || record.status === "claimed") {
    const buttons: types.Button[] = [];
    if (record.status === "open") buttons.push(button(CASE_ACTIONS.take, s("case.buttons.take"), record.id, "primary"));
    buttons.push(button(CASE_ACTIONS.appointment, s("case.buttons.appointment"), record.id));
    buttons.push(button(CASE_ACTIONS.note, s("case.buttons.note"), record.id));
    buttons.push(button(CASE_ACTIONS.close, s("case.buttons.close"), record.id, "danger"));
    blocks.push({ type: "actions", block_id: `case:${record.id}`, elements: buttons });
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: s("case.hint") }] });
  }
  return { text: s("case.fallback", { reference: record.reference, summary: inertText(clip(record.summary, 200)) }), blocks };
}

function statusLine(view: CaseView, s: SlackStrings): string {
  const { record } = view;
  switch (record.status) {
    case "open":
      return s("case.status.open");
    case "claimed":
      return s("case.status.claimed", { agent: view.agentLabel ?? s("someone.agent") });
    case "closed":
      return s("case.status.closed", { outcome: s(`outcome.${record.outcome ?? "other"}`) });
    case "cancelled":
      return s("case.status.cancelled");
  }
}

function field(title: string, value: string): types.MrkdwnElement {
  return { type: "mrkdwn", text: clip(`*${title}*\n${value}`, 1900) };
}

function button(actionId: string, label: string, value: string, style?: "primary" | "danger"): types.Button {
  return { type: "button", action_id: actionId, text: { type: "plain_text", text: clip(label, 75) }, value, ...(style ? { style } : {}) };
}

function urgencyMark(urgency: CaseRecord["urgency"]): string {
  return urgency === "urgent" ? "🔴" : urgency === "high" ? "🟠" : "⚪";
}

/** "fr" → "français", in French (the agents' language); the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["fr"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
