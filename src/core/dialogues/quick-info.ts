/**
 * Level 1, quick information: the entry card (plain summary, key figures with their date, who decides,
 * official link), useful numbers, then what the resident can do next.
 */
import { entryCard, entryTitle } from "../entry-view.js";
import { translatePhrase } from "../../catalogue/translations.js";
import { offer, say, type Turn } from "../turn.js";
import { placesForKinds } from "./places.js";
import { canEstimate } from "./estimate/estimable-benefits.js";
import { encodePayload } from "../payloads.js";

const MAX_SUGGESTIONS = 2;

export function showEntry(turn: Turn, entryId: string, alternatives: readonly string[] = []): void {
  const { catalogue } = turn.deps;
  const entry = catalogue.get(entryId);
  if (!entry) return;
  turn.state.entryId = entry.id;
  turn.state.mode = "idle";
  turn.replies.push(entryCard(entry, turn.lang, turn.t));
  if (entry.phones.length > 0) {
    say(turn, [turn.t("entry.phones"), ...entry.phones.map((p) => `${p.number} : ${translatePhrase(entry, turn.lang, p.label)}`)].join("\n"));
  }

  const choices: Array<{ label: string; payload: string }> = [];
  if (canEstimate(turn, entry.id)) choices.push({ label: turn.t("choice.estimate"), payload: encodePayload({ kind: "estimate", target: entry.id }) });
  const isDigitalGuide = entry.levels.length === 1 && entry.levels[0] === 4;
  if (isDigitalGuide && entry.steps.length > 0) choices.push({ label: turn.t("choice.how_to_apply"), payload: encodePayload({ kind: "digital", entryId: entry.id, restart: false }) });
  else if (entry.steps.length > 0 || entry.documents.length > 0 || entry.online) {
    choices.push({ label: turn.t("choice.how_to_apply"), payload: encodePayload({ kind: "apply", entryId: entry.id, restart: false }) });
  }
  if (placesForKinds(turn, entry.where).length > 0) choices.push({ label: turn.t("choice.where"), payload: encodePayload({ kind: "where", entryId: entry.id, offset: 0 }) });
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk", entryId: entry.id }) });

  // Other candidates from the understanding first, then the entry's related rights ("droits connexes").
  const suggestions = [...alternatives, ...entry.related]
    .filter((id, i, all) => id !== entry.id && all.indexOf(id) === i && catalogue.get(id))
    .slice(0, MAX_SUGGESTIONS);
  for (const id of suggestions) {
    const other = catalogue.get(id);
    if (other) choices.push({ label: turn.t("choice.more_about", { title: entryTitle(other, turn.lang) }), payload: encodePayload({ kind: "entry", entryId: id }) });
  }
  choices.push({ label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) });
  offer(turn, turn.t("entry.next"), choices);
}
