/**
 * Erasure that leaves nothing: a resident who went through everything that stores their words — a
 * question shared with volunteers, a referral with a phone number and a free-text contact time, messages
 * mirrored in the case's Slack thread, an agent's reply and an internal note — then erases their data
 * (or is purged by retention). Afterwards a byte search finds none of the planted identifiers in the
 * SQLite file and its write-ahead log, in either outbox, or in what Slack still shows.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { retentionHandlers } from "../../src/app/retention.js";
import { CaseActionError } from "../../src/core/accueil-core.js";
import { freshState, readState } from "../../src/core/dialogue-state.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { payloads, texts } from "../support/test-runtime.js";
import { AGENT, AGENTS, VOLUNTEERS, createSlackTestEnv, type SlackTestEnv } from "../slack/slack-test-env.js";

// Made-up identifiers, unlikely anywhere else in the database (catalogue, locales) or in Slack.
const PLANTED = {
  name: "Zoubida Kerbaje",
  phone: "06 47 81 29 53",
  phoneDigits: "0647812953",
  contactTime: "le soir après 19h, demandez Yanis au 07 58 14 36 92",
  neighbour: "Hortense Plumecoq",
  story: "mon bailleur Logirem menace de couper le chauffage",
  agentWords: "Madame Kerbaje, rappelez-moi",
  question: "Est-ce que la ludothèque Quiquampoix prête des jeux le mercredi ?",
};
const NEEDLES = [PLANTED.name, "Kerbaje", PLANTED.phone, PLANTED.phoneDigits, "07 58 14 36 92", "Yanis", PLANTED.neighbour, "Plumecoq", "Logirem", "Quiquampoix"];

let env: SlackTestEnv;
beforeEach(async () => {
  env = await createSlackTestEnv();
});
afterEach(async () => {
  await env.dispose();
});

/** Runs the whole story; returns the resident, the case and its Slack thread. */
async function residentWhoUsedEverything() {
  const person = env.someone("telegram");
  // 1. A general question shared with the volunteers (redacted, with an unknown word: held for review).
  await person.say(PLANTED.question);
  const offered = await person.press("volunteer:offer");
  const share = payloads(offered.replies).find((p) => p.startsWith("volunteer:share:"));
  expect(share).toBeDefined();
  await person.press(share!);
  await env.settle();
  // 2. A referral: phone, a free-text contact time, a description naming a neighbour.
  await person.press("cmd:human");
  await person.press("consent:yes");
  await person.press("contact:phone");
  await person.say(PLANTED.phone);
  await person.say(PLANTED.contactTime);
  const opened = await person.say(`Je suis ${PLANTED.name}, ${PLANTED.story}. Ma voisine ${PLANTED.neighbour} peut confirmer.`);
  expect(texts(opened.replies)).toContain("C'est transmis");
  const conversation = await env.runtime.store.findConversation("telegram", person.conversationKey);
  const record = (await env.runtime.store.findActiveCase(conversation!.id))!;
  expect(record.contactTime).toBe(PLANTED.contactTime);
  await env.settle();
  const ts = await env.caseTs(record.id);
  // 3. The resident writes again (mirrored in the thread), an agent answers from Slack and notes.
  await person.say(`Mon autre numéro c'est ${PLANTED.phoneDigits}`);
  await env.reply(AGENT, AGENTS, ts, `${PLANTED.agentWords} au ${PLANTED.phone}`);
  await env.settle();
  await env.core.addInternalNote(record.id, { id: "slack:U0AGENT1", displayName: "Nadia" }, `Vu avec ${PLANTED.neighbour}`);
  await env.settle();
  return { person, conversation: conversation!, record, ts };
}

/** Every place a planted identifier could remain, as one string per place. */
async function everywhere(): Promise<Record<string, string>> {
  const store = env.runtime.store as KyselyStore;
  const file = join(env.runtime.dir, "accueil.sqlite");
  const bytes = (path: string) => (existsSync(path) ? readFileSync(path).toString("latin1") + readFileSync(path).toString("utf8") : "");
  return {
    "database file": bytes(file),
    "write-ahead log": bytes(`${file}-wal`),
    "resident outbox": JSON.stringify(await store.db.selectFrom("outbox").selectAll().execute()),
    "Slack outbox": JSON.stringify(await store.db.selectFrom("slack_outbox").selectAll().execute()),
    "inbox": JSON.stringify(await store.db.selectFrom("inbox").selectAll().execute()),
    "Slack (what it still shows)": JSON.stringify(env.fake.messages),
  };
}

async function leftovers(): Promise<string[]> {
  const found: string[] = [];
  for (const [place, text] of Object.entries(await everywhere())) {
    for (const needle of NEEDLES) if (text.includes(needle)) found.push(`${needle} in ${place}`);
  }
  return found;
}

describe("a resident's erasure", () => {
  it("leaves none of their words in the database file, its log, the outboxes or Slack", async () => {
    const { person, record, ts } = await residentWhoUsedEverything();
    // Before: the words are there (the test can see them, so it could see them after).
    const before = await leftovers();
    expect(before.some((l) => l.includes("database file") || l.includes("write-ahead log"))).toBe(true);
    expect(before.some((l) => l.includes("Slack (what it still shows)"))).toBe(true);
    expect(before.some((l) => l.includes("resident outbox"))).toBe(true);

    await person.press("cmd:forget");
    const done = await person.press("forget:yes");
    expect(texts(done.replies)).toMatch(/effac/i);
    await env.sweep(); // the job that blanks the Slack posts
    await env.settle();

    expect(await leftovers()).toEqual([]);
    // The case message says it was erased; the bot's lines under it are gone; the volunteers' and review
    // posts are replaced.
    const thread = env.fake.messages.filter((m) => m.channel === AGENTS && (m.ts === ts || m.thread_ts === ts));
    expect(thread.filter((m) => m.thread_ts === ts && m.ts !== ts && m.user !== AGENT)).toEqual([]);
    expect(JSON.stringify(thread)).toContain("Effacé à la demande de la personne");
    const questionPosts = env.fake.messages.filter((m) => (m.channel === VOLUNTEERS || m.channel === AGENTS) && m.text.startsWith("[effacé]"));
    expect(questionPosts.length).toBeGreaterThanOrEqual(1);

    // The case keeps its reference and dates for the statistics, nothing personal; no new note.
    const kept = await env.runtime.store.getCase(record.id);
    expect(kept).toMatchObject({ status: "cancelled", contactTime: "[effacé à la demande de la personne]" });
    await expect(env.core.addInternalNote(record.id, { id: "slack:U0AGENT1", displayName: "Nadia" }, `Rappeler ${PLANTED.name}`)).rejects.toBeInstanceOf(CaseActionError);
    expect(await leftovers()).toEqual([]);

    // The conversation starts afresh: no topic, no démarche, no mode.
    const fresh = await env.runtime.store.findConversation("telegram", person.conversationKey);
    const state = readState(fresh!.state);
    expect(state).toEqual({ ...freshState(), languageChosen: state.languageChosen });
    expect((await env.runtime.store.listMessages(fresh!.id)).every((m) => m.direction === "out")).toBe(true);
  });
});

describe("the retention purge", () => {
  it("leaves nothing either, once the conversation and the closed case are past their periods", async () => {
    const { record } = await residentWhoUsedEverything();
    await env.core.closeCase(record.id, { id: "slack:U0AGENT1", displayName: "Nadia" }, "resolved");
    await env.settle();
    // Past both periods (90 days for conversations, 730 for closed cases by default).
    env.runtime.clock.advance(731 * 86_400_000);
    const purge = retentionHandlers({ store: env.runtime.store, clock: env.runtime.clock, logger: pino({ level: "silent" }), config: env.runtime.config });
    await purge["retention-purge"]!({ id: 0, kind: "retention-purge", dedupeKey: "test", payload: {}, runAt: env.runtime.clock.now(), status: "running", attempts: 1, leaseUntil: null, lastError: null });
    await env.sweep();
    await env.settle();
    expect(await leftovers()).toEqual([]);
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ contactTime: "[effacé à la demande de la personne]" });
  });
});
