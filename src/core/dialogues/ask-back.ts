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
import { encodePayload, type Payload } from "../payloads.js";

export function askBack(turn: Turn, understanding: Understanding): void {
  const { catalogue } = turn.deps;
  const choices: Array<{ label: string; payload: string }> = [];
  for (const id of understanding.entries) {
    const entry = catalogue.get(id);
    if (!entry) continue;
    const payload: Payload = isDigital(entry)
      ? { kind: "digital", entryId: entry.id, restart: false }
      : understanding.level === 2 && entry.steps.length > 0
        ? { kind: "apply", entryId: entry.id, restart: false }
        : { kind: "entry", entryId: entry.id };
    choices.push({ label: entryTitle(entry, turn.lang), payload: encodePayload(payload) });
  }
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk" }) });
  choices.push({ label: turn.t("choice.other"), payload: encodePayload({ kind: "other" }) });
  offer(turn, turn.t("askback.prompt"), choices);
}
