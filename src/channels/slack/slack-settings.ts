/**
 * The Slack part of the configuration, checked once. SLACK_BOT_TOKEN switches the channel on; with
 * SLACK_APP_TOKEN it runs in Socket Mode (no public URL needed), otherwise in HTTP mode with
 * SLACK_SIGNING_SECRET (events and interactions at POST /slack/events).
 */
import { z } from "zod";
import type { AppConfig } from "../../app/config.js";

/** Slack conversation ids: C… (public), G… (private, legacy), D… never (a case is not a DM). */
const channelId = z.string().regex(/^[CG][A-Z0-9]{2,}$/, "expected a Slack channel id such as C0123ABCD (not a #name)");

export interface SlackSettings {
  botToken: string;
  mode: "http" | "socket";
  signingSecret?: string;
  appToken?: string;
  agentsChannel: string;
  volunteersChannel?: string;
  /** Where second-stage reminders go; the agents' channel (broadcast from the thread) when unset. */
  supervisorChannel?: string;
  /** Web API base URL (GovSlack, or a local stub in tests), ending with "/". */
  apiUrl?: string;
}

export function slackSettingsFrom(config: AppConfig): SlackSettings | undefined {
  if (!config.SLACK_BOT_TOKEN) return undefined;
  const problems: string[] = [];
  const check = (name: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const parsed = channelId.safeParse(value);
    if (!parsed.success) problems.push(`${name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return value;
  };
  const agentsChannel = check("SLACK_AGENTS_CHANNEL", config.SLACK_AGENTS_CHANNEL);
  const volunteersChannel = check("SLACK_VOLUNTEERS_CHANNEL", config.SLACK_VOLUNTEERS_CHANNEL);
  const supervisorChannel = check("SLACK_SUPERVISOR_CHANNEL", config.SLACK_SUPERVISOR_CHANNEL);
  if (!agentsChannel) problems.push("SLACK_AGENTS_CHANNEL: required with SLACK_BOT_TOKEN");
  if (volunteersChannel && volunteersChannel === agentsChannel) problems.push("SLACK_VOLUNTEERS_CHANNEL must differ from SLACK_AGENTS_CHANNEL: volunteers must never see cases");
  const mode = config.SLACK_APP_TOKEN ? "socket" : "http";
  if (mode === "http" && !config.SLACK_SIGNING_SECRET) problems.push("SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
  if (config.SLACK_APP_TOKEN && !config.SLACK_APP_TOKEN.startsWith("xapp-")) problems.push("SLACK_APP_TOKEN: an app-level token starts with xapp-");
  let apiUrl: string | undefined;
  if (config.SLACK_API_URL) {
    const url = z.url({ protocol: /^https?$/ }).safeParse(config.SLACK_API_URL);
    if (!url.success) problems.push("SLACK_API_URL: expected an http(s) URL such as https://slack-gov.com/api/");
    else apiUrl = config.SLACK_API_URL.endsWith("/") ? config.SLACK_API_URL : `${config.SLACK_API_URL}/`;
  }
  if (problems.length > 0 || !agentsChannel) throw new Error(`Slack configuration:\n  - ${problems.join("\n  - ")}`);
  return {
    botToken: config.SLACK_BOT_TOKEN,
    mode,
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    agentsChannel,
    ...(volunteersChannel ? { volunteersChannel } : {}),
    ...(supervisorChannel ? { supervisorChannel } : {}),
    ...(apiUrl ? { apiUrl } : {}),
  };
}
