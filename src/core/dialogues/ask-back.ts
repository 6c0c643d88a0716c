/**
 * When the understanding is unsure (no topic clearly likelier than the others), the bot asks back with
 * the two or three likeliest topics and "talk to a person", rather than answering with a wrong card or
 * "I did not understand". Each choice opens what the message most likely wanted at that level: the
 * démarche for a procedure, the guide for a digital problem, the card otherwise.
 */
import type { Understanding } from "../understanding-port.js";
import { entryTitle } from "../entry-view.js";
import { offer, type Turn } from "../turn.js";
import { isDigital } from "./steps.js";

export function askBack(turn: Turn, understanding: Understanding): void {
  const { catalogue } = turn.deps;
  const choices: Array<{ label: string; payload: string }> = [];
  for (const id of understanding.entries) {
    const entry = catalogue.get(id);
    if (!entry) continue;
    const action = isDigital(entry) ? "digital" : understanding.level === 2 && entry.steps.length > 0 ? "apply" : "entry";
    choices.push({ label: entryTitle(entry, turn.lang), payload: `${action}:${entry.id}` });
  }
  choices.push({ label: turn.t("choice.talk"), payload: "talk" });
  choices.push({ label: turn.t("choice.other"), payload: "other" });
  offer(turn, turn.t("askback.prompt"), choices);
}
