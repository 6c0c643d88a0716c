/**
 * The redactor on its own: each kind of personal data on hand-written cases, then the measured recall on
 * the synthetic set (340 French messages, every kind planted at least 50 times), printed per kind, and
 * what it removes from messages that hold no personal data. The volunteers' decision (redaction, health
 * and personal stories kept for agents, doubts and unknown words held for review) is measured on the same
 * set: no planted value may be left in a question that would go straight to volunteers. The detectors
 * added for health, dates, addresses, contacts, names and doubts have their own file
 * (detectors.test.ts); the development set is scored in redaction-dev.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { looksPersonal } from "../../src/privacy/personal-situation.js";
import { redactPersonalData } from "../../src/privacy/redact.js";
import { createVocabulary, stringsIn } from "../../src/privacy/unknown-words.js";
import { decideVolunteerShare } from "../../src/privacy/volunteer-share.js";
import { leaked, syntheticMessages, type PlantedKind } from "./synthetic-messages.js";

const root = join(import.meta.dirname, "../..");

describe("each kind of personal data", () => {
  const cases: Array<[string, string, string]> = [
    ["name (cue)", "Bonjour, je m'appelle Fatima Benali et je voudrais un rendez-vous", "Bonjour, je m'appelle [nom] et je voudrais un rendez-vous"],
    ["name (lower case after a cue)", "je m'appelle fatima benali et j'ai une question", "je m'appelle [nom] et j'ai une question"],
    ["name (title)", "Madame Kowalczyk a appelé, et M. Nguyen aussi", "Madame [nom] a appelé, et M. [nom] aussi"],
    ["name (signature)", "Est-ce ouvert samedi ?\nCordialement, J. Ould Ahmed", "Est-ce ouvert samedi ?\nCordialement, [nom]"],
    ["name (upper-case surname)", "Nom : DUPONT Prénom : Inès", "Nom : [nom] Prénom : [nom]"],
    ["phone", "Appelez-moi au 06 12 34 56 78 ou au +33 4 67 00 11 22", "Appelez-moi au [téléphone] ou au [téléphone]"],
    ["health", "Je suis diabétique et sous dialyse. Où est le CCAS ?", "[santé]. Où est le CCAS ?"],
    ["email", "mon mail jean.dupont@orange.fr, ou jean point dupont arobase gmail point com", "mon mail [e-mail], ou [e-mail]"],
    ["NIR", "Numéro de sécu : 2 85 03 2A 172 045 67", "Numéro de sécu : [n° de sécurité sociale]"],
    ["IBAN", "Mon IBAN : FR76 3000 6000 0112 3456 7890 189", "Mon IBAN : [IBAN]"],
    ["address", "J'habite au 12 bis rue des Lilas, 34000 Montpellier depuis 2019", "J'habite au [adresse] depuis 2019"],
    ["address (building)", "résidence Les Tilleuls, bâtiment C appartement 24", "[adresse], [adresse]"],
    ["date of birth", "née le 3 mars 1962, mon fils est né le 12/05/2001", "née le [date de naissance], mon fils est né le [date de naissance]"],
    ["handle", "mon insta c'est @lea_du34 et facebook.com/lea.martin", "mon insta c'est [pseudo] et [pseudo]"],
    ["other identifiers", "Mon numéro d'allocataire est 1234567", "Mon numéro d'allocataire est [numéro]"],
  ];
  it.each(cases)("%s", (_kind, input, expected) => {
    expect(redactPersonalData(input).text).toBe(expected);
  });

  it("reports what it found", () => {
    expect(redactPersonalData("Je suis Karim, 06 12 34 56 78, 06 98 76 54 32").found).toEqual([
      { kind: "name", count: 1 },
      { kind: "phone", count: 2 },
    ]);
  });

  it("leaves general questions and places alone", () => {
    for (const text of [
      "Comment faire une demande de RSA à la CAF de Montpellier ?",
      "Est-ce que les Restos du Cœur ouvrent en décembre ?",
      "Le loyer est de 650 euros, le plafond c'est 25000 € par an ?",
      "Le bus 12 passe à 14h30 devant la médiathèque depuis 2019 ?",
    ]) {
      expect(redactPersonalData(text)).toEqual({ text, found: [], health: false, doubt: false, doubts: [] });
    }
  });

  it("removes every date, an appointment's too (a date of a life event identifies with the rest)", () => {
    expect(redactPersonalData("Le rendez-vous du 12/03/2026 à France Travail est maintenu ?").text).toBe("Le rendez-vous du [date] à France Travail est maintenu ?");
  });
});

describe("personal situations", () => {
  it.each([
    "Mon mari est parti, je n'ai plus d'argent pour le loyer",
    "Je suis enceinte et je ne sais pas où aller",
    "J'ai reçu une lettre de l'huissier pour l'expulsion",
    "my husband beats me",
    "Мій чоловік мене б'є",
  ])("%s", (text) => {
    expect(looksPersonal(text)).toBe(true);
  });
  it.each(["Est-ce que le bus passe le dimanche ?", "Où imprimer un document ?", "Comment créer un compte ameli ?"])("not: %s", (text) => {
    expect(looksPersonal(text)).toBe(false);
  });
});

describe("the synthetic set (340 messages)", () => {
  const { withData, clean } = syntheticMessages();

  it("has at least 300 messages and every kind planted", () => {
    expect(withData.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(withData.flatMap((m) => m.planted.map((p) => p.kind)));
    expect([...kinds].sort()).toEqual(["address", "birthdate", "email", "handle", "iban", "name", "nir", "phone"]);
  });

  it("measures the recall of the redactor, per kind", () => {
    const per = new Map<PlantedKind, { planted: number; removed: number }>();
    const misses: string[] = [];
    let messagesFullyClean = 0;
    for (const message of withData) {
      const redacted = redactPersonalData(message.text).text;
      let clean = true;
      for (const planted of message.planted) {
        const entry = per.get(planted.kind) ?? { planted: 0, removed: 0 };
        entry.planted++;
        if (leaked(planted, redacted)) {
          clean = false;
          misses.push(`${planted.kind} "${planted.value}" in ${message.id}`);
        } else {
          entry.removed++;
        }
        per.set(planted.kind, entry);
      }
      if (clean) messagesFullyClean++;
    }
    const total = [...per.values()].reduce((a, e) => ({ planted: a.planted + e.planted, removed: a.removed + e.removed }), { planted: 0, removed: 0 });
    const lines = [...per].sort(([a], [b]) => a.localeCompare(b)).map(([kind, e]) => `  ${kind.padEnd(10)} ${e.removed}/${e.planted}  ${((100 * e.removed) / e.planted).toFixed(1)} %`);
    console.log(
      [
        `Redaction recall on ${withData.length} synthetic messages (${total.planted} planted values):`,
        ...lines,
        `  overall    ${total.removed}/${total.planted}  ${((100 * total.removed) / total.planted).toFixed(2)} %`,
        `  messages with nothing left: ${messagesFullyClean}/${withData.length}`,
        `  missed: ${misses.join("; ") || "none"}`,
      ].join("\n"),
    );
    // Floors, so that a regression fails: every kind but names is structured and must be complete;
    // names are the hard part (lower-case names without any cue are the known blind spot).
    for (const [kind, e] of per) if (kind !== "name") expect(e.removed, kind).toBe(e.planted);
    expect(per.get("name")!.removed / per.get("name")!.planted).toBeGreaterThanOrEqual(0.95);
    expect(total.removed / total.planted).toBeGreaterThanOrEqual(0.98);
  });

  it("leaves nothing planted in a question that would go straight to volunteers (the dialogue's decision)", () => {
    const texts: string[] = [];
    for (const file of readdirSync(join(root, "content/rights"))) texts.push(...stringsIn(parse(readFileSync(join(root, "content/rights", file), "utf8"))));
    for (const ns of ["bot", "volunteer", "territory"]) {
      try {
        texts.push(...stringsIn(JSON.parse(readFileSync(join(root, "locales/fr", `${ns}.json`), "utf8"))));
      } catch {
        // a namespace not shipped yet
      }
    }
    const vocabulary = createVocabulary(texts);
    let direct = 0;
    let review = 0;
    const leaks: string[] = [];
    for (const message of withData) {
      const decision = decideVolunteerShare(message.text, vocabulary);
      if (decision.route !== "open") {
        review++;
        continue;
      }
      direct++;
      for (const planted of message.planted) if (leaked(planted, decision.redaction.text)) leaks.push(`${planted.kind} "${planted.value}" in ${message.id}`);
    }
    const cleanReview = clean.filter((m) => decideVolunteerShare(m.text, vocabulary).route !== "open").length;
    const cleanChanged = clean.filter((m) => redactPersonalData(m.text).text !== m.text).length;
    console.log(
      `Straight to volunteers: ${direct}/${withData.length}; held for an agent's review or kept for agents: ${review}; values left in direct shares: ${leaks.length}\n` +
        `Messages without personal data (${clean.length}): changed by the redactor ${cleanChanged}, held for review ${cleanReview}`,
    );
    expect(leaks).toEqual([]);
    expect(cleanChanged).toBeLessThanOrEqual(2);
  });
});
