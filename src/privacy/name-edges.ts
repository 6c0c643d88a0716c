/**
 * The edges of names already found, and names that stand alone on a line — read after name-spans.ts:
 *
 * - a surname with a particle after a first name ("guillaume le floch", "ana da costa", "karim ben
 *   salah"): a word no vocabulary knows after the particle;
 * - a surname in capitals before a name ("ZHANG Wei", "DIALLO Aminata") that is no known acronym;
 * - a kunya before a name ("أبو سمير", "oum Yassine", "abou Karim");
 * - a first word before a name that is a listed first name or a word no vocabulary knows ("ana paula
 *   rodrigues", "dmitro kovalenko", "berfin doğan"): a first name the cue did not reach;
 * - a line, or the last sentence, that is only a capitalised first name ("Bonjour\nNoël\n…",
 *   "… merci. Tony"): a signature, even when the name is also a word.
 */
import { FIRST_NAMES, FRENCH_AMBIGUOUS_FIRST_NAMES, SURNAMES } from "./first-names.js";
import { FUNCTION_WORDS, isCommonWord, isFrenchWord, isFrequentWord } from "./lexicon.js";
import { foldWord } from "./normalize.js";
import { WORD_SURNAMES, adjacent, isAllCaps, isCapitalised, isKnown, type Token } from "./name-words.js";
import type { Span } from "./span.js";

const SURNAME_PARTICLES = new Set(["le", "la", "de", "du", "des", "da", "das", "do", "dos", "van", "von", "der", "den", "ben", "bin", "bent", "ibn", "ould", "el", "al", "ait", "abou", "abu", "mac", "mc", "di", "del", "della", "lo"]);
/** Words after "de"/"du" that say where, not who. */
const COMMON_AFTER_PARTICLE = new Set(["caf", "ccas", "cpam", "mairie", "quartier", "batiment", "residence", "cite", "foyer", "ville"]);
const KUNYA = /(?:^|[\s(])(?:أبو|ابو|أم|ام|abou|abu|oum|om|umm|bou)\s+$/iu;
const RELATIVES = "jumelles|jumeaux|jumelle|jumeau|petits-enfants|maman|papa|mamie|papi|papy|tata|tonton|assistante sociale|assistant social|assistante|educatrice|educateur|éducatrice|éducateur|conseillere|conseillère|conseiller|referente|référente|referent|référent|voisin|voisine|voisins|fils|fille|filles|neveu|niece|neveux|nieces|cousin|cousine|cousins|frere|frère|soeur|sœur|mari|femme|copain|copine|ami|amie|oncle|tante|pere|père|mere|mère|enfant|enfants|petit-fils|petite-fille|beau-frere|beau-frère|belle-soeur|belle-sœur|collegue|collègue|proprietaire|propriétaire|proprio";
const APPOSITION = new RegExp(String.raw`^\s*[,(]?\s*(?:c'est\s+|est\s+|sont\s+)?(?:(?:mon|ma|mes|notre|nos|le|la|les)\s+|l['’])(?:${RELATIVES})(?![\p{L}])`, "iu");
/** A word that may be a name next to such a cue: a listed first name (even a word: "patience"), or a word no vocabulary knows. */
function nameCandidate(t: Token): boolean {
  if (FUNCTION_WORDS.has(t.folded) || t.core.length < 3 || /\p{N}/u.test(t.core)) return false;
  // "noel mon voisin", "exaucé mes neveux": next to a relative, a listed name or any rare word.
  if (FIRST_NAMES.has(t.folded)) return true;
  return !isKnown(t) && !isFrequentWord(t.folded);
}
/**
 * A word glued before a name that may be its first part: a listed first name that is no function word
 * ("paula", "said"; "ana" too, although arabizi's "I": hiding it costs little), or an unknown word.
 */
function firstNameBefore(t: Token, name: Token): boolean {
  if (isKnown(t) || t.core.length < 3 || !/^\p{L}+$/u.test(t.core) || CUE_WORD.test(t.folded) || KIN_WORD.test(t.folded)) return false;
  if (FIRST_NAMES.has(t.folded)) return !FUNCTION_WORDS.has(t.folded) || t.folded === "ana";
  // An unknown word in lower case before a capitalised name is rather a word of another language ("adresim Cumhuriyet");
  // in Arabic script (no capitals, small vocabulary) an unlisted word before a name is rather a verb ("يعرفني أبو خالد").
  if (/\p{Script=Arabic}/u.test(t.core)) return false;
  return !isCommonWord(t.folded) && !(isCapitalised(name) && !isCapitalised(t));
}
/** Relatives in the cases other languages put them before a name ("з донькою софією", "с сыном Ильёй"). */
const KIN_WORD = /^(?:донькою|донечкою|сином|синочком|чоловіком|дружиною|мамою|сестрою|братом|дочерью|дочкой|сыном|мужем|женой|мамой|сестрой|бабусею|бабушкой|онуком|внуком|wldi|bnti|mrati|rajli|khouya|khti|oglum|kizim|esim)$/u;
/** One-word cues of other languages that the vocabularies may not know ("ana smiti khadija", "adım Ayşe"). */
const CUE_WORD = /^(?:name|nume|numele|nom|nombre|nome|lih|liha|3ayt|3aytou|smiti|smiyti|smyti|smitek|ismi|esmi|ismy|ismim|adim|adimi|soyadim|chamo|llamo|numesc|cheama|зовут|звати)$/u;
const DOCUMENT_OF = /(?:fiches? de paie|bulletins? de (?:paie|salaire|notes)|dossier|papiers|compte|carte vitale|carte d'identit[ée]|attestation|courrier|titre de s[ée]jour|passeport|certificat|acte de naissance|contrat|relev[ée]|inscription|livret)\s+(?:de|d['’])\s*$/iu;
/** "mais said est parti", "et marie a dit", "parce que kevin travaille": a clause's first word (at the very
 * start of a message, not before "est": "Rose est une couleur"). */
const OLD_CLAUSE_START_BEFORE = /(?:^\s*|(?:^|[\s,])(?:mais|et|que|qu|car|donc|parce que|depuis que|quand|puisque)\s+)$/iu;
const CLAUSE_START_BEFORE = /(?:^\s*|[.!?\n,]\s*|(?:^|[\s,])(?:mais|et|que|qu|car|donc|parce que|depuis que|quand|puisque|si|comme|pour info|info)\s+)$/iu;
const DETERMINER_BEFORE = /(?:^|\s)(?:le|la|les|l['’]|un|une|des|du|mon|ma|mes|son|sa|ses|ce|cette)\s*$/iu;
/** "mon copain", "la petite", "ma voisine" right before a word. */
const RELATIVE_BEFORE = new RegExp(String.raw`(?:^|[\s,])(?:(?:mon|ma|notre|son|sa)\s+(?:${RELATIVES}|copain|copine|pote|ami|amie|petit|petite|grand|grande|cousin|cousine|fils|fille|frere|frère|soeur|sœur|mari|femme|voisin|voisine)|(?:le|la)\s+(?:petit|petite|voisin|voisine))\s+$`, "iu");
const RELATIVE_THEN_COMMA = /(?:^|[\s,])(?:mon|ma|notre|son|sa)\s+(?:fils|fille|mari|femme|fr[èe]re|s[œo]eur|voisin|voisine|cousin|cousine|neveu|ni[èe]ce|copain|copine|petit-fils|petite-fille|ami|amie)\s*,\s*/giu;
/** An age right after a word: "4 ans", "(7 ans)", "12 years", "3 años". */
const AGE_AFTER = /^\s*,?\s*\(?\s*(?:a\s+|has\s+|tiene\s+|tem\s+)?\d{1,2}\s*(?:ans?|mois|years?|yo|y\.o\.|años|anos|ani|yaş[ıi]nda|yaş|лет|года|років|роки|سنوات|سنة|عام)(?![\p{L}])/iu;
/** After a capitalised first name that may be a word ("Rose dit…"), only these verbs make it someone (else a doubt). */
const OLD_SUBJECT_VERB_AFTER = /^\s+(?:est|a|n['’]a|n['’]est|était|etait|avait|va|doit|peut|veut|travaille|habite|vit|dort)\s/iu;
/** A verb right after a subject ("patience a trouvé", "grâce a été", "thu ne peut", "raja travaille"). */
const SUBJECT_VERB_AFTER = /^\s+(?:a\s+(?:été|ete|eu|dit|fait|trouvé|trouve|reçu|recu|perdu|besoin|pris|commencé|commence|fini|quitté|quitte|appelé|appele|demandé|demande|vu|mis|oublié|oublie|envoyé|envoye|rencontré|eu|signé|signe|décidé|decide|arrêté|arrete|accouché|déménagé|demenage|bien)|est|n['’]a|n['’]est|ne|n['’]|était|etait|avait|va|doit|peut|veut|travaille|habite|vit|dort|cherche|mange|part|sort|rentre|vient|dit|fait|sait|connait|connaît|garde|s['’]occupe|s['’]appelle|sont|ont|vont|peuvent|travaillent|veulent)\s/iu;
const CLEFT_BEFORE = /(?:^|[\s,])(?:c'est|c est|c)\s+$/iu;
const SPELLED_ITEM = String.raw`(?:\p{L}(?:\s+comme\s+\p{L}+)?|point|tiret|underscore)`;
const SPELLED_WITH_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])${SPELLED_ITEM}(?:\s*,\s*${SPELLED_ITEM}){3,}(?![\p{L}\p{N}])`, "giu");
/** Four letters or more, one at a time, with one kind of separator. */
const SPELLED_LETTERS = /(?<![\p{L}\p{N}'’])\p{L}(?:(?:-\p{L}){3,}|(?: \p{L}){3,}|(?:\.\p{L}){3,})(?![\p{L}\p{N}'’])/gu;
const KNOWN_ACRONYM = /^(?:caf|cpam|mdph|urssaf|ehpad|ccas|rsa|apl|aah|aspa|css|cmu|ame|pmi|sncf|edf|gdf|rib|iban|nir|sms|pdf|usa|uk|ue|cafo|hlm|sdf|tel|svp|stp|asap)$/u;
/** Words alone on a line that are greetings or courtesy, never a signature. */
const NOT_A_SIGNATURE = /^(?:bonjour|bonsoir|salut|merci|coucou|hello|cordialement|urgent|svp|stp|ok|oui|non)$/iu;

export function nameEdges(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const inName = (t: Token) => spans.some((s) => s.start <= t.start && t.end <= s.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!inName(t)) continue;
    // After the last word of a name: particle + unknown word.
    const particle = tokens[i + 1];
    const surname = tokens[i + 2];
    if (particle && surname && !inName(particle) && SURNAME_PARTICLES.has(particle.folded) && adjacent(text, t, particle) && adjacent(text, particle, surname)) {
      // Not a frequent word ("le floch", "da silva"; never "de la caf", "du quartier").
      if (surname.core.length >= 3 && !isKnown(surname) && !isFrequentWord(surname.folded) && !FUNCTION_WORDS.has(surname.folded) && !COMMON_AFTER_PARTICLE.has(surname.folded)) out.push({ start: particle.start, end: surname.end, kind: "name" });
    }
    const second = tokens[i + 2];
    const third = tokens[i + 3];
    // "maria do céu fernandes": between two parts of a name, a particle and a word belong to it.
    if (particle && second && third && /^(?:do|da|dos|das|del|di|de)$/u.test(particle.folded) && !inName(particle) && !inName(second) && inName(third) && adjacent(text, t, particle) && adjacent(text, particle, second) && adjacent(text, second, third) && !FUNCTION_WORDS.has(second.folded) && second.core.length >= 3) {
      out.push({ start: particle.start, end: second.end, kind: "name" });
    }
    // "maría del carmen ruiz de la fuente", "josé luis de la torre": two particles, then a word that is
    // no French word (so never "de la caf", "de la mairie").
    // (The first particle may already be inside the name found: "carmen ruiz de" + "la fuente".)
    if (/^(?:de|van|da)$/u.test(t.folded) && particle && second && /^(?:la|las|los|der|den)$/u.test(particle.folded) && !inName(particle) && adjacent(text, t, particle) && adjacent(text, particle, second)) {
      if (second.core.length >= 3 && !isKnown(second) && !isFrenchWord(second.folded) && !FUNCTION_WORDS.has(second.folded) && !COMMON_AFTER_PARTICLE.has(second.folded)) out.push({ start: particle.start, end: second.end, kind: "name" });
    }
    if (particle && second && third && /^(?:de|van|da)$/u.test(particle.folded) && /^(?:la|las|los|der|den)$/u.test(second.folded) && !inName(second) && adjacent(text, t, particle) && adjacent(text, particle, second) && adjacent(text, second, third)) {
      if (third.core.length >= 3 && !isKnown(third) && !isFrenchWord(third.folded) && !FUNCTION_WORDS.has(third.folded) && !COMMON_AFTER_PARTICLE.has(third.folded)) out.push({ start: particle.start, end: third.end, kind: "name" });
    }
    // Before the first word of a name: a surname in capitals, a kunya.
    const prev = tokens[i - 1];
    if (prev && !inName(prev) && adjacent(text, prev, t) && isAllCaps(prev) && prev.core.length >= 3 && !isKnown(prev) && !isCommonWord(prev.folded)) out.push({ start: prev.start, end: prev.end, kind: "name" });
    if (prev && !inName(prev) && adjacent(text, prev, t) && firstNameBefore(prev, t)) out.push({ start: prev.start, end: prev.end, kind: "name" });
    // "Sunday Adebayo", "mr Friday Eze": a weekday given as a first name (West Africa), never "on Friday Karim…".
    if (prev && !inName(prev) && adjacent(text, prev, t) && /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/u.test(prev.core) && /^\p{Lu}/u.test(t.core) && !/(?:^|\s)(?:on|last|next|this|by|until|till|every|from|since|before|after|le|ce|du|au)\s+$/iu.test(text.slice(Math.max(0, prev.start - 8), prev.start))) out.push({ start: prev.start, end: prev.end, kind: "name" });
    const kunya = KUNYA.exec(text.slice(Math.max(0, t.start - 8), t.start));
    if (kunya) out.push({ start: t.start - kunya[0].trimStart().length, end: t.start, kind: "name" });
  }
  // A name in apposition to a relative: "patience ma voisine", "said le fils du voisin", "merveille et
  // exaucé sont mes neveux", "ti louis grondin mon neveu".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const apposition = APPOSITION.exec(text.slice(t.end, t.end + 40));
    // "chance et bonheur sont mes jumelles": before "sont mes…" or "est ma…", any word but after an article.
    const copula = apposition !== null && /^\s*(?:sont|est)\s/iu.test(apposition[0]) && t.core.length >= 3 && !FUNCTION_WORDS.has(t.folded) && !isKnown(t) && !DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start));
    if (!apposition || inName(t) || !(nameCandidate(t) || copula)) continue;
    let from = i;
    while (from > 0 && i - from < 3 && adjacent(text, tokens[from - 1]!, tokens[from]!) && (nameCandidate(tokens[from - 1]!) || (tokens[from - 1]!.folded === "et" && from - 2 >= 0 && nameCandidate(tokens[from - 2]!)))) from--;
    for (let k = from; k <= i; k++) if (tokens[k]!.folded !== "et") out.push({ start: tokens[k]!.start, end: tokens[k]!.end, kind: "name" });
  }
  // A listed first name given with an age ("jade 4 ans", "rose (7 ans)"), or in a cleft sentence ("c'est
  // victoire qui m'a donné…"): a person, even when the name is also a word.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || !FIRST_NAMES.has(t.folded) || FUNCTION_WORDS.has(t.folded) || t.core.length < 3) continue;
    // ("ibrahim 10, zainab 7 and musa 4": a bare number after a listed name that is no place, in a list.)
    const withAge = AGE_AFTER.test(text.slice(t.end, t.end + 16)) || (!isKnown(t) && !FRENCH_AMBIGUOUS_FIRST_NAMES.has(t.folded) && /^\s\d{1,2}(?:\s*(?:,|and|et|y|e|și|si|і|и)(?![\p{L}\p{N}])|\s*$)/u.test(text.slice(t.end, t.end + 10)) && /\p{L}\s\d{1,2}\s*,/u.test(text));
    const cleft = CLEFT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && /^\s+qui\b/iu.test(text.slice(t.end, t.end + 6));
    if (withAge || cleft) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  // Letters spelled with words for some of them ("B comme Bernard, E, L, K comme kilo…", "m comme Marie,
  // point, n comme Nicolas, d, i…"): the whole run spells a name or an address.
  for (const m of text.matchAll(SPELLED_WITH_WORDS)) {
    if (/\bcomme\b/iu.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, kind: "name" });
  }
  // A name spelled letter by letter ("k-y-l-i-a-n", "S O U A D"): no word is written so.
  for (const m of text.matchAll(SPELLED_LETTERS)) {
    const word = foldWord(m[0].replace(/[\s.\-]/gu, ""));
    // (A word spelled so where a name was found is the name all the same: "Nom : B O N N E T".)
    const touchesName = spans.some((s) => s.start < m.index + m[0].length && m.index < s.end);
    if ((!isCommonWord(word) || touchesName) && !KNOWN_ACRONYM.test(word)) out.push({ start: m.index, end: m.index + m[0].length, kind: "name" });
  }
  // "fortuné m'a dit…", "mon copain sol il dort…": a listed first name as the one who speaks, or a word
  // after a relative taken up by "il"/"elle" (how French speech names someone).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || FUNCTION_WORDS.has(t.folded) || t.core.length < 3 || /\p{N}/u.test(t.core)) continue;
    const after = text.slice(t.end, t.end + 14);
    // (A surname speaks too: "khan peut signer", "renard m'a dit"; "Rose est une fleur" is no one.)
    const person = (FIRST_NAMES.has(t.folded) || SURNAMES.has(t.folded) || WORD_SURNAMES.has(t.folded)) && !isKnown(t);
    const verbAfter = text.slice(t.end, t.end + 24);
    const before16 = text.slice(Math.max(0, t.start - 16), t.start);
    const noArticle = !DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start));
    // Any verb at the very start of a clause ("olive a rdv…"; never "Rose est une fleur"); after a full
    // stop or a comma, only a verb that says someone acts ("…, grâce a été gentille", never "grâce à vous").
    const clauseVerb = OLD_SUBJECT_VERB_AFTER.test(verbAfter) && OLD_CLAUSE_START_BEFORE.test(before16) && !(/^\s*$/u.test(text.slice(0, t.start)) && /^\s+(?:est|était|etait)\s/iu.test(verbAfter));
    const sentenceVerb = !isCapitalised(t) && SUBJECT_VERB_AFTER.test(verbAfter) && CLAUSE_START_BEFORE.test(before16) && !/^\s+(?:est|était|etait)\s+(?:un|une|le|la|les|des|du|tr[eè]s|trop|bien|ma|mon|ton|ta)\s/iu.test(verbAfter);
    const speaks = person && ((/^\s+m['’]\s?(?:a|ont|avait)\s/iu.test(after) && noArticle) || ((clauseVerb || sentenceVerb) && noArticle));
    const takenUp = /^\s+(?:il|elle)\s/iu.test(after) && RELATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
    if (speaks || takenUp) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  // A last word after a comma or in brackets, a listed first name or a word no vocabulary knows: a
  // signature ("… vous pouvez appeler moi, vanitha", "… (jennifer)").
  const last = tokens.at(-1);
  if (last && !inName(last) && last.core.length >= 3 && !FUNCTION_WORDS.has(last.folded) && !isKnown(last) && (FIRST_NAMES.has(last.folded) || !isCommonWord(last.folded))) {
    const before = text.slice(Math.max(0, last.start - 3), last.start);
    const after = text.slice(last.end);
    if ((/,\s*$/u.test(before) && /^[\s.!]*$/u.test(after)) || (/\(\s*$/u.test(before) && /^\s*\)[\s.!]*$/u.test(after))) out.push({ start: last.start, end: last.end, kind: "name" });
  }
  // "rosemay dijoux, 06…", "moinecha attoumani\n…": a message that opens on two name-like words and a
  // comma or a line break is signed first.
  const [w1, w2] = tokens;
  if (w1 && w2 && w1.start <= 1 && adjacent(text, w1, w2) && /^[ \t]*[,\n]/u.test(text.slice(w2.end)) && [w1, w2].every((w) => w.core.length >= 3 && !FUNCTION_WORDS.has(w.folded) && !isKnown(w) && (FIRST_NAMES.has(w.folded) || !isCommonWord(w.folded)))) {
    out.push({ start: w1.start, end: w2.end, kind: "name" });
  }
  // "que m'a donné aurore", "mze et moi", "moi et mze", "c'est marine de la résidence": a listed or unknown
  // word where only a person fits.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || FUNCTION_WORDS.has(t.folded) || t.core.length < 3 || /\p{N}/u.test(t.core) || isKnown(t)) continue;
    if (!FIRST_NAMES.has(t.folded) && !WORD_SURNAMES.has(t.folded) && isCommonWord(t.folded)) continue;
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    const after = text.slice(t.end, t.end + 12);
    const givenBy = /m['’]\s?(?:a|ont|avait)\s+(?:donné|donne|dit|envoyé|envoye|conseillé|conseille|expliqué|explique|parlé|parle)\s+$/iu.test(before);
    const withMe = /^\s+et moi\b/iu.test(after) || /(?:^|\s)moi et\s+$/iu.test(before);
    const introFrom = FIRST_NAMES.has(t.folded) && /(?:^|\s)(?:c['’]est|c|ici|moi c['’]est)\s+$/iu.test(before) && /^\s+(?:de la|du|des|de l['’])\s/iu.test(after);
    // "les fiches de paie de patience", "le dossier de désiré": a person's document.
    const documentOf = (FIRST_NAMES.has(t.folded) || SURNAMES.has(t.folded) || WORD_SURNAMES.has(t.folded) || !isCommonWord(t.folded)) && DOCUMENT_OF.test(text.slice(Math.max(0, t.start - 40), t.start));
    // "…merci pour tout.\nkim": a last line of one word after a closing formula.
    const signed = t === tokens.at(-1) && /^[\s.!]*$/u.test(text.slice(t.end)) && /(?:merci|cordialement|bonne (?:journée|journee|soirée|soiree)|à bientôt|a bientot|bien à vous|bises)[^\n]*\n\s*$/iu.test(text.slice(0, t.start));
    if (givenBy || withMe || introFrom || documentOf || signed) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  // "mon fils, bienvenu, a été exclu": a word between commas right after a relative.
  for (const m of text.matchAll(RELATIVE_THEN_COMMA)) {
    const t = tokens.find((x) => x.start === m.index + m[0].length);
    if (!t || inName(t) || FUNCTION_WORDS.has(t.folded) || t.core.length < 3 || isKnown(t)) continue;
    if (/^\s*,/u.test(text.slice(t.end)) && (FIRST_NAMES.has(t.folded) || !isFrequentWord(t.folded) || /^\s*,\s*(?:a|est|va|n['’]a)\s/iu.test(text.slice(t.end)))) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  // "gwladys saint-ange": a saint's name right after a name is a surname.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^(?:saint|sainte)-\p{L}{3,}$/u.test(t.folded) && inName(tokens[i - 1]!) && adjacent(text, tokens[i - 1]!, t)) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  // A capitalised first name alone on a line or as the last sentence.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || !isCapitalised(t) || !FIRST_NAMES.has(t.folded) || isKnown(t) || NOT_A_SIGNATURE.test(t.folded)) continue;
    const before = text.slice(0, t.start);
    const after = text.slice(t.end);
    const aloneOnLine = /(?:^|\n)[ \t>*\-–—]*$/u.test(before) && /^[ \t.!,]*(?:\n|$)/u.test(after) && (before.includes("\n") || after.includes("\n"));
    const lastSentence = /[.!?…]\s+$/u.test(before) && /^[\s.!]*$/u.test(after);
    if (aloneOnLine || lastSentence) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  return out;
}
