/**
 * The agents' side, through the real Bolt App over HTTP: a case opened from the web or from Telegram is
 * posted in the agents' channel; an agent takes it, answers in the thread, writes internal notes (by
 * prefix and by modal), proposes an appointment and closes it. The resident receives exactly the
 * relayed words, never a note; the bot says nothing while the case is held; the web console and Slack
 * change the same case.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startOutboxWorker } from "../../src/delivery/outbox-worker.js";
import type { OutboxItem } from "../../src/store/store.js";
import { AGENT, AGENT_2, AGENTS, createSlackTestEnv, type SlackTestEnv } from "./slack-test-env.js";

let env: SlackTestEnv;
beforeEach(async () => {
  env = await createSlackTestEnv();
});
afterEach(async () => {
  await env.dispose();
});

type Block = { type: string; text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ action_id?: string; text?: { text: string } | string }> };

function caseMessage(ts: string): { text: string; blocks: Block[] } {
  const message = env.fake.messages.find((m) => m.channel === AGENTS && m.ts === ts);
  if (!message) throw new Error(`no message ${ts}`);
  return { text: message.text, blocks: message.blocks as Block[] };
}
const blockText = (blocks: Block[]) => JSON.stringify(blocks);
const buttons = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "actions" ? (b.elements ?? []).map((e) => e.action_id) : []));
const threadPosts = (ts: string) => env.fake.posts(AGENTS).filter((p) => p.thread_ts === ts).map((p) => String(p.text));

describe("a new case reaches the agents' channel", () => {
  it.each(["web", "telegram"] as const)("posts one Block Kit message for a case opened on %s", async (channel) => {
    const { record } = await env.openCase(channel);
    await env.settle();
    const posts = env.fake.posts(AGENTS).filter((p) => !p.thread_ts);
    expect(posts).toHaveLength(1);
    const ts = await env.caseTs(record.id);
    const { blocks } = caseMessage(ts);
    const text = blockText(blocks);
    expect(text).toContain(record.reference);
    for (const label of ["Résumé", "Urgence", "Niveau", "Sujet", "Langue", "Attente", "Contact", "Statut"]) expect(text).toContain(label);
    expect(text).toContain("français");
    expect(text).toContain("3 · Travailleur social");
    expect(text).toContain("depuis 0 min");
    expect(text).toContain(channel === "web" ? "site web" : "Telegram");
    expect(text).toContain("Mon dossier APL est bloqué");
    expect(buttons(blocks)).toEqual(["case.take", "case.appointment", "case.note", "case.close"]);
    // The store knows where the case is mirrored, for both Slack and the console.
    expect(record.id).toBeTruthy();
    expect((await env.runtime.store.getCase(record.id))?.externalRefs).toMatchObject({ slackChannel: AGENTS, slackTs: ts });
  });

  it("posts a case once even when the events repeat and the channel restarts", async () => {
    const { record } = await env.openCase("web");
    await env.settle();
    env.runtime.events.emit("case", { caseId: record.id, change: "created" });
    await env.channel.stop();
    await env.channel.start();
    await env.settle();
    expect(env.fake.posts(AGENTS).filter((p) => !p.thread_ts)).toHaveLength(1);
  });
});

describe("working a case from Slack", () => {
  it("take, reply, internal notes, appointment, close: the resident gets exactly the relayed words", async () => {
    const { record, person } = await env.openCase("web");
    await env.settle();
    const ts = await env.caseTs(record.id);

    // Take.
    expect((await env.press(AGENT, "case.take", record.id)).status).toBe(200);
    await env.settle();
    const taken = await env.runtime.store.getCase(record.id);
    expect(taken).toMatchObject({ status: "claimed", assignedAgentId: `slack:${AGENT}` });
    expect(blockText(caseMessage(ts).blocks)).toContain(`Pris en charge par <@${AGENT}>`);
    expect(buttons(caseMessage(ts).blocks)).not.toContain("case.take");
    expect(threadPosts(ts).some((t) => t.includes(`Pris en charge par <@${AGENT}>`))).toBe(true);

    // A human reply in the thread is relayed unchanged.
    const words = "Bonjour, je regarde votre dossier APL. Pouvez-vous me dire la date de votre dernier courrier de la CAF ?";
    await env.reply(AGENT, AGENTS, ts, words);
    // An internal note by prefix, never relayed.
    await env.reply(AGENT, AGENTS, ts, "note: dossier déjà vu en septembre, voir la CAF");
    await env.reply(AGENT_2, AGENTS, ts, "// je connais la famille, je peux prendre le relais");
    await env.settle();

    // The resident writes during the handoff: relayed to the thread, and the bot says nothing.
    const during = await person.say("Le courrier date du 3 octobre. Merci !");
    expect(during.replies).toEqual([]);
    const asked = await person.say("c'est quoi le RSA ?");
    expect(asked.replies).toEqual([]);
    await env.settle();
    expect(threadPosts(ts).some((t) => t.includes("*La personne :* Le courrier date du 3 octobre. Merci !"))).toBe(true);

    // A note through the button's modal.
    await env.submit(AGENT, "case.note.submit", { caseId: record.id }, { note: { value: "Appeler la CAF mardi." } });
    // An appointment through its modal.
    await env.submit(AGENT, "case.appointment.submit", { caseId: record.id }, {
      date: { selected_date: "2026-11-24" },
      time: { selected_time: "14:30" },
      place: { value: "Accueil du CCAS, bureau 2" },
      message: { value: "Apportez le courrier de la CAF." },
    });
    await env.settle();
    expect(threadPosts(ts).some((t) => t.includes("Note interne de <@U0AGENT1> :* Appeler la CAF mardi."))).toBe(true);
    expect(threadPosts(ts).some((t) => t.includes("a proposé un rendez-vous"))).toBe(true);

    // Close with an outcome.
    await env.submit(AGENT, "case.close.submit", { caseId: record.id }, { outcome: { selected_option: { value: "appointment" } }, note: { value: "RDV fixé" } });
    await env.settle();
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "closed", outcome: "appointment" });
    expect(blockText(caseMessage(ts).blocks)).toContain("Clos — Rendez-vous fixé");
    expect(buttons(caseMessage(ts).blocks)).toEqual([]);

    // What the resident received from people: exactly the two relayed messages, in order.
    const out = await env.outbound(record.conversationId);
    const fromAgents = out.filter((m) => m.author === "agent");
    expect(fromAgents.map((m) => m.text)).toEqual([words, "📅 mardi 24 novembre 2026, 14:30 — Accueil du CCAS, bureau 2\nApportez le courrier de la CAF."]);
    expect(fromAgents.every((m) => m.authorName === "Nadia")).toBe(true);
    const everything = out.map((m) => m.text).join("\n");
    for (const secret of ["dossier déjà vu", "je connais la famille", "Appeler la CAF mardi", "RDV fixé"]) expect(everything).not.toContain(secret);
    // The bot told the resident the case was taken, then closed; it said nothing in between.
    const botTexts = out.filter((m) => m.author === "bot").map((m) => m.text);
    expect(botTexts.some((t) => t.includes("a pris votre demande"))).toBe(true);
    expect(botTexts.at(-1)).toContain("est close");

    // Notes are in the case record, for the console.
    const notes = (await env.runtime.store.listCaseEvents(record.id)).filter((e) => e.kind === "note").map((e) => e.text);
    expect(notes).toEqual(["dossier déjà vu en septembre, voir la CAF", "je connais la famille, je peux prendre le relais", "Appeler la CAF mardi.", "RDV fixé"]);

    // After closing, the bot answers again.
    const after = await person.say("c'est quoi le RSA ?");
    expect(after.replies.length).toBeGreaterThan(0);
    // And a late reply in the thread is refused privately, not relayed.
    await env.reply(AGENT, AGENTS, ts, "Encore une chose");
    await env.settle();
    expect((await env.outbound(record.conversationId)).some((m) => m.text === "Encore une chose")).toBe(false);
    expect(env.fake.callsOf("chat.postEphemeral").some((c) => String(c.args.text).includes("Ce dossier est clos"))).toBe(true);
  });

  it("every message about a case after the first is in its thread", async () => {
    const { record, person } = await env.openCase("web");
    await env.settle();
    const ts = await env.caseTs(record.id);
    await env.press(AGENT, "case.take", record.id);
    await env.reply(AGENT, AGENTS, ts, "Bonjour !");
    await person.say("Bonjour, merci");
    await env.settle();
    const posts = env.fake.posts(AGENTS);
    expect(posts[0]?.thread_ts).toBeUndefined();
    expect(posts.slice(1).length).toBeGreaterThan(0);
    expect(posts.slice(1).every((p) => p.thread_ts === ts)).toBe(true);
  });

  it("a reply from Slack to a Telegram resident leaves through the Telegram outbox, unchanged", async () => {
    const { record } = await env.openCase("telegram");
    await env.settle();
    const ts = await env.caseTs(record.id);
    await env.reply(AGENT, AGENTS, ts, "Bonjour, ici Nadia du CCAS. <https://www.caf.fr|caf.fr> & à bientôt");
    await env.reply(AGENT, AGENTS, ts, "note: ne pas transmettre");
    await env.settle();
    const sent: OutboxItem[] = [];
    const worker = startOutboxWorker({ store: env.runtime.store, channel: "telegram", clock: env.runtime.clock, pollMs: 0, send: async (item) => (sent.push(item), { ok: true }) });
    await worker.drain();
    await worker.stop();
    const fromAgent = sent.filter((i) => i.message.author === "agent").flatMap((i) => i.message.replies.map((r) => ("text" in r ? r.text : "")));
    expect(fromAgent).toEqual(["Bonjour, ici Nadia du CCAS. https://www.caf.fr & à bientôt"]);
    expect(JSON.stringify(sent)).not.toContain("ne pas transmettre");
    // Replying took the case (the resident must know a person is there).
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "claimed", assignedAgentId: `slack:${AGENT}` });
  });
});

describe("the console and Slack show the same case", () => {
  it("a claim, a reply and a note made in the console appear in Slack; Slack cannot answer or close a console agent's case", async () => {
    const { record } = await env.openCase("web");
    await env.settle();
    const ts = await env.caseTs(record.id);
    const account = await env.runtime.store.createAgent({ username: "sophie", displayName: "Sophie <Console>", passwordHash: "x", role: "agent" }, env.runtime.clock.now());
    const console = { id: account.id, displayName: account.displayName };
    await env.core.claimCase(record.id, console);
    await env.core.replyToResident(record.id, console, "Je vous appelle demain matin.");
    await env.core.addInternalNote(record.id, console, "Numéro vérifié");
    await env.settle();
    expect(blockText(caseMessage(ts).blocks)).toContain("Pris en charge par Sophie &lt;Console&gt;");
    const thread = threadPosts(ts);
    expect(thread.some((t) => t.includes("*Sophie &lt;Console&gt;* a répondu depuis la console : Je vous appelle demain matin."))).toBe(true);
    expect(thread.some((t) => t.includes("Note interne de Sophie &lt;Console&gt; :* Numéro vérifié"))).toBe(true);

    // Another agent tries to take it from Slack: told who holds it, nothing changes.
    await env.press(AGENT, "case.take", record.id);
    await env.settle();
    expect((await env.runtime.store.getCase(record.id))?.assignedAgentId).toBe(account.id);
    expect(env.fake.responses.at(-1)?.body.text).toBe("Ce dossier est déjà pris en charge par Sophie &lt;Console&gt;.");

    // Nor answer or close it: told privately who holds it, nothing changes, nothing reaches the resident.
    await env.submit(AGENT, "case.close.submit", { caseId: record.id }, { outcome: { selected_option: { value: "resolved" } } });
    await env.reply(AGENT, AGENTS, ts, "Je m'en occupe aussi");
    await env.settle();
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "claimed", assignedAgentId: account.id, outcome: null });
    expect((await env.outbound(record.conversationId)).some((m) => m.text === "Je m'en occupe aussi")).toBe(false);
    const refusals = env.fake.callsOf("chat.postEphemeral").map((c) => String(c.args.text));
    expect(refusals.filter((t) => t.startsWith("Ce dossier est pris en charge par Sophie &lt;Console&gt; : seule cette personne"))).toHaveLength(2);
    // A note stays open to every agent.
    await env.reply(AGENT, AGENTS, ts, "note: je connais la personne");
    await env.settle();
    expect((await env.runtime.store.listCaseEvents(record.id)).some((e) => e.kind === "note" && e.text === "je connais la personne")).toBe(true);

    // Its holder closes it from the console: Slack shows it closed.
    await env.core.closeCase(record.id, console, "resolved");
    await env.settle();
    const [closed] = await env.runtime.store.listCases({ status: ["closed"] });
    expect(closed).toMatchObject({ id: record.id, outcome: "resolved" });
    expect(blockText(caseMessage(ts).blocks)).toContain("Clos — Résolu");
  });

  it("a case taken in Slack is its taker's: another Slack member and a console agent are refused, a supervisor reassigns it", async () => {
    const { record } = await env.openCase("web");
    await env.settle();
    const ts = await env.caseTs(record.id);
    await env.press(AGENT, "case.take", record.id);
    await env.settle();
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "claimed", assignedAgentId: `slack:${AGENT}` });

    await env.reply(AGENT_2, AGENTS, ts, "Bonjour, ici Paul");
    await env.settle();
    expect((await env.outbound(record.conversationId)).some((m) => m.text === "Bonjour, ici Paul")).toBe(false);
    expect(env.fake.callsOf("chat.postEphemeral").at(-1)?.args.text).toContain(`Ce dossier est pris en charge par <@${AGENT}>`);

    const now = env.runtime.clock.now();
    const agent = await env.runtime.store.createAgent({ username: "sophie", displayName: "Sophie", passwordHash: "x", role: "agent" }, now);
    const supervisor = await env.runtime.store.createAgent({ username: "claire", displayName: "Claire", passwordHash: "x", role: "supervisor" }, now);
    await expect(env.core.replyToResident(record.id, { id: agent.id, displayName: "Sophie" }, "Bonjour")).rejects.toMatchObject({ code: "not-assigned" });
    await expect(env.core.reassignCase(record.id, { id: agent.id, displayName: "Sophie" }, agent.id)).rejects.toMatchObject({ code: "supervisors-only" });

    await env.core.reassignCase(record.id, { id: supervisor.id, displayName: "Claire" }, agent.id);
    await env.settle();
    expect(await env.runtime.store.getCase(record.id)).toMatchObject({ status: "claimed", assignedAgentId: agent.id });
    expect(threadPosts(ts)).toContain("🔁 Claire a confié le dossier à Sophie.");
    expect(blockText(caseMessage(ts).blocks)).toContain("Pris en charge par Sophie");
    // Now the Slack member who took it first is refused too.
    await env.submit(AGENT, "case.close.submit", { caseId: record.id }, { outcome: { selected_option: { value: "resolved" } } });
    await env.settle();
    expect((await env.runtime.store.getCase(record.id))?.status).toBe("claimed");
  });

  it("a resident's erasure removes what the bot wrote in the thread and blanks the case message", async () => {
    const { record, person } = await env.openCase("web");
    await env.settle();
    const ts = await env.caseTs(record.id);
    await person.say("Mon numéro est le 06 12 34 56 78");
    await env.settle();
    expect(env.fake.messages.some((m) => m.thread_ts === ts && m.text.includes("06 12 34 56 78"))).toBe(true);
    await env.core.eraseConversation(record.conversationId);
    await env.settle();
    const left = env.fake.messages.filter((m) => m.channel === AGENTS && (m.ts === ts || m.thread_ts === ts));
    expect(left.map((m) => m.ts)).toEqual([ts]);
    expect(JSON.stringify(left)).not.toContain("APL");
    expect(JSON.stringify(left)).toContain("Effacé à la demande de la personne");
  });
});
