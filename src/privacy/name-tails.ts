/**
 * More places where only a person fits, read after the cues of name-spans.ts (in lower case too):
 *
 * - the last words after the last full stop, a signature typed on the same line ("… on peut décaler ?
 *   marine jolivet", "merci. hai", "que dieu vous garde. zaoudja");
 * - a first name that is also a word after a verb of contact ("contactez grace au 06…", "demandez
 *   marine") or a diminutive ("la petite jade", "le petit ange" is no one: see NOT_AFTER_LITTLE);
 * - a Réunion surname shortened with a slash ("k/bidi", for Kerbidi);
 * - a particle right before a name found ("famille ben youssef");
 * - a word no vocabulary knows joined by "et" to a name found ("nassuf et [nom], nous sommes…");
 * - a word that "il s'appelle" follows ("lebon il s'appelle"), a name after a title even when it is a
 *   short or known word ("mme do, elle…", "mme noël, m'a dit"), a word before ", né en";
 * - two name-like words opening a sentence before a comma ("thamarai selvaraj, dossier caf…");
 * - any word inside a list of names ("[nom], [nom], soda et [nom]") or between two names ("madalena costa
 *   rodrigues"); a year in brackets after a name ("[nom] (2011)", a child's birth year);
 * - Arabic "باسم" ("in the name of") and a kunya on its own ("(أبو يزن)").
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from "./first-names.js";
import { FUNCTION_WORDS, isCommonWord, isFrenchWord, isFrequentWord } from "./lexicon.js";
import { CYRILLIC_VERB, WORD_SURNAMES, isKnown, isKnownWord, type Token } from "./name-words.js";
import { foldWord } from "./normalize.js";
import type { Span } from "./span.js";

/** Courtesy and chat words that end messages and are no signature. */
const NOT_A_SIGNATURE = new Set(`merci svp stp mdr lol ok oui non bonjour bonsoir salut bisous bises cordialement cdlt urgent
  thx thanks thank god bless salamat regards hafiz khuda obrigado obrigada gracias multumesc tesekkurler sagolun
  amen inchallah inshallah bonne journee soiree voila voilà`.split(/\s+/u));
/** Diminutives that are no names ("mon petit ange", "ma petite fleur", "le petit prince"). */
const NOT_AFTER_LITTLE = new Set(`ange fleur prince princesse coeur chou cherie cheri puce loup`.split(/\s+/u));
const CONTACT_VERB = /(?:^|[\s,])(?:contactez|contacter|contacte|appelez|appeler|appelle|rappelez|rappeler|demandez|demander|[ée]crivez\s+[àa]|joignez|joindre)\s+$/iu;
const LITTLE = /(?:^|[\s,])(?:la|le|ma|mon|sa|son|notre)\s+(?:petite|petit|ptite|ptit)\s+$/iu;
const SURNAME_PARTICLE_BEFORE = /(?:^|[\s(])(?:ben|bin|bent|ibn|ould|ait)\s+$/iu;
const REUNION_SURNAME = /(?<![\p{L}\p{N}])[Kk]\/\p{L}{2,}/gu;
const CALLED_AFTER = /^\s+(?:il|elle)\s+s['’]\s?appel+e/iu;
const BORN_AFTER = /^\s*,\s*(?:né|née|ne|nee)\s+(?:en|le)\s/iu;
const TITLE_BEFORE = /(?:^|[\s,(])(?:mme|mr|m\.|madame|monsieur|mlle|dr)\s+$/iu;
const AFTER_SHORT_NAME = /^\s*(?:[,.;)!]|$|(?:qui|elle|il|de|du|veut|a|est|m['’]a)\s)/iu;
const ARABIC_NAME_CUES = /(?:^|\s)(?:باسم|بإسم|بأسم|على اسم)\s+(\p{L}{2,}(?:\s+\p{L}{2,}){0,2})/gu;
const KUNYA_ALONE = /(?<=\(\s*)(?:أبو|ابو|أم|ام)\s+\p{L}{2,}(?=\s*\))|(?<![\p{L}])(?:أبو|ابو)\s+(?!ولاد|اولاد|بنت|بنتي|ولدي)\p{L}{2,}|^\s*(?:أم|ام)\s+\p{L}{2,}/gu;
/** "عبد الكريم", "عبدالله": "servant of" always begins a name. */
const ABD_NAME = /(?<![\p{L}])عبد\s?ال\p{L}{2,}|(?<![\p{L}])\p{Script=Arabic}{3,}\s+(?:بنت|بن)\s+\p{Script=Arabic}{3,}/gu;
/** "أنا ملك الغزواني": after "I am", a word and a family name in "al-…i". */
const ANA_NISBA = /(?:^|[\s،,])(?:انا|أنا|آني|اني|اسمي|إسمي)\s+(\p{L}{2,}\s+ال\p{L}{2,}ي)(?![\p{L}])/gu;
/** "ليان (12/03/2016)", "Tim (2019)": a word right before a date in brackets is who was born then. */
const BEFORE_DATE_IN_BRACKETS = /^\s*\(\s*(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|(?:19|20)\d\d)\s*\)/u;
/** "mon frère costa a été…": a relative, then a word that is no French word, then a verb. */
const RELATIVE_RIGHT_BEFORE = /(?:^|[\s,])(?:mon|ma|notre|son|sa)\s+(?:fr[eè]re|s[œo]eur|fils|fille|mari|femme|oncle|tante|cousin|cousine|neveu|ni[eè]ce|voisin|voisine|copain|copine|pote|ami|amie|coll[eè]gue|beau-fr[eè]re|belle-s[œo]eur|compagnon|compagne)\s+$/iu;
const VERB_RIGHT_AFTER = /^\s+(?:a|est|n['’]a|n['’]est|ne|va|doit|peut|veut|travaille|habite|vit|dort|cherche|m['’]a|vient|sont)\s/iu;
/** "mes voisins les moulin", "chez les diallo": a family named by its surname. */
const FAMILY_BEFORE = /(?:^|[\s,])(?:voisins|voisines|famille|chez)\s+les\s+$/iu;
/** "espérance c'est son vrai prénom": a word before what says it is a name. */
const IS_A_NAME_AFTER = /^\s*,?\s*(?:c['’]est|c|est)\s+(?:son|mon|ton|le|leur|notre)\s+(?:vrai\s+)?(?:pr[ée]nom|nom)/iu;
/** "mon mail c'est mon prénom…": the contact detail being described, no name. */
const CONTACT_WORDS = new Set(`mail email e-mail courriel adresse numero num tel telephone identifiant pseudo login compte insta snap facebook`.split(" "));
/** "[nom], pas nour", "[nom] et pas grace": a name corrected. */
const CORRECTED_BEFORE = /^\s*,?\s*(?:et\s+)?(?:pas|non pas|plut[ôo]t que)\s+$/iu;
/** "cé manuel da costa" (SMS for "c'est"; folded it would read as the word "ce"). */
// (Not Spanish "sé", I know: "no sé nada", "ya lo sé".)
const SMS_INTRO = /(?<![\p{L}])(?<!(?:no|yo|ya|lo|ni|que|qué|te)\s)(?:cé|sé)\s+(?=\p{L})/gu;
/** "Jake here.": an English introduction at the start. */
const HERE_INTRO = /^\s*(\p{Lu}\p{Ll}+|\p{Lu}{2,3})\s+here\b/u;
/** "mama nneka here", "aunty grace here": a kin title, then a name in lower case, opening the message. */
const TITLED_HERE_INTRO = /^\s*(?:mama|mamma|papa|auntie|aunty|aunt|uncle|mum|mummy|sister|brother|bro|sis|madam|mrs|mr)\s+(\p{L}{3,})\s+here\b/iu;
const YEAR_IN_BRACKETS = /^\s*\(\s*((?:19|20)\d\d)\s*\)|^\s*[,.]?\s*((?:19|20)\d\d)(?=\s*(?:[,.;]|$))/u;

/** "merhaba ben hevi zengin,", "buna, sunt fane lautaru.": a greeting, "I am", one or two words, a pause. */
const GREETED_INTRO = /(?:^|[.!?\n]\s*)(?:merhaba|selam|selamlar|slm|iyi gunler|iyi günler|buna ziua|buna|bună ziua|bună|salut|hello|hi|salam|ola|olá|oi|hola|bom dia|boa tarde|boa noite|buenos d[ií]as|buenas tardes|dobryi den|dobryy den|dobryi vechir|pryvit|vitaiu|zdravstvuite|privet)\s*[,!.]?\s+(?:ben|sunt|eu sunt|ez|soy|sou|eu sou|ya|ia|mene zvaty|menia zovut)\s+(\p{L}{2,}(?:\s+\p{L}{2,})?)\s*(?=[,.;!]|$|\s+(?:tel|tél|phone|nomer|telefon)\b)/giu;
/** Kurdish "ez şervan im" (I am Şervan), "navê min Rojda" (my name is Rojda). */
const KURDISH_INTRO = /(?:^|[\s,.])(?:ez\s+(\p{L}{2,})\s+(?:im|ım)|nav[êe] min\s+(\p{L}{2,}(?:\s+\p{L}{3,})?))(?![\p{L}])/giu;
/** "bienvenu kabongo ici, merci…": words opening the message before "ici" (here) and a pause. */
const HERE_AT_START = /^\s*(?:(?:bonjour|bonsoir|salut|slt|bjr|coucou|allo)\s*[,!.]?\s+)?(?:c['’]est\s+)?(\p{L}{2,}(?:\s+\p{L}{2,}){0,2})\s+ici\s*(?=[,.;!:]|$)/iu;
/** "précieuse ngoma 07 66 …": the message opens with words, then a phone number. */
const WORDS_BEFORE_PHONE = /(?:^|[.!?\n]\s*)([\p{Script=Latin}\p{Script=Cyrillic}]{2,}(?:\s+[\p{Script=Latin}\p{Script=Cyrillic}]{2,}){0,2})\s*[:,\-]?\s*(?:(?:tel|tél|telefone|phone|fone|cel|tlf|nr|numar)\s*[:.]?\s*)?(?=(?:\+|00)?\d(?:[\s.\-]?\d){7,})/gu;
/** Portuguese "aqui é o toninho," (here is Toninho). */
const HERE_IS = /(?:^|[\s,.])aqui\s+(?:e|é|eh|fala)\s+(?:o|a)\s+(\p{L}{2,}(?:\s+\p{L}{2,})?)(?=\s*[,.;!]|\s+(?:o|a|do|da)\s)/giu;
/** "o zeca (meu cunhado)": a word right before a relation in brackets. */
const RELATION_IN_BRACKETS_AFTER = /^\s*\(\s*(?:meu|minha|mon|ma|my|mi|mio|mia|son|sa|his|her|mein|meine)\s+\p{L}{3,}/iu;
/** "ana fadwa el amrani" ending the message (arabizi "I am"). */
const ARABIZI_INTRO_AT_END = /(?:^|[.!?\n,]\s*)(?:ana|smiti|esmi|ismi|smiyti)\s+(\p{L}{2,}(?:\s+(?:el|al|ben|bent|ait|ould)\s+\p{L}{2,}|\s+\p{L}{2,})?)\s*[.!]?\s*$/iu;
/** "je suis vira [bondarenko]": an introduction, then a word right before a name found. */
const INTRO_RIGHT_BEFORE = /(?:^|[\s,.])(?:je suis|jsuis|je m['’]appelle|moi c['’]est|c['’]est|my name is|i am|me llamo|soy|sou|sunt|ma numesc|mă numesc|ben|ana|smiti)\s+(\p{L}{2,})\s+$/iu;
/** "mes jumelles fleur et lune ont…": children named after a plural relation. */
const PLURAL_RELATION_BEFORE = /(?:^|[\s,])(?:mes|nos|ses|leurs)\s+(?:enfants|filles|fils|garcons|garçons|jumeaux|jumelles|petits-enfants|petites-filles|petits-fils|fr[eè]res|s[œo]eurs|neveux|ni[eè]ces|cousins|cousines|b[ée]b[ée]s)\s+$/iu;

const unknown = (t: Token) => t.core.length >= 3 && /^\p{L}+$/u.test(t.core) && !isKnown(t) && !isCommonWord(t.folded) && !FUNCTION_WORDS.has(t.folded) && !CYRILLIC_VERB.test(t.folded);
const personWord = (t: Token) => FIRST_NAMES.has(t.folded) && !FUNCTION_WORDS.has(t.folded) && !isKnown(t) && t.core.length >= 3;

export function nameTails(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const push = (start: number, value: string) => out.push(nameAt(start, value));
  const inName = (t: Token) => spans.some((s) => s.start <= t.start && t.end <= s.end);
  // The last sentence, when it is one to three words that are names or no vocabulary's words.
  // (A phone number at the very end goes: ".. منية الشابي 06 12…" is signed before the number.)
  const body = text.replace(/[^\p{L}]+$/u, "");
  const lastStop = Math.max(body.lastIndexOf("."), body.lastIndexOf("?"), body.lastIndexOf("؟"), body.lastIndexOf("!"), body.lastIndexOf("…"), body.lastIndexOf("\n"));
  // (Never a question: "… Saat kaçta açılıyor?" is no signature.)
  if (lastStop > 0 && /^[\s\p{L}'’\-]+$/u.test(body.slice(lastStop + 1)) && !/[?؟]/u.test(text.slice(body.length))) {
    // ("Alin si Ana", "Ali et Sara": the names of a couple sign together.)
    const tail = tokens.filter((t) => t.start > lastStop && t.end <= body.length && !/^(?:et|si|and|y|e|ve|и|і)$/u.test(t.folded));
    const fits = tail.length >= 1 && tail.length <= 3 && tail.every((t) => !FUNCTION_WORDS.has(t.folded) && !NOT_A_SIGNATURE.has(t.folded) && t.core.length >= 2);
    // A listed name among them, or one word no vocabulary knows ("zaoudja"; several such words are rather a sentence in another language).
    // ("sauvage mireille", "bah mariama": a surname that is a word, before or after a listed first name.)
    const named = tail.some((t) => FIRST_NAMES.has(t.folded) || SURNAMES.has(t.folded)) && (tail.length > 1 || personWord(tail[0]!));
    // ("Cleide": a capitalised word the frequency lists do not hold, though the full French list may.)
    const capitalisedUnknown = tail.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(tail[0]!.core) && !isKnown(tail[0]!) && !isFrequentWord(tail[0]!.folded) && tail[0]!.core.length >= 3;
    if (fits && (named || tail.every(unknown) || capitalisedUnknown)) {
      out.push({ start: tail[0]!.start, end: tail.at(-1)!.end, kind: "name" });
    }
  }
  for (const t of tokens) {
    if (inName(t) || !personWord(t)) continue;
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    if (CONTACT_VERB.test(before) || (LITTLE.test(before) && !NOT_AFTER_LITTLE.has(t.folded))) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  for (const m of text.matchAll(REUNION_SURNAME)) out.push({ start: m.index, end: m.index + m[0].length, kind: "name" });
  for (const span of spans) {
    const particle = SURNAME_PARTICLE_BEFORE.exec(text.slice(Math.max(0, span.start - 6), span.start));
    if (particle) out.push({ start: span.start - particle[0].trimStart().length, end: span.start, kind: "name" });
    // "meryem ait said": "ait", "ben", "ould" after a name, then the family name (even a word).
    const after = /^\s+(?:ait|aït|ben|bent|ould|ibn)\s+(\p{L}{2,})/iu.exec(text.slice(span.end, span.end + 24));
    if (after && !FUNCTION_WORDS.has(foldWord(after[1]!))) out.push({ start: span.end, end: span.end + after[0].length, kind: "name" });
    // "tantine rosemonde grondin 0692 12 34 56": a rare word between a name and a phone number is its surname.
    const beforePhone = /^[ \t]+(\p{L}{3,})\s*[:,]?\s*(?=(?:\+|00)?\d[\d .\-]{7,}\d)/u.exec(text.slice(span.end, span.end + 40));
    if (beforePhone && !FUNCTION_WORDS.has(foldWord(beforePhone[1]!)) && !isFrequentWord(foldWord(beforePhone[1]!)) && /^\p{Ll}+$|^\p{Lu}\p{Ll}+$/u.test(beforePhone[1]!)) out.push({ start: span.end + beforePhone[0].indexOf(beforePhone[1]!), end: span.end + beforePhone[0].indexOf(beforePhone[1]!) + beforePhone[1]!.length, kind: "name" });
    // "tony le gall": a first name, then "le", "da", "van"… before the surname found.
    const withFirst = /(?:^|[\s,(])(\p{L}{3,})\s+(?:le|la|de|da|do|dos|van|von|di|del)\s+$/iu.exec(text.slice(Math.max(0, span.start - 24), span.start));
    if (withFirst && FIRST_NAMES.has(foldWord(withFirst[1]!)) && !FUNCTION_WORDS.has(foldWord(withFirst[1]!))) {
      out.push({ start: span.start - withFirst[0].length + withFirst[0].indexOf(withFirst[1]!), end: span.start, kind: "name" });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || FUNCTION_WORDS.has(t.folded) && !TITLE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start))) continue;
    const after = text.slice(t.end, t.end + 24);
    const nameish = unknown(t) || FIRST_NAMES.has(t.folded) || SURNAMES.has(t.folded);
    const called = CALLED_AFTER.test(after) && t.core.length >= 2;
    const titled = TITLE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start)) && AFTER_SHORT_NAME.test(after) && /^\p{L}{2,}$/u.test(t.core);
    const born = nameish && BORN_AFTER.test(after);
    const relative = RELATIVE_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && VERB_RIGHT_AFTER.test(after) && t.core.length >= 3 && !FUNCTION_WORDS.has(t.folded) && (!isFrenchWord(t.folded) || FIRST_NAMES.has(t.folded) || WORD_SURNAMES.has(t.folded));
    const family = FAMILY_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && t.core.length >= 3 && !FUNCTION_WORDS.has(t.folded) && !isKnown(t);
    const bracketed = RELATION_IN_BRACKETS_AFTER.test(after) && t.core.length >= 2 && !FUNCTION_WORDS.has(t.folded) && !isKnown(t) && !CONTACT_WORDS.has(t.folded);
    const isAName = IS_A_NAME_AFTER.test(after) && t.core.length >= 2 && !FUNCTION_WORDS.has(t.folded) && !CONTACT_WORDS.has(t.folded);
    const corrected = spans.some((s) => s.end <= t.start && t.start - s.end <= 14 && CORRECTED_BEFORE.test(text.slice(s.end, t.start))) && t.core.length >= 2 && !FUNCTION_WORDS.has(t.folded);
    if (called || titled || born || relative || family || isAName || corrected || bracketed) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  // "thamarai selvaraj, dossier caf…": a sentence opened by two name-like words and a comma.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!a.sentenceStart || inName(a) || !/^\s+$/u.test(text.slice(a.end, b.start)) || !/^\s*(?:,|et\s+(?:ses|son|sa|leurs?)\s)/iu.test(text.slice(b.end))) continue;
    const nameLikeWord = (t: Token) => t.core.length >= 3 && !FUNCTION_WORDS.has(t.folded) && !isKnown(t) && (FIRST_NAMES.has(t.folded) || SURNAMES.has(t.folded) || unknown(t));
    if (nameLikeWord(a) && nameLikeWord(b) && (unknown(a) || unknown(b) || SURNAMES.has(b.folded))) out.push({ start: a.start, end: b.end, kind: "name" });
  }
  // One word between two names, or inside a list of names.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [p, t] = [tokens[i - 1]!, tokens[i]!];
    const n = tokens[i + 1]!.folded === "et" && tokens[i + 2] ? tokens[i + 2]! : tokens[i + 1]!;
    if (inName(t) || !inName(p) || !inName(n) || FUNCTION_WORDS.has(t.folded) || t.core.length < 2 || !/^\p{L}+$/u.test(t.core)) continue;
    const between = /^[ \t]+$/u.test(text.slice(p.end, t.start)) && /^[ \t]+$/u.test(text.slice(t.end, n.start));
    const listed = /^\s*,\s*$/u.test(text.slice(p.end, t.start)) && /^\s*(?:,|et)\s*$/u.test(text.slice(t.end, n.start));
    if (between || listed) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  for (const span of spans) {
    const year = YEAR_IN_BRACKETS.exec(text.slice(span.end, span.end + 12));
    if (year) {
      const value = year[1] ?? year[2]!;
      const start = span.end + year[0].lastIndexOf(value);
      out.push({ start, end: start + 4, kind: "date" });
    }
  }
  const here = HERE_INTRO.exec(text);
  if (here && !FUNCTION_WORDS.has(foldWord(here[1]!))) out.push({ start: here.index + here[0].indexOf(here[1]!), end: here.index + here[0].indexOf(here[1]!) + here[1]!.length, kind: "name" });
  // "zain (9), sara (6)": a name with the child's age in brackets.
  for (const t of tokens) {
    if (t.core.length < 3 || FUNCTION_WORDS.has(t.folded) || isKnown(t) || !(FIRST_NAMES.has(t.folded) || unknown(t) || !isFrequentWord(t.folded))) continue;
    if (/^\s*\(\s*\d{1,2}\s*(?:ans?|years?|yrs?|y\.?o\.?|ani|ya[sş]|лет|років|роки|рік|months?|mois)?\s*\)/iu.test(text.slice(t.end, t.end + 16))) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  const titledHere = TITLED_HERE_INTRO.exec(text);
  if (titledHere) {
    const start = titledHere[0].lastIndexOf(titledHere[1]!);
    const word = tokens.find((t) => t.start === start);
    if (word && (FIRST_NAMES.has(word.folded) || unknown(word))) out.push({ start, end: word.end, kind: "name" });
  }
  for (const m of text.matchAll(SMS_INTRO)) {
    const i = tokens.findIndex((t) => t.start === m.index + m[0].length);
    let j = i;
    while (j >= 0 && j < tokens.length && j - i < 3 && (j === i || /^\s+$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) && (FIRST_NAMES.has(tokens[j]!.folded) || SURNAMES.has(tokens[j]!.folded) || WORD_SURNAMES.has(tokens[j]!.folded) || unknown(tokens[j]!) || (j > i && /^(?:da|de|do|dos|le|la|ben)$/u.test(tokens[j]!.folded) && tokens[j + 1] !== undefined))) j++;
    if (i >= 0 && j > i && /^(?:da|de|do|dos|le|la|ben)$/u.test(tokens[j - 1]!.folded)) j--;
    if (i >= 0 && j > i) out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, kind: "name" });
  }
  for (const m of text.matchAll(ARABIC_NAME_CUES)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: "name" });
  }
  for (const pattern of [KUNYA_ALONE, ABD_NAME]) for (const m of text.matchAll(pattern)) out.push({ start: m.index + m[0].length - m[0].trimStart().length, end: m.index + m[0].length, kind: "name" });
  // "دانة القاسم", "[nom] الجلاصي": an Arabic first name or a name found, then a family name in "al-…".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    if (!/^\p{Script=Arabic}+$/u.test(t.core) || !/^ال\p{Script=Arabic}{3,}$/u.test(next.core) || !/^\s+$/u.test(text.slice(t.end, next.start))) continue;
    // ("على المساعدة": "على" folds like "علي", Ali; a preposition before "al-…" is no name.)
    if (/^(?:على|الى|إلى|عن|في|من|مع|هذا|هذه|كل|بعد|قبل|حتى|عند)$/u.test(t.core)) continue;
    if (FIRST_NAMES.has(t.folded) || inName(t)) out.push({ start: t.start, end: next.end, kind: "name" });
  }
  for (const m of text.matchAll(ANA_NISBA)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: "name" });
  }
  for (const t of tokens) {
    if (!inName(t) && t.core.length >= 2 && !FUNCTION_WORDS.has(t.folded) && !isKnown(t) && (!isCommonWord(t.folded) || FIRST_NAMES.has(t.folded) || /\p{Script=Arabic}/u.test(t.core)) && BEFORE_DATE_IN_BRACKETS.test(text.slice(t.end, t.end + 16))) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  out.push(...introductionsAbroad(text, tokens, spans));
  for (const span of spans) {
    // "costica lu' [nom]", "maria a lui [nom]": a first name, then "son/daughter of" and a name.
    const of = /(?:^|[\s,])(\p{L}{2,})\s+(?:lu['’]?|lui|a lui|al lui)\s+$/iu.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (of && nameCandidate(of[1]!) && (listedOrUnknown(of[1]!) || FIRST_NAMES.has(foldWord(of[1]!)))) push(span.start - of[0].length + of[0].lastIndexOf(of[1]!), of[1]!);
    // "gheorghe lacatus zis gigi": a nickname after a name.
    const alias = /^\s+(?:zis|zisa|zisă|poreclit|poreclita|alias|aka|surnomm\p{L}*|dit|dite)\s+(\p{L}{2,})/iu.exec(text.slice(span.end, span.end + 40));
    if (alias && nameCandidate(alias[1]!)) push(span.end + alias[0].lastIndexOf(alias[1]!), alias[1]!);
  }
  // "guida [pereira]", "[sandra] mendes": a word no vocabulary knows right before (after a pause) or after a name.
  for (const span of spans) {
    const i = tokens.findIndex((t) => t.start >= span.end);
    const next = i >= 0 ? tokens[i]! : undefined;
    if (next && /^[ \t]+$/u.test(text.slice(span.end, next.start)) && unknown(next) && nameCandidate(next.core)) push(next.start, next.core);
    const j = tokens.findIndex((t) => t.end > span.start) - 1;
    const prev = j >= 0 ? tokens[j]! : undefined;
    if (prev && /^[ \t]+$/u.test(text.slice(prev.end, span.start)) && unknown(prev) && nameCandidate(prev.core) && /,\s*$/u.test(text.slice(0, prev.start))) push(prev.start, prev.core);
  }
  // "ngozi eze.": a sentence of two or three words that are names or no vocabulary's words.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.sentenceStart) continue;
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.sentenceStart) j++;
    const sentence = tokens.slice(i, j);
    const end = sentence.at(-1)!.end;
    // Two or three words, apart by spaces only, then a full stop, a line break or the end.
    const spaced = sentence.every((t, k) => k === sentence.length - 1 || /^[ \t]+$/u.test(text.slice(t.end, sentence[k + 1]!.start)));
    if (sentence.length < 2 || sentence.length > 3 || !spaced || !/^\s*[.!\n]/u.test(text.slice(end) || "\n")) continue;
    const fits = sentence.every((t) => nameCandidate(t.core) && (unknown(t) || (FIRST_NAMES.has(t.folded) && !AMBIGUOUS_FIRST_NAMES.has(t.folded)) || SURNAMES.has(t.folded)));
    if (fits && sentence.some((t) => unknown(t) || SURNAMES.has(t.folded))) out.push({ start: sentence[0]!.start, end, kind: "name" });
  }
  // "obrigado, tó": a name after a closing word and a comma, at the very end.
  const thanks = /(?:obrigad[oa]|obg|merci|thanks|thank you|gracias|multumesc|mul[tț]umesc|beijos|bjs|abra[cç]o|dyakuyu|diakuiu)\s*,\s*(\p{L}{2,}(?:\s+\p{L}{2,}){0,2})\s*[.!]*\s*$/iu.exec(text);
  if (thanks && thanks[1]!.split(/\s+/u).every((w) => nameCandidate(w) && !NOT_A_SIGNATURE.has(foldWord(w)))) push(thanks.index + thanks[0].lastIndexOf(thanks[1]!), thanks[1]!);
  // "[nom] (wahid) stanikzai": a word in brackets right after a name, and the family name after it.
  for (const span of spans) {
    const m = /^\s*\(\s*(\p{L}{2,})\s*\)(?:\s+(\p{L}{3,}))?/u.exec(text.slice(span.end, span.end + 40));
    if (!m || !nameCandidate(m[1]!)) continue;
    push(span.end + m[0].indexOf(m[1]!), m[1]!);
    if (m[2] && nameCandidate(m[2]) && listedOrUnknown(m[2])) push(span.end + m[0].lastIndexOf(m[2]), m[2]);
  }
  // "nassuf et [nom]": the word joined to a name by "et".
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || !unknown(t) || tokens[i + 1]!.folded !== "et" || !inName(tokens[i + 2]!)) continue;
    if (/^\s+et\s+$/u.test(text.slice(t.end, tokens[i + 2]!.start))) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  return out;
}

const nameAt = (start: number, value: string): Span => ({ start, end: start + value.length, kind: "name" });
/** A word that can be part of a name here: no function word, no known place or body. */
const nameCandidate = (w: string) => w.length >= 2 && !FUNCTION_WORDS.has(foldWord(w)) && !isKnownWord(foldWord(w));
const listedOrUnknown = (w: string) => {
  const folded = foldWord(w);
  return (FIRST_NAMES.has(folded) && !AMBIGUOUS_FIRST_NAMES.has(folded)) || SURNAMES.has(folded) || !isCommonWord(folded);
};

/** Introductions and openings in the residents' words that name-spans.ts's cues do not reach. */
function introductionsAbroad(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const push = (start: number, value: string) => out.push(nameAt(start, value));
  for (const m of text.matchAll(GREETED_INTRO)) {
    const words = m[1]!.split(/\s+/u);
    if (words.every(nameCandidate) && words.some(listedOrUnknown)) push(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  for (const m of text.matchAll(KURDISH_INTRO)) {
    const value = m[1] ?? m[2]!;
    if (value.split(/\s+/u).every(nameCandidate)) push(m.index + m[0].lastIndexOf(value), value);
  }
  const openings = [
    ...[HERE_AT_START.exec(text), ARABIZI_INTRO_AT_END.exec(text), ...text.matchAll(HERE_IS)].map((m) => ({ m, beforePhone: false })),
    ...[...text.matchAll(WORDS_BEFORE_PHONE)].map((m) => ({ m, beforePhone: true })),
  ];
  for (const { m, beforePhone } of openings) {
    if (!m) continue;
    const words = m[1]!.split(/\s+/u).filter((w) => !/^(?:el|al|ben|bent|ait|ould)$/iu.test(w));
    const pause = beforePhone ? words.every((w) => FIRST_NAMES.has(foldWord(w)) || listedOrUnknown(w)) : words.some(listedOrUnknown);
    if (words.every(nameCandidate) && pause && words.some((w) => !isCommonWord(foldWord(w)) || SURNAMES.has(foldWord(w)))) push(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  for (const span of spans) {
    const intro = INTRO_RIGHT_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (intro && nameCandidate(intro[1]!) && !NOT_A_SIGNATURE.has(foldWord(intro[1]!))) push(span.start - intro[0].length + intro[0].lastIndexOf(intro[1]!), intro[1]!);
  }
  // "mes jumelles fleur et lune ont…"
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, et, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (et.folded !== "et" || !PLURAL_RELATION_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) continue;
    const child = (t: Token) => nameCandidate(t.core) && (FIRST_NAMES.has(t.folded) || !isCommonWord(t.folded));
    if (child(a) && child(b) && /^\s*(?:[,.;!?]|$|(?:ont|sont|vont|doivent|qui|ne|n['’]|aussi)\b)/iu.test(text.slice(b.end))) {
      push(a.start, a.core);
      push(b.start, b.core);
    }
  }
  return out;
}

/**
 * A name found once is a name everywhere in the message: "ask for yonas … number of yonas". Only words
 * that cannot be ordinary words are spread (a listed name or a word no vocabulary knows), so a word
 * taken for a name by mistake ("hasta") does not spread.
 */
export function repeatedNames(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const inName = (t: Token) => spans.some((s) => s.kind === "name" && s.start <= t.start && t.end <= s.end);
  const named = new Set(
    tokens.filter((t) => inName(t) && t.core.length >= 3 && nameCandidate(t.core) && listedOrUnknown(t.core)).map((t) => t.folded),
  );
  const out: Span[] = [];
  tokens.forEach((t, i) => {
    if (!named.has(t.folded) || inName(t)) return;
    // ("yonas habte.": a family name no vocabulary knows may follow.)
    const next = tokens[i + 1];
    const surname = next && /^[ \t]+$/u.test(text.slice(t.end, next.start)) && next.core.length >= 3 && nameCandidate(next.core) && !isCommonWord(next.folded);
    out.push({ start: t.start, end: surname ? next.end : t.end, kind: "name" });
  });
  return out;
}
