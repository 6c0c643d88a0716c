/**
 * The modals opened by the case buttons (appointment, internal note, close with an outcome) and by the
 * review's "correct and publish". Which case or question they act on travels in private_metadata, which
 * Slack returns untouched; the submission is authorised again, since a modal may be submitted long
 * after it was opened.
 */
import type { types } from "@slack/bolt";
import { CASE_OUTCOMES } from "../../records/case-record.js";
import { clip } from "./slack-text.js";
import type { SlackStrings } from "./slack-strings.js";

export const VIEWS = {
  note: "case.note.submit",
  appointment: "case.appointment.submit",
  close: "case.close.submit",
  editQuestion: "question.edit.submit",
} as const;

const plain = (text: string): types.PlainTextElement => ({ type: "plain_text", text: clip(text, 150) });

function modal(callbackId: string, title: string, submit: string, s: SlackStrings, metadata: Record<string, string>, blocks: types.KnownBlock[]): types.ModalView {
  return {
    type: "modal",
    callback_id: callbackId,
    title: plain(clip(title, 24)),
    submit: plain(clip(submit, 24)),
    close: plain(clip(s("modal.cancel"), 24)),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

export function noteModal(caseId: string, s: SlackStrings): types.ModalView {
  return modal(VIEWS.note, s("modal.note_title"), s("modal.note_submit"), s, { caseId }, [
    { type: "input", block_id: "note", label: plain(s("modal.note_label")), element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 3000 } },
  ]);
}

export function appointmentModal(caseId: string, s: SlackStrings, today: string): types.ModalView {
  return modal(VIEWS.appointment, s("modal.appointment_title"), s("modal.appointment_submit"), s, { caseId }, [
    { type: "input", block_id: "date", label: plain(s("modal.appointment_date")), element: { type: "datepicker", action_id: "value", initial_date: today } },
    { type: "input", block_id: "time", label: plain(s("modal.appointment_time")), element: { type: "timepicker", action_id: "value", initial_time: "10:00" } },
    {
      type: "input",
      block_id: "place",
      label: plain(s("modal.appointment_place")),
      element: { type: "plain_text_input", action_id: "value", max_length: 200, placeholder: plain(s("modal.appointment_place_hint")) },
    },
    { type: "input", block_id: "message", optional: true, label: plain(s("modal.appointment_message")), element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 2000 } },
  ]);
}

export function closeModal(caseId: string, s: SlackStrings): types.ModalView {
  return modal(VIEWS.close, s("modal.close_title"), s("modal.close_submit"), s, { caseId }, [
    {
      type: "input",
      block_id: "outcome",
      label: plain(s("modal.close_outcome")),
      element: { type: "static_select", action_id: "value", options: CASE_OUTCOMES.map((o) => ({ text: plain(s(`outcome.${o}`)), value: o })) },
    },
    { type: "input", block_id: "note", optional: true, label: plain(s("modal.close_note")), element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 3000 } },
  ]);
}

export function editQuestionModal(questionId: string, text: string, s: SlackStrings): types.ModalView {
  return modal(VIEWS.editQuestion, s("modal.edit_title"), s("modal.edit_submit"), s, { questionId }, [
    { type: "input", block_id: "text", label: plain(s("modal.edit_label")), element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 3000, initial_value: text } },
  ]);
}
