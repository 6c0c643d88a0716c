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
import { isCommonWord } from "./lexicon.js";
import type { Span } from "./span.js";

/** "*" ends a stem (any letters may follow); " " is any run of spaces or hyphens. */
function alternation(entries: string[]): string {
  return entries
    .map((e) => foldWithMap(e.trim()).text)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/\*/g, "\\p{L}*").replace(/ /g, "[\\s\\-]+"))
    .join("|");
}

function foldedSet(words: string[]): ReadonlySet<string> {
  return new Set(words.map((w) => foldWithMap(w).text));
}


// ---------------------------------------------------------------- the two tiers (content/privacy/health-terms.yml)

const TERMS = loadHealthTerms();
const ALWAYS_ARABIC = entriesOf(TERMS.always.arabic);
const PERSONAL_ARABIC = entriesOf(TERMS.personal.arabic);
/** Words that need capitals to be health terms (in lower case they are ordinary words). */
const ALWAYS_CASED = /(?<![\p{L}\p{N}])(?:AIDS|SIDA|Sida|sida|VIH|HIV|AVC|TSA|IST|MST|SEP|TOC|asma)(?![\p{L}\p{N}])/gu;


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

/** French (and Romance) adjective endings. */
const ADJECTIVE = /(?:ique|iques|aire|aires|al|ale|ales|aux|if|ive|ifs|ives|eux|euse|euses|el|elle|els|elles|ee|ees|ant|ante|ants|antes|ent|ente|ents)$/u;
/** Words never taken by that widening: being and having, function words, common nouns of a question. */
const NOT_EXTENDED = foldedSet(
  `suis est sont etait etaient sera etre ete avoir avait avaient aura ai as avons avez ont depuis pendant avant apres tres
  plus moins aussi bien mal souvent toujours jamais encore deja vraiment beaucoup chez dans avec pour sans sous sur vers
  mais donc alors comme quand comment pourquoi aide aides demande demandes dossier dossiers logement travail enfant
  enfants mari femme fils fille mere pere besoin question questions merci bonjour urgent urgente seul seule grand grande
  petit petite etant pendant souvent devant suivant suivante cependant maintenant comment vraiment seulement egalement
  recemment actuellement notamment`.split(/\s+/).filter(Boolean),
);

const CONDITION_FRAME = new RegExp(
  String.raw`(?<![\p{L}])(?:je souffre d(?:e|es|u|'un|'une|e la|e l')|il souffre d(?:e|es|u|'un|'une|e la|e l')|elle souffre d(?:e|es|u|'un|'une|e la|e l')|souffrant d(?:e|es|u|'un|'une|e la|e l')|atteinte? d(?:e|es|u|'un|'une|e la|e l')|atteints? d(?:e|es|u|'un|'une|e la|e l')|diagnostiquee? (?:d'un|d'une|avec un|avec une|avec)|on m'a diagnostique (?:un|une|des)|(?:je suis |il est |elle est )?(?:traitee?|soignee?|suivie?) pour (?:un|une|des|mon|ma|mes)?|i suffer from|suffers from|suffering from|diagnosed with|sufro de|padezco (?:de)?|sofro de|sufar de|sufera de|страдаю|страждаю на|أعاني من|اعاني من|يعاني من|تعاني من|kan3ani mn|kn3ani mn)\s+`,
  "gu",
);
const FRAME_STOP = foldedSet(`et mais depuis car donc pour avec sans qui que quand est-ce je j' il elle on nous vous ils and but since with for when i y pero desde e mas si и но і але و`.split(/\s+/));
const BODY = String.raw`(?:tete|dos|ventre|estomac|genoux?|hanches?|epaules?|jambes?|bras|pieds?|mains?|coeur|poumons?|reins?|foie|cerveau|yeux|oeil|oreilles?|dents|gorge|cou|nuque|colonne|seins?|prostate|uterus|intestins?|vessie|peau|os|chevilles?|poignets?|coudes?|thyroide|sang|pancreas|colon|ovaires?)`;
const BODY_COMPLAINT = new RegExp(
  String.raw`(?<![\p{L}])(?:mal|douleurs?|problemes?|soucis|infection|inflammation|operation|fracture|tumeur|kyste|hernie|ulcere|entorse|lesion)s?\s+(?:au|aux|a la|a l'|du|de la|de l'|des)\s*${BODY}(?![\p{L}])`,
  "gu",
);

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

// ---------------------------------------------------------------- qualifiers

/** Words that widen a health span on its right ("cancer du sein", "insuffisance rénale"). */
const QUALIFIERS = foldedSet(
  `sein seins poumon poumons prostate colon rectum peau foie pancreas rein reins coeur cerveau sang os gorge estomac uterus
  ovaire ovaires thyroide vessie col moelle osseuse cervical cervicale ORL renal renale renaux cardiaque respiratoire
  hepatique chronique chroniques aigu aigue severe severes grave graves lourd lourde leger legere profond profonde moteur
  motrice moteurs mental mentale mentaux psychique psychiques cognitif cognitive visuel visuelle auditif auditive bipolaire
  generalise generalisee plaques amyotrophique laterale insulinodependant insulinodependante spectre autistique autiste
  positif positive positifs type stade grade terminal terminale avance avancee metastatique invasif invasive precoce
  operable inoperable maligne malin benigne majeure recurrente severe agressif agressive dependant dependante
  mellitus breast lung skin liver blood bone kidney kidneys heart brain positive chronic severe disorder disorders
  disease syndrome condition attack
  mama pulmon piel higado sangre rinon rinones cronico cronica grave gestacional
  mama pulmao pele figado sangue rim cronico cronica
  san san sanului plamani ficat rinichi cronic cronica
  meme akciger karaciger bobrek kronik
  груди молочной легких печени почек крови хронический хроническая груді легенів печінки нирок хронічний хронічна
  الثدي الرئة الكبد الكلى المزمن
  hanche hanches genou genoux epaule epaules dos colonne vertebrale vertebres cheville chevilles poignet poignets main mains
  pied pieds jambe jambes bras cou nuque tete crane oeil yeux oreille oreilles intestin intestins lombaire lombaires discale
  dorsale sciatique pulmonaire digestive digestif intestinale intestinal rare orpheline genetique degenerative degeneratif
  auto-immune inflammatoire infectieuse neurologique neuromusculaire cerebral cerebrale cerebrales vasculaire osseux
  hip knee knees back spine shoulder heart lung kidney liver brain rodilla cadera espalda joelho anca spate genunchi sold
  categorie groupe niveau группы групи auto immune electrique manuel roulant multipla multiple terminal
  utero ovario ovarios prostata pulmon pulmones higado rinon cerebro piel huesos estomago tiroides vejiga pulmao figado rim
  sangue pele ossos desintoxication sevrage
  diz bel kalca`.split(/\s+/).filter(Boolean),
);
/** Words that widen a health span on its left ("insuffisance rénale", "maladie de Crohn", "trouble bipolaire"). */
const HEADS = foldedSet(
  `insuffisance insuffisances maladie maladies trouble troubles syndrome syndromes probleme problemes souci soucis crise
  crises cancer diabete atteint atteinte atteints atteintes type spectre travailleur travailleuse travailleurs chronic disease disorder syndrome cancer enfermedad
  trastorno doenca transtorno boala tulburare prothese protheses operation operations opere operee greffe fracture
  douleur douleurs mal ablation infection hernie entorse rupture luxation tumeur traitement traitements breast lung prostate skin bowel colon
  ovarian cervical pancreatic liver blood bone brain kidney heart mental pathologie pathologies malformation malformations
  retard anomalie deficit traite traitee traites traitees soigne soignee suivi suivie hospitalise hospitalisee tratamiento
  tratamento multiple ancien ancienne anciens ex cure`.split(/\s+/).filter(Boolean),
);
const CONNECTORS = new Set(["de", "du", "des", "d", "en", "a", "au", "aux", "la", "le", "l", "of", "the", "del", "da", "do", "cu", "d'un", "d'une", "un", "une", "pour", "contre", "contra", "el", "for", "against", "para"]);

// ---------------------------------------------------------------- personal markers (tier "personal")

const PERSONAL_MARKERS = foldedSet(
  `je j moi m me mon ma mes nous notre nos son sa ses lui elle elles leur leurs suis ai avons sommes touche touchons percois
  recois beneficie beneficiaire reconnu reconnue reconnus reconnues mari femme fils fille filles enfant enfants bebe pere
  mere papa maman frere soeur epoux epouse conjoint conjointe compagnon compagne voisin voisine grand-mere grand-pere
  i i'm im my me we our he she his her him mine son daughter husband wife mother father
  yo mi mis tengo soy estoy hijo hija esposo esposa madre padre
  eu meu minha meus minhas tenho sou estou filho filha marido mulher mae pai
  mea mei mele sunt am sotul sotia fiul fiica mama tata
  ben benim bende oglum kizim annem babam esim
  я мне меня мой моя мои у его её ее мене мій моя мої мені син сина дочь дочка донька чоловік дружина муж жена мама
  انا أنا عندي ابني بنتي زوجي زوجتي أمي امي ابي أبي
  ana 3andi andi 3ndi wldi bnti mrati rajli`.split(/\s+/).filter(Boolean),
);
/** Plural generic nouns: "les personnes handicapées" is about nobody in particular. */
const GENERIC = foldedSet(`personnes personne gens femmes hommes adultes enfants travailleurs publics public people persons personas pessoas persoane kisiler insanlar люди людей людям`.split(/\s+/));

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

interface Token {
  text: string;
  start: number;
  end: number;
}
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface HealthResult {
  spans: Span[];
  /** A tier-"personal" word in a general sentence ("c'est quoi la MDPH ?"): not redacted, but doubtful. */
  generalMentions: string[];
}

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
  const corrected = correctHealthTypos(f, TYPOS, isCommonWord);
  if (corrected) {
    for (const m of ALWAYS(corrected.text)) {
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
  // A body part after a complaint: "j'ai mal au dos", "un problème aux yeux", "une infection aux poumons".
  for (const m of f.matchAll(BODY_COMPLAINT)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].length;
    if (!spans.some((x) => s < x.end && x.start < e)) spans.push({ start: s, end: e });
  }

  // Words shaped like conditions ("-ite", "-ose", "-ome", "-émie", "-pathie", "-plégie", "-algie",
  // "-thérapie", "-ectomie"…) that no list holds, when tied to someone: "j'ai une spondylodiscite".
  for (const m of f.matchAll(MEDICAL_SHAPE)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (NOT_MEDICAL.has(m[0]) || spans.some((x) => s < x.end && x.start < e)) continue;
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

/**
 * A health detail takes its whole sentence: what surrounds it says how long, how severe, which organ,
 * which ward, which treatment ("enceinte de jumeaux", "hospitalisé 3 fois", "5 jours en réa") — health
 * data too, in words no list can hold. Nothing is lost by it: a question with a health detail is never
 * shown to volunteers (an agent, who reads the original, answers it); the redacted text only goes where
 * nothing personal may go (the list of unanswered questions). A sentence ends at . ! ? ; a line break,
 * or a dash between spaces.
 */
function sentenceAround(f: string, start: number, end: number): { start: number; end: number } {
  const BOUNDARY = /[.!?;\n\u2026]|\s[-\u2013\u2014]\s/u;
  let s = start;
  for (;;) {
    while (s > 0 && !BOUNDARY.test(f[s - 1]!) && !/\s[-\u2013\u2014]\s$/u.test(f.slice(Math.max(0, s - 3), s))) s--;
    // The dot of an abbreviation or an initial ("Mme L. Durand", "M. Diallo") does not end a sentence.
    if (s > 0 && f[s - 1] === "." && /(?:^|[\s.])(?:\p{L}|mme|mlle|mr|mrs|dr|pr|st|ste|sr|sra)$/u.test(f.slice(Math.max(0, s - 6), s - 1))) {
      s--;
      continue;
    }
    break;
  }
  let e = end;
  while (e < f.length && !BOUNDARY.test(f[e]!) && !/^\s[-\u2013\u2014]\s/u.test(f.slice(e, e + 3))) e++;
  // An abbreviation's dot ("M. Dupont", "K.O.") does not end a sentence: go on past a short word's dot.
  while (e < f.length && f[e] === "." && /(?:^|[\s.])\p{L}{1,3}$/u.test(f.slice(Math.max(0, e - 4), e)) && /^\.\s*\p{Ll}|^\.\p{L}/u.test(f.slice(e, e + 3))) {
    e++;
    while (e < f.length && !BOUNDARY.test(f[e]!)) e++;
  }
  while (s < e && /\s/u.test(f[s]!)) s++;
  while (e > s && /\s/u.test(f[e - 1]!)) e--;
  return { start: Math.min(s, start), end: Math.max(e, end) };
}

/** True when a health detail is in the text (the volunteers' dialogue diverts such a question to agents). */
export function hasHealthData(text: string): boolean {
  return findHealth(text).spans.length > 0;
}

function wholeWord(f: string, s: number, e: number): [number, number] {
  while (s > 0 && /\p{L}/u.test(f[s - 1]!)) s--;
  while (e < f.length && /\p{L}/u.test(f[e]!)) e++;
  return [s, e];
}

/** Widens a match to whole words, qualifiers on the right and heads on the left. */
function widen(f: string, tokens: Token[], tokenIndexAt: (o: number) => number, s: number, e: number): { start: number; end: number } {
  [s, e] = wholeWord(f, s, e);
  let last = tokenIndexAt(e - 1);
  // Right: qualifiers, possibly after a connector ("du sein", "en plaques", "de type 2", "de 5 mois").
  for (let guard = 0; guard < 4; guard++) {
    const next = tokens[last + 1];
    if (!next || !/^[\s\-']*$/u.test(f.slice(tokens[last]!.end, next.start))) break;
    if (QUALIFIERS.has(next.text) || /^(?:[abc]|[12])$/u.test(next.text) && /^(?:type|hepatite|hepatit\p{L}*|diabete|stade|grade)$/u.test(tokens[last]!.text) || /^\d{1,2}$/u.test(next.text) && /^(?:trisomi\p{L}*|type|stade|grade|categorie|groupe|niveau|tipo)$/u.test(tokens[last]!.text)) {
      last++;
      continue;
    }
    const after = tokens[last + 2];
    if (CONNECTORS.has(next.text) && after && /^[\s\-']*$/u.test(f.slice(next.end, after.start))) {
      if (QUALIFIERS.has(after.text)) {
        last += 2;
        continue;
      }
      // "cancer de la prostate", "opérée de l'épaule": two connectors.
      const third = tokens[last + 3];
      if (CONNECTORS.has(after.text) && third && QUALIFIERS.has(third.text) && /^[\s\-']*$/u.test(f.slice(after.end, third.start))) {
        last += 3;
        continue;
      }
      // "enceinte de 5 mois", "de trois semaines"
      const unit = tokens[last + 3];
      if (/^(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)$/u.test(after.text) && unit && /^(?:mois|semaines?|sa)$/u.test(unit.text)) {
        last += 3;
        continue;
      }
    }
    break;
  }
  // Then one more adjective ("fauteuil électrique", "cancer agressif", "asthme sévère").
  const adjective = tokens[last + 1];
  if (adjective && /^[\s\-]*$/u.test(f.slice(tokens[last]!.end, adjective.start)) && ADJECTIVE.test(adjective.text) && !NOT_EXTENDED.has(adjective.text)) last++;
  e = Math.max(e, tokens[last]?.end ?? e);
  // "handicapé à 80 %", "invalide à 50%": the rate goes with it.
  const rate = /^\s*(?:a|au|de)?\s*\d{1,3}\s?%/u.exec(f.slice(e));
  if (rate) e += rate[0].length;
  // Left: heads, possibly before a connector ("maladie de Crohn", "trouble bipolaire", "insuffisance rénale").
  let first = tokenIndexAt(s);
  for (let guard = 0; guard < 3; guard++) {
    const prev = tokens[first - 1];
    if (!prev || !/^[\s\-']*$/u.test(f.slice(prev.end, tokens[first]!.start))) break;
    if (HEADS.has(prev.text)) {
      first--;
      continue;
    }
    const before = tokens[first - 2];
    if (CONNECTORS.has(prev.text) && before && HEADS.has(before.text) && /^[\s\-']*$/u.test(f.slice(before.end, prev.start))) {
      first -= 2;
      continue;
    }
    // "traité pour un cancer", "tratamiento contra el cáncer": two connectors.
    const head2 = tokens[first - 3];
    if (CONNECTORS.has(prev.text) && before && CONNECTORS.has(before.text) && head2 && HEADS.has(head2.text) && /^[\s\-']*$/u.test(f.slice(head2.end, before.start)) && /^[\s\-']*$/u.test(f.slice(before.end, prev.start))) {
      first -= 3;
      continue;
    }
    break;
  }
  // An adjective of condition takes its noun ("pathologie cardiaque", "malformation cardiaque").
  const head = tokens[first];
  const noun = tokens[first - 1];
  if (head && noun && ADJECTIVE.test(head.text) && /^[\s\-]*$/u.test(f.slice(noun.end, head.start)) && noun.text.length >= 4 && !NOT_EXTENDED.has(noun.text) && !PERSONAL_MARKERS.has(noun.text) && !/^[a-z]'/u.test(noun.text)) first--;
  if (first < tokenIndexAt(s)) s = Math.min(s, tokens[first]!.start);
  return { start: s, end: e };
}

/** "j'ai le diabète et de la tension": a sentence already telling someone's health. */
function sameSentenceAsHealth(f: string, spans: Array<{ start: number; end: number }>, s: number): boolean {
  return spans.some((x) => {
    const [a, b] = x.end <= s ? [x.end, s] : [s, x.start];
    return b >= a && !/[.!?\n]/u.test(f.slice(a, b));
  });
}

/** Public-health words: "dépistage du VIH", "prévention du cancer", "vaccination". */
const PUBLIC_HEALTH = foldedSet(`depistage depister prevention campagne campagnes vaccination information informations sensibilisation journee mondiale test tests screening prevencion`.split(/\s+/));

/** A health word right after a generic noun or a public-health word ("femmes enceintes", "dépistage du VIH"). */
function aboutNobody(f: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (/[.!?\n;]/u.test(f.slice(t.end, tokens[k + 1]!.start))) return false;
    if (GENERIC.has(t.text) || PUBLIC_HEALTH.has(t.text)) return true;
    if (PERSONAL_MARKERS.has(t.text)) return false;
  }
  return false;
}

/** Is a tier-"personal" word tied to someone? Looks back a few words within the sentence. */
function tiedToSomeone(f: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (/[.!?\n;]/u.test(f.slice(t.end, tokens[k + 1]!.start))) return false;
    if (GENERIC.has(t.text)) return false;
    if (PERSONAL_MARKERS.has(t.text) || PERSONAL_MARKERS.has(t.text.replace(/^[jlmdnst]'/u, "")) || /^(?:[jm])'/u.test(t.text)) return true;
  }
  // Turkish and Arabizi put the person in a suffix or right after: "engelliyim", "hastanedeyim".
  const t = tokens[i];
  if (t && /(?:yim|yım|im|ım|um|üm)$/u.test(t.text) && t.text.length > 6) return true;
  return false;
}
