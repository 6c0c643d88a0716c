/**
 * Nothing acknowledged is lost: a Telegram update is in the store's inbox before the webhook answers 200,
 * and an update whose instance died before handling it is taken up by the next one, once.
 * Real channel, runtime and SQLite store; Telegram's servers are the local fake.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INBOX_LEASE_MS } from "../../src/channels/telegram/update-intake.js";
import { createTelegramTestEnv, type TelegramTestEnv } from "./telegram-test-env.js";
import { textUpdate } from "./updates.js";

let env: TelegramTestEnv;
let nextChat = 7_000_000;
beforeEach(async () => {
  env = await createTelegramTestEnv();
});
afterEach(async () => {
  await env.dispose();
});

describe("the Telegram inbox", () => {
  it("holds the update before the 200, marks it handled after, and admits a redelivery once", async () => {
    const chatId = nextChat++;
    const update = textUpdate(chatId, "c'est quoi le rsa");
    expect((await env.deliver(update)).status).toBe(200);
    await env.settle();
    expect(env.fake.sentTo(chatId).length).toBeGreaterThan(0);
    const sentBefore = env.fake.sentTo(chatId).length;
    expect(await env.runtime.store.inboxBacklog()).toEqual([]);

    // Telegram delivers it again (our 200 was lost on the way): acknowledged, nothing more happens.
    expect((await env.deliver(update)).status).toBe(200);
    await env.settle();
    expect(env.fake.sentTo(chatId)).toHaveLength(sentBefore);
  });

  it("takes up, once, an update admitted by an instance that died before handling it", async () => {
    const chatId = nextChat++;
    const update = textUpdate(chatId, "comment faire la demande de css");
    // What a crash right after the 200 leaves behind: the row, leased to the dead instance, not handled.
    const receivedAt = env.runtime.clock.now();
    await env.runtime.store.admitInbound({
      channel: "telegram",
      dedupeKey: String(update.update_id),
      conversationKey: String(chatId),
      payload: update,
      receivedAt,
      leaseUntil: new Date(receivedAt.getTime() + INBOX_LEASE_MS),
    });
    expect(await env.runtime.store.inboxBacklog()).toEqual([{ channel: "telegram", pending: 1, dead: 0 }]);

    // Within the lease nobody else touches it…
    expect(await env.channel.intake.recover()).toBe(0);
    // …after it, this instance takes it up and answers.
    env.runtime.clock.advance(INBOX_LEASE_MS + 1);
    expect(await env.channel.intake.recover()).toBe(1);
    await env.settle();
    const answered = env.fake.sentTo(chatId).length;
    expect(answered).toBeGreaterThan(0);
    expect(await env.runtime.store.inboxBacklog()).toEqual([]);

    // Taken up again (another instance racing), it has no second effect.
    expect(await env.channel.intake.recover()).toBe(0);
    expect((await env.deliver(update)).status).toBe(200);
    await env.settle();
    expect(env.fake.sentTo(chatId)).toHaveLength(answered);
  });

  it("at the start of a SQLite file's one server, takes up every pending update at once (their holder is dead)", async () => {
    const chatId = nextChat++;
    const update = textUpdate(chatId, "aide pour le loyer");
    const now = env.runtime.clock.now();
    await env.runtime.store.admitInbound({
      channel: "telegram",
      dedupeKey: String(update.update_id),
      conversationKey: String(chatId),
      payload: update,
      receivedAt: now,
      leaseUntil: new Date(now.getTime() + INBOX_LEASE_MS),
    });
    expect(env.runtime.store.exclusive).toBe(true);
    expect(await env.channel.intake.recover({ atStart: true })).toBe(1);
    await env.settle();
    expect(env.fake.sentTo(chatId).length).toBeGreaterThan(0);
  });
});
