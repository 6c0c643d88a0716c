/**
 * Level 0: greetings, thanks, goodbyes and out-of-scope messages get a short polite answer that says
 * what the bot can do; a message the bot did not understand gets an honest answer, tips to rephrase,
 * the themes, and after two misses in a row the offer of a person.
 */
import type { Understanding } from "../understanding-port.js";
import { offer, say, type Turn } from "../turn.js";
import { showThemes } from "./welcome.js";
import { addVolunteerChoice } from "./volunteer.js";
import { offerSavedGuide } from "./steps.js";
import { encodePayload } from "../payloads.js";

/** Consecutive misses after which a person is offered. */
const MISSES_BEFORE_HUMAN = 2;

export function answerSmallTalk(turn: Turn, intent: Understanding["intent"]): void {
  switch (intent) {
    case "greeting":
      turn.state.misses = 0;
      say(turn, turn.t("smalltalk.greeting"));
      offerSavedGuide(turn);
      showThemes(turn);
      return;
    case "thanks":
      turn.state.misses = 0;
      say(turn, turn.t("smalltalk.thanks"));
      return;
    case "goodbye":
      turn.state.misses = 0;
      say(turn, turn.t("smalltalk.goodbye"));
      return;
    default:
      // Out of scope counts as a miss: a resident whose words the bot keeps failing to place (gibberish,
      // an unusual way of putting a real problem) is offered a person after two tries.
      turn.state.misses += 1;
      say(turn, turn.t("smalltalk.out_of_scope"));
      if (turn.state.misses >= MISSES_BEFORE_HUMAN) offerHuman(turn);
      else showThemes(turn);
      // Out of the bot's scope is often within a volunteer's (a bus timetable, a club's hours).
      addVolunteerChoice(turn);
  }
}

function offerHuman(turn: Turn): void {
  offer(turn, turn.t("notunderstood.offer_human"), [
    { label: turn.t("choice.talk"), payload: encodePayload({ kind: "talk" }) },
    { label: turn.t("choice.themes"), payload: encodePayload({ kind: "cmd", command: "help" }) },
  ]);
}

export function answerNotUnderstood(turn: Turn): void {
  turn.state.misses += 1;
  say(turn, turn.t("notunderstood.honest"));
  if (turn.state.misses >= MISSES_BEFORE_HUMAN) offerHuman(turn);
  else {
    say(turn, turn.t("notunderstood.tips"));
    showThemes(turn);
  }
  // The question the bot could not answer may go to volunteers, anonymously (dialogues/volunteer.ts).
  addVolunteerChoice(turn);
}
