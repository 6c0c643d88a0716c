/**
 * Does a message tell a personal story? Volunteers may answer general questions; a story (family,
 * health, money trouble, housing loss, the law, papers) is for CCAS agents, bound by professional
 * secrecy, and is never shown to volunteers. Health details are found by health-spans.ts (many more
 * words and languages than the cues below). Deterministic cue lists, French first with the main cues in
 * the other UI languages, biased towards "personal": a general question wrongly kept from volunteers
 * costs a referral; a story shown to them costs a breach.
 */
import { hasHealthData } from "./health-spans.js";
import { detectionText } from "./normalize.js";
import { fold } from "./span.js";

/** Folded cue patterns (word boundaries where it matters). */
const SITUATION_CUES: RegExp[] = [
  // family and relationships
  /\b(?:mon|ma|mes|notre|nos) (?:mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|ex|enfants?|fils|filles?|bebe|pere|mere|parents|neveux?|nieces?|tante|oncle|cousins?|cousines?|grand-mere|grand-pere|grands-parents|petits?-enfants|petite?-fille|petit-fils|belle-mere|beau-pere|voisine?s?|soeurs?|freres?)\b/,
  /\b(?:divorc|separ|garde (?:de|des) (?:mes|mon|ma)|pension alimentaire|famille d'accueil|placement|(?:ete|est|sont|etre|etaient) placee?s?\b)/,
  // violence, danger, crisis-adjacent
  /\b(?:violen|frapp|battu|menac|harcel|agress|viol\b|abus)/,
  /\b(?:faire une (?:betise|connerie)|en finir|plus envie de vivre|envie de mourir)/,
  // housing loss
  /\b(?:expuls|huissier|a la rue|sans (?:logement|domicile|abri)|dors? (?:dehors|dans (?:ma|la) voiture)|hebergement d'urgence|squat)/,
  // money trouble
  /\b(?:dettes?|endett|surendett|impaye|plus d'argent|pas d'argent|plus rien|rien a manger|j'ai faim|on a faim|decouvert|interdit bancaire|saisie)/,
  // health: see health-spans.ts (tiers: "les personnes handicapées" is no one's story)
  // death and grief
  /\b(?:deces|decede|decedee|mort\b|morte\b|deuil|veuf|veuve|enterrement|obseques)/,
  // the law and papers
  /\b(?:prison|incarcer|detenu|garde a vue|condamn|juge|tribunal|plainte|avocat|tutelle|curatelle|sans papiers|titre de sejour|oqtf|expulsion du territoire|demande d'asile|refugie)/,
  // work loss
  /\b(?:licenci|vire\b|viree\b|perdu (?:mon|ma) (?:travail|emploi|logement|appartement))/,
  // other languages: the main cues
  /\b(?:my (?:husband|wife|children|son|daughter)|evict|debts?|pregnan|sick|illness|violence|beaten|prison|lawyer|homeless)\b/,
  /\b(?:mi (?:marido|esposa|hijos?|hija)|desahucio|deudas?|embarazada|enferm|violencia|carcel|abogado)/,
  /(?:мій чоловік|моя дружина|мої діти|борг|вагітн|хвор|насильств|виселен|в'язниц|адвокат)/,
  /(?:زوجي|زوجتي|أطفالي|ديون|حامل|مريض|عنف|طرد|سجن|محامي)/,
];

/** A personal story, or any health detail (health-spans.ts: special-category data, never for volunteers). */
export function looksPersonal(text: string): boolean {
  if (hasHealthData(detectionText(text.normalize("NFC")).text)) return true;
  // Folding strips Cyrillic breves and diaereses ("й", "ї"), so the non-Latin cues see the lower case.
  const folded = fold(text);
  const lower = text.normalize("NFC").toLowerCase();
  return SITUATION_CUES.some((cue) => cue.test(folded) || cue.test(lower));
}
