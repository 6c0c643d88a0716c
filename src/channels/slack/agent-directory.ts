/**
 * Who may act on cases, and what to call people. Only members of the agents' channel may take, answer,
 * note, schedule or close a case, or review a question for volunteers; the member list
 * (conversations.members) is kept a minute so that a button press costs no extra call, and a failure to
 * read it refuses the action (fail closed). Display names (users.info) are kept ten minutes.
 */
import type { Clock } from "../../core/clock.js";
import type { SlackClient } from "./slack-api.js";

const MEMBERS_TTL_MS = 60_000;
const NAMES_TTL_MS = 10 * 60_000;

export type Membership = "member" | "not-member" | "unknown";

export class AgentDirectory {
  private members: { ids: Set<string>; at: number } | undefined;
  private loading: Promise<Set<string>> | undefined;
  private readonly names = new Map<string, { name: string; at: number }>();

  constructor(
    private readonly client: SlackClient,
    private readonly agentsChannel: string,
    private readonly clock: Clock,
  ) {}

  async membership(userId: string): Promise<Membership> {
    try {
      return (await this.memberIds()).has(userId) ? "member" : "not-member";
    } catch {
      return "unknown";
    }
  }

  /** Forget the cached list (a test, or an admin who just added someone). */
  invalidate(): void {
    this.members = undefined;
  }

  private async memberIds(): Promise<Set<string>> {
    const now = this.clock.now().getTime();
    if (this.members && now - this.members.at < MEMBERS_TTL_MS) return this.members.ids;
    this.loading ??= (async () => {
      const ids = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await this.client.conversations.members({ channel: this.agentsChannel, limit: 500, ...(cursor ? { cursor } : {}) });
        for (const id of page.members ?? []) ids.add(id);
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
      this.members = { ids, at: this.clock.now().getTime() };
      return ids;
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** The name a resident reads ("Nadia"), falling back to `fallback` when Slack cannot say. */
  async displayName(userId: string, fallback: string): Promise<string> {
    const now = this.clock.now().getTime();
    const cached = this.names.get(userId);
    if (cached && now - cached.at < NAMES_TTL_MS) return cached.name;
    try {
      const { user } = await this.client.users.info({ user: userId });
      const name = (user?.profile?.display_name || user?.profile?.real_name || user?.real_name || user?.name || "").trim();
      if (!name) return fallback;
      this.names.set(userId, { name, at: now });
      return name;
    } catch {
      return fallback;
    }
  }
}
