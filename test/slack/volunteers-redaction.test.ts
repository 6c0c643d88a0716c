/**
 * The whole volunteers' path on the 340 synthetic messages: each is said by a resident, offered to the
 * volunteers and shared on consent, through the real core, store, Bolt App and Web API client. Whatever
 * route each one takes — an agent's review first (each carries personal data), then published as it is
 * when nothing else is doubtful, or kept for agents (a personal situation, a crisis) — no planted value
 * may reach the volunteers' channel.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { payloads } from "../support/test-runtime.js";
import { leaked, syntheticMessages } from "../privacy/synthetic-messages.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { AGENT, AGENTS, createSlackTestEnv, VOLUNTEERS, type SlackTestEnv } from "./slack-test-env.js";

let env: SlackTestEnv;
beforeAll(async () => {
  env = await createSlackTestEnv();
});
afterAll(async () => {
  await env.dispose();
});

it("nothing unredacted reaches the volunteers' channel", { timeout: 300_000 }, async () => {
  const { withData } = syntheticMessages();
  const routes = { direct: 0, review: 0, kept: 0 };
  const sharedIds = new Map<string, string>(); // question id → message id
  for (const message of withData) {
    const person = env.someone("web");
    await person.say(message.text);
    const offered = await person.press("volunteer:offer");
    const share = payloads(offered.replies).find((p) => p.startsWith("volunteer:share:"));
    if (!share) {
      routes.kept++;
      continue;
    }
    await person.press(share);
    const conversation = await env.runtime.store.findConversation("web", person.conversationKey);
    const seq = Number(share.split(":")[2]);
    // The question row is found through the store, as the channel would.
    const threads = await env.runtime.store.listMessages(conversation!.id, { afterSeq: seq - 1, limit: 1 });
    expect(threads[0]?.seq).toBe(seq);
    sharedIds.set(`${conversation!.id}:${seq}`, message.id);
  }
  await env.settle();
  // Questions held only because the redactor removed something (no unknown word, no doubt) are the ones
  // an agent would publish after a glance: publish them as they are — the worst case, a rubber stamp.
  const held = await (env.runtime.store as KyselyStore).db.selectFrom("volunteer_questions").select(["id", "status", "unknown_words"]).where("status", "=", "review").execute();
  for (const question of held) if (JSON.parse(question.unknown_words).length === 0) await env.press(AGENT, "question.publish", question.id);
  await env.settle();

  // Every question posted to volunteers, matched back to its synthetic message through the store.
  const byId = new Map(withData.map((m) => [m.id, m]));
  const leaks: string[] = [];
  const volunteerMessages = env.fake.messages.filter((m) => m.channel === VOLUNTEERS && !m.thread_ts);
  for (const posted of volunteerMessages) {
    const thread = await env.runtime.store.findExternalThread("slack", VOLUNTEERS, posted.ts);
    const question = thread && (await env.runtime.store.getVolunteerQuestion(thread.subjectId));
    const source = question && byId.get(sharedIds.get(`${question.conversationId}:${question.sourceSeq}`) ?? "");
    expect(source, `question of ${posted.ts}`).toBeTruthy();
    const shown = JSON.stringify(posted.blocks) + posted.text;
    for (const planted of source!.planted) if (leaked(planted, shown)) leaks.push(`${planted.kind} "${planted.value}" (${source!.id})`);
  }
  routes.direct = volunteerMessages.length;
  routes.review = env.fake.messages.filter((m) => m.channel === AGENTS && !m.thread_ts && JSON.stringify(m.blocks).includes("à relire")).length;

  // Numbers are checked over everything the volunteers' channel ever received, all messages together.
  const everything = env.fake.everythingSentTo(VOLUNTEERS).replace(/[^0-9A-Z]/gi, "").toUpperCase();
  for (const message of withData) {
    for (const planted of message.planted) {
      if (planted.kind === "phone" || planted.kind === "nir" || planted.kind === "iban") {
        const digits = planted.value.replace(/[^0-9A-Z]/gi, "").toUpperCase().slice(-8);
        if (everything.includes(digits)) leaks.push(`${planted.kind} "${planted.value}" (${message.id})`);
      }
    }
  }
  console.log(
    `Volunteers' path on ${withData.length} synthetic messages: ${routes.review} held for an agent's review (each one carried ` +
      `personal data), ${routes.direct} of them published as they were, ${routes.kept} kept for agents (personal situation or crisis); ` +
      `planted values reaching the volunteers' channel: ${leaks.length}`,
  );
  // Every message here carries personal data: none goes to volunteers without an agent's review first.
  expect(routes.review + routes.kept).toBe(withData.length);
  expect(routes.direct).toBeGreaterThan(200);
  expect(leaks).toEqual([]);
});
