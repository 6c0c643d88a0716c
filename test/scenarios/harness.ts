/**
 * One scenario harness, several channels: a resident who writes, presses buttons and shares a location,
 * and reads what arrives — on the web widget's API or through Telegram — so that the same scenario
 * tests run on every channel. What a resident "sees" is reduced to a channel-neutral form: the author,
 * the text, and the labels of the buttons under it.
 *
 * Agents act as they do in production: signed in to the console over HTTP (claim, reply).
 */
import type { OutboundReply } from "../../src/core/messages.js";
import { addAgent } from "../../src/agents/add-agent.js";
import type { TestRuntime } from "../support/test-runtime.js";

export interface SeenMessage {
  author: "bot" | "agent" | "volunteer";
  text: string;
  /** Labels of the buttons offered with this message (choices and links). */
  buttons: string[];
}

export type ResidentCommand = "start" | "help" | "language" | "human" | "forget";

export interface ChannelHarness {
  readonly channel: "web" | "telegram";
  readonly runtime: TestRuntime;
  /** The HTTP server's base URL (console, widget API, webhook). */
  readonly baseUrl: string;
  sendText(text: string): Promise<void>;
  /** Presses the most recent button whose label matches. */
  pressChoice(label: string | RegExp): Promise<void>;
  /** The channel's own way to give a command (Telegram: /aide; web: the menu's payload). */
  command(name: ResidentCommand): Promise<void>;
  shareLocation?(lat: number, lon: number): Promise<void>;
  /** Everything the resident received since the previous call, in order. */
  replies(): Promise<SeenMessage[]>;
  /**
   * The database stops answering, as when PostgreSQL goes down: from then on a message the channel
   * refuses does not throw, its HTTP status is kept in `lastStatus`, and replies are what the resident
   * received without the store (the degraded crisis answer).
   */
  storeDown(): Promise<void>;
  /** The HTTP status the channel answered the last message with. */
  readonly lastStatus: number;
  /** The store's id of this resident's conversation (undefined before the first message). */
  conversationId(): Promise<string | undefined>;
  dispose(): Promise<void>;
}

export type HarnessFactory = () => Promise<ChannelHarness>;

/** All the text of a list of messages, for regex assertions. */
export function allText(messages: SeenMessage[]): string {
  return messages.map((m) => [m.text, ...m.buttons].join("\n")).join("\n");
}

/** The neutral view of the core's replies as the web widget shows them (buttons: choices and links). */
export function seenFromReplies(author: SeenMessage["author"], replies: readonly OutboundReply[]): SeenMessage {
  const lines: string[] = [];
  const buttons: string[] = [];
  for (const reply of replies) {
    switch (reply.kind) {
      case "text":
        lines.push(reply.text);
        break;
      case "choices":
        lines.push(reply.text);
        buttons.push(...reply.choices.map((c) => c.label));
        break;
      case "link":
        buttons.push(`🔗 ${reply.label}`);
        break;
      case "entry":
        lines.push(reply.title, reply.summary, ...reply.figures.map((f) => `${f.label} — ${f.value}, ${f.asOf}`), reply.decidedBy);
        break;
      case "place":
        lines.push(reply.place.name, reply.place.address, reply.place.status, ...reply.place.hours);
        break;
      case "emergency":
        lines.push(reply.text, ...reply.numbers.map((n) => `${n.number} — ${n.label}`));
        break;
    }
  }
  return { author, text: lines.join("\n"), buttons };
}

/** A CCAS agent signed in to the console over HTTP. */
export class ConsoleAgent {
  private cookie = "";

  private constructor(
    private readonly baseUrl: string,
    readonly displayName: string,
  ) {}

  static async signIn(harness: ChannelHarness, displayName = "Inès Martin"): Promise<ConsoleAgent> {
    const username = `agent-${Math.random().toString(36).slice(2, 8)}`;
    const password = "correct horse battery staple";
    await addAgent(harness.runtime.store, harness.runtime.clock, { username, displayName, password, role: "agent" });
    const agent = new ConsoleAgent(harness.baseUrl, displayName);
    const response = await agent.post("/console/api/login", { username, password });
    if (response.status !== 200) throw new Error(`console login failed: ${response.status} ${await response.text()}`);
    agent.cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return agent;
  }

  /** Takes the resident's open case and writes to them. */
  async replyTo(harness: ChannelHarness, text: string): Promise<void> {
    const conversationId = await harness.conversationId();
    const active = conversationId ? await harness.runtime.store.findActiveCase(conversationId) : undefined;
    if (!active) throw new Error("the resident has no open case");
    const claimed = await this.post(`/console/api/cases/${active.id}/claim`, {});
    if (claimed.status !== 200) throw new Error(`claim failed: ${claimed.status} ${await claimed.text()}`);
    const replied = await this.post(`/console/api/cases/${active.id}/reply`, { text });
    if (replied.status !== 204) throw new Error(`reply failed: ${replied.status} ${await replied.text()}`);
  }

  private post(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.baseUrl, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
    });
  }
}
