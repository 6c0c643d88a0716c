import { describe, expect, it } from "vitest";
import { detectCrisis } from "../../src/understanding/detect-crisis.js";

const category = (text: string): string | null => detectCrisis(text)?.category ?? null;

describe("detectCrisis catches indirect wording", () => {
  it.each([
    ["franchement j'aimerais m'endormir et ne plus me réveiller", "suicide"],
    ["je pense à en finir, ça sert plus à rien", "suicide"],
    ["ils seraient tous mieux sans moi", "suicide"],
    ["I keep thinking everyone would be better off without me", "suicide"],
    ["quiero morirme, ya no aguanto", "suicide"],
    ["Не хочу більше жити", "suicide"],
    ["بغيت نموت وصافي", "suicide"],
    ["il m'a encore frappée hier soir devant les petits", "violence"],
    ["mon copain m'a dit qu'il allait me tuer si je partais", "violence"],
    ["he hit me again and took my phone", "violence"],
    ["راجلي كيضربني كل نهار", "violence"],
    ["le petit d'à côté a des bleus partout, son père le frappe tous les soirs", "child"],
    ["the little girl next door is left with bruises on her arms every week", "child"],
    ["je vais dormir dans la voiture avec les enfants ce soir", "shelter"],
    ["on s'est fait jeter dehors, on a nulle part où aller", "shelter"],
    ["we are homeless since this morning and nowhere to sleep", "shelter"],
    ["mon mari a une douleur dans la poitrine qui descend dans le bras gauche", "medical"],
    ["ma fille n'arrive plus à respirer", "medical"],
    ["my dad collapsed and is not breathing properly", "medical"],
    ["je vais tout arrêter, demain je ne serai plus là", "suicide"],
    ["there's no reason for me to keep living", "suicide"],
    ["artık yaşamak istemiyorum", "suicide"],
    ["ما بقيتش باغي نعيش", "suicide"],
    ["o meu marido bate-me", "violence"],
    ["kocam beni dövüyor", "violence"],
    ["un enfant de 4 ans est tout seul dans l'appartement depuis ce matin", "child"],
    ["my stepdad hits me and I'm 14", "child"],
    ["le propriétaire a changé les serrures, je suis dehors avec mes valises", "shelter"],
    ["no tengo dónde dormir esta noche", "shelter"],
    ["Нам нема де спати цієї ночі", "shelter"],
    ["il a avalé des médicaments, beaucoup", "medical"],
    ["my wife fainted and won't wake up", "medical"],
  ])("%s → %s", (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe("detectCrisis lets near misses through", () => {
  it.each([
    "je meurs de faim, vivement midi",
    "ce formulaire me tue, trois fois que je recommence",
    "mort de rire ton message",
    "je joue aux cartes pour tuer le temps à l'hôpital",
    "le 3919 sert à quoi ? c'est pour un exposé au lycée",
    "I'm dying to know when the next payment comes",
    "mon patron me tue à la tâche mais je gagne pas assez, j'ai droit à la prime ?",
    "je suis pas suicidaire, j'ai juste besoin de parler à un psy",
    "la caf ne répond plus au téléphone depuis une semaine",
    "je voudrais une aide pour payer mes médicaments",
    "quel est le numéro pour signaler une personne qui dort dehors ?",
    "ma mère a fait un AVC il y a deux ans, elle peut avoir l'APA ?",
    "mon propriétaire veut me mettre dehors à la fin du bail, j'ai des droits ?",
    "l'huissier m'a menacé de saisie",
    "le bébé dort tout seul maintenant, on peut avoir la paje ?",
    "can we keep living in the flat if my husband leaves?",
    "je vais mourir de froid cet hiver sans chauffage lol",
  ])("%s → no crisis", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe("detectCrisis reports what matched", () => {
  it("returns the matched words", () => {
    const signal = detectCrisis("j'ai envie d'en finir");
    expect(signal?.category).toBe("suicide");
    expect(signal?.matched).toContain("finir");
  });
});
