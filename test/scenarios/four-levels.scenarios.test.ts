/**
 * The same resident scenarios on every channel (web widget API and Telegram), through each channel's
 * real transport: the four levels, a crisis interrupting a démarche, and a message not understood.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { allText, ConsoleAgent, type ChannelHarness, type HarnessFactory } from "./harness.js";
import { createTelegramHarness } from "./telegram-harness.js";
import { createWebHarness } from "./web-harness.js";

const channels: Array<[string, HarnessFactory]> = [
  ["web", createWebHarness],
  ["telegram", createTelegramHarness],
];

describe.each(channels)("on the %s channel", (_name, createHarness) => {
  let resident: ChannelHarness;
  beforeEach(async () => {
    resident = await createHarness();
  });
  afterEach(async () => {
    await resident.dispose();
  });

  it("level 1: a quick question gets the entry card with figures and what to do next", async () => {
    await resident.sendText("c'est quoi le rsa exactement");
    const seen = await resident.replies();
    const text = allText(seen);
    expect(text).toMatch(/Revenu de solidarité active/);
    expect(text).toMatch(/\d+,\d{2}\s€/u);
    expect(text).toMatch(/Qui décide/);
    expect(seen.flatMap((m) => m.buttons)).toEqual(expect.arrayContaining(["Comment faire la demande", "Parler à une personne"]));
  });

  it("level 2: a démarche walks the steps one button at a time", async () => {
    await resident.sendText("comment je fais la demande de rsa, il faut quels papiers ?");
    const first = allText(await resident.replies());
    expect(first).toMatch(/préparez ces papiers/i);
    expect(first).toMatch(/Étape 1 sur \d+/);
    await resident.pressChoice("Étape suivante");
    expect(allText(await resident.replies())).toMatch(/Étape 2 sur \d+/);
  });

  it("level 3: a referral asks consent, opens a case, and the agent's console reply reaches the resident", async () => {
    await resident.command("human");
    expect(allText(await resident.replies())).toMatch(/travailleur social/);
    await resident.pressChoice("Oui");
    await resident.pressChoice("Ici, par message");
    await resident.sendText("Je n'arrive plus à payer mon loyer depuis deux mois.");
    const opened = allText(await resident.replies());
    const reference = /demande\s: ([A-Z0-9-]+)/.exec(opened)?.[1];
    expect(reference).toBeTruthy();

    const agent = await ConsoleAgent.signIn(resident, "Inès Martin");
    await agent.replyTo(resident, "Bonjour, je suis Inès du CCAS. Pouvez-vous passer jeudi à 10 h ?");
    const fromAgent = (await resident.replies()).filter((m) => m.author === "agent");
    expect(fromAgent).toHaveLength(1);
    expect(fromAgent[0]?.text).toContain("Pouvez-vous passer jeudi à 10 h ?");
  });

  it("level 4: digital help never asks for a password and ends with a place and its opening status", async () => {
    await resident.sendText("j'ai oublié mon mot de passe sur le site de la caf, je n'arrive plus à me connecter");
    let seen = allText(await resident.replies());
    expect(seen).toMatch(/Ne donnez jamais votre mot de passe/);
    for (let i = 0; i < 12 && !/Ouvert|Fermé/.test(seen); i++) {
      await resident.pressChoice("Étape suivante");
      seen = allText(await resident.replies());
    }
    expect(seen).toMatch(/Ouvert|Fermé/);
  });

  it("a crisis in the middle of a démarche gets the emergency numbers first", async () => {
    await resident.sendText("comment faire la demande de rsa");
    await resident.replies();
    await resident.sendText("je n'en peux plus, j'ai envie de mourir");
    const seen = await resident.replies();
    expect(allText(seen)).toContain("3114");
    // First: the numbers come before anything else the bot says in that turn.
    expect(seen[0]?.text).toMatch(/^[^\n]*(3114|appelez)/i);
  });

  it("a message not understood is said honestly, with the themes to choose from", async () => {
    await resident.sendText("zxqv blorp");
    const seen = await resident.replies();
    expect(allText(seen)).toMatch(/pas compris|ne peux pas aider/);
    expect(seen.flatMap((m) => m.buttons).length).toBeGreaterThan(2);
  });
});
