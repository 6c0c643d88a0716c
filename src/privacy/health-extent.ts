/**
 * How far a health detail reaches: a match widened to whole words, to the words that qualify it ("cancer
 * du sein", "enceinte de 5 mois", "handicapé à 80 %") and to the heads before it ("insuffisance rénale",
 * "maladie de Crohn"); then to its whole sentence.
 */
import { PERSONAL_MARKERS } from "./health-context.js";
import { foldedSet, type Token } from "./health-words.js";

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

/**
 * A health detail takes its whole sentence: what surrounds it says how long, how severe, which organ,
 * which ward, which treatment ("enceinte de jumeaux", "hospitalisé 3 fois", "5 jours en réa") — health
 * data too, in words no list can hold. Nothing is lost by it: a question with a health detail is never
 * shown to volunteers (an agent, who reads the original, answers it); the redacted text only goes where
 * nothing personal may go (the list of unanswered questions). A sentence ends at . ! ? ; a line break,
 * or a dash between spaces.
 */
export function sentenceAround(f: string, start: number, end: number): { start: number; end: number } {
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

export function wholeWord(f: string, s: number, e: number): [number, number] {
  while (s > 0 && /\p{L}/u.test(f[s - 1]!)) s--;
  while (e < f.length && /\p{L}/u.test(f[e]!)) e++;
  return [s, e];
}

/** Widens a match to whole words, qualifiers on the right and heads on the left. */
export function widen(f: string, tokens: Token[], tokenIndexAt: (o: number) => number, s: number, e: number): { start: number; end: number } {
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
