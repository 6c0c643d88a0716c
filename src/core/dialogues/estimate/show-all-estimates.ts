/** The answer for all four benefits at once ("vérifier mes droits"). */
import type { Benefit, Estimate } from "../../../estimate/estimate.js";
import type { EstimateDraft } from "../../dialogue-state.js";
import { entryTitle } from "../../entry-view.js";
import { offer, say, type Turn } from "../../turn.js";
import { ENTRY_OF } from "./estimable-benefits.js";
import { assumptions, bidiName, euros, headline, longDate, reasonText, simulatorLink } from "./estimate-wording.js";
import { encodePayload } from "../../payloads.js";

export function showAllEstimates(turn: Turn, draft: EstimateDraft, result: Estimate): void {
  const lines = [turn.t("estimate.all.intro")];
  const found: Benefit[] = [];
  let figuresFrom = "";
  let unconfirmed = false;
  for (const benefit of ["rsa", "prime_activite", "aspa", "css"] as const) {
    const detail = result.details[benefit];
    if (benefit === "aspa" && result.aspa === null) continue;
    if (detail.figuresFrom > figuresFrom) figuresFrom = detail.figuresFrom;
    if (detail.unconfirmed.length) unconfirmed = true;
    const entry = turn.deps.catalogue.get(ENTRY_OF[benefit]);
    const name = bidiName(turn, entry ? entryTitle(entry, turn.lang) : turn.t(`estimate.benefit.${benefit}`));
    const { positive } = headline(turn, benefit, result);
    if (positive) found.push(benefit);
    if (benefit === "css" && result.css === "gratuite") lines.push(turn.t("estimate.all.line_css_free", { benefit: name }));
    else if (benefit === "css" && result.css === "participation") lines.push(turn.t("estimate.all.line_css_participation", { benefit: name, fee: euros(detail.amount, turn.lang) }));
    else if (positive) lines.push(turn.t("estimate.all.line_amount", { benefit: name, amount: euros(detail.amount, turn.lang) }));
    else {
      const why = detail.reasons.find((r) => !["rsa.housing", "rsa.family_benefits", "rsa.isolated_parent", "ppa.bonus"].includes(r.code));
      lines.push(turn.t("estimate.all.line_none", { benefit: name }) + (why ? ` ${reasonText(turn, why)}` : ""));
    }
  }
  say(turn, lines.join("\n"));
  say(turn, turn.t(found.length ? "estimate.all.non_take_up" : "estimate.all.nothing_found"));
  const notes = [turn.t("estimate.result.figures", { date: longDate(figuresFrom, turn.lang) })];
  if (unconfirmed) notes.push(turn.t("estimate.result.unconfirmed"));
  notes.push(assumptions(turn, draft), turn.t("estimate.all.disclaimer"));
  say(turn, notes.join(" "));
  simulatorLink(turn, "all");
  const choices: Array<{ label: string; payload: string }> = [];
  for (const benefit of found) {
    const entry = turn.deps.catalogue.get(ENTRY_OF[benefit]);
    if (entry) choices.push({ label: turn.t("estimate.apply_for", { title: bidiName(turn, entryTitle(entry, turn.lang)) }), payload: encodePayload({ kind: "apply", entryId: entry.id, restart: false }) });
  }
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk" }) });
  choices.push({ label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) });
  offer(turn, turn.t("entry.next"), choices);
}
