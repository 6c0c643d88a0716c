/** The Slack channel's public surface (see create-slack-channel.ts and docs/slack.md). */
export { createSlackChannel } from "./create-slack-channel.js";
export type { SlackChannel, SlackChannelDeps } from "./create-slack-channel.js";
export { SLACK_EVENTS_PATH } from "./http-receiver.js";
