/**
 * Button presses and commands, read with the one payload protocol (payloads.ts). Payloads are produced by
 * the core (inside choices) or by channels for the resident's commands; an unknown payload is answered
 * with the themes, never an error.
 */
import { askCancelConfirmation, keepCase } from "./dialogues/waiting-case.js";
import { parsePayload, type Command } from "./payloads.js";
import type { Turn } from "./turn.js";
import { showEntry } from "./dialogues/quick-info.js";
import { moveInGuide, resumeGuide, startDemarche, startDigitalGuide } from "./dialogues/steps.js";
import { cancelActiveCase, continueReferral, startReferral } from "./dialogues/referral.js";
import { showPlacesForEntry } from "./dialogues/places.js";
import { showTheme, showThemes, showWelcome } from "./dialogues/welcome.js";
import { askLanguage, chooseLanguage } from "./dialogues/language.js";
import { answerForget, askForgetConfirmation } from "./dialogues/forget.js";
import { answerMyData } from "./dialogues/my-data.js";
import { handleVolunteerPayload } from "./dialogues/volunteer.js";
import { handleEstimatePayload } from "./dialogues/estimate/handle-estimate-payload.js";

export async function handlePayload(turn: Turn, wire: string): Promise<void> {
  const payload = parsePayload(wire);
  if (!payload) {
    // A stale or forged payload: answer with the themes rather than an error.
    turn.deps.logger.debug({ payload: wire.slice(0, 80) }, "unknown payload");
    return showThemes(turn);
  }
  if (turn.state.mode === "referral" && (payload.kind === "consent" || payload.kind === "contact" || payload.kind === "time")) {
    if (await continueReferral(turn, "", payload)) return;
  }
  const known = (entryId: string | undefined): entryId is string => entryId !== undefined && turn.deps.catalogue.get(entryId) !== undefined;
  switch (payload.kind) {
    case "cmd":
      return runCommand(turn, payload.command);
    case "talk":
      return startReferral(turn, { entryId: known(payload.entryId) ? payload.entryId : turn.state.entryId, level: 3 });
    case "other":
      turn.state.mode = "idle";
      return showThemes(turn, turn.t("welcome.ask"));
    case "guide":
      return moveInGuide(turn, payload.move);
    case "case":
      if (payload.action === "cancel") return cancelActiveCase(turn);
      return payload.action === "cancel-ask" ? askCancelConfirmation(turn) : keepCase(turn);
    case "forget":
      return answerForget(turn, payload.answer);
    case "lang":
      return chooseLanguage(turn, payload.lang);
    case "theme":
      return showTheme(turn, payload.theme);
    case "entry":
      if (known(payload.entryId)) return showEntry(turn, payload.entryId);
      break;
    case "apply":
      if (known(payload.entryId)) return startDemarche(turn, payload.entryId, { restart: payload.restart });
      break;
    case "digital":
      if (known(payload.entryId)) return startDigitalGuide(turn, payload.entryId, { restart: payload.restart });
      break;
    case "resume":
      return resumeGuide(turn, known(payload.entryId) ? payload.entryId : undefined);
    case "where":
      if (known(payload.entryId)) return showPlacesForEntry(turn, payload.entryId, payload.offset);
      break;
    case "volunteer":
    case "volunteer-share":
      return handleVolunteerPayload(turn, payload);
    case "estimate":
    case "estimate-answer":
    case "estimate-reuse":
      return handleEstimatePayload(turn, payload);
    case "consent":
    case "contact":
    case "time":
      // An answer to a referral question that is no longer asked.
      break;
  }
  showThemes(turn);
}

function runCommand(turn: Turn, command: Command): void | Promise<void> {
  switch (command) {
    case "start":
      return showWelcome(turn);
    case "help":
      return showThemes(turn);
    case "language":
      return askLanguage(turn);
    case "human":
      return startReferral(turn, { entryId: turn.state.entryId, level: 3 });
    case "forget":
      return askForgetConfirmation(turn);
    case "my-data":
      return answerMyData(turn);
  }
}
