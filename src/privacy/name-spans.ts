/**
 * People's names, in any case, from several kinds of evidence:
 * - cues that announce a name: "je m'appelle", "mon nom est", "Nom :", "moi c'est", "de la part de",
 *   "signé", "my name is", "me llamo", "mă numesc", "benim adım", "меня зовут", "اسمي", "ismi"…;
 *   titles ("Mme", "M.", "Monsieur", "Dr", "Mrs", "Señora", "Hanım"…), relatives and helpers ("mon
 *   fils", "ma voisine", "mon assistante sociale", "my son", "mi hija", "oğlum", "мій син"…), greetings
 *   ("Bonjour Sophie"), introductions ("je suis", "c'est", "ici"), the places of a name in a request
 *   ("demandez à", "avec", "chez", "pour") and signatures ("Cordialement, J. Martin", a last line);
 *   after a strong cue any word that is no common word is taken, in lower case too ("je m'appelle
 *   fatima benali et…"); after a weaker one a listed name, a capitalised word, or a word that no
 *   vocabulary of the residents' languages knows (lexicon.ts) — "demandez à loubna", "bonjour kenza";
 * - lists of first names and surnames of many origins (first-names.ts, lexicons/names.ts), in any case
 *   (first names that are ordinary words, "rose", "pierre", only when capitalised or after a cue), with
 *   the words around them (the surname);
 * - capitalised words in the middle of a sentence that are not known words or places, capitalised words
 *   that start a sentence and that no vocabulary knows, upper-case words that are not acronyms
 *   ("DUPONT"), and a message typed all in capitals is read as lower case.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, FRENCH_AMBIGUOUS_FIRST_NAMES, SURNAMES } from "./first-names.js";
import { KNOWN_CAPITALISED, NAME_STOP_WORDS } from "./known-words.js";
import { FUNCTION_WORDS, isCommonWord, isFrequentWord } from "./lexicon.js";
import { foldWithMap, foldWord } from "./normalize.js";
import type { Span } from "./span.js";

interface Token {
  text: string;
  /** The word without an elided article ("d'Ahmed" → "Ahmed"). */
  core: string;
  folded: string;
  start: number;
  end: number;
  /** First word of a sentence (after the start, . ! ? … : ; or a line break). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-]*/gu;
const ELISION = /^(?:[ldmnstjc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // Letters glued to digits are no name ("3andi", arabizi for "I have"; "14h30").
    if (m.index > 0 && /\p{N}/u.test(text[m.index - 1]!)) continue;
    let value = m[0].replace(/['’\-]+$/u, "");
    let start = m.index;
    const elided = ELISION.exec(value);
    if (elided) {
      start += elided[0].length;
      value = value.slice(elided[0].length);
    }
    const before = text.slice(Math.max(0, m.index - 40), m.index).replace(/[\s"«»“”()*_\-–—>¿¡,]+$/u, "");
    const atStart = m.index <= 40 && /^[\s"«»“”()*_\-–—>¿¡,]*$/u.test(text.slice(0, m.index));
    // "M. Dupont", "J. Martin", "Dr. Diallo": the dot of an abbreviation or an initial ends no sentence.
    const abbreviation = /(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Me|St|Ste|Sr|Sra|av|bd|n°)\.$/u.test(before);
    const sentenceStart = atStart || (/[.!?…:;\n]$/u.test(before) && !abbreviation) || /\n[ \t]*$/u.test(text.slice(Math.max(0, m.index - 20), m.index));
    tokens.push({ text: m[0], core: value, folded: foldWord(value), start, end: start + value.length, sentenceStart });
  }
  return tokens;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.core) && !isAllCaps(t);
function isAllCaps(t: Token): boolean {
  return t.core.length >= 2 && /^[\p{Lu}'’\-]+$/u.test(t.core);
}
/** Words the capitalisation rules never take for names: institutions, places, courtesy, stop words. */
const isKnown = (t: Token) => KNOWN_CAPITALISED.has(t.folded) || NAME_STOP_WORDS.has(t.folded) || /^(?:saint|sainte|st|ste)-/u.test(t.folded);
/** An ordinary word of one of the residents' languages (so not a name in a name's place). */
const isCommon = (t: Token) => isKnown(t) || isCommonWord(t.folded);

function isFirstName(t: Token): boolean {
  if (KNOWN_CAPITALISED.has(t.folded) || /^(?:saint|sainte|st|ste)-/u.test(t.folded)) return false;
  if (FIRST_NAMES.has(t.folded)) return !AMBIGUOUS_FIRST_NAMES.has(t.folded) || /^\p{Lu}/u.test(t.core);
  // "Jean-Kévin", "marie-ange": a compound whose parts are first names.
  if (t.folded.includes("-")) {
    const parts = t.folded.split("-");
    return parts.every((p) => FIRST_NAMES.has(p)) && (/^\p{Lu}/u.test(t.core) || parts.some((p) => !AMBIGUOUS_FIRST_NAMES.has(p)));
  }
  return false;
}
const isSurname = (t: Token) => SURNAMES.has(t.folded) && !KNOWN_CAPITALISED.has(t.folded);

/** A word that may be part of a name once a cue announced one. */
/**
 * How sure the context makes a name: "strong" after "je m'appelle" (any word but a function word),
 * "relation" after "mon fils", a title or a greeting (ambiguous first names count), "place" after "à",
 * "avec"… (this file's ambiguous French first names count: "demander à pierre"), "weak" otherwise.
 */
type Strength = "strong" | "relation" | "place" | "weak";

function nameLike(t: Token, lenient: boolean, strength: Strength = "weak", afterFirstName = false): boolean {
  if (/^\p{Lu}$/u.test(t.core)) return true; // an initial ("J. Martin")
  if (isFirstName(t) || isSurname(t)) return true;
  if ((strength === "strong" || strength === "relation") && FIRST_NAMES.has(t.folded) && (!isKnown(t) || isCapitalised(t))) return true; // "je m'appelle rose", "mi vecino Julio"
  if (strength === "place" && FRENCH_AMBIGUOUS_FIRST_NAMES.has(t.folded) && !isKnown(t)) return true; // "demander à pierre"
  if (strength === "strong" && t.core.length >= 2 && !/\p{N}/u.test(t.core) && !isKnown(t) && !FUNCTION_WORDS.has(t.folded) && !isFrequentVerb(t)) return true; // "je m'appelle oumou petit"
  if (isKnown(t)) return false;
  if (isCapitalised(t) || (isAllCaps(t) && t.core.length >= 4)) return true;
  if (afterFirstName && t.core.length >= 3 && !/\p{N}/u.test(t.core) && !isFrequentWord(t.folded)) return true; // "inès moreau"
  if (afterFirstName && WORD_SURNAMES.has(t.folded)) return true; // "emma petit", "pierre constant"
  if (afterFirstName && /^ال\p{L}{2,}ي$/u.test(t.folded)) return true; // "محمد العلوي"
  return lenient && t.core.length >= 2 && !/\p{N}/u.test(t.core) && !isCommonWord(t.folded);
}

/**
 * Frequent French surnames that are also ordinary words: taken right after a first name only ("emma
 * petit", "pierre constant", "blanche rivière"), where the word would make little sense otherwise.
 */
const WORD_SURNAMES = new Set(
  `petit petitjean constant blanc leblanc lenoir legrand grand roux leroux brun lebrun fontaine chevalier boulanger marchand
  mercier meunier berger renard roy leroy noel bonnet moulin dubois bois marin pierre paris lacroix poirier poulain picard
  joly barbier germain gay riviere leger lebon sage vaillant rose blanche olive ange fort lefort gros legros bon bonhomme
  masson mason maire lemaire boucher fevre lefevre faure fabre page cordier vasseur charpentier carpentier couturier
  drapeau jardin lejeune jeune vieux levieux beau lebeau bel doux ledoux juste rossignol pigeon loup leloup lievre
  chauvin cousin lecousin bailly prevost prevot baron comte lecomte prince leprince roi leroi chef rey loyal franc
  france allemand langlais lallemand breton normand picard gascon poitevin savoyard martin`.split(/\s+/u).filter(Boolean),
);

/** Verbs a resident may write right after a name ("je m'appelle ahmed cherche…"): not a surname. */
const VERB_ENDING = /(?:er|ir|ais|ait|ons|ez|ent|erai|erais|erait|ai)$/u;
function isFrequentVerb(t: Token): boolean {
  return isFrequentWord(t.folded) && VERB_ENDING.test(t.folded) && !FIRST_NAMES.has(t.folded);
}

/** Particles inside names ("Jean de La Fontaine", "Ould Ahmed", "Ben Salah", "Van der Berg"). */
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "el", "al", "ben", "bin", "ibn", "ould", "abou", "abu", "da", "das", "dos", "di", "mac", "mc", "st", "saint", "ait", "bou", "بن", "ابن", "بنت", "ولد", "ال", "ابو"]);

/** Only spaces (or a hyphen, or the dot of an initial: "J. Martin") between two words of one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.core.length === 1 && /^\p{L}$/u.test(a.core) && /^\.[ \t]*$/u.test(gap)) return true;
  return /^[ \t]+$|^\s*-\s*$|^[ \t]+[nNmMdDoO]['’]$/u.test(gap);
}

/** Takes up to `max` name words from token i on; returns the index after the last one taken. */
function takeName(text: string, tokens: Token[], i: number, lenient: boolean, max = 3, strength: Strength = "weak"): number {
  let j = i;
  let taken = 0;
  while (j < tokens.length && taken < max) {
    const t = tokens[j]!;
    if (j > i && !adjacent(text, tokens[j - 1]!, t)) break;
    // After a first name, words that are no common words are taken for the surname ("karim benali m'a
    // dit", "emma da silva"): a verb wrongly taken costs a word, a surname left costs a person.
    // (Also after a first name that is a word, once a cue made it a name: "ma voisine olive grondin"; and
    // after a listed surname: "pham thu ha".)
    const afterFirstName = j > i && (isFirstName(tokens[i]!) || isSurname(tokens[i]!) || ((strength === "strong" || strength === "relation") && FIRST_NAMES.has(tokens[i]!.folded)));
    if (nameLike(t, lenient || afterFirstName, afterFirstName && strength === "weak" ? "relation" : strength, afterFirstName)) {
      j++;
      taken++;
      continue;
    }
    // An initial in lower case after a name ("dominique b.").
    if (taken > 0 && /^\p{Ll}$/u.test(t.core) && text[t.end] === ".") {
      j++;
      taken++;
      continue;
    }
    // Within a name, a first name that is also a known word ("Ngo Thi Mai", "Marie France", "ngo thi mai").
    if ((taken > 0 && isCapitalised(t) && FIRST_NAMES.has(t.folded)) || (taken >= 2 && FIRST_NAMES.has(t.folded))) {
      j++;
      taken++;
      continue;
    }
    // A particle counts only between two name words ("Marie-Hélène de Saint-Exupéry" too).
    const next = tokens[j + 1];
    if (taken > 0 && NAME_PARTICLES.has(t.folded) && next && adjacent(text, t, next) && /^(?:saint|sainte)-/u.test(next.folded)) {
      j += 2;
      taken++;
      continue;
    }
    if (taken > 0 && NAME_PARTICLES.has(t.folded) && next && adjacent(text, t, next) && nameLike(next, lenient || afterFirstName) && !isCommon(next)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

// ---------------------------------------------------------------- cues (matched on folded text)

/** Strong cues: what follows is a name even in lower case. */
const STRONG_CUES = [
  /\bje m ?'? ?app?el+e?s?\b/,
  /\bjm'?app?el+e\b/,
  /\bje me (?:nomme|prenomme)\b/,
  /\b(?:mon|notre) (?:nom|prenom|nom de famille|nom de naissance|nom d'usage|nom de jeune fille)(?: complet)? (?:est|c'est|c est|c|:|,)/,
  /\b(?:nom|prenom|prenoms|nom de famille|nom de naissance|nom d'usage|nom de jeune fille|nom et prenom|prenom et nom|nom prenom|nom\/prenom|signe|signature|name|first name|last name|surname|full name|nombre|apellido|nome|sobrenome|nume|prenume|ad|soyad|soyadi|имя|фамилия|им'я|прізвище|الاسم|اسم)\s*:/,
  /\bmoi,? c'est\b/,
  /\bc'est moi,?\b/,
  /\bau nom de\b/,
  /\bde la part de\b/,
  /\b(?:a|à) l'attention de\b/,
  /\baux bons soins de\b/,
  /\bpour le compte de\b/,
  /\b(?:attn|c\/o)\b\s*:?/,
  /\bsous le nom (?:de )?\b/,
  /\bsigne\b/,
  /\bmy name(?: is|'s)\b/,
  /\bs ?['’]? ?appel+e\b/,
  /\bnous nous appelons\b/,
  /\bs'appel+ent\b/,
  /\bse (?:nomme|prenomme)\b/,
  /\b(?:his|her) name(?: is|'s)\b/,
  /\b(?:he|she)(?: is|'s) called\b/,
  /\bse (?:llama|chama|numeste)\b/,
  /\b(?:его|ее|её|його|її) (?:зовут|звати)\b/,
  /\badi\b(?= \p{Lu})/u,
  /\bi(?: am|'m) called\b/,
  /\bcall me\b/,
  /\bme llamo\b/,
  /\bmi (?:nombre|apellido) es\b/,
  /\b(?:o )?meu nome (?:e|é)\b/,
  /\b(?:me )?chamo\b/,
  /\bchamo-me\b/,
  /\bma numesc\b/,
  /\bnumele meu (?:este|e)\b/,
  /\bma cheama\b/,
  /\b(?:benim )?ad[iı]m\b/,
  /\bismim\b/,
  /\bменя зовут\b/,
  /\bмене звати\b/,
  /\bмое (?:имя|им'я|ім'я)\b/,
  /\bмоя фамилия\b/,
  /\bмоє ім'я\b/,
  /(?:^|\s)(?:انا )?(?:اسمي|إسمي)(?:\s|$)/u,
  /\b(?:ana )?(?:ismi|esmi|smiti|smiyti|smyti|ismy)\b/,
  /\b(?:epouse|epoux|veuve|nee|ne) (?=\p{Lu})/u, // "Marie Dupont née Martin" (never "née le 3 mars": dates go first)
];

const STRONG = new RegExp(STRONG_CUES.map((cue) => `(?:${cue.source})`).join("|"), "gu");

/** Weak cues: what follows is a name if it looks like one or no vocabulary knows it. */
const TITLE = /^(?:m|mr|mme|mmes|mlle|mlles|mm|monsieur|madame|mademoiselle|messieurs|mesdames|dr|docteur|docteure|pr|professeur|professeure|maitre|me|mrs|ms|miss|sir|senor|senora|sr|sra|srta|senhor|senhora|dona|dom|domnul|doamna|dl|dna|sayin|bay|bayan|господин|госпожа|пан|пани|пані|السيد|السيدة)$/u;
/** What follows a title that is no name ("madame la directrice", "monsieur le maire"). */
const TITLE_NOT_NAME = new Set(`directrice directeur maire president presidente adjoint adjointe responsable conseiller conseillere assistante assistant juge docteur avocat avocate professeur`.split(/\s+/u));
/** Turkish titles follow the name ("Ayşe Hanım", "Mehmet Bey"). */
const TITLE_AFTER = /^(?:hanim|bey|abla|abi|amca|teyze)$/u;
const RELATION = new RegExp(
  String.raw`(?:\b(?:mon|ma|mes|notre|nos|son|sa|ses|votre|vos|ton|ta)\s+(?:(?:ex|futur|future|nouveau|nouvelle|petit|petite|grand|grande)[\s\-])?(?:fils|fille|filles|mari|femme|epouse|epoux|conjoint|conjointe|compagnon|compagne|copain|copine|ami|amie|amis|pere|mere|papa|maman|frere|soeur|grand-mere|grand-pere|grands-parents|petit-fils|petite-fille|neveu|niece|oncle|tante|cousin|cousine|voisin|voisine|voisins|bebe|enfant|enfants|beau-pere|belle-mere|beau-frere|belle-soeur|belle-fille|gendre|assistante sociale|assistant social|assistante|conseiller|conseillere|referent|referente|medecin|docteur|proprietaire|proprio|bailleur|employeur|patron|patronne|collegue|aide a domicile|auxiliaire de vie|aidant|aidante|tuteur|tutrice|curateur|curatrice|avocat|avocate|colocataire|coloc|locataire|chef|belle-soeur|mamie|papi|papy|tata|tonton|ainee|aine|cadet|cadette)` +
    String.raw`|\b(?:my|our|his|her)\s+(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|mother|mum|mom|father|dad|brother|sister|neighbour|neighbor|friend|child|kid|baby|grandmother|grandfather|social worker|caseworker|landlord|lawyer|carer|caregiver|uncle|aunt|cousin|nephew|niece)` +
    String.raw`|\b(?:mi|mis|su)\s+(?:hijo|hija|hijos|esposo|esposa|marido|mujer|madre|padre|mama|papa|hermano|hermana|vecino|vecina|amigo|amiga|abuela|abuelo|bebe|tio|tia|primo|prima|novio|novia|trabajadora social)` +
    String.raw`|\b(?:meu|minha|o meu|a minha)\s+(?:filho|filha|marido|mulher|esposa|mae|pai|irmao|irma|vizinho|vizinha|amigo|amiga|avo|bebe|tio|tia|primo|prima|namorado|namorada)` +
    String.raw`|\b(?:fiul|fiica|sotul|sotia|mama|tatal|fratele|sora|vecinul|vecina|prietenul|prietena|bunica|bunicul)\s+(?:meu|mea)` +
    String.raw`|\b(?:oglum|kizim|esim|annem|babam|kardesim|komsum|arkadasim|ablam|agabeyim|kocam|karim)` +
    String.raw`|(?:мой|моя|мои|мій|моя|мої|наш|наша)\s+(?:сын|дочь|дочка|муж|жена|мама|мать|папа|отец|брат|сестра|сосед|соседка|подруга|друг|бабушка|дедушка|син|донька|доня|чоловік|дружина|мати|тато|батько|сусід|сусідка|бабуся|дідусь|онук|онука|внук|внучка)` +
    String.raw`|(?:ابني|ابنتي|بنتي|زوجي|زوجتي|امي|أمي|ابي|أبي|اخي|أخي|اختي|أختي|جاري|جارتي|صديقي|صديقتي)` +
    String.raw`|\b(?:wldi|weldi|wlidi|bnti|benti|khouya|khoya|khti|okhti|mrati|rajli|ommi|yemma|baba|jarti|jari|sahbi|sahbti))\b\s*,?`,
  "gu",
);
const GREETING = /\b(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|allo|cher|chere|chers|dear|hola|buenos dias|buenas tardes|ola|oi|bom dia|boa tarde|buna|buna ziua|merhaba|selam|salam|salam alikoum|salam alaykoum|slm|bjr|bsr|привет|здравствуйте|добрый день|привіт|добрий день|вітаю|مرحبا|السلام عليكم)\b\s*,?/gu;
const CLOSING = /\b(?:bonne soiree a vous|bonne journee a vous|bonne soiree a tous|bonne journee a tous|cordialement|bien cordialement|bien a vous|bien a toi|salutations|sinceres salutations|respectueusement|amicalement|merci d'avance|merci par avance|merci beaucoup|merci bien|merci encore|merci|mrc|cdlt|cdt|bonne journee|bonne soiree|a bientot|bisous|bises|signe|thanks|thank you|thx|regards|best regards|kind regards|best|cheers|gracias|saludos|obrigado|obrigada|multumesc|tesekkurler|tesekkur ederim|sagol|спасибо|с уважением|дякую|з повагою|شكرا|barak allahou fik|choukran|chokran|shukran)\b\s*[,.!:\-–—]*\s*/gu;
/** "c'est Karim", "je suis Fatima Benali", "ici Paul": introductions. */
const INTRO = /\b(?:c'est|c est|ici|je suis|i am|i'm|im|this is|it's|its)\b\s*/gu;
/** In the other languages (smaller vocabularies) an introduction counts for a listed or capitalised name. */
const INTRO_OTHER = /\b(?:soy|sou|eu sou|sunt|eu sunt|ben|я|это|це|ana)\b\s*/gu;
/** Arabic has no capitals: after "أنا" a word no vocabulary knows is taken. */
const INTRO_ARABIC = /(?:^|\s|،)(?:انا|وانا)\s+/gu;
/**
 * The places of a name in a request: "demandez à loubna", "j'ai parlé avec kenza", "chez mme x", "pour
 * yanis", "j'ai croisé benchekroun". In French a word no vocabulary knows is taken there; in the other
 * languages (whose vocabularies are smaller) only a listed or capitalised name.
 */
const NAME_PLACE = /(?:\b(?:a|avec|chez|aupres de|vu|vue|croise|croisee|rencontre|rencontree|appele|appelee|contacte|contactee|prevenu|prevenue|voir|appeler|contacter|rencontrer|remercier|remercie|demandez|demande)\b|(?<=\s)à)\s+/gu;
const NAME_PLACE_STRICT = /\b(?:pour|et|par|selon|la famille|question de|demande de|message de|reponse pour|dossier de)\b\s+/gu;
const NAME_PLACE_ENGLISH = /\b(?:with|ask|asked|met|saw|tell|told)\b\s+/gu;
const NAME_PLACE_OTHER = /\b(?:to|called|con|para|com|cu|pentru|ile|с|со|для|з|مع|عند)\b\s+/gu;

export function nameSpans(input: string): Span[] {
  // A message typed all in capitals tells nothing by its capitals: read it in lower case (same length).
  // (The redactor already does so for every detector; this keeps nameSpans right on its own.)
  const text = shouted(input) ? lowerSameLength(input) : input;
  const tokens = tokenize(text);
  const spans: Span[] = [];
  const folded = foldWithMap(text);
  const f = folded.text;
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo < tokens.length ? lo : -1;
  };
  /** The end of a match in the folded text, as an offset of `text`. */
  const inText = (foldedOffset: number) => (foldedOffset >= f.length ? text.length : folded.start[foldedOffset]!);

  const push = (from: number, to: number) => {
    if (to > from) spans.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, kind: "name" });
  };

  const afterCue = (pattern: RegExp, lenient: boolean, max = 3, firstMustLookLikeAName = false, strength: Strength = "weak") => {
    for (const m of f.matchAll(unicodeBoundaries(pattern))) {
      const endInText = inText(m.index + m[0].length);
      const i = tokenAt(endInText);
      if (i < 0) continue;
      // Only punctuation such as ":" or "," may sit between the cue and the name, never a full stop.
      if (/[.!?\n]/u.test(text.slice(endInText, tokens[i]!.start))) continue;
      const first = tokens[i]!;
      // A title after the cue ("et M. Nguyen", "bonjour Madame Diallo") stays: the title rule takes the name.
      if (TITLE.test(first.folded) && (first.folded.length > 1 || first.core === "M")) continue;
      // "je suis aurore vidal": a first name that is also a word, followed by a surname.
      let k = i + 1;
      while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.folded) && tokens[k + 1] && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
      const second = tokens[k];
      const pair = FIRST_NAMES.has(first.folded) && !isKnown(first) && !FUNCTION_WORDS.has(first.folded) && second !== undefined && adjacent(text, tokens[k - 1]!, second) && (isSurname(second) || isFirstName(second) || WORD_SURNAMES.has(second.folded) || (!isCommonWord(second.folded) && !FUNCTION_WORDS.has(second.folded) && second.core.length >= 3));
      if (pair) {
        push(i, takeName(text, tokens, i, true, max, "strong"));
        continue;
      }
      // "c'est fred", "moi c'est jade.": a listed first name alone at the end of the sentence.
      if (FIRST_NAMES.has(first.folded) && !isKnown(first) && /^\s*(?:$|[.!?,\n])/u.test(text.slice(first.end))) {
        push(i, i + 1);
        continue;
      }
      if (firstMustLookLikeAName && !nameLike(first, lenient, strength)) continue;
      push(i, takeName(text, tokens, i, lenient, max, strength));
    }
  };

  afterCue(STRONG, true, 3, false, "strong");
  afterCue(RELATION, true, 3, false, "relation");
  afterCue(GREETING, true, 3, true);
  afterCue(INTRO, true, 3, true);
  afterCue(INTRO_OTHER, false, 3, true);
  afterCue(INTRO_ARABIC, true, 3, true);
  afterCue(NAME_PLACE, true, 2, true, "place");
  afterCue(NAME_PLACE_STRICT, false, 2, true);
  afterCue(NAME_PLACE_ENGLISH, true, 2, true);
  afterCue(NAME_PLACE_OTHER, false, 2, true);
  // Signatures: after a closing formula, one to four name-like words that end the message.
  for (const m of f.matchAll(unicodeBoundaries(CLOSING))) {
    const endInText = inText(m.index + m[0].length);
    let i = tokenAt(endInText);
    if (i < 0) continue;
    // "…, f. benmansour": an initial first (the initials rule takes it back with the name).
    if (/^\p{L}$/u.test(tokens[i]!.core) && text[tokens[i]!.end] === "." && tokens[i + 1]) i++;
    const j = takeName(text, tokens, i, true, 4);
    const rest = text.slice(j < tokens.length ? (tokens[j - 1]?.end ?? endInText) : tokens.at(-1)!.end);
    if (j > i && /^[\s.!,)\-–—]*$/u.test(rest)) push(i, j);
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Titles: "M. Dupont", "Mme Diallo", "madame benali" (lower case is taken after a title, but never a
    // common word: "madame la directrice", "monsieur je voudrais").
    if (TITLE.test(t.folded) && (t.folded !== "me" || t.core === "Me") && (t.folded !== "m" || t.core === "M" || text[t.end] === ".") && (t.folded !== "ms" || t.core === "Ms") && (t.folded !== "dl" || t.core === "Dl")) {
      const next = tokens[i + 1];
      // After a title, any word but a function word or a known one is a surname ("madame roux"), also
      // after a particle ("dr ben youssef", "mme le goff", "m. ould mohamed").
      const gapOk = next && /^\.?[ \t]+$|^\.$/u.test(text.slice(t.end, next.start));
      const afterParticle = tokens[i + 2];
      if (gapOk && NAME_PARTICLES.has(next!.folded) && afterParticle && adjacent(text, next!, afterParticle) && !FUNCTION_WORDS.has(afterParticle.folded) && !isKnown(afterParticle) && !isCommonWord(afterParticle.folded)) {
        push(i + 1, takeName(text, tokens, i + 2, true, 2, "strong"));
      } else if (gapOk && !isKnown(next!) && !FUNCTION_WORDS.has(next!.folded) && !TITLE_NOT_NAME.has(next!.folded)) push(i + 1, takeName(text, tokens, i + 1, true, 2, "strong"));
      continue;
    }
    if (TITLE_AFTER.test(t.folded) && i > 0 && adjacent(text, tokens[i - 1]!, t) && !isCommon(tokens[i - 1]!)) {
      push(i - 1, i);
      continue;
    }
    // A first name that is also an ordinary word, capitalised only because it starts a sentence ("My
    // daughter…", "Rose est…"), needs a capitalised word after it to count.
    const nextToken = tokens[i + 1];
    const ambiguousAtStart = t.sentenceStart && AMBIGUOUS_FIRST_NAMES.has(t.folded) && !(nextToken && adjacent(text, t, nextToken) && (isCapitalised(nextToken) || isAllCaps(nextToken)));
    if ((isFirstName(t) && !ambiguousAtStart) || isSurname(t)) {
      // The surname may come before ("DUPONT Jean", "Benali Fatima") or after.
      let from = i;
      const prev = tokens[i - 1];
      // A first name before a surname is taken too, even one that is also a word ("manuel rodrigues").
      const firstNameBefore = prev !== undefined && isSurname(t) && FIRST_NAMES.has(prev.folded) && !FUNCTION_WORDS.has(prev.folded);
      if (prev && adjacent(text, prev, t) && (isAllCaps(prev) || isCapitalised(prev) || isSurname(prev) || firstNameBefore) && !isKnown(prev) && !TITLE.test(prev.folded)) from = i - 1;
      push(from, takeName(text, tokens, i, false));
      continue;
    }
    // Capitalised words mid-sentence that are not known words: most likely names. Upper-case words
    // alone are names only when long ("DUPONT"): short ones are acronyms (FSL, EHPAD, DALO, RQTH).
    if (!t.sentenceStart && (isCapitalised(t) || (isAllCaps(t) && t.core.length >= 5 && !isCommonWord(t.folded))) && !isKnown(t) && t.core.length >= 2) {
      push(i, takeName(text, tokens, i, false));
      continue;
    }
    // A sentence that starts with a capitalised word no vocabulary knows ("Kowalczyk est passée").
    if (t.sentenceStart && isCapitalised(t) && !isCommon(t) && t.core.length >= 3 && !/\p{N}/u.test(t.core)) {
      push(i, takeName(text, tokens, i, false));
      continue;
    }
    // A sentence starting with two unknown capitalised words: "Kowalczyk Anna", "Benali Fatima a…".
    const next = tokens[i + 1];
    if (t.sentenceStart && isCapitalised(t) && !isKnown(t) && next && adjacent(text, t, next) && (isCapitalised(next) || (isAllCaps(next) && next.core.length >= 4)) && !isKnown(next)) {
      push(i, takeName(text, tokens, i, false));
    }
  }

  // A word no vocabulary knows, as the subject of a verb: "zoulikha a besoin d'aide", "nassim et ryad
  // cherchent", "oksana says".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!unknownWord(t)) continue;
    // A name takes no article: "la famille monoparentale a…" is no one.
    const before = tokens[i - 1];
    if (before && adjacent(text, before, t) && DETERMINERS.has(before.folded)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 3 && adjacent(text, tokens[j - 1]!, tokens[j]!) && (unknownWord(tokens[j]!) || (tokens[j]!.folded === "et" && tokens[j + 1] && unknownWord(tokens[j + 1]!)))) j++;
    const verb = tokens[j];
    if (verb && /^[ \t]+$/u.test(text.slice(tokens[j - 1]!.end, verb.start)) && SUBJECT_VERBS.has(verb.folded)) {
      for (let k = i; k < j; k++) if (tokens[k]!.folded !== "et") push(k, k + 1);
      i = j;
    }
  }

  // In a list of names, a first name that is also a word: "youssef, amine et ilyas".
  const inName = (t: Token) => spans.some((s) => s.start <= t.start && t.end <= s.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const unknownAlone = unknownWord(t) && (!tokens[i + 1] || /^\s*[,.;!?\n]/u.test(text.slice(t.end)));
    if ((!FIRST_NAMES.has(t.folded) && !unknownAlone) || isKnown(t) || inName(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const listed = (other: Token | undefined, gap: string) => other !== undefined && inName(other) && /^\s*(?:,|et|and|y|e|și|ve|и|і|و)\s*$/u.test(gap);
    if (listed(prev, prev ? text.slice(prev.end, t.start) : "") || listed(next, next ? text.slice(t.end, next.start) : "")) push(i, takeName(text, tokens, i, true, 2, "strong"));
  }

  // Initials before a name: "F. Benmansour", "J.-P. Martin".
  for (const span of spans) {
    const before = /(?<![\p{L}])(?:\p{L}\.[\s-]*){1,3}$/u.exec(text.slice(Math.max(0, span.start - 10), span.start));
    // A lone "M." is the title "Monsieur", which says nothing about who.
    if (before && !/^m\.$/iu.test(before[0].trim())) span.start -= before[0].length;
  }

  // A last line (or a last word after a line break, a dash or a comma) made of one to three words that
  // are names or unknown to every vocabulary is a signature ("…\nFatima B.", "…\n— karima").
  const lastLine = /(?:\n|^|[—–]\s*)([^\n—–]*)$/u.exec(text.trimEnd());
  if (lastLine && text.includes("\n")) {
    const start = lastLine.index + lastLine[0].length - lastLine[1]!.length;
    const inLine = tokens.filter((t) => t.start >= start);
    if (inLine.length > 0 && inLine.length <= 3 && /^[\s\p{L}'’.\-]*$/u.test(lastLine[1]!) && inLine.every((t) => nameLike(t, true))) {
      spans.push({ start: inLine[0]!.start, end: inLine.at(-1)!.end, kind: "name" });
    }
  }
  return spans;
}

/**
 * `\b` is ASCII-only in JavaScript and the cues also hold Cyrillic and Arabic words: a `\b` before a word
 * becomes "no letter before", after a word "no letter after".
 */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const compiled = new Map<RegExp, RegExp>();
function unicodeBoundaries(pattern: RegExp): RegExp {
  let out = compiled.get(pattern);
  if (!out) {
    // The cues are matched on folded text: fold them the same way ("мій" → "мии"), escapes aside.
    const source = foldWithMap(pattern.source).text.replace(/\\p\{(l|lu|n)\}/gu, (_m, p: string) => `\\p{${p === "lu" ? "Lu" : p.toUpperCase()}}`);
    out = new RegExp(source.replace(/\\b(?=(.?))/gu, (_m, next: string) => (next === "(" || /\p{L}/u.test(next) ? START : END)), "gu");
    compiled.set(pattern, out);
  }
  out.lastIndex = 0;
  return out;
}

const DETERMINERS = new Set(`le la les l un une des du de ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs famille the a an my el los las un una o os as um uma`.split(/\s+/u));

/** Verbs right after a subject: the word before may be a name ("loubna a dit", "kenza est"). */
const SUBJECT_VERBS = new Set(
  `a est va veut doit peut habite travaille cherche cherchent vient dit fait etait avait sera aura voudrait aimerait demande
  souhaite attend sait connait m'a m'ont ont sont vont veulent doivent peuvent habitent travaillent viennent
  is was has says said wants lives works needs told asked
  es esta tiene quiere vive trabaja necesita dijo
  e esta tem quer mora trabalha precisa disse
  este are vrea lucreaza`.split(/\s+/u),
);

function unknownWord(t: Token): boolean {
  return t.core.length >= 3 && !/\p{N}/u.test(t.core) && !isKnown(t) && !isCommonWord(t.folded) && !FUNCTION_WORDS.has(t.folded) && /^[\p{Ll}\p{Lu}]/u.test(t.core);
}

function shouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 12 && upper / letters > 0.7;
}

function lowerSameLength(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}
