/**
 * The Slack channel as it runs in production — the real runtime (SQLite file, shipped catalogue,
 * real understanding), the real HTTP server with POST /slack/events on 127.0.0.1, the real Bolt App and
 * @slack/web-api client — with only Slack's servers replaced by FakeSlackApi (SLACK_API_URL). Requests
 * are signed with the signing secret, as Slack signs them, at the runtime's (manual) clock time.
 *
 * The core is built with volunteer questions on (the lead's runtime switches them on when
 * SLACK_VOLUNTEERS_CHANNEL is set); it shares the runtime's store and events.
 */
import { createHmac } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { createPlaceDescriber } from "../../src/app/describe-place.js";
import { createSlackChannel, type SlackChannel } from "../../src/channels/slack/index.js";
import type { AccueilCore } from "../../src/core/accueil-core.js";
import { DEFAULT_SETTINGS } from "../../src/core/core-deps.js";
import { createCore } from "../../src/core/create-core.js";
import type { ChannelName } from "../../src/core/messages.js";
import { startJobSweeper } from "../../src/jobs/job-sweeper.js";
import { createHttpServer } from "../../src/server/create-http-server.js";
import type { CaseRecord, OutboundBody } from "../../src/store/store.js";
import { createUnderstander, detectCrisis, parseGuideWord, parseYesNo } from "../../src/understanding/index.js";
import { createTestRuntime, resident, type TestRuntime } from "../support/test-runtime.js";
import { BOT, FakeSlackApi } from "./fake-slack-api.js";
import { slackRuntimeDeps } from "../../src/app/create-channels.js";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const AGENTS = "C0AGENTS";
export const VOLUNTEERS = "C0VOLUNTEERS";
export const SUPERVISORS = "C0SUPERVISORS";
export const AGENT = "U0AGENT1";
export const AGENT_2 = "U0AGENT2";
export const VOLUNTEER = "U0VOLUNTEER";

export interface SlackTestEnv {
  runtime: TestRuntime;
  core: AccueilCore;
  fake: FakeSlackApi;
  channel: SlackChannel;
  server: FastifyInstance;
  baseUrl: string;
  /** POSTs a raw body to /slack/events, signed unless told otherwise. */
  post(raw: string, options?: PostOptions): Promise<Response>;
  /** An Events API delivery (event_callback) of one event. */
  event(event: Record<string, unknown>, options?: PostOptions & { eventId?: string }): Promise<Response>;
  /** A thread reply by a person. */
  reply(user: string, channel: string, threadTs: string, text: string, options?: PostOptions & { eventId?: string; ts?: string }): Promise<Response>;
  /** A button press (block_actions, form-encoded with payload=). */
  press(user: string, actionId: string, value: string, options?: { channel?: string }): Promise<Response>;
  /** A modal submission (view_submission). */
  submit(user: string, callbackId: string, metadata: Record<string, string>, values: Record<string, Record<string, unknown>>): Promise<Response>;
  /** Waits for handling, mirroring and the Slack outbox until nothing moves. */
  settle(): Promise<void>;
  /** Runs the durable jobs due now. */
  sweep(): Promise<number>;
  someone(channel?: ChannelName): ReturnType<typeof resident>;
  /** Opens a case from a resident on the web or Telegram; returns it. */
  openCase(channel?: ChannelName, description?: string): Promise<{ record: CaseRecord; person: ReturnType<typeof resident> }>;
  /** The case message's ts in the agents' channel. */
  caseTs(caseId: string): Promise<string>;
  /** Outbound transcript texts of a conversation, by author. */
  outbound(conversationId: string): Promise<Array<{ author: string; authorName: string | null; text: string }>>;
  dispose(options?: { keepDir?: boolean }): Promise<void>;
}

export interface PostOptions {
  secret?: string;
  /** Seconds to shift the signed timestamp by (negative: in the past). */
  skewSeconds?: number;
  retryNum?: number;
  contentType?: string;
  /** Send this exact signature and timestamp (replays). */
  signed?: { signature: string; timestamp: string };
}

let eventCounter = 0;
let tsCounter = 0;

export async function createSlackTestEnv(options: { dir?: string; env?: Record<string, string>; fake?: FakeSlackApi } = {}): Promise<SlackTestEnv> {
  const fake = options.fake ?? (await new FakeSlackApi().start());
  fake.members.set(AGENTS, [AGENT, AGENT_2, BOT.userId]);
  fake.users.set(AGENT, { name: "Nadia Benhamou", display: "Nadia" });
  fake.users.set(AGENT_2, { name: "Paul Martin", display: "Paul" });
  fake.users.set(VOLUNTEER, { name: "Claire Volontaire", display: "Claire" });
  const runtime = await createTestRuntime({
    ...(options.dir ? { dir: options.dir } : {}),
    env: {
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_AGENTS_CHANNEL: AGENTS,
      SLACK_VOLUNTEERS_CHANNEL: VOLUNTEERS,
      SLACK_SUPERVISOR_CHANNEL: SUPERVISORS,
      SLACK_API_URL: fake.apiUrl,
      SLA_URGENT_MINUTES: "30",
      SLA_UNTAKEN_HOURS: "24",
      SLA_RESIDENT_WAITING_HOURS: "48",
      ...options.env,
    },
  });
  const core = createCore({
    store: runtime.store,
    clock: runtime.clock,
    catalogue: runtime.catalogue,
    emergencyNumbers: runtime.emergencyNumbers,
    territory: runtime.territory,
    i18n: runtime.i18n,
    understander: createUnderstander(runtime.catalogue),
    detectCrisis,
    parseYesNo,
    parseGuideWord,
    describePlace: createPlaceDescriber(runtime.territory, runtime.i18n),
    events: runtime.events,
    channels: runtime.core.channels,
    logger: runtime.logger,
    settings: {
      ...DEFAULT_SETTINGS,
      volunteerQuestions: true,
      serviceLevels: { urgentMinutes: runtime.config.SLA_URGENT_MINUTES, untakenHours: runtime.config.SLA_UNTAKEN_HOURS, residentWaitingHours: runtime.config.SLA_RESIDENT_WAITING_HOURS },
    },
  });
  // The runtime's wiring as the app does it, with this test's own core (volunteers on) and no timers.
  const channel = createSlackChannel({ ...slackRuntimeDeps(runtime), core, outbox: { pollMs: 0, paceMs: 0 } });
  const server = await createHttpServer({
    core,
    store: runtime.store,
    clock: runtime.clock,
    logger: runtime.logger,
    publicBaseUrl: "http://127.0.0.1:0",
    allowedOrigins: [],
    plugins: [(app) => channel.plugin(app)],
    announceSetupLink: false,
  });
  const baseUrl = (await server.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
  await channel.start();
  // As the app does: the core's timers (service levels) and the channel's own jobs.
  const handlers = { ...core.caseTimers.handlers, ...channel.jobHandlers };
  const sweeper = startJobSweeper({ store: runtime.store, clock: runtime.clock, handlers, cron: "", logger: { warn: () => undefined, error: () => undefined } });

  function sign(raw: string, o: PostOptions): { signature: string; timestamp: string } {
    if (o.signed) return o.signed;
    const timestamp = String(Math.floor(runtime.clock.now().getTime() / 1000) + (o.skewSeconds ?? 0));
    const signature = `v0=${createHmac("sha256", o.secret ?? SECRET).update(`v0:${timestamp}:${raw}`).digest("hex")}`;
    return { signature, timestamp };
  }

  async function post(raw: string, o: PostOptions = {}): Promise<Response> {
    const { signature, timestamp } = sign(raw, o);
    return fetch(`${baseUrl}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": o.contentType ?? "application/json",
        "x-slack-signature": signature,
        "x-slack-request-timestamp": timestamp,
        ...(o.retryNum !== undefined ? { "x-slack-retry-num": String(o.retryNum), "x-slack-retry-reason": "http_timeout" } : {}),
      },
      body: raw,
    });
  }

  function event(ev: Record<string, unknown>, o: PostOptions & { eventId?: string } = {}): Promise<Response> {
    const body = { token: "legacy", team_id: BOT.teamId, api_app_id: "A0TEST", type: "event_callback", event_id: o.eventId ?? `Ev${++eventCounter}`, event_time: Math.floor(runtime.clock.now().getTime() / 1000), event: ev };
    return post(JSON.stringify(body), o);
  }

  function form(payload: unknown): string {
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  }

  const env: SlackTestEnv = {
    runtime,
    core,
    fake,
    channel,
    server,
    baseUrl,
    post,
    event,
    reply(user, ch, threadTs, text, o = {}) {
      const ts = o.ts ?? `1763380000.${String(++tsCounter).padStart(6, "0")}`;
      return event({ type: "message", channel: ch, channel_type: "channel", user, text, ts, thread_ts: threadTs, event_ts: ts }, o);
    },
    press(user, actionId, value, o = {}) {
      const ch = o.channel ?? AGENTS;
      const payload = {
        type: "block_actions",
        team: { id: BOT.teamId, domain: "ccas" },
        user: { id: user, username: user.toLowerCase(), team_id: BOT.teamId },
        api_app_id: "A0TEST",
        token: "legacy",
        trigger_id: `trigger-${++eventCounter}`,
        response_url: fake.responseUrl(`r${eventCounter}`),
        channel: { id: ch, name: "ccas" },
        container: { type: "message", channel_id: ch, message_ts: "1763370000.000001", is_ephemeral: false },
        message: { type: "message", ts: "1763370000.000001", text: "" },
        actions: [{ type: "button", action_id: actionId, block_id: "b", value, action_ts: "1763370001.000000" }],
      };
      return post(form(payload), { contentType: "application/x-www-form-urlencoded" });
    },
    submit(user, callbackId, metadata, values) {
      const state: Record<string, Record<string, unknown>> = {};
      for (const [block, value] of Object.entries(values)) state[block] = { value };
      const payload = {
        type: "view_submission",
        team: { id: BOT.teamId, domain: "ccas" },
        user: { id: user, username: user.toLowerCase(), team_id: BOT.teamId },
        api_app_id: "A0TEST",
        token: "legacy",
        trigger_id: `trigger-${++eventCounter}`,
        view: { id: "V1", type: "modal", callback_id: callbackId, private_metadata: JSON.stringify(metadata), state: { values: state }, hash: "h" },
      };
      return post(form(payload), { contentType: "application/x-www-form-urlencoded" });
    },
    async settle() {
      for (let i = 0; i < 10; i++) {
        await channel.idle();
        const before = fake.calls.length;
        await channel.drainOutbox();
        await channel.idle();
        if (fake.calls.length === before) return;
      }
    },
    sweep: () => sweeper.sweepOnce(),
    someone: (ch = "web") => resident({ core, clock: runtime.clock }, undefined, ch),
    async openCase(ch = "web", description = "Mon dossier APL est bloqué depuis deux mois, je ne sais plus quoi faire.") {
      const person = resident({ core, clock: runtime.clock }, undefined, ch);
      await person.press("cmd:human");
      await person.press("consent:yes");
      await person.press("contact:this-chat");
      const result = await person.say(description);
      const conversation = await runtime.store.findConversation(ch, person.conversationKey);
      const record = conversation ? await runtime.store.findActiveCase(conversation.id) : undefined;
      if (!record) throw new Error(`no case opened: ${JSON.stringify(result.replies)}`);
      return { record, person };
    },
    async caseTs(caseId) {
      const record = await runtime.store.getCase(caseId);
      const ts = record?.externalRefs.slackTs;
      if (!ts) throw new Error("the case was not posted to Slack");
      return ts;
    },
    async outbound(conversationId) {
      const messages = await runtime.store.listMessages(conversationId);
      return messages
        .filter((m) => m.direction === "out")
        .flatMap((m) => (m.body as OutboundBody).replies.map((r) => ({ author: m.author, authorName: m.authorName, text: "text" in r ? r.text : "" })));
    },
    async dispose(o = {}) {
      await sweeper.stop();
      await channel.stop();
      await server.close();
      if (!options.fake) await fake.stop();
      if (o.keepDir) await runtime.store.close().catch(() => undefined);
      else await runtime.dispose();
    },
  };
  return env;
}
