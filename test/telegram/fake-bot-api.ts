/**
 * A local stand-in for Telegram's Bot API servers (node:http on 127.0.0.1), for the real grammY client
 * pointed at it with `client: { apiRoot }`. It is strict where Telegram is strict, so that the tests
 * fail where Telegram would refuse a message: empty or > 4096-unit text, entities out of bounds,
 * callback_data over 64 bytes, text links that are not http(s)/tg, and — if a parse mode were ever
 * used — unescaped HTML or MarkdownV2 (Telegram then refuses the whole message with 400).
 *
 * Programmable faults: 429 with retry_after, 403 for chats that blocked the bot, 5xx, and going down
 * altogether (connection refused) then coming back on the same port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardButton, Message, MessageEntity, Update, UserFromGetMe } from "grammy/types";

export const TEST_TOKEN = "123456:TEST-token_for-fake-api";

export const TEST_BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: "Accueil CCAS",
  username: "accueil_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** HTTP status the fake answered with. */
  status: number;
  /** When the answer was given (Date.now()). */
  at: number;
}

export interface SentMessage {
  chatId: number;
  messageId: number;
  text: string;
  entities: MessageEntity[];
  keyboard: InlineKeyboardButton[][] | undefined;
  /** The full Message object returned to the bot (used to build callback queries). */
  message: Message;
}

export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "401" }
  | { kind: "403" }
  | { kind: "500" }
  | { kind: "502" }
  | { kind: "400"; description: string };

export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  private server: Server | undefined;
  private port = 0;
  private nextMessageId = 1;
  private readonly faults: Array<{ method: string; chatId?: number; fault: Fault; skip: number }> = [];
  private readonly blocked = new Set<number>();
  private readonly updates: Update[] = [];
  private readonly pollers = new Set<() => void>();
  webhook: { url: string; secret_token?: string } | undefined;
  /** Longest a getUpdates call is held open, whatever timeout the bot asks for (keeps tests quick). */
  maxHoldMs = 500;
  /** A standing condition (an outage): the fault every call of a method gets while it returns one. */
  weather: ((method: string, chatId: number) => Fault | undefined) | undefined;
  /** Time each sendMessage takes to answer (Telegram: 100 ms to 1.5 s). */
  latencyMs = 0;
  /** Telegram's flood limit, if set: sendMessage calls beyond this many in the last second get a 429. */
  limitPerSecond: number | undefined;
  private readonly recentSends: number[] = [];

  constructor(readonly options: { token?: string; botInfo?: UserFromGetMe } = {}) {}

  get token(): string {
    return this.options.token ?? TEST_TOKEN;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => void this.route(req, res));
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const wake of this.pollers) wake();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Telegram unreachable: the port refuses connections until comeBack(). */
  async goDown(): Promise<void> {
    await this.stop();
  }

  async comeBack(): Promise<void> {
    await this.start(this.port);
  }

  /**
   * The next call(s) of `method` (to `chatId` if given) fail with `fault`, once per entry — after
   * `skip` matching calls have gone through normally.
   */
  failNext(method: string, fault: Fault, options: { chatId?: number; times?: number; skip?: number } = {}): void {
    for (let i = 0; i < (options.times ?? 1); i++) {
      this.faults.push({ method, fault, skip: options.skip ?? 0, ...(options.chatId !== undefined ? { chatId: options.chatId } : {}) });
    }
  }

  /** The resident blocked the bot: every send to this chat gets 403. */
  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  unblock(chatId: number): void {
    this.blocked.delete(chatId);
  }

  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: Update): void {
    this.updates.push(update);
    for (const wake of this.pollers) wake();
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  sentTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0] ?? "");
    const body = await readBody(req);
    if (!match) return this.answer(res, { method: "?", payload: {} }, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method = ""] = match;
    let payload: Record<string, unknown> = {};
    try {
      payload = body.length > 0 ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return this.answer(res, { method, payload }, 400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
    }
    const call = { method, payload };
    if (token !== this.token) return this.answer(res, call, 401, { ok: false, error_code: 401, description: "Unauthorized" });

    const chatId = typeof payload.chat_id === "number" ? payload.chat_id : Number(payload.chat_id);
    if (method === "sendMessage" && this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const standing = this.weather?.(method, chatId);
    if (standing) return this.answer(res, call, ...faultResponse(standing));
    if (method === "sendMessage" && this.limitPerSecond !== undefined) {
      const now = Date.now();
      while (this.recentSends.length && this.recentSends[0]! <= now - 1000) this.recentSends.shift();
      if (this.recentSends.length >= this.limitPerSecond) return this.answer(res, call, ...faultResponse({ kind: "429", retryAfter: 1 }));
      this.recentSends.push(now);
    }
    const faultIndex = this.faults.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId));
    const pendingFault = this.faults[faultIndex];
    if (pendingFault && pendingFault.skip > 0) {
      pendingFault.skip--;
    } else if (faultIndex >= 0) {
      const { fault } = this.faults.splice(faultIndex, 1)[0] as { fault: Fault };
      return this.answer(res, call, ...faultResponse(fault));
    }
    if (method === "sendMessage" && this.blocked.has(chatId)) {
      return this.answer(res, call, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
    }

    switch (method) {
      case "getMe":
        return this.answer(res, call, 200, { ok: true, result: this.options.botInfo ?? TEST_BOT_INFO });
      case "sendMessage": {
        const problem = validateSendMessage(payload);
        if (problem) return this.answer(res, call, 400, { ok: false, error_code: 400, description: `Bad Request: ${problem}` });
        const message = this.recordSent(chatId, payload);
        return this.answer(res, call, 200, { ok: true, result: message });
      }
      case "setWebhook":
        this.webhook = { url: String(payload.url), ...(payload.secret_token ? { secret_token: String(payload.secret_token) } : {}) };
        return this.answer(res, call, 200, { ok: true, result: true });
      case "deleteWebhook":
        this.webhook = undefined;
        return this.answer(res, call, 200, { ok: true, result: true });
      case "getWebhookInfo":
        return this.answer(res, call, 200, { ok: true, result: { url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: 0 } });
      case "setMyCommands":
      case "setMyDescription":
      case "setMyShortDescription":
      case "answerCallbackQuery":
      case "editMessageReplyMarkup":
        return this.answer(res, call, 200, { ok: true, result: true });
      case "getUpdates":
        return this.getUpdates(res, call, payload);
      default:
        return this.answer(res, call, 404, { ok: false, error_code: 404, description: `Not Found: method ${method} not faked` });
    }
  }

  private async getUpdates(res: ServerResponse, call: Omit<ApiCall, "status" | "at">, payload: Record<string, unknown>): Promise<void> {
    if (this.webhook) {
      return this.answer(res, call, 409, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active" });
    }
    const offset = typeof payload.offset === "number" ? payload.offset : 0;
    // Confirming an offset forgets the updates before it, as Telegram does.
    this.updates.splice(0, this.updates.filter((u) => u.update_id < offset).length);
    const limit = typeof payload.limit === "number" ? payload.limit : 100;
    const holdMs = Math.min(this.maxHoldMs, (typeof payload.timeout === "number" ? payload.timeout : 0) * 1000);
    if (this.updates.length === 0 && holdMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => { clearTimeout(timer); this.pollers.delete(wake); resolve(); };
        const timer = setTimeout(wake, holdMs);
        this.pollers.add(wake);
        res.on("close", wake);
      });
    }
    if (res.destroyed) return;
    return this.answer(res, call, 200, { ok: true, result: this.updates.slice(0, limit) });
  }

  private recordSent(chatId: number, payload: Record<string, unknown>): Message {
    const messageId = this.nextMessageId++;
    const text = String(payload.text);
    const entities = (payload.entities as MessageEntity[] | undefined) ?? [];
    const markup = payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
    const message = {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Resident" },
      from: { id: TEST_BOT_INFO.id, is_bot: true, first_name: TEST_BOT_INFO.first_name },
      text,
      ...(entities.length ? { entities } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    } as Message;
    this.sent.push({ chatId, messageId, text, entities, keyboard: markup?.inline_keyboard, message });
    return message;
  }

  private answer(res: ServerResponse, call: Omit<ApiCall, "status" | "at">, status: number, body: unknown): void {
    this.calls.push({ ...call, status, at: Date.now() });
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }
}

function faultResponse(fault: Fault): [number, unknown] {
  switch (fault.kind) {
    case "429":
      return [429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } }];
    case "401":
      return [401, { ok: false, error_code: 401, description: "Unauthorized" }];
    case "403":
      return [403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }];
    case "500":
      return [500, { ok: false, error_code: 500, description: "Internal Server Error" }];
    case "502":
      return [502, { ok: false, error_code: 502, description: "Bad Gateway" }];
    case "400":
      return [400, { ok: false, error_code: 400, description: `Bad Request: ${fault.description}` }];
  }
}

/** Telegram's checks on sendMessage, as far as this adapter can trip them. */
export function validateSendMessage(payload: Record<string, unknown>): string | undefined {
  const text = payload.text;
  if (typeof text !== "string" || text.trim().length === 0) return "message text is empty";
  if (text.length > 4096) return "message is too long";
  if (payload.parse_mode === "HTML" && !validHtml(text)) return "can't parse entities: unsupported start tag";
  if ((payload.parse_mode === "MarkdownV2" || payload.parse_mode === "Markdown") && !validMarkdownV2(text)) {
    return "can't parse entities: character must be escaped";
  }
  const entities = (payload.entities as MessageEntity[] | undefined) ?? [];
  for (const e of entities) {
    if (!Number.isInteger(e.offset) || !Number.isInteger(e.length) || e.offset < 0 || e.length <= 0) return "entity with invalid bounds";
    if (e.offset + e.length > text.length) return "entity beyond the end of the text";
    if (isLowSurrogate(text.charCodeAt(e.offset)) || isLowSurrogate(text.charCodeAt(e.offset + e.length))) return "entity splits a character";
    if (e.type === "text_link" && !/^(https?|tg):\/\//.test(e.url)) return "wrong HTTP URL";
  }
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && !isLowSurrogate(text.charCodeAt(i + 1))) return "text must be encoded in UTF-8";
    if (isLowSurrogate(text.charCodeAt(i)) && !isHighSurrogate(text.charCodeAt(i - 1))) return "text must be encoded in UTF-8";
  }
  const markup = payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row) {
      if (!button.text) return "inline keyboard button text is empty";
      if ("callback_data" in button && Buffer.byteLength(button.callback_data, "utf8") > 64) return "BUTTON_DATA_INVALID";
      if ("url" in button && !/^(https?|tg):\/\//.test(button.url)) return "inline keyboard button URL is invalid";
    }
  }
  return undefined;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function validHtml(text: string): boolean {
  const tags = /^<\/?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|span|tg-spoiler|blockquote)(\s[^>]*)?>/;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "<" && !tags.test(text.slice(i))) return false;
    if (text[i] === "&" && !/^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.test(text.slice(i))) return false;
  }
  return true;
}

function validMarkdownV2(text: string): boolean {
  // Every reserved character must be escaped; pairs of * and _ would still be formatting, which a
  // resident's text must never produce, so any unescaped one counts as a failure here.
  for (let i = 0; i < text.length; i++) {
    if ("_*[]()~`>#+-=|{}.!".includes(text[i] as string) && text[i - 1] !== "\\") return false;
  }
  return true;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
