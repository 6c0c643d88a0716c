/**
 * Button presses and commands. Payloads are produced by the core (inside choices) or by channels for the
 * resident's commands (command-payloads.ts); an unknown payload is answered with the themes, never an error.
 */
import { askCancelConfirmation, keepCase } from "./dialogues/waiting-case.js";
import { COMMAND_PAYLOADS } from "./command-payloads.js";
import type { Turn } from "./turn.js";
import { showEntry } from "./dialogues/quick-info.js";
import { moveInGuide, resumeGuide, startDemarche, startDigitalGuide } from "./dialogues/steps.js";
import { cancelActiveCase, continueReferral, startReferral } from "./dialogues/referral.js";
import { showPlacesForEntry } from "./dialogues/places.js";
import { showTheme, showThemes, showWelcome } from "./dialogues/welcome.js";
import { askLanguage, chooseLanguage } from "./dialogues/language.js";
import { answerForget, askForgetConfirmation } from "./dialogues/forget.js";
import { answerMyData } from "./dialogues/my-data.js";
import { handleVolunteerPayload, VOLUNTEER_ACTION } from "./dialogues/volunteer.js";
import { handleEstimatePayload } from "./dialogues/estimate/handle-estimate-payload.js";

export async function handlePayload(turn: Turn, payload: string): Promise<void> {
  const [action = "", argument] = splitOnce(payload, ":");
  switch (payload) {
    case COMMAND_PAYLOADS.start:
      return showWelcome(turn);
    case COMMAND_PAYLOADS.help:
      return showThemes(turn);
    case COMMAND_PAYLOADS.language:
      return askLanguage(turn);
    case COMMAND_PAYLOADS.human:
      return startReferral(turn, { entryId: turn.state.entryId, level: 3 });
    case COMMAND_PAYLOADS.forget:
      return askForgetConfirmation(turn);
    case COMMAND_PAYLOADS.myData:
      return answerMyData(turn);
    case "talk":
      return startReferral(turn, { entryId: turn.state.entryId, level: 3 });
    case "other":
      turn.state.mode = "idle";
      return showThemes(turn, turn.t("welcome.ask"));
    case "next":
    case "back":
    case "pause":
      return moveInGuide(turn, payload);
    case "case:cancel":
      return cancelActiveCase(turn);
    case "case:cancel-ask":
      return askCancelConfirmation(turn);
    case "case:keep":
      return keepCase(turn);
    case "forget:yes":
    case "forget:no":
      return answerForget(turn, payload === "forget:yes" ? "yes" : "no");
  }
  if (turn.state.mode === "referral" && ["consent", "contact", "time"].includes(action)) {
    if (await continueReferral(turn, "", payload)) return;
  }
  const entryExists = argument !== undefined && turn.deps.catalogue.get(argument) !== undefined;
  switch (action) {
    case "lang":
      return chooseLanguage(turn, argument ?? "");
    case "theme":
      return showTheme(turn, argument ?? "");
    case "entry":
      if (entryExists) return showEntry(turn, argument);
      break;
    case "apply":
    case "apply-restart":
      if (entryExists) return startDemarche(turn, argument, { restart: action === "apply-restart" });
      break;
    case "digital":
    case "digital-restart":
      if (entryExists) return startDigitalGuide(turn, argument, { restart: action === "digital-restart" });
      break;
    case "resume":
      return resumeGuide(turn, entryExists ? argument : undefined);
    case "where-more": {
      const [id = "", offset = "0"] = splitOnce(argument ?? "", ":");
      if (turn.deps.catalogue.get(id)) return showPlacesForEntry(turn, id, Number(offset) || 0);
      break;
    }
    case "where":
      if (entryExists) return showPlacesForEntry(turn, argument);
      break;
    case "talk":
      return startReferral(turn, { entryId: entryExists ? argument : turn.state.entryId, level: 3 });
    case VOLUNTEER_ACTION:
      return handleVolunteerPayload(turn, argument);
    case "estimate":
      return handleEstimatePayload(turn, argument ?? "");
  }
  // A stale or forged payload: answer with the themes rather than an error.
  turn.deps.logger.debug({ payload }, "unknown payload");
  showThemes(turn);
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const i = value.indexOf(separator);
  return i < 0 ? [value, undefined] : [value.slice(0, i), value.slice(i + 1)];
}
