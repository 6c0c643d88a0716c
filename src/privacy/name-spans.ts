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
 * - lists of first names and surnames of many origins (first-names.ts, content/privacy/lexicons/), in any case
 *   (first names that are ordinary words, "rose", "pierre", only when capitalised or after a cue), with
 *   the words around them (the surname);
 * - capitalised words in the middle of a sentence that are not known words or places, capitalised words
 *   that start a sentence and that no vocabulary knows, upper-case words that are not acronyms
 *   ("DUPONT"), and a message typed all in capitals is read as lower case.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from "./first-names.js";
import { FUNCTION_WORDS, isCommonWord, isFrenchWord } from "./lexicon.js";
import { foldWithMap, lowerSameLength, shouted } from "./normalize.js";
import type { Span } from "./span.js";
import { NAME_PARTICLES, WORD_SURNAMES, adjacent, isAllCaps, isCapitalised, isCommon, isFirstName, isKnown, isSurname, nameLike, takeName, tokenize, type Strength, type Token } from "./name-words.js";
import { nameEdges } from "./name-edges.js";
import { nameTails, repeatedNames } from "./name-tails.js";
import { arabiziDigitNames } from "./arabizi-names.js";
import { namesInEmails } from "./email-names.js";
import { CLOSING, GREETING, INTRO, WE_WITH, INTRO_ARABIC, INTRO_OTHER, NAME_PLACE, NAME_PLACE_ENGLISH, NAME_PLACE_OTHER, NAME_PLACE_STRICT, RELATION, RELATION_OF, STRONG, TITLE, TITLE_AFTER, TITLE_NOT_NAME } from "./name-cues.js";

export function nameSpans(input: string): Span[] {
  // A message typed all in capitals tells nothing by its capitals: read it in lower case (same length).
  // (The redactor already does so for every detector; this keeps nameSpans right on its own.)
  const text = shouted(input, 12) ? lowerSameLength(input) : input;
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
      const listedFirst = FIRST_NAMES.has(first.folded) || (first.folded.includes("-") && first.folded.split("-").every((p) => FIRST_NAMES.has(p)));
      const pair = listedFirst && (!isKnown(first) || knownFirstNameWithSurname(text, tokens, i)) && !FUNCTION_WORDS.has(first.folded) && second !== undefined && adjacent(text, tokens[k - 1]!, second) && (isSurname(second) || isFirstName(second) || WORD_SURNAMES.has(second.folded) || (!isCommonWord(second.folded) && !FUNCTION_WORDS.has(second.folded) && second.core.length >= 3));
      // "its marcus johnson": two listed names that are no French words, even if English uses them as words.
      const twoListedNames = listedFirst && !isFrenchWord(first.folded) && !FUNCTION_WORDS.has(first.folded) && second !== undefined && adjacent(text, tokens[k - 1]!, second) && (FIRST_NAMES.has(second.folded) || SURNAMES.has(second.folded)) && !isFrenchWord(second.folded) && !FUNCTION_WORDS.has(second.folded);
      if (pair || twoListedNames) {
        push(i, takeName(text, tokens, i, true, max, "strong"));
        continue;
      }
      // "c'est fred", "moi c'est jade.": a listed first name alone at the end of the sentence.
      if (FIRST_NAMES.has(first.folded) && !isKnown(first) && /^\s*(?:$|[.!?,\n])/u.test(text.slice(first.end))) {
        push(i, i + 1);
        continue;
      }
      // (A listed first name that is no French word counts after a weak cue: "ben deniz (kız)", "c anthony".)
      const foreignFirstName = FIRST_NAMES.has(first.folded) && !isFrenchWord(first.folded) && !FUNCTION_WORDS.has(first.folded) && !isKnown(first);
      if (firstMustLookLikeAName && !nameLike(first, lenient, strength) && !foreignFirstName) continue;
      // (After an introduction, a listed foreign first name that English also uses as a word is still taken: "im jake and…".)
      push(i, Math.max(foreignFirstName && pattern === INTRO ? i + 1 : i, takeName(text, tokens, i, lenient, max, strength)));
    }
  };

  afterCue(STRONG, true, 3, false, "strong");
  afterCue(RELATION, true, 3, false, "relation");
  afterCue(WE_WITH, true, 1, true, "relation");
  afterCue(GREETING, true, 3, true);
  afterCue(INTRO, true, 3, true);
  afterCue(INTRO_OTHER, false, 3, true);
  afterCue(INTRO_ARABIC, true, 3, true);
  afterCue(NAME_PLACE, true, 2, true, "place");
  afterCue(RELATION_OF, true, 2, true, "place");
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
    // ("regards, sumaiya khatun, 07 15 62 48 93": the contact after the name ends the message too.)
    if (j > i && /^[\s.!,)\-–—]*(?:(?:\+|\p{N})[\p{N}\s.\-]{7,}|\S+@\S+)?[\s.!,)\-–—]*$/u.test(rest)) push(i, j);
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Titles: "M. Dupont", "Mme Diallo", "madame benali" (lower case is taken after a title, but never a
    // common word: "madame la directrice", "monsieur je voudrais").
    // (Spanish "Me dijeron…" opens a sentence: "Me" before a lower-case word there is no title.)
    if (TITLE.test(t.folded) && (t.folded !== "me" || (t.core === "Me" && !(t.sentenceStart && /^\p{Ll}/u.test(tokens[i + 1]?.core ?? "")))) && (t.folded !== "m" || t.core === "M" || text[t.end] === ".") && (t.folded !== "ms" || t.core === "Ms") && (t.folded !== "dl" || t.core === "Dl")) {
      const next = tokens[i + 1];
      // After a title, any word but a function word or a known one is a surname ("madame roux"), also
      // after a particle ("dr ben youssef", "mme le goff", "m. ould mohamed").
      const gapOk = next && /^\.?[ \t]+$|^\.$/u.test(text.slice(t.end, next.start));
      const afterParticle = tokens[i + 2];
      // "mme saint-amand": after a title, a saint's name is a surname (elsewhere it is mostly a town).
      if (gapOk && /^(?:saint|sainte)-\p{L}/u.test(next!.folded)) push(i + 1, i + 2);
      // (After a title and a particle a common word of another language is still a surname: "m. da costa".)
      else if (gapOk && NAME_PARTICLES.has(next!.folded) && afterParticle && adjacent(text, next!, afterParticle) && !FUNCTION_WORDS.has(afterParticle.folded) && !isKnown(afterParticle) && !TITLE_NOT_NAME.has(afterParticle.folded) && (!isCommonWord(afterParticle.folded) || (next!.folded !== "le" && next!.folded !== "la" && !isFrenchWord(afterParticle.folded)))) {
        push(i + 1, takeName(text, tokens, i + 2, true, 2, "strong"));
      } else if (gapOk && (!isKnown(next!) || knownFirstNameWithSurname(text, tokens, i + 1)) && !FUNCTION_WORDS.has(next!.folded) && !TITLE_NOT_NAME.has(next!.folded)) push(i + 1, takeName(text, tokens, i + 1, true, 2, "strong"));
      // ("Mme Avril", "M. Janvier": a month or a weekday with a capital after a title is a surname.)
      else if (gapOk && isCapitalised(next!) && CALENDAR_SURNAMES.test(next!.folded)) push(i + 1, Math.max(i + 2, takeName(text, tokens, i + 1, true, 2, "strong")));
      continue;
    }
    if (TITLE_AFTER.test(t.folded) && i > 0 && adjacent(text, tokens[i - 1]!, t) && !isCommon(tokens[i - 1]!)) {
      push(i - 1, i);
      continue;
    }
    // A first name that is also an ordinary word, capitalised only because it starts a sentence ("My
    // daughter…", "Rose est…"), needs a capitalised word after it to count.
    const nextToken = tokens[i + 1];
    // (Unless a comma, a number or the end follows a name that is no French word: "… ? Ryan 06…", ". Tyler, étudiant".)
    const signedAtStart = !isFrenchWord(t.folded) && isCapitalised(t) && /^\s*(?:,|\d|\+|$|\n)/u.test(text.slice(t.end));
    const ambiguousAtStart = t.sentenceStart && AMBIGUOUS_FIRST_NAMES.has(t.folded) && !signedAtStart && !(nextToken && adjacent(text, t, nextToken) && (isCapitalised(nextToken) || isAllCaps(nextToken)));
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
    const unknownAlone = unknownWord(t) && (!tokens[i + 1] || /^\s*[,.;!?\n)]/u.test(text.slice(t.end)));
    if ((!FIRST_NAMES.has(t.folded) && !unknownAlone) || isKnown(t) || inName(t)) continue;
    // The neighbours in the list, over "et", "de" ("ali et kheira", "le papa d'iyad et de jade").
    let p = i - 1;
    while (p >= 0 && LIST_GLUE.has(tokens[p]!.folded) && i - p <= 2) p--;
    let n = i + 1;
    while (n < tokens.length && LIST_GLUE.has(tokens[n]!.folded) && n - i <= 2) n++;
    const prev = tokens[p];
    const next = tokens[n];
    // (A name glued to "d'" counts: "le papa d'iyad et de jade".)
    const touchesName = (other: Token) => spans.some((s) => s.start < other.end && other.start < s.end);
    const listed = (other: Token | undefined, gap: string) => other !== undefined && touchesName(other) && /^\s*(?:,|et|and|&|y|e|și|ve|и|і|و|et de|et d'|and of)\s*$/u.test(gap);
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
  // (Lines of contact details only, a phone or an e-mail, may follow the signature: "emeka (nwosu)\n06 33 71 58 62".)
  const lastLine = /(?:\n|^|[—–]\s*)([^\n—–]*)$/u.exec(text.trimEnd().replace(/(?:\n[ \t]*(?:(?:\+|\p{N})[\p{N}\s.\-]{7,}|\S+@\S+)[ \t]*)+$/u, ""));
  if (lastLine && text.includes("\n")) {
    const start = lastLine.index + lastLine[0].length - lastLine[1]!.length;
    const inLine = tokens.filter((t) => t.start >= start && t.end <= start + lastLine[1]!.length);
    if (inLine.length > 0 && inLine.length <= 3 && /^[\s\p{L}'’.\-()]*$/u.test(lastLine[1]!) && inLine.every((t) => nameLike(t, true))) {
      const end = inLine.at(-1)!.end;
      spans.push({ start: inLine[0]!.start, end: text[end] === ")" && text.slice(inLine[0]!.start, end).includes("(") ? end + 1 : end, kind: "name" });
    }
  }
  spans.push(...nameTails(text, tokens, spans));
  spans.push(...nameEdges(text, tokens, spans));
  spans.push(...arabiziDigitNames(text, spans));
  spans.push(...namesInEmails(text, tokens));
  spans.push(...repeatedNames(text, tokens, spans));
  // "la piscine Bellevue", "le centre social Jean Vilar", "l'hôpital Lapeyronie": a public place's name;
  // "la CPAM de Bobigny", "CAF v Grenobli", "в Страсбурзі": a town (never a listed first name there).
  const placeName = (span: Span) => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (PUBLIC_PLACE_BEFORE.test(before)) return true;
    const words = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    if (words.length !== 1 || FIRST_NAMES.has(words[0]!.folded)) return false;
    // ("Villeneuve-d'Ascq", "Hauts-de-Rouen": a compound joined by a particle is a place.)
    if (/^\p{Lu}\p{L}+(?:-\p{L}+)*-(?:d['’]|(?:en|sur|sous|le|la|les|de|du|des|lès|lez|aux)-)\p{L}/u.test(words[0]!.core)) return true;
    return INSTITUTION_OF_TOWN_BEFORE.test(before) || (/^\p{Lu}\p{Ll}{4,}[іїi]$/u.test(words[0]!.core) && /(?:^|\s)(?:в|во|v)\s+$/u.test(before));
  };
  const places = spans.filter(placeName);
  // (And the lower-case word a town drew into a name: "в Страсбурзі соціальна бакалія".)
  const besidePlace = (span: Span) => /^\p{Ll}/u.test(text.slice(span.start, span.end)) && places.some((p) => /^\s+$/u.test(text.slice(p.end, span.start)));
  return spans.filter((span) => !places.includes(span) && !besidePlace(span));
}

const CALENDAR_SURNAMES = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|noel|paques|toussaint)$/u;

/** "mme france dupuis", "monsieur noël martin": a first name that is also a known word, then a surname. */
function knownFirstNameWithSurname(text: string, tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]!;
  const second = tokens[i + 1];
  if (!FIRST_NAMES.has(first.folded) || !second || !adjacent(text, first, second)) return false;
  return isSurname(second) || isFirstName(second) || (second.core.length >= 3 && !isKnown(second) && !isCommonWord(second.folded) && !FUNCTION_WORDS.has(second.folded));
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
    // (A "\b" before a lookahead, "mamie\b(?=\s)", ends a word: it is no start.)
    out = new RegExp(source.replace(/\\b(?=(\(\?[=!])?(.?))/gu, (_m, lookahead: string | undefined, next: string) => (!lookahead && (next === "(" || /\p{L}/u.test(next)) ? START : END)), "gu");
    compiled.set(pattern, out);
  }
  out.lastIndex = 0;
  return out;
}

/** A public facility named right before a capitalised word: that word names the place, not a person. */
const PUBLIC_PLACE_BEFORE = /(?:^|[\s'’(])(?:piscine|m[ée]diath[èe]que|biblioth[èe]que|ludoth[èe]que|centre social|centre culturel|centre m[ée]dico-social|maison de quartier|maison pour tous|maison des solidarit[ée]s|espace|salle|gymnase|stade|coll[èe]ge|lyc[ée]e|[ée]cole|cr[èe]che|h[ôo]pital|clinique|polyclinique|ehpad|foyer|mairie annexe|quartier|tram(?:way)? station|station|arr[êe]t)\s+(?:(?:les|le|la|des|du|de la|de)\s+|l['’])?$/iu;
/** An institution and the town it serves: what follows is a town ("la CPAM de Bobigny", "CCAS-ul din Lyon"). */
const INSTITUTION_OF_TOWN_BEFORE = /(?:^|[\s'’(])(?:caf|cpam|ccas|cias|mairie|pr[ée]fecture|sous-pr[ée]fecture|msa|mdph|urssaf|carsat|crous|pmi|cmp|chu|gare|tribunal|france travail|p[ôo]le emploi|mission locale|secours populaire|secours catholique|restos du c(?:œ|oe)ur|croix-rouge|ofii|spada|france services|services)(?:-ul|-ului|-ul din)?\s+(?:de|d['’]|du|din|de la|v|в|у|in|of|at|à|a)\s*$/iu;
const LIST_GLUE = new Set(["et", "de", "d", "and", "of", "y", "e", "si", "ve", "и", "і", "و"]);
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


