/**
 * Public figures that name places and institutions: "la Maison Jean Moulin", "la Fondation Abbé Pierre",
 * "le collège Jean Jaurès", "l'épicerie solidaire Louise Michel", "Espace Nelson Mandela". Right after
 * such a word the name is a place everyone knows, not a person the resident speaks of: keeping it keeps
 * the question answerable and reveals nothing. (A street, a residence or a foyer named so is still where
 * someone may live: those stay addresses.)
 */
import { foldWithMap } from "./normalize.js";
import type { Span } from "./span.js";

/** Names given to French schools, centres and streets most often (folded: lower case, no accents). */
const FIGURES = [
  "jean moulin", "abbe pierre", "nelson mandela", "jean jaures", "louise michel", "victor hugo", "jules ferry",
  "simone veil", "louis pasteur", "pasteur", "marie curie", "pierre et marie curie", "francoise dolto",
  "charles de gaulle", "jean zay", "aime cesaire", "leon blum", "rosa parks", "martin luther king",
  "jacques prevert", "jean mace", "paul eluard", "pablo neruda", "romain rolland", "jean rostand", "george sand",
  "marcel pagnol", "albert camus", "emile zola", "jean de la fontaine", "antoine de saint-exupery",
  "saint-exupery", "olympe de gouges", "gisele halimi", "lucie aubrac", "josephine baker", "jean monnet",
  "robert schuman", "pierre mendes france", "mendes france", "francois mitterrand", "jacques brel",
  "georges brassens", "edith piaf", "frida kahlo", "anne frank", "danielle casanova",
  "guy moquet", "jean vilar", "gerard philipe", "louis aragon", "elsa triolet", "jules verne", "voltaire",
  "jean-jacques rousseau", "moliere", "montesquieu", "condorcet", "lamartine", "paul langevin", "henri wallon",
  "irene joliot-curie", "frederic joliot-curie", "joliot-curie", "coluche", "saint-vincent-de-paul",
  "vincent de paul", "jean-baptiste clement", "maximilien robespierre", "toussaint louverture", "victor schoelcher",
];

const PLACE_WORDS = String.raw`(?:maison|fondation|espace|college|lycee|ecole|groupe scolaire|centre(?:\s+social)?|epicerie(?:\s+solidaire)?|mediatheque|bibliotheque|gymnase|stade|salle|hopital|creche|complexe|piscine|maison de quartier|centre de loisirs|ehpad|institut|universite|faculte)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/[\s-]/gu, "[\\s-]");
const PUBLIC_FIGURE_PLACE = new RegExp(
  String.raw`(?<![\p{L}])${PLACE_WORDS}\s+(?<v>${[...FIGURES].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\p{L}])`,
  "giu",
);

/** Where a public figure names a place in a text ("Maison Jean Moulin", in the text's offsets). */
export function publicFigurePlaces(text: string): Span[] {
  const folded = foldWithMap(text);
  return [...folded.text.matchAll(PUBLIC_FIGURE_PLACE)].map((m) => ({ start: folded.start[m.index]!, end: folded.end[m.index + m[0].length - 1]!, kind: "address" as const }));
}

/** Spans (names, house names) that lie wholly inside such a place's name are dropped. */
export function outsidePublicFigures(places: readonly Span[], spans: readonly Span[]): Span[] {
  if (places.length === 0) return [...spans];
  return spans.filter((s) => !places.some((p) => s.start >= p.start && s.end <= p.end));
}
