/**
 * A local stand-in for Slack's Web API (node:http on 127.0.0.1), for the real @slack/web-api client
 * pointed at it with SLACK_API_URL. It keeps the messages it was sent (so chat.update,
 * conversations.replies and chat.delete behave), answers users.info and conversations.members from its
 * own tables, and records every call. It also serves response_url posts at /respond/<id>.
 *
 * Programmable faults: 429 with Retry-After, or a platform error ({ ok: false, error }), for the next
 * calls of a method.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const BOT = { userId: "U0BOT", botId: "B0BOT", teamId: "T0TEST" };

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  status: number;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown;
  bot_id: string;
  user: string;
  reply_broadcast?: boolean;
}

type Fault = { kind: "429"; retryAfter: number } | { kind: "error"; error: string };

/** Form fields the client JSON-encodes (objects and arrays). */
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "metadata"]);

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: Array<{ path: string; body: Record<string, unknown> }> = [];
  readonly messages: StoredMessage[] = [];
  /** Members of each channel (conversations.members). */
  readonly members = new Map<string, string[]>();
  readonly users = new Map<string, { name: string; display: string }>();
  private server: Server | undefined;
  private port = 0;
  private tsCounter = 0;
  private readonly faults: Array<{ method: string; fault: Fault }> = [];

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The next `times` calls of `method` fail this way. */
  fail(method: string, fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push({ method, fault });
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** Successful chat.postMessage calls to a channel. */
  posts(channel?: string): Array<Record<string, unknown>> {
    return this.callsOf("chat.postMessage")
      .map((c) => c.args)
      .filter((a) => channel === undefined || a.channel === channel);
  }

  /** Every text the bot put into a channel (posts, updates, ephemerals), blocks included, as JSON. */
  everythingSentTo(channel: string): string {
    return this.calls
      .filter((c) => c.args.channel === channel && c.status === 200)
      .map((c) => JSON.stringify(c.args))
      .join("\n");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/respond/")) {
      this.responses.push({ path: url.pathname, body: JSON.parse(raw || "{}") as Record<string, unknown> });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const args = parseArgs(raw, String(req.headers["content-type"] ?? ""));
    const faultIndex = this.faults.findIndex((f) => f.method === method);
    if (faultIndex >= 0) {
      const fault = this.faults.splice(faultIndex, 1)[0]!.fault;
      if (fault.kind === "429") {
        this.calls.push({ method, args, status: 429 });
        res.writeHead(429, { "retry-after": String(fault.retryAfter), "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      this.calls.push({ method, args, status: 200 });
      this.json(res, { ok: false, error: fault.error });
      return;
    }
    this.calls.push({ method, args, status: 200 });
    this.json(res, this.answer(method, args));
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: BOT.userId, bot_id: BOT.botId, team_id: BOT.teamId, user: "accueil" };
      case "chat.postMessage": {
        const ts = `1763370000.${String(++this.tsCounter).padStart(6, "0")}`;
        const channel = String(args.channel);
        this.messages.push({
          channel,
          ts,
          ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
          text: String(args.text ?? ""),
          blocks: args.blocks,
          bot_id: BOT.botId,
          user: BOT.userId,
          ...(args.reply_broadcast ? { reply_broadcast: true } : {}),
        });
        return { ok: true, channel, ts, message: { ts, text: args.text } };
      }
      case "chat.update": {
        const message = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!message) return { ok: false, error: "message_not_found" };
        message.text = String(args.text ?? "");
        message.blocks = args.blocks;
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case "chat.delete": {
        const index = this.messages.findIndex((m) => m.channel === args.channel && m.ts === args.ts);
        if (index < 0) return { ok: false, error: "message_not_found" };
        this.messages.splice(index, 1);
        return { ok: true };
      }
      case "conversations.replies": {
        const thread = this.messages.filter((m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts));
        return { ok: true, messages: thread, has_more: false, response_metadata: { next_cursor: "" } };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: `1763370000.${String(++this.tsCounter).padStart(6, "0")}` };
      case "reactions.add":
        return { ok: true };
      case "views.open":
        return { ok: true, view: { id: "V1" } };
      case "users.info": {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: "user_not_found" };
        return { ok: true, user: { id: args.user, name: user.name, real_name: user.name, profile: { display_name: user.display, real_name: user.name } } };
      }
      case "conversations.members":
        return { ok: true, members: this.members.get(String(args.channel)) ?? [], response_metadata: { next_cursor: "" } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private json(res: ServerResponse, body: unknown): void {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  }
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // kept as text
      }
    }
    out[key] = value === "true" ? true : value === "false" ? false : value;
  }
  return out;
}
