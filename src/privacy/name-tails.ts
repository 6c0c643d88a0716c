/**
 * More places where only a person fits, read after the cues of name-spans.ts (in lower case too):
 *
 * - the last words after the last full stop, a signature typed on the same line ("… on peut décaler ?
 *   marine jolivet", "merci. hai", "que dieu vous garde. zaoudja");
 * - a first name that is also a word after a verb of contact ("contactez grace au 06…", "demandez
 *   marine") or a diminutive ("la petite jade", "le petit ange" is no one: see NOT_AFTER_LITTLE);
 * - a Réunion surname shortened with a slash ("k/bidi", for Kerbidi);
 * - a particle right before a name found ("famille ben youssef");
 * - a word no vocabulary knows joined by "et" to a name found ("nassuf et [nom], nous sommes…").
 */
import { FIRST_NAMES, SURNAMES } from "./first-names.js";
import { FUNCTION_WORDS, isCommonWord } from "./lexicon.js";
import { isKnown, type Token } from "./name-words.js";
import type { Span } from "./span.js";

/** Courtesy and chat words that end messages and are no signature. */
const NOT_A_SIGNATURE = new Set(`merci svp stp mdr lol ok oui non bonjour bonsoir salut bisous bises cordialement cdlt urgent
  amen inchallah inshallah bonne journee soiree voila voilà`.split(/\s+/u));
/** Diminutives that are no names ("mon petit ange", "ma petite fleur", "le petit prince"). */
const NOT_AFTER_LITTLE = new Set(`ange fleur prince princesse coeur chou cherie cheri puce loup`.split(/\s+/u));
const CONTACT_VERB = /(?:^|[\s,])(?:contactez|contacter|contacte|appelez|appeler|appelle|rappelez|rappeler|demandez|demander|[ée]crivez\s+[àa]|joignez|joindre)\s+$/iu;
const LITTLE = /(?:^|[\s,])(?:la|le|ma|mon|sa|son|notre)\s+(?:petite|petit|ptite|ptit)\s+$/iu;
const SURNAME_PARTICLE_BEFORE = /(?:^|[\s(])(?:ben|bin|bent|ibn|ould|ait)\s+$/iu;
const REUNION_SURNAME = /(?<![\p{L}\p{N}])[Kk]\/\p{L}{2,}/gu;

const unknown = (t: Token) => t.core.length >= 3 && /^\p{L}+$/u.test(t.core) && !isKnown(t) && !isCommonWord(t.folded) && !FUNCTION_WORDS.has(t.folded);
const personWord = (t: Token) => FIRST_NAMES.has(t.folded) && !FUNCTION_WORDS.has(t.folded) && !isKnown(t) && t.core.length >= 3;

export function nameTails(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const inName = (t: Token) => spans.some((s) => s.start <= t.start && t.end <= s.end);
  // The last sentence, when it is one to three words that are names or no vocabulary's words.
  const body = text.replace(/[^\p{L}\p{N}]+$/u, "");
  const lastStop = Math.max(body.lastIndexOf("."), body.lastIndexOf("?"), body.lastIndexOf("!"), body.lastIndexOf("…"));
  // (Never a question: "… Saat kaçta açılıyor?" is no signature.)
  if (lastStop > 0 && /^[\s\p{L}'’\-]+$/u.test(body.slice(lastStop + 1)) && !text.slice(body.length).includes("?")) {
    const tail = tokens.filter((t) => t.start > lastStop && t.end <= body.length);
    const fits = tail.length >= 1 && tail.length <= 3 && tail.every((t) => !FUNCTION_WORDS.has(t.folded) && !NOT_A_SIGNATURE.has(t.folded) && t.core.length >= 2);
    // A listed name among them, or one word no vocabulary knows ("zaoudja"; several such words are rather a sentence in another language).
    const named = tail.some((t) => FIRST_NAMES.has(t.folded) || SURNAMES.has(t.folded)) && tail.every((t) => personWord(t) || unknown(t) || SURNAMES.has(t.folded) || FIRST_NAMES.has(t.folded));
    if (fits && (named || (tail.length === 1 && unknown(tail[0]!)))) {
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
  }
  // "nassuf et [nom]": the word joined to a name by "et".
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (inName(t) || !unknown(t) || tokens[i + 1]!.folded !== "et" || !inName(tokens[i + 2]!)) continue;
    if (/^\s+et\s+$/u.test(text.slice(t.end, tokens[i + 2]!.start))) out.push({ start: t.start, end: t.end, kind: "name" });
  }
  return out;
}
