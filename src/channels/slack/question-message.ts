/**
 * Messages about a question shared with volunteers: the post in the volunteers' channel (the redacted
 * text only, nothing that links it to a resident, a conversation or a case) and, when the redaction left
 * unknown words, the review post in the agents' channel with publish / correct / decline buttons.
 */
import type { types } from "@slack/bolt";
import type { VolunteerQuestion } from "../../records/volunteer-record.js";
import { languageName } from "./case-message.js";
import { clip, inertText, quote } from "./slack-text.js";
import type { SlackStrings } from "./slack-strings.js";

export const QUESTION_ACTIONS = {
  publish: "question.publish",
  edit: "question.edit",
  decline: "question.decline",
} as const;

const SECTION_MAX = 2900;

export function renderVolunteerPost(question: VolunteerQuestion, s: SlackStrings): { text: string; blocks: types.KnownBlock[] } {
  const text = inertText(question.text);
  const blocks: types.KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: clip(`*${s("question.header", { language: inertText(languageName(question.language)) })}*\n${quote(text)}`, SECTION_MAX) } },
    { type: "context", elements: [{ type: "mrkdwn", text: s("question.hint") }] },
  ];
  if (question.answerCount > 0) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: s("question.answered", { count: question.answerCount }) }] });
  return { text: s("question.fallback", { text: clip(text, 200) }), blocks };
}

export function renderReviewPost(question: VolunteerQuestion, s: SlackStrings, decidedBy?: string): { text: string; blocks: types.KnownBlock[] } {
  const text = inertText(question.text);
  const blocks: types.KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: clip(`*${s("question.review_header", { language: inertText(languageName(question.language)) })}*\n${quote(text)}`, SECTION_MAX) } },
  ];
  if (question.unknownWords.length > 0) {
    const words = question.unknownWords.map((w) => `\`${inertText(w).replace(/`/g, "'")}\``).join(", ");
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: clip(s("question.review_unknown", { words }), 2000) }] });
  }
  if (question.status === "review") {
    blocks.push({
      type: "actions",
      block_id: `question:${question.id}`,
      elements: [
        { type: "button", action_id: QUESTION_ACTIONS.publish, style: "primary", text: { type: "plain_text", text: s("question.buttons.publish") }, value: question.id },
        { type: "button", action_id: QUESTION_ACTIONS.edit, text: { type: "plain_text", text: s("question.buttons.edit") }, value: question.id },
        { type: "button", action_id: QUESTION_ACTIONS.decline, style: "danger", text: { type: "plain_text", text: s("question.buttons.decline") }, value: question.id },
      ],
    });
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: s("question.review_hint") }] });
  } else {
    const line = question.status === "declined" ? "question.declined" : "question.published";
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: s(line, { agent: decidedBy ?? s("someone.agent") }) }] });
  }
  return { text: s("question.fallback", { text: clip(text, 200) }), blocks };
}
