/** The answer for one benefit. */
import type { Benefit, Estimate } from "../../../estimate/estimate.js";
import type { EstimateDraft } from "../../dialogue-state.js";
import { offer, say, type Turn } from "../../turn.js";
import { ENTRY_OF } from "./estimable-benefits.js";
import { assumptions, headline, longDate, reasonText, simulatorLink } from "./estimate-wording.js";
import { encodePayload } from "../../payloads.js";

export function showOneEstimate(turn: Turn, draft: EstimateDraft, benefit: Benefit, result: Estimate): void {
  const detail = result.details[benefit];
  const { text, positive } = headline(turn, benefit, result);
  const reasons = detail.reasons.map((r) => `• ${reasonText(turn, r)}`);
  const lines = [text];
  if (reasons.length) lines.push(turn.t(positive ? "estimate.result.conditions" : "estimate.result.what_changes"), ...reasons);
  say(turn, lines.join("\n"));
  const notes = [turn.t("estimate.result.figures", { date: longDate(detail.figuresFrom, turn.lang) })];
  if (detail.unconfirmed.length) notes.push(turn.t("estimate.result.unconfirmed"));
  notes.push(assumptions(turn, draft), turn.t("estimate.result.disclaimer", { who: turn.t(`estimate.who.${benefit}`) }));
  say(turn, notes.join(" "));
  simulatorLink(turn, benefit);
  const entryId = ENTRY_OF[benefit];
  const entry = turn.deps.catalogue.get(entryId);
  const choices: Array<{ label: string; payload: string }> = [];
  if (!positive) say(turn, turn.t("estimate.result.person"));
  if (positive && entry) choices.push({ label: turn.t("choice.how_to_apply"), payload: encodePayload({ kind: "apply", entryId, restart: false }) });
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk", entryId }) });
  if (!positive && entry) choices.push({ label: turn.t("choice.how_to_apply"), payload: encodePayload({ kind: "apply", entryId, restart: false }) });
  choices.push({ label: turn.t("estimate.check_all"), payload: encodePayload({ kind: "estimate-reuse", target: "all" }) });
  choices.push({ label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) });
  offer(turn, turn.t("entry.next"), choices);
}
