/**
 * The welcome (/start, first contact) and the themes menu (/aide): what the bot is, what is kept and for
 * how long, that a desk and a phone number remain, and the subjects it knows.
 */
import { entryTitle } from "../entry-view.js";
import { isolateForLanguage } from "../bidi.js";
import { offer, say, type Turn } from "../turn.js";
import { encodePayload } from "../payloads.js";

/** The themes a short welcome offers first, in this order (the others are one tap away). */
const MAIN_THEMES = ["revenus", "logement", "famille", "sante", "urgence-et-aides-locales"];

export function showWelcome(turn: Turn): void {
  const { territory, settings, channels } = turn.deps;
  const traits = channels.traitsOf(turn.message.channel);
  // A page that shows the privacy notice next to the conversation: a welcome that fits on a phone.
  if (traits.privacyNoticeOnPage) return showShortWelcome(turn);
  say(turn, `${turn.t("welcome.intro", { ccas: territory.name })} ${turn.t("welcome.can")}`);
  say(turn, turn.t("privacy.notice", { days: settings.retentionDays, phone: isolateForLanguage(territory.phone, turn.lang) }));
  // A platform that can read the messages: residents are told so.
  if (!traits.endToEndEncrypted) say(turn, turn.t("privacy.not_end_to_end"));
  if (settings.privacyNoticeUrl) turn.replies.push({ kind: "link", label: turn.t("privacy.page"), url: settings.privacyNoticeUrl });
  showThemes(turn, turn.t("welcome.ask"));
}

function showShortWelcome(turn: Turn): void {
  const known = new Set(turn.deps.catalogue.entries.map((e) => e.category));
  const themes = MAIN_THEMES.filter((c) => known.has(c));
  const choices = themes.map((c) => ({ label: turn.t(`themes.${c}`, { defaultValue: c }), payload: encodePayload({ kind: "theme", theme: c }) }));
  choices.push({ label: turn.t("choice.other_themes"), payload: encodePayload({ kind: "cmd", command: "help" }) });
  choices.push({ label: turn.t("choice.talk"), payload: encodePayload({ kind: "cmd", command: "human" }) });
  say(turn, turn.t("welcome.intro", { ccas: turn.deps.territory.name }));
  offer(turn, turn.t("welcome.ask"), choices);
}

export function showThemes(turn: Turn, text?: string): void {
  const categories = [...new Set(turn.deps.catalogue.entries.map((e) => e.category))];
  const choices = categories.map((c) => ({ label: turn.t(`themes.${c}`, { defaultValue: c }), payload: encodePayload({ kind: "theme", theme: c }) }));
  // The non-take-up finder: the four estimates from one set of answers.
  if (turn.deps.estimate) choices.push({ label: turn.t("choice.check_rights"), payload: encodePayload({ kind: "estimate", target: "all" }) });
  offer(turn, text ?? turn.t("themes.prompt"), choices);
}

export function showTheme(turn: Turn, category: string): void {
  const entries = turn.deps.catalogue.entries.filter((e) => e.category === category);
  if (entries.length === 0) {
    showThemes(turn);
    return;
  }
  offer(
    turn,
    turn.t("themes.pick_entry", { theme: turn.t(`themes.${category}`, { defaultValue: category }) }),
    entries.map((e) => ({ label: entryTitle(e, turn.lang), payload: encodePayload({ kind: "entry", entryId: e.id }) })),
  );
}
