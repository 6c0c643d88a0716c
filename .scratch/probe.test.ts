import { it } from "vitest";
import { createSlackTestEnv } from "../test/slack/slack-test-env.js";
import { texts, payloads } from "../test/support/test-runtime.js";
it("probe", async () => {
  const env = await createSlackTestEnv();
  for (const q of ["Est-ce que le bus 12 passe encore devant la médiathèque le dimanche ?", "Bonjour, je m'appelle Fatima Benali, est-ce que l'épicerie solidaire prend les bénévoles le samedi ? 06 12 34 56 78", "Où est-ce qu'on peut jouer aux échecs le mercredi après-midi ?", "On m'a dit de demander à loubna pour les horaires de la ludothèque", "je veux que tout s'arrête", "mon mari me frappe, est-ce que la ludothèque est ouverte ?"]) {
    const p = env.someone("web");
    const r = await p.say(q);
    console.log("Q:", q, "\n", texts(r.replies).slice(0, 300), payloads(r.replies));
  }
  await env.dispose();
});
