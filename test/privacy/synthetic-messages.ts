/**
 * A synthetic test set for the redactor: French resident messages (general questions, the kind a
 * volunteer could answer) carrying planted personal data of every kind, generated from a fixed seed so
 * every run measures the same 340 messages; plus messages with no personal data at all, to count what
 * the redactor removes for nothing.
 *
 * Every value is invented. The name lists are this file's own: about a third of the first names and none
 * of the surnames are in the redactor's first-name list, so cues and capitalisation are measured too.
 * Some names are typed in lower case, as residents do on a phone.
 */
import { seededRandom } from "../../src/understanding/model/seeded-random.js";

export type PlantedKind = "name" | "phone" | "email" | "nir" | "iban" | "address" | "birthdate" | "handle";

export interface Planted {
  kind: PlantedKind;
  /** The value as written in the message. */
  value: string;
}

export interface SyntheticMessage {
  id: string;
  text: string;
  planted: Planted[];
}

// ---------------------------------------------------------------- deterministic randomness

class Dice {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

// ---------------------------------------------------------------- people and places (all invented)

const FIRST_NAMES = [
  "Fatima", "Nadia", "Karim", "Sophie", "Jean-Marc", "Hélène", "Mamadou", "Aïssatou", "Olena", "Taras", "Nathalie",
  "Kévin", "Inès", "Yasmine", "Brigitte", "Gérard", "Léa", "Rachid", "Maria", "João", "Thi Lan", "Ngoc", "Bakary",
  "Soumaya", "Ilham", "Loubna", "Hocine", "Youcef", "Ghislaine", "Jocelyne", "Huguette", "Maëlys", "Timéo", "Kylian",
  "Djibril", "Fanta", "Svitlana", "Bogdan", "Nataliia", "Teodor", "Ophélie", "Gwendoline", "Maïwenn", "Noura",
  "Mireille", "Dominique", "Pierre", "Claire", "Rose", "Sylvie", "Patrick", "Ahmed", "Khadija", "Oumou", "Assa",
  "Zoubida", "Lucas", "Emma", "Christiane", "Anaïs",
];

const SURNAMES = [
  "Benali", "Haddad", "Mansouri", "Bouazza", "Cherif", "Diallo", "Traoré", "Koné", "Ndiaye", "Camara", "Kowalczyk",
  "Nowak", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Nguyen", "Pereira", "Da Silva", "Ferreira",
  "Rodrigues", "Yilmaz", "Demir", "Esposito", "Ben Salah", "Ould Ahmed", "El Amrani", "Dupont", "Lefèvre", "Mercier",
  "Gauthier", "Chevalier", "Perrin", "Faure", "Rousseau", "Guérin", "Muller", "Roussel", "Lemaire", "Rahmani",
  "Belkacem", "Toumi", "Saïdi", "Hamdi", "Morel", "Girard", "Fournier", "Bonnet", "Lambert", "Durand", "Moreau",
  "Petit", "Blanc", "Roux",
];

const STREETS = [
  "rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard du Général Leclerc", "rue Paul Bert",
  "allée des Tilleuls", "avenue Victor Hugo", "rue de la Paix", "avenue du 8 Mai 1945", "impasse des Écoles",
  "chemin de la Fontaine", "place Jean Moulin", "rue Émile Zola", "quai du Verdanson", "route de Mende",
  "rue du Faubourg Figuerolles", "cours Gambetta", "rue Saint-Louis", "avenue de Lodève", "rue des Aubes",
];
const CITIES = [["34000", "Montpellier"], ["34070", "Montpellier"], ["34400", "Lunel"], ["34200", "Sète"], ["30000", "Nîmes"], ["34080", "Montpellier"], ["34970", "Lattes"], ["34430", "Saint-Jean-de-Védas"]] as const;
const RESIDENCES = ["résidence Les Tilleuls", "résidence Le Mas Drevon", "cité Gély", "résidence Les Cévennes", "résidence La Pergola"];
const DOMAINS = ["gmail.com", "hotmail.fr", "orange.fr", "yahoo.fr", "free.fr", "laposte.net", "outlook.fr", "sfr.fr"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

// ---------------------------------------------------------------- value makers

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

function person(d: Dice): { first: string; last: string } {
  return { first: d.pick(FIRST_NAMES), last: d.pick(SURNAMES) };
}

function phone(d: Dice): string {
  const mobile = d.pick(["6", "7"]);
  const pairs = [d.digits(2), d.digits(2), d.digits(2), d.digits(2)];
  switch (d.int(0, 7)) {
    case 0:
      return `0${mobile} ${pairs.join(" ")}`;
    case 1:
      return `0${mobile}${pairs.join("")}`;
    case 2:
      return `0${mobile}.${pairs.join(".")}`;
    case 3:
      return `+33 ${mobile} ${pairs.join(" ")}`;
    case 4:
      return `+33${mobile}${pairs.join("")}`;
    case 5:
      return `0${mobile}-${pairs.join("-")}`;
    case 6:
      return `04 ${d.int(10, 99)} ${pairs.slice(1).join(" ")}`;
    default:
      return d.pick([`+216 ${d.digits(2)} ${d.digits(3)} ${d.digits(3)}`, `+380 ${d.digits(2)} ${d.digits(3)} ${d.digits(4)}`, `+212 6${d.digits(2)} ${d.digits(2)} ${d.digits(2)} ${d.digits(2)}`]);
  }
}

function email(d: Dice, p: { first: string; last: string }): string {
  const f = fold(p.first);
  const l = fold(p.last);
  const local = d.pick([`${f}.${l}`, `${f[0]}${l}${d.int(10, 99)}`, `${f}${l}${d.int(1950, 2005)}`, `${f}_${l}`, `${l}.${f}`]);
  return `${local}@${d.pick(DOMAINS)}`;
}

function nir(d: Dice): string {
  const parts = [d.pick(["1", "2"]), d.digits(2), String(d.int(1, 12)).padStart(2, "0"), d.pick(["34", "30", "75", "2A", "13", "99"]), d.digits(3), d.digits(3), d.digits(2)];
  return d.pick([parts.join(" "), parts.join(""), `${parts.slice(0, 6).join(" ")} ${parts[6]}`, parts.join(".")]);
}

function iban(d: Dice): string {
  const groups = ["FR76", d.digits(4), d.digits(4), d.digits(4), d.digits(4), d.digits(4), d.digits(3)];
  return d.chance(0.7) ? groups.join(" ") : groups.join("");
}

function address(d: Dice): string {
  const n = `${d.int(1, 180)}${d.chance(0.1) ? " bis" : ""}`;
  const [code, city] = d.pick(CITIES);
  switch (d.int(0, 5)) {
    case 0:
      return `${n} ${d.pick(STREETS)}`;
    case 1:
      return `${n} ${d.pick(STREETS)}, ${code} ${city}`;
    case 2:
      return `${n} ${d.pick(STREETS)} ${code} ${city}`;
    case 3:
      return `${d.pick(RESIDENCES)}, bâtiment ${d.pick(["A", "B", "C", "D"])} appartement ${d.int(1, 60)}`;
    case 4:
      return `${n} ${d.pick(STREETS).toLowerCase()}`;
    default:
      return `${n}, ${d.pick(STREETS)}`;
  }
}

function birthdate(d: Dice): string {
  const day = d.int(1, 28);
  const month = d.int(1, 12);
  const year = d.int(1935, 2005);
  switch (d.int(0, 3)) {
    case 0:
      return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
    case 1:
      return `${day === 1 ? "1er" : day} ${MONTHS[month - 1]} ${year}`;
    case 2:
      return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
    default:
      return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year).slice(2)}`;
  }
}

function handle(d: Dice, p: { first: string; last: string }): { value: string; phrase: string } {
  const f = fold(p.first);
  const tag = `${f}${d.pick(["_du34", "34", ".off", "_" + fold(p.last).slice(0, 4), "du30", "x"])}`;
  switch (d.int(0, 4)) {
    case 0:
      return { value: `@${tag}`, phrase: `mon insta c'est @${tag}` };
    case 1:
      return { value: tag, phrase: `sur snap : ${tag}` };
    case 2:
      return { value: `facebook.com/${f}.${fold(p.last)}`, phrase: `mon facebook facebook.com/${f}.${fold(p.last)}` };
    case 3:
      return { value: tag, phrase: `pseudo : ${tag}` };
    default:
      return { value: `@${tag}`, phrase: `écrivez-moi sur telegram @${tag}` };
  }
}

// ---------------------------------------------------------------- message templates

/** General questions a volunteer can answer; {q} is where the question goes in a framed message. */
const QUESTIONS = [
  "comment on fait pour avoir la carte mobilité inclusion ?",
  "est-ce que le CCAS fait des colis alimentaires le samedi ?",
  "où je peux imprimer un document gratuitement ?",
  "c'est quoi les horaires de la maison France services ?",
  "comment créer un compte ameli sans ordinateur ?",
  "est-ce qu'il y a un atelier pour apprendre à utiliser internet ?",
  "quels papiers il faut pour la demande de logement social ?",
  "comment trouver un bénévole pour remplir un formulaire ?",
  "la CAF est ouverte le mercredi après-midi ?",
  "on peut avoir un chèque énergie si on est locataire ?",
  "où faire une photocopie près de la mairie ?",
  "comment changer son mot de passe impots.gouv ?",
  "est-ce qu'il faut prendre rendez-vous pour l'épicerie solidaire ?",
  "c'est où l'espace numérique du quartier ?",
  "comment se passe une inscription au restaurant social ?",
  "le bus est gratuit pour les personnes âgées ?",
  "comment on scanne un papier avec le téléphone ?",
  "il y a des cours de français pour adultes ?",
  "comment demander une aide pour la cantine ?",
  "qui peut m'aider à comprendre un courrier des impôts ?",
];

type Slot = (d: Dice) => { phrase: string; planted: Planted[] };

const nameSlots: Slot[] = [
  (d) => {
    const p = person(d);
    return { phrase: `je m'appelle ${p.first} ${p.last}`, planted: names(p) };
  },
  (d) => {
    const p = person(d);
    const lower = { first: p.first.toLowerCase(), last: p.last.toLowerCase() };
    return { phrase: `je m'appelle ${lower.first} ${lower.last}`, planted: names(lower) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `${d.pick(["Mme", "Madame", "M.", "Monsieur"])} ${p.last} à l'appareil`, planted: [{ kind: "name", value: p.last }] };
  },
  (d) => {
    const p = person(d);
    return { phrase: `c'est ${p.first} ${p.last}`, planted: names(p) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `moi c'est ${p.first.toLowerCase()}`, planted: [{ kind: "name", value: p.first.toLowerCase() }] };
  },
  (d) => {
    const p = person(d);
    return { phrase: `je suis ${p.first} ${p.last.toUpperCase()}`, planted: names({ first: p.first, last: p.last.toUpperCase() }) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `Nom : ${p.last.toUpperCase()} Prénom : ${p.first}`, planted: names({ first: p.first, last: p.last.toUpperCase() }) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `c'est pour ma voisine ${d.pick(["Mme ", ""])}${p.first} ${p.last}`, planted: names(p) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `mon assistante sociale ${p.first} ${p.last} m'a dit de demander ici`, planted: names(p) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `${p.first} ${p.last} m'a conseillé de vous écrire`, planted: names(p) };
  },
  // No cue, lower case: what residents type on a phone. The redactor's blind spot.
  (d) => {
    const p = person(d);
    const lower = { first: p.first.toLowerCase(), last: p.last.toLowerCase() };
    return { phrase: `${lower.first} ${lower.last} m'a conseillé de vous écrire`, planted: names(lower) };
  },
  (d) => {
    const p = person(d);
    return { phrase: `j'ai vu ${p.last} hier à l'accueil`, planted: [{ kind: "name", value: p.last }] };
  },
  (d) => {
    const p = person(d);
    return { phrase: `on m'a dit de demander à ${p.first.toLowerCase()} du CCAS`, planted: [{ kind: "name", value: p.first.toLowerCase() }] };
  },
];

function names(p: { first: string; last: string }): Planted[] {
  return [
    { kind: "name", value: p.first },
    { kind: "name", value: p.last },
  ];
}

const otherSlots: Record<Exclude<PlantedKind, "name">, Slot> = {
  phone: (d) => {
    const v = phone(d);
    return { phrase: d.pick([`mon numéro : ${v}`, `vous pouvez m'appeler au ${v}`, `tel ${v}`, `(${v})`, `joignable au ${v}`, `mon portable ${v}`]), planted: [{ kind: "phone", value: v }] };
  },
  email: (d) => {
    const v = email(d, person(d));
    return { phrase: d.pick([`mon mail : ${v}`, `écrivez-moi à ${v}`, `${v}`, `mon adresse mail c'est ${v}`]), planted: [{ kind: "email", value: v }] };
  },
  nir: (d) => {
    const v = nir(d);
    return { phrase: d.pick([`mon numéro de sécu est ${v}`, `n° sécurité sociale ${v}`, `ma carte vitale : ${v}`, `NIR ${v}`]), planted: [{ kind: "nir", value: v }] };
  },
  iban: (d) => {
    const v = iban(d);
    return { phrase: d.pick([`mon IBAN : ${v}`, `mon rib ${v}`, `le virement sur ${v}`, `IBAN ${v}`]), planted: [{ kind: "iban", value: v }] };
  },
  address: (d) => {
    const v = address(d);
    return { phrase: d.pick([`j'habite ${v}`, `j'habite au ${v}`, `mon adresse : ${v}`, `je suis au ${v}`, `domicile ${v}`]), planted: [{ kind: "address", value: v }] };
  },
  birthdate: (d) => {
    const v = birthdate(d);
    return { phrase: d.pick([`je suis né le ${v}`, `née le ${v}`, `date de naissance : ${v}`, `DDN ${v}`, `(né le ${v})`]), planted: [{ kind: "birthdate", value: v }] };
  },
  handle: (d) => {
    const h = handle(d, person(d));
    return { phrase: h.phrase, planted: [{ kind: "handle", value: h.value }] };
  },
};

const GREETINGS = ["Bonjour", "Bonjour,", "Salut", "Bonsoir", "bonjour", "Bjr", ""];
const CLOSINGS = ["Merci", "Merci d'avance", "Cordialement", "Merci beaucoup", "Bonne journée", ""];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Builds one message around a question with the given slots, in one of several layouts. */
function compose(d: Dice, slots: Array<{ phrase: string; planted: Planted[] }>, signature?: { first: string; last: string }): { text: string; planted: Planted[] } {
  const greeting = d.pick(GREETINGS);
  const question = d.pick(QUESTIONS);
  const parts = slots.map((s) => s.phrase);
  const planted = slots.flatMap((s) => s.planted);
  let body: string;
  switch (d.int(0, 3)) {
    case 0:
      body = `${parts.join(", ")}. ${capitalise(question)}`;
      break;
    case 1:
      body = `${capitalise(question)} ${parts.join(". ")}.`;
      break;
    case 2:
      body = `${capitalise(question)}\n${parts.map(capitalise).join("\n")}`;
      break;
    default:
      body = `${parts[0] ?? ""}, ${question} ${parts.slice(1).join(" ")}`.trim();
  }
  let text = greeting ? `${greeting} ${body}` : capitalise(body);
  const closing = d.pick(CLOSINGS);
  if (signature) {
    const style = d.int(0, 2);
    const signed = style === 0 ? `${signature.first} ${signature.last}` : style === 1 ? signature.first : `${signature.first[0]}. ${signature.last}`;
    text += `\n${closing || "Merci"}, ${signed}`;
    planted.push(...(style === 1 ? [{ kind: "name" as const, value: signature.first }] : style === 0 ? names(signature) : [{ kind: "name" as const, value: signature.last }]));
  } else if (closing) {
    text += ` ${closing}`;
  }
  return { text, planted };
}

/** Messages with no personal data: only the redactor's false alarms can change them. */
const CLEAN = [
  "Bonjour, comment on fait pour avoir la carte mobilité inclusion ?",
  "Est-ce que la CAF de Montpellier est ouverte le samedi ?",
  "Où est-ce que je peux imprimer un formulaire Cerfa ?",
  "C'est quoi le RSA exactement ?",
  "Comment créer un compte sur France Travail ?",
  "Il faut quels papiers pour la demande de logement social ?",
  "Bonsoir, l'épicerie solidaire est ouverte quand ?",
  "Est-ce qu'il y a un atelier numérique à la Maison France Services ?",
  "Merci pour votre aide !",
  "Comment on change son mot de passe sur ameli ?",
  "Le Secours Populaire distribue des colis le mercredi ?",
  "Je cherche les Restos du Cœur les plus proches.",
  "Bonjour, où se trouve la mairie annexe ?",
  "Comment faire une demande de chèque énergie ?",
  "Il y a des cours de français pour adultes à Montpellier ?",
  "Comment scanner un document avec un téléphone Android ?",
  "La prime d'activité, c'est pour qui ?",
  "Est-ce que le bus est gratuit pour les personnes âgées ?",
  "Comment je peux joindre la CPAM ?",
  "C'est où l'espace public numérique ?",
  "Bonjour, je voudrais des renseignements sur l'APL.",
  "Qui peut m'aider à remplir ma déclaration d'impôts en ligne ?",
  "Est-ce que FranceConnect marche avec l'identité numérique La Poste ?",
  "Les Restos du Coeur c'est sur inscription ?",
  "Combien de temps pour avoir une réponse de la MDPH ?",
  "Est-ce que la Croix-Rouge fait des vestiaires solidaires ?",
  "Bonjour, le CCAS est ouvert pendant les vacances de Noël ?",
  "Comment demander l'aide au permis de conduire ?",
  "La Banque Alimentaire accepte les bénévoles ?",
  "Il faut un rendez-vous pour France Services ?",
  "Mon dossier est où en ce moment ?",
  "Bonjour, c'est pour une question sur la cantine.",
  "Comment avoir une attestation de la Sécurité Sociale ?",
  "Est-ce qu'il existe une aide pour les lunettes ?",
  "Je ne comprends pas le courrier de la CAF.",
  "C'est possible d'avoir un rendez-vous le lundi matin ?",
  "Bonjour, le tram va jusqu'à la gare Saint-Roch ?",
  "Quels sont les horaires de la médiathèque ?",
  "Je voudrais savoir si le Pass Culture existe encore.",
  "Merci beaucoup, bonne journée !",
];

/** The whole set: 340 messages with personal data (every kind at least 30 times) and the clean ones. */
export function syntheticMessages(seed = 20261117): { withData: SyntheticMessage[]; clean: SyntheticMessage[] } {
  const d = new Dice(seed);
  const withData: SyntheticMessage[] = [];
  const kinds = Object.keys(otherSlots) as Array<Exclude<PlantedKind, "name">>;
  for (let i = 0; i < 340; i++) {
    const slots: Array<{ phrase: string; planted: Planted[] }> = [];
    // Every message carries a name or a signature half of the time, and one or two other kinds, in
    // rotation so that each kind is well represented.
    if (i % 2 === 0) slots.push(d.pick(nameSlots)(d));
    slots.push(otherSlots[kinds[i % kinds.length]!](d));
    if (d.chance(0.35)) slots.push(otherSlots[d.pick(kinds)](d));
    const signature = i % 2 === 1 && d.chance(0.6) ? person(d) : undefined;
    const { text, planted } = compose(d, slots, signature);
    withData.push({ id: `m${String(i + 1).padStart(3, "0")}`, text, planted });
  }
  const clean = CLEAN.map((text, i) => ({ id: `c${String(i + 1).padStart(2, "0")}`, text, planted: [] }));
  return { withData, clean };
}

/**
 * Whether a planted value survived redaction. Numbers are compared digit for digit (separators dropped
 * on both sides); names word by word (each word of the name, accent- and case-insensitive); the rest as
 * the folded value.
 */
export function leaked(planted: Planted, redacted: string): boolean {
  const digitsOf = (s: string) => s.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
  switch (planted.kind) {
    case "phone":
    case "nir":
    case "iban":
      return digitsOf(redacted).includes(digitsOf(planted.value).slice(-8));
    case "name": {
      const words = redacted.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}]+/u);
      return planted.value
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 2 && !["da", "de", "el", "ben", "ould"].includes(w))
        .some((w) => words.includes(w));
    }
    case "address": {
      // The street (or residence) name and the house number with it must be gone.
      const street = planted.value.replace(/^\d+(?: bis)?,?\s*/, "").split(",")[0]!.replace(/\s\d{5}.*$/, "");
      const folded = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      const distinctive = folded(street).split(/\s+/).filter((w) => w.length >= 4 && !["rue", "avenue", "boulevard", "allee", "impasse", "chemin", "place", "route", "cours", "residence", "batiment", "appartement", "cite", "general"].includes(w));
      const out = folded(redacted);
      return distinctive.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(out));
    }
    case "birthdate":
      return redacted.includes(planted.value) || digitsOf(redacted).includes(digitsOf(planted.value));
    case "email":
      return redacted.toLowerCase().includes(planted.value.toLowerCase().split("@")[0]!);
    case "handle":
      return redacted.toLowerCase().includes(planted.value.toLowerCase().replace(/^@/, ""));
  }
}
