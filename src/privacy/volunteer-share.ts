/**
 * The privacy side of sharing a resident's question with volunteers, in one decision used by the
 * volunteers' dialogue (core/dialogues/volunteer.ts) and measured by scripts/eval-redaction.mjs:
 *
 * - "agents": a personal story or a health detail (personal-situation.ts, health-spans.ts) — never shown
 *   to volunteers; an agent, bound by professional secrecy, answers;
 * - "review": the redacted text still holds something doubtful — a word no vocabulary knows (the
 *   catalogue's and the bot's French, unknown-words.ts) or one of the redactor's own doubts (a listed
 *   name, an unclassified number, mail remnants, a health word in a general sentence) — or the message
 *   carried personal data at all: the redactor removed some, and where one value was written another may
 *   be written in a way no detector knows, so an agent reads it before any volunteer does (a question
 *   with nothing personal in it goes straight to the volunteers; one with a name waits a few minutes:
 *   a breach costs more than the wait);
 * - "open": the redacted text goes to the volunteers.
 *
 * The dialogue checks a crisis and the understanding's level before this (both only keep more from
 * volunteers, never less).
 */
import { looksPersonal } from "./personal-situation.js";
import { redactPersonalData, type Redaction } from "./redact.js";
import { unknownWords, type Vocabulary } from "./unknown-words.js";

export type ShareRoute = "agents" | "review" | "open";

export interface ShareDecision {
  route: ShareRoute;
  redaction: Redaction;
  /** Words and numbers an agent should look at before publishing (unknown words, then the doubts). */
  held: string[];
  /** Why: "health", "personal", "unknown-words", "doubt". */
  reasons: string[];
}

export function decideVolunteerShare(text: string, vocabulary: Vocabulary): ShareDecision {
  const redaction = redactPersonalData(text);
  const reasons: string[] = [];
  if (redaction.health) reasons.push("health");
  if (looksPersonal(text)) reasons.push("personal");
  if (reasons.length > 0) return { route: "agents", redaction, held: [], reasons };
  const unknown = unknownWords(redaction.text, vocabulary);
  if (unknown.length > 0) reasons.push("unknown-words");
  if (redaction.doubt) reasons.push("doubt");
  if (redaction.found.length > 0) reasons.push("redacted");
  const held = [...new Set([...unknown, ...redaction.doubts])];
  return { route: reasons.length > 0 ? "review" : "open", redaction, held, reasons };
}
