/**
 * The words the Slack channel shows to CCAS agents and volunteers, from locales/fr/slack.json (the CCAS
 * team works in French; i18next falls back to French for any other language asked). Checked with zod
 * at start-up so that a missing group fails there, not in front of an agent.
 */
import i18next, { type TFunction } from "i18next";
import { z } from "zod";
import { readNamespace } from "../../i18n/read-namespace.js";

const group = z.record(z.string(), z.unknown());
const fileSchema = z.looseObject({
  case: group,
  outcome: z.record(z.string(), z.string()),
  thread: z.record(z.string(), z.string()),
  reminder: z.record(z.string(), z.string()),
  refusal: z.record(z.string(), z.string()),
  modal: z.record(z.string(), z.string()),
  question: group,
  someone: z.record(z.string(), z.string()),
  duration: z.record(z.string(), z.string()),
});

export type SlackStrings = (key: string, values?: Record<string, string | number>) => string;


export function loadSlackStrings(language = "fr"): SlackStrings {
  const resources: Record<string, { slack: unknown }> = {};
  for (const [lng, strings] of readNamespace("slack", fileSchema, { languages: [...new Set(["fr", language])] })) resources[lng] = { slack: strings };
  const instance = i18next.createInstance();
  void instance.init({
    resources: resources as never,
    lng: language,
    fallbackLng: "fr",
    ns: ["slack"],
    defaultNS: "slack",
    // Values are escaped by the caller for Slack's mrkdwn (slack-text.ts), never by i18next.
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const t: TFunction = instance.getFixedT(language, "slack");
  return (key, values) => t(key, values ?? {}) as string;
}

/** "12 min", "2 h 05", "3 j 4 h" in the strings' words. */
export function formatDuration(s: SlackStrings, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return s("duration.minutes", { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return s("duration.hours", { h: hours, m: String(minutes % 60).padStart(2, "0") });
  return s("duration.days", { d: Math.floor(hours / 24), h: hours % 24 });
}
