/**
 * The volunteers' side: a question the bot could not answer is offered to volunteers, anonymously, with
 * the resident's consent; what is posted is the redacted text only, with nothing that links it to the
 * resident; a volunteer's answer in the thread reaches the resident marked as a volunteer's; agents can
 * review, correct, decline and answer. A crisis or a personal situation never reaches volunteers.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { payloads, texts } from "../support/test-runtime.js";
import { AGENT, AGENTS, createSlackTestEnv, VOLUNTEER, VOLUNTEERS, type SlackTestEnv } from "./slack-test-env.js";

let env: SlackTestEnv;
beforeEach(async () => {
  env = await createSlackTestEnv();
});
afterEach(async () => {
  await env.dispose();
});

type Person = ReturnType<SlackTestEnv["someone"]>;

/** Says the question, asks for the volunteers, says yes; returns what the bot said at each step. */
async function askVolunteers(person: Person, question: string) {
  const asked = await person.say(question);
  const offered = await person.press("volunteer:offer");
  const share = payloads(offered.replies).find((p) => p.startsWith("volunteer:share:"));
  const shared = share ? await person.press(share) : undefined;
  await env.settle();
  return { asked, offered, shared, share };
}

const volunteerPosts = () => env.fake.posts(VOLUNTEERS).filter((p) => !p.thread_ts);
const questionTs = () => String(env.fake.posts(VOLUNTEERS).find((p) => !p.thread_ts)?.ts ?? env.fake.messages.find((m) => m.channel === VOLUNTEERS && !m.thread_ts)?.ts);

describe("offering the volunteers", () => {
  it("is a choice when the bot cannot answer a question", async () => {
    const person = env.someone("web");
    const answer = await person.say("Est-ce que le bus 12 passe encore devant la médiathèque le dimanche ?");
    expect(payloads(answer.replies)).toContain("volunteer:offer");
    expect(texts(answer.replies)).toContain("Demander aux bénévoles (anonyme)");
    // Not for a two-word message.
    const short = await env.someone("web").say("euh quoi");
    expect(payloads(short.replies)).not.toContain("volunteer:offer");
  });
});

describe("a general question with personal data", () => {
  it("is shown redacted, shared on consent, answered by a volunteer, marked as such", async () => {
    const person = env.someone("telegram");
    const question = "Bonjour, je m'appelle Fatima Benali (06 12 34 56 78, fatima.benali@gmail.com). Est-ce que le bus 12 passe encore devant la médiathèque le dimanche ?";
    const { offered, shared } = await askVolunteers(person, question);

    // The resident is told what is shared and sees the exact text.
    // (French answers carry no-break spaces before "?" and inside « »: the same words, typeset.)
    const preview = texts(offered.replies).replace(/[\u00a0\u202f]/g, " ");
    expect(preview).toContain("sans votre nom");
    expect(preview).toContain("« Bonjour, je m'appelle [nom] ([téléphone], [e-mail]). Est-ce que le bus 12 passe encore devant la médiathèque le dimanche ? »");
    // It held personal data: an agent reads the redacted text before any volunteer does.
    expect(texts(shared!.replies)).toContain("relit votre question");
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
    const reviewTs = String(env.fake.messages.find((m) => m.channel === AGENTS && !m.thread_ts)?.ts);
    const questionId = (await env.runtime.store.findExternalThread("slack", AGENTS, reviewTs))!.subjectId;
    await env.press(AGENT, "question.publish", questionId);
    await env.settle();

    // Posted to the volunteers, redacted, with nothing pointing back to the resident.
    const posts = volunteerPosts();
    expect(posts).toHaveLength(1);
    const everything = env.fake.everythingSentTo(VOLUNTEERS);
    for (const personal of ["Fatima", "Benali", "06 12 34 56 78", "fatima.benali", "gmail"]) expect(everything).not.toContain(personal);
    expect(everything).toContain("le bus 12 passe encore devant la médiathèque");
    const conversation = await env.runtime.store.findConversation("telegram", person.conversationKey);
    expect(everything).not.toContain(conversation!.id);
    expect(everything).not.toContain(person.conversationKey);

    // A volunteer answers in the thread.
    const answer = "Bonjour ! Oui, la ligne 12 passe le dimanche, toutes les 40 minutes environ, de 8 h à 20 h.";
    await env.reply(VOLUNTEER, VOLUNTEERS, questionTs(), answer);
    await env.settle();
    const out = await env.outbound(conversation!.id);
    expect(out.filter((m) => m.author === "volunteer")).toEqual([{ author: "volunteer", authorName: "Claire", text: answer }]);
    // The thread shows it was relayed; the question message says it was answered.
    expect(env.fake.callsOf("reactions.add").map((c) => c.args.name)).toEqual(["incoming_envelope"]);
    const updated = env.fake.messages.find((m) => m.channel === VOLUNTEERS && !m.thread_ts);
    expect(JSON.stringify(updated?.blocks)).toContain("Réponse transmise (1)");

    // "//" lines stay between volunteers.
    await env.reply(VOLUNTEER, VOLUNTEERS, questionTs(), "// quelqu'un peut vérifier les horaires ?");
    await env.settle();
    expect((await env.outbound(conversation!.id)).filter((m) => m.author === "volunteer")).toHaveLength(1);
  });

  it("shares one message once, even if the resident presses yes twice", async () => {
    const person = env.someone("web");
    const { share } = await askVolunteers(person, "Est-ce que le bus 12 passe encore devant la médiathèque le dimanche ?");
    const again = await person.press(share!);
    await env.settle();
    expect(texts(again.replies)).toContain("déjà été transmise");
    expect(volunteerPosts()).toHaveLength(1);
  });

  it("an agent answering in the volunteers' thread speaks as the CCAS (a correction)", async () => {
    const person = env.someone("web");
    await askVolunteers(person, "Est-ce que le bus 12 passe encore devant la médiathèque le dimanche ?");
    await env.reply(VOLUNTEER, VOLUNTEERS, questionTs(), "Non, jamais le dimanche.");
    await env.reply(AGENT, VOLUNTEERS, questionTs(), "Correction du CCAS : la ligne 12 circule le dimanche depuis septembre.");
    await env.settle();
    const conversation = await env.runtime.store.findConversation("web", person.conversationKey);
    const people = (await env.outbound(conversation!.id)).filter((m) => m.author !== "bot");
    expect(people).toEqual([
      { author: "volunteer", authorName: "Claire", text: "Non, jamais le dimanche." },
      { author: "agent", authorName: "Nadia", text: "Correction du CCAS : la ligne 12 circule le dimanche depuis septembre." },
    ]);
  });
});

describe("never shared with volunteers", () => {
  it("a personal situation becomes a referral for agents", async () => {
    const person = env.someone("web");
    const { offered, share } = await askVolunteers(person, "Mon mari est parti et je n'ai plus d'argent pour le loyer, est-ce qu'il y a un atelier couture ?");
    expect(share).toBeUndefined();
    expect(texts(offered.replies)).toContain("situation personnelle");
    expect(payloads(offered.replies)).toContain("consent:yes");
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
  });

  it("a crisis gets the emergency numbers and never reaches volunteers", async () => {
    const person = env.someone("web");
    const { offered, share } = await askVolunteers(person, "je veux que tout s'arrête, est-ce qu'il y a un club de lecture ?");
    expect(share).toBeUndefined();
    expect(offered.replies[0]).toMatchObject({ kind: "emergency" });
    expect(texts(offered.replies)).toContain("3114");
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
  });

  it("a forged share payload for a personal message shares nothing", async () => {
    const person = env.someone("web");
    await person.say("Je suis enceinte et seule, est-ce que la piscine a des cours pour femmes enceintes ?");
    const conversation = await env.runtime.store.findConversation("web", person.conversationKey);
    const [message] = (await env.runtime.store.listMessages(conversation!.id)).filter((m) => m.direction === "in");
    const forged = await person.press(`volunteer:share:${message!.seq}`);
    await env.settle();
    expect(texts(forged.replies)).toContain("situation personnelle");
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
  });
});

describe("questions held for an agent's review", () => {
  // A number no detector classifies may still identify someone: the redactor doubts, an agent reads first.
  const question = "On m'a dit de demander au bureau 4521 pour les horaires de la ludothèque du quartier";

  it("go to the agents first; a volunteer cannot publish; an agent corrects and publishes", async () => {
    const person = env.someone("web");
    const { offered, shared } = await askVolunteers(person, question);
    expect(texts(offered.replies)).toContain("relira d'abord");
    expect(texts(shared!.replies)).toContain("relit votre question");
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
    const review = env.fake.posts(AGENTS).find((p) => !p.thread_ts);
    expect(JSON.stringify(review?.blocks)).toContain("`4521`");
    const questionId = (await env.runtime.store.findExternalThread("slack", AGENTS, String(env.fake.messages.find((m) => m.channel === AGENTS)?.ts)))!.subjectId;

    await env.press(VOLUNTEER, "question.publish", questionId);
    await env.settle();
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
    expect(env.fake.responses.at(-1)?.body.text).toContain("Seuls les membres du canal des agents");

    await env.press(AGENT, "question.edit", questionId);
    await env.settle();
    const modal = env.fake.callsOf("views.open").at(-1)?.args.view as { blocks: Array<{ element?: { initial_value?: string } }> };
    expect(modal.blocks[0]?.element?.initial_value).toBe(question);
    await env.submit(AGENT, "question.edit.submit", { questionId }, { text: { value: "Quels sont les horaires de la ludothèque du quartier ? Contact : 06 99 88 77 66" } });
    await env.settle();
    const published = env.fake.everythingSentTo(VOLUNTEERS);
    expect(published).toContain("Quels sont les horaires de la ludothèque du quartier ?");
    expect(published).not.toContain("4521");
    expect(published).not.toContain("06 99 88 77 66"); // an agent's correction goes through the redactor too
    const reviewMessage = env.fake.messages.find((m) => m.channel === AGENTS && !m.thread_ts);
    expect(JSON.stringify(reviewMessage?.blocks)).toContain(`Publiée pour les bénévoles par <@${AGENT}>`);
  });

  it("an agent may decline: the resident is told, volunteers see nothing", async () => {
    const person = env.someone("web");
    await askVolunteers(person, question);
    const questionId = (await env.runtime.store.findExternalThread("slack", AGENTS, String(env.fake.messages.find((m) => m.channel === AGENTS)?.ts)))!.subjectId;
    await env.press(AGENT, "question.decline", questionId);
    await env.settle();
    expect(env.fake.everythingSentTo(VOLUNTEERS)).toBe("");
    const conversation = await env.runtime.store.findConversation("web", person.conversationKey);
    const last = (await env.outbound(conversation!.id)).at(-1);
    expect(last?.text).toContain("n'a pas été transmise aux bénévoles");
    expect(JSON.stringify(env.fake.messages.find((m) => m.channel === AGENTS && !m.thread_ts)?.blocks)).toContain("Refusée par");
  });
});
