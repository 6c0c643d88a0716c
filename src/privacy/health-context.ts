/**
 * Who a health word is about: tied to someone ("mon dossier MDPH", "ma fille est épileptique"), about
 * nobody in particular ("les personnes handicapées", "le dépistage du VIH"), or in a sentence that
 * already tells someone's health.
 */
import { foldedSet, type Token } from "./health-words.js";

// ---------------------------------------------------------------- personal markers (tier "personal")

export const PERSONAL_MARKERS = foldedSet(
  `je j moi m me mon ma mes nous notre nos son sa ses lui il ils elle elles leur leurs suis ai avons sommes touche touchons percois
  recois beneficie beneficiaire reconnu reconnue reconnus reconnues mari femme fils fille filles enfant enfants bebe pere
  mere papa maman frere soeur epoux epouse conjoint conjointe compagnon compagne voisin voisine grand-mere grand-pere
  i i'm im my me we our he she his her him mine son daughter husband wife mother father
  yo mi mis tengo soy estoy hijo hija esposo esposa madre padre
  eu meu minha meus minhas tenho sou estou filho filha marido mulher mae pai
  mea mei mele sunt am sotul sotia fiul fiica mama tata
  ben benim bende oglum kizim annem babam esim
  я мне меня мой моя мои у его её ее мене мій моя мої мені син сина дочь дочка донька чоловік дружина муж жена мама
  انا أنا عندي ابني بنتي زوجي زوجتي أمي امي ابي أبي عندها عنده عندو عندهم عندنا عندك مي يما ماما بابا خويا خوي ختي اختي مرتي
  راجلي ولدي وليدي بنيتي
  ana 3andi andi 3ndi wldi bnti mrati rajli 3andha 3ndha 3ando 3andou 3ndo 3andhom mama yemma baba khouya khti`.split(/\s+/).filter(Boolean),
);
/** Plural generic nouns: "les personnes handicapées" is about nobody in particular. */
export const GENERIC = foldedSet(`quelqu'un quelqu qqn someone somebody anyone alguien alguem cineva biri birisi людина человек человека людини personnes personne gens femmes hommes adultes enfants travailleurs publics public people persons personas pessoas persoane kisiler insanlar люди людей людям`.split(/\s+/));

/** "j'ai le diabète et de la tension": a sentence already telling someone's health. */
export function sameSentenceAsHealth(f: string, spans: Array<{ start: number; end: number }>, s: number): boolean {
  return spans.some((x) => {
    const [a, b] = x.end <= s ? [x.end, s] : [s, x.start];
    return b >= a && !/[.!?\n]/u.test(f.slice(a, b));
  });
}

/** Public-health words: "dépistage du VIH", "prévention du cancer", "vaccination". */
const PUBLIC_HEALTH = foldedSet(`depistage depister prevention campagne campagnes vaccination information informations sensibilisation journee mondiale test tests screening prevencion`.split(/\s+/));

/** A health word right after a generic noun or a public-health word ("femmes enceintes", "dépistage du VIH"). */
export function aboutNobody(f: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (/[.!?\n;]/u.test(f.slice(t.end, tokens[k + 1]!.start))) return false;
    // "mes deux enfants ont de l'asthme": a generic noun with a possessive is someone's.
    if (GENERIC.has(t.text) && ownedByTheWriter(tokens, k)) return false;
    if (GENERIC.has(t.text) || PUBLIC_HEALTH.has(t.text)) return true;
    if (PERSONAL_MARKERS.has(t.text)) return false;
  }
  return false;
}

const POSSESSIVES = foldedSet(`mes nos ses leurs tes vos ai avons j'ai have tengo tenho am my our his her their mis sus nuestros nuestras meus minhas nossos nossas seus suas mei mele nostri мои мої наши наші его її её`.split(/\s+/));
/** A possessive one or two words before ("mes enfants", "mes deux enfants", "my three kids"). */
function ownedByTheWriter(tokens: Token[], k: number): boolean {
  return [tokens[k - 1], tokens[k - 2]].some((t) => t !== undefined && POSSESSIVES.has(t.text));
}

const IMPERSONAL_AFTER = foldedSet(`faut fallait faudra faudrait y s'agit existe existent parait semble reste manque suffit vaut`.split(/\s+/));
/** "il est possible de…", "il est nécessaire…": an impersonal "il est" (never "il est prématuré"). */
const IMPERSONAL_ADJECTIVE = foldedSet(`possible impossible necessaire obligatoire important normal vrai interdit difficile urgent temps question dommage conseille recommande prevu utile inutile facile`.split(/\s+/));
const impersonal = (tokens: Token[], k: number) => IMPERSONAL_AFTER.has(tokens[k + 1]?.text ?? "") || (/^(?:est|etait|sera)$/u.test(tokens[k + 1]?.text ?? "") && IMPERSONAL_ADJECTIVE.has(tokens[k + 2]?.text ?? ""));

/** Is a tier-"personal" word tied to someone? Looks back five words within the sentence ("mon fils Yanis a de la fièvre"). */
export function tiedToSomeone(f: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (/[.!?\n;]/u.test(f.slice(t.end, tokens[k + 1]!.start))) return false;
    if (GENERIC.has(t.text)) return false;
    // "il faut un dossier MDPH", "il y a des aides", "y a-t-il", "faut-il": an impersonal "il" is nobody.
    if ((t.text === "il" || t.text === "ils") && (impersonal(tokens, k) || f[t.start - 1] === "-")) continue;
    if (PERSONAL_MARKERS.has(t.text) || PERSONAL_MARKERS.has(t.text.replace(/^[jlmdnst]'/u, "")) || /^(?:[jm])'/u.test(t.text)) return true;
  }
  // Turkish and Arabizi put the person in a suffix or right after: "engelliyim", "hastanedeyim".
  const t = tokens[i];
  if (t && /(?:yim|yım|im|ım|um|üm)$/u.test(t.text) && t.text.length > 6) return true;
  return false;
}
