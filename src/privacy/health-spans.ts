/**
 * Health details (special-category data, RGPD art. 9): conditions, treatments, disabilities, pregnancy,
 * addictions, mental health, hospital stays. French first, then English, Spanish, Portuguese, Romanian,
 * Turkish, Russian, Ukrainian, Arabic (script and Latin "arabizi").
 *
 * Matched on folded text (lower case, no accents: "diabete" is "diabète", "Diabétique", "DIABETIQUE"),
 * by word stems, so inflections and most missing accents are covered; the span is widened to whole words
 * and to the words that qualify the condition ("cancer du sein", "diabète de type 2", "sclérose en
 * plaques", "enceinte de 5 mois", "insuffisance rénale").
 *
 * Two tiers:
 * - a condition, a treatment, a pregnancy… (tier "always") is a health detail wherever it appears, even
 *   in a question that sounds general ("les aides pour les personnes diabétiques ?"): such a question is
 *   kept from volunteers too — an agent answering it costs little; guessing wrong costs a breach;
 * - words that also name institutions, benefits or places ("MDPH", "AAH", "RQTH", "handicap",
 *   "invalidité", "hôpital", "psychologue", "médicaments", "alcool"…) (tier "personal") are a health detail
 *   only when the sentence ties them to someone: a personal word shortly before ("je", "mon", "ma",
 *   "my", "mi", "я", "عندي"… — "mon dossier MDPH", "je touche l'AAH", "mon fils est handicapé"). In a
 *   general question ("c'est quoi la MDPH ?", "les personnes handicapées ont-elles droit au bus
 *   gratuit ?") they are left as they are, and the mention is reported as a doubt so that an agent
 *   reads the question first.
 */
import { foldWithMap } from "./normalize.js";
import { entriesOf, loadHealthTerms } from "./health-terms.js";
import { buildTypoIndex, correctHealthTypos } from "./health-typos.js";
import { FIRST_NAMES, SURNAMES } from "./first-names.js";
import { isCommonWord } from "./lexicon.js";
import type { Span } from "./span.js";
import { aboutNobody, sameSentenceAsHealth, tiedToSomeone } from "./health-context.js";
import { sentenceAround, wholeWord, widen } from "./health-extent.js";
import { alternation, foldedSet, type Token } from "./health-words.js";
// ---------------------------------------------------------------- the two tiers (content/privacy/health-terms.yml)

const TERMS = loadHealthTerms();
const ALWAYS_ARABIC = entriesOf(TERMS.always.arabic);
const PERSONAL_ARABIC = entriesOf(TERMS.personal.arabic);
/** Words that need capitals to be health terms (in lower case they are ordinary words). */
const ALWAYS_CASED = /(?<![\p{L}\p{N}])(?:AIDS|SIDA|Sida|sida|VIH|HIV|AVC|TSA|IST|MST|SEP|TOC|SLA|IRC|HTA|DT1|DT2|IRM|asma|K\s+(?:du|de la|des|au)\s+(?:sein|poumon|c[ôo]lon|pancr[ée]as|foie|prostate|col|rein|cerveau))(?![\p{L}\p{N}])/gu;


const MEDICAL_SHAPE = /(?<![\p{L}])\p{L}{3,}(?:itis|oses?|osis|oza|omes?|oma|emies?|emia|pathies?|pathy|patia|plegi\p{L}*|algies?|algia|ectomies?|ectomy|therapies?|therapy|terapia|terapie|iasis|iases?)(?![\p{L}])/gu;
const NOT_MEDICAL = new Set(
  `petite petites gratuite gratuites limite limites visite visites reussite reussites suite suites conduite conduites faillite
  favorite favorites marmite dynamite termite satellite satellites meteorite ensuite poursuite poursuites fuite fuites
  habite habites invite invites evite evites hesite hesites merite merites profite profites imite excite irrite incite
  visite recite edite credite debite herite gravite palpite milite facilite facilites felicite felicites electricite
  publicite capacite capacites activite activites securite priorite priorites majorite minorite autorite autorites
  qualite qualites quantite quantites realite societe nationalite identite identites communaute specialite specialites
  possibilite possibilites responsabilite difficulte difficultes liberte egalite fraternite proprietaire mobilite
  disponibilite eligibilite solidarite precarite parite gratuite universite universites collectivite collectivites
  chose choses rose roses pose poses dose doses prose propose proposes suppose dispose oppose repose expose compose impose
  depose deposes arrose grandiose virtuose glucose cause causes pause pauses
  home homes tome tomes royaume diplome diplomes arome atome chrome fantome dome binome econome astronome agronome autonome
  autonomes metronome hippodrome aerodrome velodrome idiome
  academie academies epidemie pandemie economie economies astronomie
  nostalgie sympathie empathie antipathie telepathie
  website websites opposite composite favourite definite infinite requisite
  despite suite elite diagnosis prognosis hypnosis osmosis symbiosis metamorphosis metamorphose apotheose hypnose osmose
  idioma diploma aroma broma paloma toma goma axioma academia bohemia nostalgia sympathy empathy apathy antipathy telepathy
  chromosome chromosomes genome genomes`.split(/\s+/).filter(Boolean),
);

const CONDITION_FRAME = new RegExp(
  String.raw`(?<![\p{L}])(?:je souffre d(?:e|es|u|'un|'une|e la|e l')|il souffre d(?:e|es|u|'un|'une|e la|e l')|elle souffre d(?:e|es|u|'un|'une|e la|e l')|souffrant d(?:e|es|u|'un|'une|e la|e l')|atteinte? d(?:e|es|u|'un|'une|e la|e l')|atteints? d(?:e|es|u|'un|'une|e la|e l')|diagnostiquee? (?:d'un|d'une|avec un|avec une|avec)|on m'a diagnostique (?:un|une|des)|(?:je suis |il est |elle est )?(?:traitee?|soignee?|suivie?) pour (?:un|une|des|mon|ma|mes)?|i suffer from|suffers from|suffering from|diagnosed with|sufro de|padezco (?:de)?|sofro de|sufar de|sufera de|страдаю|страждаю на|أعاني من|اعاني من|يعاني من|تعاني من|kan3ani mn|kn3ani mn)\s+`,
  "gu",
);
const FRAME_STOP = foldedSet(`et mais depuis car donc pour avec sans qui que quand est-ce je j' il elle on nous vous ils and but since with for when i y pero desde e mas si и но і але و`.split(/\s+/));
const BODY = String.raw`(?:tete|dos|ventre|estomac|genoux?|hanches?|epaules?|jambes?|bras|pieds?|mains?|coeur|poumons?|reins?|foie|cerveau|yeux|oeil|oreilles?|dents|gorge|cou|nuque|colonne|seins?|prostate|uterus|intestins?|vessie|peau|os|chevilles?|poignets?|coudes?|thyroide|sang|pancreas|colon|ovaires?)`;
const BODY_COMPLAINT = new RegExp(
  String.raw`(?<![\p{L}])(?:mal|douleurs?|problemes?|soucis|infection|inflammation|operation|fracture|tumeur|kyste|hernie|ulcere|entorse|lesion|masse|nodule|grosseur)s?\s+(?:au|aux|a la|a l'|du|de la|de l'|des)\s*${BODY}(?![\p{L}])`,
  "gu",
);
/** The same in English ("pain in my leg", "problem with my teeth") and Romanian ("operatie la inima"). */
const EN_BODY = String.raw`(?:teeth|tooth|legs?|back|knees?|heart|head|stomach|belly|eyes?|chest|kidneys?|lungs?|liver|foot|feet|hands?|arms?|shoulders?|hips?|neck|ears?|skin|spine|bones?)`;
const RO_BODY = String.raw`(?:inima|inimii|cap|capul|picior|piciorul|picioare|picioarele|spate|spatele|rinichi|ficat|ficatul|plamani|stomac|stomacul|ochi|ochii|genunchi|genunchiul|sold|soldul|coloana|dinti|dintii|burta)`;
const PT_BODY = String.raw`(?:femur|perna|pernas|braco|bacia|pe|mao|costas|coluna|joelho|joelhos|ombro|cabeca|coracao|rim|rins|figado|pulmao|pulmoes|olho|olhos|dente|dentes|quadril|punho|tornozelo|barriga|estomago)`;
const BODY_COMPLAINT_ABROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:pains?|problems?|troubles?|issues?|infections?|operation|surgery)\s+(?:in|with|on|of)\s+(?:my|his|her|the|our)\s+${EN_BODY}|broken\s+(?:${EN_BODY}|arms?|wrists?|ankles?|ribs?|nose|jaw)|broke\s+(?:his|her|my|their|a)\s+(?:${EN_BODY}|arms?|wrists?|ankles?|ribs?|nose|jaw)|(?:operatie|operatia|operat|operata|durere|dureri|durerea|probleme|problema|boala|bolnav|bolnava|malformatie|malformatia)\s+(?:la|de|cu)\s+${RO_BODY}|(?:quebrou|quebrei|quebrado|quebrada|partiu|parti|fraturou|fraturei|dor|dores|problema|problemas|operou|operei|operado|operada)\s+(?:o|a|os|as|no|na|nos|nas|do|da|dos|das)\s+${PT_BODY})(?![\p{L}])`,
  "gu",
);

/** "je suis à 4 mois", "elle en est à 7 mois": how far a pregnancy has gone (never "à 3 mois de la retraite"). */
const PREGNANCY_MONTHS = /(?<![\p{L}])(?:je suis|jsuis|chui|suis|elle est|elle en est|j'en suis|j en suis|ma femme est|ma copine est)\s+(?:a|rendue a)\s+\d{1,2}\s+mois(?:\s+et demi)?(?!\s*(?:(?:de|du|des|sans|avant|apres|que)(?![\p{L}])|d'|qu'))/gu;

/** Words of care and medicine: not a detail themselves, but a sign that one may be near. */
const HEALTH_CONTEXT = new RegExp(
  `(?<![\\p{L}])(?:${alternation(entriesOf(`
sante, soins, soigner, soigne, medecin*, docteur*, traitement*, symptome*, diagnostic*, guerir, gueri, maladie*, malade*, therapie*, therapeute*, medical*, medicale*, patient*, consultation*, specialiste*, infirmi*, pharmaci*, hopital, hopitaux, clinique*, urgences, ordonnance*, medicament*, analyses de sang, prise de sang, irm, handicap*
doctor*, treatment*, health, hospital*, nurse*, pharmacy, medication*, illness, sick, surgery, therapy
medico*, salud, saude, tratamiento*, tratamento*, enfermedad*, doenca*, medic, sanatate, tratament*, spital*, doktor*, saglik, tedavi*, hastane*, ilac*
врач*, здоровь*, лечени*, больниц*, лекарств*, лікар*, здоров'я, лікуванн*, лікарн*, ліки
tbib, sbitar, dwa, سبيطار, طبيب*, صحة, علاج*, مستشفى, دواء`.replace(/\n/g, ", ")))})(?![\\p{L}])`,
  "u",
);

/** Benefits and institutions among the tier-"personal" words. */
const INSTITUTION = /^(?:aah|mdph|rqth|pch|cmp|ald|aeeh|apa|gir|ehpad|esat|ime|itep|sessad|ulis|aesh|avs|carte d'invalidite|carte invalidite|carte mobilite inclusion|pension d'invalidite|affection (?:de )?longue duree)$/u;

// ---------------------------------------------------------------- patterns

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const ALWAYS_ENTRIES = entriesOf([...TERMS.always.latin, ...TERMS.always.cyrillic, ...TERMS.always.arabizi]);
const ALWAYS = lexicon(ALWAYS_ENTRIES);
const TYPOS = buildTypoIndex(ALWAYS_ENTRIES.map((e) => foldWithMap(e).text));
const PERSONAL = lexicon(entriesOf([...TERMS.personal.latin, ...TERMS.personal.cyrillic]));

/**
 * A lexicon of entries matched at word starts only: entries are grouped by their first two characters,
 * and only the group of each word's first two characters is tried (one sticky expression per group),
 * which keeps a few hundred entries cheap.
 */
function lexicon(entries: string[]): (f: string) => Array<{ index: number; text: string }> {
  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    const key = foldWithMap(entry.trim()).text.slice(0, 2);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const compiled = new Map<string, RegExp>();
  for (const [key, list] of groups) compiled.set(key, new RegExp(`(?:${alternation(list)})${E}`, "uy"));
  return (f) => {
    const out: Array<{ index: number; text: string }> = [];
    for (const m of f.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
      const re = compiled.get(f.slice(m.index, m.index + 2));
      if (!re) continue;
      re.lastIndex = m.index;
      const hit = re.exec(f);
      if (hit) out.push({ index: m.index, text: hit[0] });
    }
    return out;
  };
}
/** Arabic words take clitics (و، ب، ل، ف، ال): matched inside words, widened to the whole word. */
const CLITICS = "(?:و|ف|ب|ل|ك)?(?:ال)?";
const ALWAYS_AR = new RegExp(`(?<![\\p{L}])${CLITICS}(?:${alternation(ALWAYS_ARABIC)})`, "gu");
const PERSONAL_AR = new RegExp(`(?<![\\p{L}])${CLITICS}(?:${alternation(PERSONAL_ARABIC)})`, "gu");

/** Not health: institutions and schemes whose names hold a health word. */
const NOT_HEALTH = new RegExp(
  String.raw`${B}(?:assurances?[\s\-]+maladies?|maisons? de (?:la )?sante|centres? de sante|complementaire sante|mutuelle sante|carte vitale|greffe du tribunal|fracture numerique|fracture sociale)${E}`,
  "gu",
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface HealthResult {
  spans: Span[];
  /** A tier-"personal" word in a general sentence ("c'est quoi la MDPH ?"): not redacted, but doubtful. */
  generalMentions: string[];
}

/** Health fields of forms and certificates, on folded text; the value runs to the end of the line or field. */
const HEALTH_FIELD = /(?<![\p{L}])(?:allergies?|allergique a|antecedents?(?: medicaux)?|pathologies?|diagnostic|traitements?(?: en cours)?|taux(?: d'incapacite)?|regime(?: alimentaire)?|handicap|deficiences?|affection|maladie|motif medical|nature de l'affection|contre-indications?)\s*:\s*(?<v>[^\n;–—|»«"]{1,60})/gu;

/** Health spans of a (detection) text, in its offsets. */
export function healthSpans(text: string): Span[] {
  return findHealth(text).spans;
}

export function findHealth(text: string): HealthResult {
  const folded = foldWithMap(text);
  const f = folded.text;
  const spans: Array<{ start: number; end: number }> = [];
  const generalMentions: string[] = [];
  const excluded: Array<{ start: number; end: number }> = [];
  for (const m of f.matchAll(NOT_HEALTH)) excluded.push({ start: m.index, end: m.index + m[0].length });
  const isExcluded = (s: number, e: number) => excluded.some((x) => s < x.end && x.start < e);

  const tokens: Token[] = [...f.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const tokenIndexAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  const add = (s: number, e: number) => {
    const widened = widen(f, tokens, tokenIndexAt, s, e);
    spans.push(widened);
  };

  for (const m of ALWAYS(f)) {
    if (isExcluded(m.index, m.index + m.text.length)) continue;
    // "les aides pour les femmes enceintes", "le dépistage du cancer": about nobody in particular, so
    // not redacted — but doubtful: an agent reads the question before volunteers do.
    const i = tokenIndexAt(m.index);
    if (aboutNobody(f, tokens, i) && !tiedToSomeone(f, tokens, i)) {
      generalMentions.push(text.slice(folded.start[m.index], folded.end[m.index + m.text.length - 1]));
      continue;
    }
    add(m.index, m.index + m.text.length);
  }
  // The same words typed with a slip ("fauteil roulant", "diabetik"), found on a corrected copy.
  const corrected = correctHealthTypos(f, TYPOS, (w) => isCommonWord(w) || FIRST_NAMES.has(w) || SURNAMES.has(w));
  if (corrected) {
    for (const m of ALWAYS(corrected.text)) {
      // Only what a corrected word made: the rest of the text was read, with its rules, above.
      let touchesCorrection = false;
      for (let i = m.index; i < m.index + m.text.length && !touchesCorrection; i++) touchesCorrection = corrected.end[i]! - corrected.start[i]! > 1;
      if (!touchesCorrection) continue;
      const s = corrected.start[m.index]!;
      const e = corrected.end[m.index + m.text.length - 1]!;
      if (!spans.some((x) => s < x.end && x.start < e) && !isExcluded(s, e)) add(s, e);
    }
  }
  for (const m of f.matchAll(ALWAYS_AR)) add(...wholeWord(f, m.index, m.index + m[0].length));
  // Capitalised acronyms are matched on the text itself (same offsets: folding keeps ASCII in place).
  for (const m of text.matchAll(ALWAYS_CASED)) {
    const s = folded.start.indexOf(m.index);
    if (s >= 0 && !isExcluded(s, s + m[0].length)) add(s, s + m[0].length);
  }
  const personal = [...PERSONAL(f), ...[...f.matchAll(PERSONAL_AR)].map((m) => ({ index: m.index, text: m[0], arabic: true }))];
  {
    for (const m of personal) {
      let [s, e] = [m.index, m.index + m.text.length];
      if ("arabic" in m) [s, e] = wholeWord(f, s, e);
      if (isExcluded(s, e) || spans.some((x) => s < x.end && x.start < e)) continue;
      if (tiedToSomeone(f, tokens, tokenIndexAt(s)) || sameSentenceAsHealth(f, spans, s)) add(s, e);
      // A benefit or an institution named in a general question is no doubt ("c'est quoi la MDPH ?").
      else if (!INSTITUTION.test(f.slice(s, e))) generalMentions.push(text.slice(folded.start[s], folded.end[e - 1]));
    }
  }

  // Frames that announce a condition, whatever it is: "je souffre de …", "atteint d'une …", "diagnosed
  // with …", "أعاني من …": the next words (up to three, to a pause or a conjunction).
  for (const m of f.matchAll(CONDITION_FRAME)) {
    const from = m.index + m[0].length;
    const rest = /^[\p{L}\p{N}'’\- ]{2,60}/u.exec(f.slice(from))?.[0] ?? "";
    const words = rest.split(/\s+/u).filter(Boolean);
    let taken = 0;
    let end = from;
    for (const w of words) {
      if (taken >= 3 || FRAME_STOP.has(w)) break;
      end = f.indexOf(w, end) + w.length;
      taken++;
    }
    if (taken > 0 && !spans.some((x) => from < x.end && x.start < end)) spans.push({ start: from, end });
  }
  // A body part after a complaint: "j'ai mal au dos", "un problème aux yeux", "une infection aux poumons"; a pregnancy's month.
  for (const m of [...f.matchAll(BODY_COMPLAINT), ...f.matchAll(BODY_COMPLAINT_ABROAD), ...f.matchAll(PREGNANCY_MONTHS)]) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].length;
    if (!spans.some((x) => s < x.end && x.start < e)) spans.push({ start: s, end: e });
  }

  // A form's health field copied with its value ("Allergies : pénicilline", "Taux : ≥ 80 %",
  // "Régime : sans sel", "Pathologie : …"): the value is someone's health, whatever its words.
  for (const m of f.matchAll(HEALTH_FIELD)) {
    const value = m.groups!.v!.trimEnd();
    const s = m.index + m[0].length - m.groups!.v!.length;
    if (value.length > 0 && !/^(?:non|aucune?|neant|rien|ras|no|none|nada|nenhuma?)$/u.test(value)) add(s, s + value.length);
  }
  // Words shaped like conditions ("-ite", "-ose", "-ome", "-émie", "-pathie", "-plégie", "-algie",
  // "-thérapie", "-ectomie"…) that no list holds, when tied to someone: "j'ai une spondylodiscite".
  for (const m of f.matchAll(MEDICAL_SHAPE)) {
    const [s, e] = [m.index, m.index + m[0].length];
    // ("chioma", "paloma": first names shaped like conditions.)
    if (NOT_MEDICAL.has(m[0]) || FIRST_NAMES.has(m[0]) || SURNAMES.has(m[0]) || spans.some((x) => s < x.end && x.start < e)) continue;
    if (tiedToSomeone(f, tokens, tokenIndexAt(s))) add(s, e);
    else generalMentions.push(text.slice(folded.start[s], folded.end[e - 1]));
  }

  // No health detail found, but the message speaks of care ("mon médecin dit que…"): a detail may have
  // been missed, so the question is doubtful and an agent reads it first.
  if (spans.length === 0) {
    const context = HEALTH_CONTEXT.exec(f);
    if (context) generalMentions.push(text.slice(folded.start[context.index], folded.end[context.index + context[0].length - 1]));
  }

  // Back to the offsets of `text`, each detail with its whole sentence (see sentenceAround).
  const out: Span[] = [];
  for (const s of spans) {
    const sentence = sentenceAround(f, s.start, s.end);
    out.push({ start: folded.start[sentence.start]!, end: folded.end[sentence.end - 1]!, kind: "health" });
  }
  return { spans: out, generalMentions };
}

/** True when a health detail is in the text (the volunteers' dialogue diverts such a question to agents). */
export function hasHealthData(text: string): boolean {
  return findHealth(text).spans.length > 0;
}
