/**
 * Places that are addresses without a street type in front (address-spans.ts reads those): "3 Grande
 * Rue", "3 Le Bourg", "maison n° 6", "route départementale 12", "CHRS L'Escale", "bungalow 12", "resid.
 * beaurivage", a floor said in words ("segundo piso", "3-го подъезда"); and the words around an address
 * that belong to it ("La Croix des Landes, route de Ploërmel", "terenul de lângă rue de la Ferme").
 */
import { KNOWN_CAPITALISED } from "./known-words.js";
import { isCommonWord } from "./lexicon.js";
import { foldWord } from "./normalize.js";
import { spansOf, type Span } from "./span.js";

/** "3 Grande Rue", "la Grand'Rue": the main street of a village, its type after an adjective. */
const GRANDE_RUE = /(?<![\p{L}\p{N}])(?:\d{1,4}(?:\s?(?:bis|ter))?,?\s+)?(?:[Gg]rande?[\s'’\-]?[Rr]ue|GRANDE?[\s'’\-]?RUE)(?![\p{L}])/gu;
/** "3 Le Bourg", "12 Les Ormeaux": a house number, then a capitalised place with its article (a hamlet). */
const NUMBERED_HAMLET = /(?<![\p{L}\p{N}.,€$])(?<n>\d{1,3}(?:\s?(?:bis|ter))?,?\s+)(?<place>(?:Le|La|Les|L['’])\s?\p{Lu}\p{Ll}[\p{L}'’\-]*(?:\s+(?:de|du|des|d['’]|aux?)\s*\p{Lu}[\p{L}'’\-]+)?)/gu;
/** "maison n° 6": a house numbered on a rural road. */
const NUMBERED_HOUSE = /(?<![\p{L}])[Mm]aison\s*(?:n°|nº|no|num[ée]ro)\s*\d{1,4}(?![\p{N}])/gu;
/** "route départementale 12", "la RD 12", "RN2": a numbered road. */
const NUMBERED_ROAD = /(?<![\p{L}])(?:(?:route\s+)?(?:d[ée]partementale|nationale)\s?(?:n°\s?)?\d{1,4}|(?:RD|RN|CD)\s?\d{1,4})(?![\p{L}\p{N}])/giu;
/** "CHRS L'Escale", "CADA Les Oliviers", "Adoma La Pinède": a shelter named (where someone sleeps). */
const NAMED_SHELTER = /(?<![\p{L}])(?:CHRS|CADA|HUDA|CPH|PRAHDA|Adoma|Coallia|[Mm]aison relais|[Pp]ension de famille|[Rr][ée]sidence sociale|[Mm]aison de retraite|[Hh][ôo]tel social|EHPAD|Ehpad|[Rr][ée]sidence autonomie|[Ff]oyer[\s-]logement)\s+(?:(?:L['’]|[Ll]e\s|[Ll]a\s|[Ll]es\s|du\s|des\s|de la\s)\s*)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*/gu;
/** "ferme du Pré Haut", "mas de la Garrigue": a farm or a house named after its type, lower case too. */
const NAMED_FARM = /(?<![\p{L}])(?:[Ff]erme|[Mm]as|[Dd]omaine|[Mm]oulin|[Hh]ameau|[Mm][ée]tairie|[Bb]astide|[Bb]orde|[Gg]range)\s+(?:du|de la|des|de l['’]|d['’]|de)\s*\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*/gu;
/** "j'habite la ferme du grand chêne": a farm or hamlet named in lower case, after a verb of living. */
const LIVED_IN_FARM = /(?<=(?<![\p{L}])(?:habite|habitons|habitent|vis|vit|vivons|loge|logeons|dors|dort)\s+(?:(?:[àa]|dans)\s+)?(?:la|le|au|l['’])\s*)(?:ferme|mas|domaine|moulin|hameau|m[ée]tairie|bastide|grange)\s+(?:du|de la|des|de l['’]|d['’])\s*\p{L}[\p{L}'’\-]+(?:\s+(?!(?:depuis|avec|et|mais|pour|[àa]|de|je|j|on|il|elle|car|donc|sans|chez|en|au|pr[eè]s|vers)(?![\p{L}'’]))\p{L}[\p{L}'’\-]+)?/giu;
/** "… ferme du pre vert depuis": a farm named in lower case (never "ferme du lundi au vendredi", "ferme du 24 au 2"). */
const LOWER_FARM = /(?<![\p{L}])(?:ferme|m[ée]tairie|bastide|hameau)\s+(?:du|de la|des)\s+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi|mois|\d)\b)\p{Ll}[\p{L}'’\-]{2,}(?:\s+(?!(?:depuis|avec|et|mais|pour|[àa]|au|de|du|je|j|on|il|elle|car|donc|sans|chez|en|pr[eè]s|vers|le|la|les)(?![\p{L}'’]))\p{Ll}[\p{L}'’\-]{2,})?/gu;
/** Turkish and English streets and districts come after their name: "Atatürk Caddesi", "Gül Sokak", "Yeni Mahallesi". */
const TYPES_AFTER_NAME = ["caddesi", "cad\\.", "cd\\.", "sokak", "sokağı", "sok\\.", "sk\\.", "mahallesi", "mah\\.", "bulvarı", "bulvari", "köyü", "street", "st\\.", "road", "rd\\.?", "avenue", "ave\\.?", "lane", "drive", "close", "way", "court", "crescent", "terrace", "gardens"];
/** (English types that are everyday words count with a capital only: "Lille close at 5" is no street.) */
const ENGLISH_WORD_TYPES = new Set(["close", "way", "court", "drive", "terrace", "gardens"]);
export const NAME_THEN_TYPE = new RegExp(
  String.raw`(?:\d{1,4}\s)?(?:\p{Lu}[\p{L}'’\-]+\s){1,3}(?:${TYPES_AFTER_NAME.map((t) => (ENGLISH_WORD_TYPES.has(t) ? `${t[0]!.toUpperCase()}${t.slice(1)}` : `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`)).join("|")})(?![\p{L}])`,
  "gu",
);
/** Countries in the residents' other languages ("Franța", "Франції", "Fransa"). */
export const FOREIGN_COUNTRY = /^(?:Fran[țţt]a|Fran[țţt]ei|Fransa|Fransa'da|Франц\p{L}*|Україн\p{L}*|Украин\p{L}*|Rom[âa]nia|Moldova|Portugal|Brasil|Espa[ñn]a|T[üu]rkiye|Italia|Spania)$/u;
/** "Ibis Budget, номер 305", "готель, кімната 12": a hotel room number after a comma (never "на номер 115"). */
const ROOM_AFTER_COMMA = /(?<=,\s?)(?:номер(?:і|е)?|room|chambre|camera|кімната|комната)\s?(?:n°\s?)?\d{1,4}[a-zA-Zа-я]?(?![\p{L}\p{N}])/giu;
/** "ففواييه أدوما": a foyer in Arabic letters (no capitals to tell its name), with "in" glued or not. */
const ARABIC_FOYER = /(?<![\p{L}])ف?(?:فواييه|فوايي|فواي)\s+\p{L}{2,}/gu;
/** "bungalow 12", "mobil home n°22", "tente 4": a numbered shelter on a site. */
const NUMBERED_SHELTER = /(?<![\p{L}])(?:[Bb]ungalow|[Mm]obil[\s\-]?home|[Cc]halet|[Tt]ente|[Cc]aravane|[Aa]lg[ée]co)\s*(?:n°|nº|no|num[ée]ro)?\s*\d{1,4}(?![\p{L}\p{N}])/gu;
/** "resid. beaurivage", "rés. les pins": a residence abbreviated, then its name in lower case. */
const SHORT_RESIDENCE = /(?<![\p{L}])(?:r[ée]sid\.|r[ée]s\.|r[ée]si)\s+(?<name>(?:(?:les|le|la|l['’]|du|des)\s*)?\p{L}{3,}[\p{L}'’\-]*)/giu;
/** A floor said with an ordinal word: "segundo piso", "terceiro andar", "second floor", "etajul doi". */
const FLOOR_IN_WORDS = /(?<![\p{L}])(?:(?:primer|primero|segundo|tercer|tercero|cuarto|quinto|sexto|s[ée]ptimo|octavo|primeiro|terceiro|quarto|s[ée]timo|oitavo|first|second|third|fourth|fifth|sixth)\s+(?:piso|andar|planta|floor)|etajul\s+(?:unu|doi|trei|patru|cinci|[1-9])|(?:premier|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me)\s+[ée]tage)(?![\p{L}])/giu;
/** "3.º andar", "2.º Esq.", "n.º 45", "planta baja": Portuguese and Spanish floors, doors and numbers (NFKC reads "º" as "o"). */
const IBERIAN_PARTS = /(?<![\p{L}\p{N}])(?:\d{1,2}\.[ºª°oa]\s?(?:andar|piso|planta|esq\.?|esquerdo|dto\.?|direito|dir\.?|izq\.?|izquierda|dcha\.?|derecha|[A-Z](?![\p{L}]))|n\.[ºo°]\s?\d{1,4}[a-zA-Z]?)|(?<![\p{L}])(?:planta baja|bajo [A-Z]|r[ée]s-do-ch[ãa]o|parter|zemin kat|ground floor)(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,2}\s?(?:er|º|o|°)\s+piso(?:,?\s+(?:puerta\s+)?(?:izquierda|derecha|izq\.?|dcha\.?|[A-Z])(?![\p{L}]))?|(?<![\p{L}\p{N}])\d{1,2}\.?\s?[ºo°]\s+(?:frente|tr[áa]s|esq\.?|dto\.?|[ée]tage|andar(?:\s+(?:esq|dto|dir)\.?)?)(?![\p{L}])|(?<![\p{L}])porta\s+[àa]\s+(?:direita|esquerda)|(?<![\p{L}])(?:puerta|porta)\s+(?:izquierda|derecha|direita|esquerda)|(?<![\p{L}])(?:daire|kat|no|i[çc] kap[ıi])\s?:\s?\d{1,4}(?![\p{N}])/giu;
/** "lieu dit les trois chemins": a lieu-dit's name in lower case, up to three words. */
const LIEU_DIT = /(?<![\p{L}])lieu[\s-]?dit\s+(?:(?:les|le|la|l['’])\s*)?[\p{L}'’\-]{2,}(?:\s+(?!(?:et|a|à|y|pour|depuis|on|je|il|elle|nous|mais|avec|chez|pr[eè]s|au|aux|du|des|de|sur|en|dans|c|ça|ca|est|pas|qui|que)(?![\p{L}]))[\p{L}'’\-]{2,}){0,2}/giu;
/** "из 3-го подъезда", "на 5-му поверсі": a numbered entrance or floor, declined (Russian, Ukrainian). */
const SLAVIC_NUMBERED_PART = /(?<![\p{L}\p{N}])\d{1,3}-?(?:го|й|ий|ой|м|ем|ому|му)?\s(?:подъезд\p{L}*|під['’]?їзд\p{L}*|этаж\p{L}*|поверс\p{L}*|поверх\p{L}*|корпус\p{L}*)/gu;

/** "… / 94200 / …": a postcode between slashes or bars, in contact details typed on one line. */
const LISTED_POSTCODE = /(?<=[/|]\s?)(?:0[1-9]|[1-8]\d|9[0-5]|97[1-8])\d{3}(?=\s?[/|])/gu;

/** "zan9a 14", "حي السلام", "بناية C": Maghrebi and Arabic street, district and building parts. */
const ARABIC_PLACE = /(?<![\p{L}\p{N}])(?:zan9a|zen9a|zanqa|zenqa|zenka|derb|rue)\s+\d{1,4}(?![\p{N}])|(?<![\p{L}])[بفلو]?(?:حي|الحي|درب|دوار|زنقة|شارع|نهج|زقاق)\s+(?:\d+\s+)?\p{L}{2,}(?:\s+\p{L}{2,})?|(?<![\p{L}])(?:بناية|البناية|عمارة|العمارة|بلوك)\s?[A-Z\d](?![\p{L}\p{N}])/gu;
/**
 * French addresses written in Arabic letters ("٤٥ رو دو بيلفيل", "٣ شمان دو لا كولين", "رزيدانس لي كوكليكو",
 * "باتيمون د", "أبارتمون 14", "الطابق السابع", "محلة ٩٠٩"): Arabic has no capitals to end a name, so a few words are taken.
 */
const ARABIC_FRENCH_ADDRESS = /(?<![\p{N}])\d{1,4}\s+(?:رو|روو|ريو|ري|ألي|الي|أفونو|افونو|أفنو|افنو|أفينو|افينو|بولفار|بوليفار|شمان|شومان|إمباس|امباس|بلاس|كور)\s+\p{L}+(?:\s+\p{L}+){0,3}|(?<![\p{L}])[بفل]?(?:سيتي|رزيدونس|رزيدانس|ريزيدانس|ريزيدونس|رزيدنس)\s+\p{L}+(?:\s+\p{L}+){0,2}|(?<![\p{L}])(?:باتيمون|بلوك|عمارة|بناية|البناية|العمارة)\s+(?:\d{1,4}|\p{L}{1,12})|(?<![\p{L}])(?:أبارتمون|ابارتمون|شقة|الشقة|الغرفة|غرفة|دار|محلة|زقاق|الباب|بناء|منزل|منزل رقم|كرفان|القطاع|قطاع|الحارة|حارة)\s+\d{1,4}|(?<![\p{L}])[بفل]?(?:الطابق|طابق|الدور)\s+(?:\d{1,2}|\p{L}{3,})|(?<![\p{L}])[بفل]?مخيم\s+\p{L}{3,}/gu;
/** "7ay el Midan", "12 chari3 larbi ben mhidi", "nahj 2084 3dad 15": Maghrebi addresses in Latin letters. */
const ARABIZI_ADDRESS = /(?<![\p{L}\p{N}])(?:7ay|houma|derb|douar|nahj|chari3|char3|zan9a|zanqa)\s+(?:el\s+|al\s+|l)?(?:\d{1,5}|\p{L}{2,})(?:\s+\p{L}{3,})?|(?<![\p{N}])\d{1,4}\s+(?:chari3|char3|nahj|zan9a|zanqa|derb)\s+\p{L}+(?:\s+\p{L}+){0,3}|(?<![\p{L}\p{N}])(?:3dad|ra9m|raqm|rakm)\s*\d{1,4}(?![\p{N}])|(?<=(?:raqm|ra9m|rakm|3dad|num[eé]ro|n°)\s*\d{1,4},?\s)(?:hay|7ay)\s+(?:el\s+|al\s+)?\p{L}{3,}/giu;
/** "House No. C 23/5", "Plot 22", "Blk 12 Lot 7", "No. 42/3": house parts abroad in English. */
const ENGLISH_HOUSE_PARTS = /(?<![\p{L}])(?:House|Plot|Blk|Block|Lot|Phase|Street|Flat|Apt|Unit|Sector)\s*(?:No\.?\s*)?[A-Z]?\s?\d{1,4}(?:\/\d{1,3})?(?![\p{L}\p{N}])|(?<![\p{L}])No\.\s?\d{1,4}\/\d{1,3}(?![\p{N}])/gu;
/** "chambre de bonne": a dwelling of its own, before or after the street. */
/** "parkingul de la Leclerc", "terrain de la Croix-Blanche", "aire d'accueil de la Pépinière", "canal de l'Ourcq": a camp named by its place. */
const NAMED_CAMP = /(?<![\p{L}])[Aa]ire des gens du voyage|(?<![\p{L}])(?:(?:[Cc]amp|[Tt]erenul|[Tt]errain)\s+(?:l[aâ]ng[aă]|near|pr[eè]s\s+de\s+la|sub)\s+)?(?:[Pp]orte|[Pp]arkingul|[Pp]arcarea|[Pp]arking|[Tt]errain|[Tt]erenul|[Cc][aâ]mpul|[Tt]ab[aă]ra|[Cc]ampement|[Bb]idonville|[Ss]quat|(?:l['’])?[Aa]ire d['’]\s?accueil|[Aa]ire|[Cc]anal|[Bb]erges?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|din\s+|de\s+|d['’])\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*/gu;
/** "sur aire d'accueil des peupliers": a travellers' site named in lower case (never "des gens du voyage"). */
const LOWER_TRAVELLERS_SITE = /(?<![\p{L}])aire d['’]\s?accueil\s+(?:des|du|de la|de l['’])\s*(?!gens(?![\p{L}]))\p{Ll}[\p{L}'’\-]{2,}/giu;
/** "interfon Radu", "sonnette Diallo": the name on a bell or an intercom is where someone lives. */
const BELL_NAME = /(?<![\p{L}])(?:interfon|interphone|intercom|sonnette|buzzer|doorbell)\s*:?\s*\p{Lu}[\p{L}'’\-]+/giu;
/** Romanian "etaj 1 stanga", "etajul 3": a floor after the word. */
const ROMANIAN_FLOOR = /(?<![\p{L}])etaj(?:ul)?\s*\d{1,2}(?:\s+(?:st[aâ]nga|dreapta))?(?![\p{L}\p{N}])/giu;
/** "rue des Poissonniers numaru 9": a house number said after the street. */
const NUMBER_AFTER_STREET = /(?<=(?:rue|avenue|all[ée]e|boulevard|chemin|impasse|strada|str\.|calea|aleea)\s[^\n,.]{2,40}\s)(?:numaru|numarul|num[aă]rul)\s*\d{1,4}(?![\p{N}])/giu;
/** Romanian "ușa din stânga" (the door on the left) after a floor. */
const DOOR_SIDE = /(?<![\p{L}])(?:(?:u[sș]a|poarta)\s+(?:din\s+)?(?:st[aâ]nga|dreapta|fa[tț][aă])|двер[ьі]\s+(?:слева|справа|ліворуч|праворуч)|etazh\s*\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)\s+floor\s+)?(?:left|right)\s+door|(?<![\p{N}])\d{1,2}\s+[ée]tage)(?![\p{L}])/giu;
/** "третій поверх", "на пятом этаже": a floor in Ukrainian or Russian words. */
const SLAVIC_FLOOR_IN_WORDS = /(?<![\p{L}])(?:перш|друг|трет|четверт|п['’]ят|шост|сьом|восьм|дев['’]ят|десят|перв|втор|пят|шест|седьм|девят)\p{L}{0,4}\s+(?:поверх\p{L}*|поверс\p{L}*|этаж\p{L}*)/gu;
const MAID_ROOM = /(?<![\p{L}])(?:[Ee]ntrance\s+\p{Lu}[\p{L}\-]+|r\/c(?:\s+(?:fundo|frente|esq\.?|dto\.?|esquerdo|direito))?|\d{1,2}\s?[ºo°ª]\s?andar(?:\s+(?:frente|tr[aá]s|esq\.?|esquerdo|dto\.?|direito|fundo))?|chambre de bonne|(?:service|maid['’]?s?)\s+room(?:\s+\d{1,2}(?:st|nd|rd|th)\s+floor)?)(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)\s+floor(?![\p{L}])/giu;

/** "à l'hôtel Formule 1 de la rte de Lyon chambre 12", "lhotel b&b zone des quatre chemins chambre 118":
 * emergency housing in a hotel, from the hotel to the room, however its name and place are typed. */
const HOTEL_ROOM = /(?<![\p{L}])l?['’]?\s?h[oô]tel\s+(?:[^\s.!?;\n]+\s+){0,8}?(?:chambre|chbre|ch\.|room|pi[eè]ce)\s*(?:n[°o]\s*)?\d{1,4}(?![\p{N}])/giu;
/** "port de plaisance, anneau 67", "ponton 3", "emplacement 14": where a boat or a caravan is moored. */
const MOORING = /(?<![\p{L}])(?:(?:port(?:\s+de\s+plaisance)?|marina|camping)\s*,?\s*)?(?:ponton|anneau|emplacement)\s*(?:n[°o]\s*)?\d{1,4}(?![\p{N}])/giu;

/** Places found on their own. */
export function placeSpans(text: string): Span[] {
  const out = [HOTEL_ROOM, MOORING, GRANDE_RUE, NAMED_FARM, LOWER_FARM, LIVED_IN_FARM, ROOM_AFTER_COMMA, ARABIC_FOYER, NUMBERED_HOUSE, NUMBERED_ROAD, NAMED_SHELTER, NUMBERED_SHELTER, FLOOR_IN_WORDS, SLAVIC_NUMBERED_PART, IBERIAN_PARTS, LIEU_DIT, ARABIC_PLACE, ARABIC_FRENCH_ADDRESS, ARABIZI_ADDRESS, ENGLISH_HOUSE_PARTS, MAID_ROOM, LOWER_TRAVELLERS_SITE, DOOR_SIDE, SLAVIC_FLOOR_IN_WORDS, BELL_NAME, ROMANIAN_FLOOR, NUMBER_AFTER_STREET].flatMap((p) => spansOf(text, p, "address"));
  out.push(...spansOf(text, LISTED_POSTCODE, "postcode"));
  for (const m of text.matchAll(NAMED_CAMP)) {
    // ("l'aire d'accueil de Lunel", "le canal du Midi": a town's own site or a landmark is no one's place.)
    if (/^(?:l['’])?(?:aire|canal|berge)/iu.test(m[0]) && KNOWN_CAPITALISED.has(foldWord(m[0].split(/[\s'’]+/u).at(-1)!))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: "address" });
  }
  for (const m of text.matchAll(NUMBERED_HAMLET)) {
    // "12 La Poste", "3 Les Restos du Cœur": an institution is no hamlet.
    const words = m.groups!.place!.split(/[\s'’]+/u).slice(1);
    if (words.some((w) => KNOWN_CAPITALISED.has(foldWord(w)))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: "address" });
  }
  for (const m of text.matchAll(SHORT_RESIDENCE)) {
    const name = m.groups!.name!;
    const head = foldWord(name.split(/\s+/u).at(-1)!);
    if (/^\p{Ll}/u.test(name) && isCommonWord(head) && !/^(?:les|le|la|l['’]|du|des)/iu.test(name)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: "address" });
  }
  return out;
}

/** A capitalised place right before ", <address>": "La Croix des Landes, route de Ploërmel". */
const PLACE_NAME_BEFORE = /(?:^|[\s:;(])(?<v>(?:L['’]|Le\s|La\s|Les\s)\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|du|des|d['’]|aux?|la|le|les|sur|sous)\s*)?\p{Lu}[\p{L}'’\-]+)*)\s*,\s*$/u;
/** A spot next to an address: "terenul de lângă rue de la Ferme", "le terrain derrière 3 rue…". */
/** "CADA, 12 avenue…", "Secours Catholique, 2 rue…": where a resident is housed or receives mail. */
const SHELTER_BEFORE = /(?:^|[\s:;(])(?<v>CADA|CHRS|HUDA|SIAO|Secours [Cc]atholique|Secours [Pp]opulaire|Restos du C(?:œ|oe)ur|Emmaüs|Emmaus|Croix-Rouge|Samu social)\s*,\s*$/u;
/** "gymnase rue Émile Zola", "school on 12 Kingsway": the kind of building right before its street. */
const BUILDING_KIND_BEFORE = /(?<![\p{L}])(?:bateau|p[ée]niche|boat|gymnase|gym|stade|salle|[ée]cole|[ée]glise|mosqu[ée]e|chapelle|halle|foyer|h[ôo]tel|hostel|shelter|church|mosque|school)\s+$/iu;
const SPOT_BEFORE = /(?<![\p{L}])(?:(?:le|un|au|sur le|pe)\s+)?(?:terrain|teren(?:ul)?|parking|campement|camp|squat|bidonville|aire d['’ ]\s*accueil|(?:l['’]\s?)?aire)\s+(?:de\s+l[aâ]ng[aă]|l[aâ]ng[aă]|pr[eè]s\s+de|[àa]\s+c[ôo]t[ée]\s+de|derri[eè]re|devant|en face de|du|de la|de l['’])\s*$/iu;

/** The words before an address found that belong to it. */
export function placesAroundAddresses(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.kind !== "address") continue;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const named = PLACE_NAME_BEFORE.exec(before);
    // (A known word inside is still a place's name: "La Croix des Landes".)
    if (named) {
      const start = span.start - before.length + named.index + named[0].indexOf(named.groups!.v!);
      // "bateau Le Saint-Cyprien, quai de Bercy": the kind of dwelling before the place's name goes too.
      const kind = BUILDING_KIND_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      out.push({ start: kind ? start - (text.slice(Math.max(0, start - 30), start).length - kind.index) : start, end: span.start, kind: "address" });
    }
    // "…, 5.º andar sem elevador": what the resident says of the stairs goes with the address.
    const stairs = /^\s*,?\s*(?:sans ascenseur|sem elevador|sin ascensor|without (?:a )?lift|no lift|cave|(?:ponton|anneau|emplacement)\s*(?:n[°o]\s*)?\d{1,4}|door on the (?:right|left)|(?:right|left)[\s-]hand (?:door|side)|\d{1,2}\s?[ºo°](?![\p{L}\p{N}]))(?![\p{L}])/iu.exec(text.slice(span.end, span.end + 24));
    if (stairs) out.push({ start: span.end, end: span.end + stairs[0].length, kind: "address" });
    const shelter = SHELTER_BEFORE.exec(before);
    if (shelter) out.push({ start: span.start - before.length + shelter.index + shelter[0].indexOf(shelter.groups!.v!), end: span.start, kind: "address" });
    // "camera 21 si 22", "rooms 4 and 5": a second number joined to the first.
    const second = /\p{N}[a-zA-Z]?$/u.test(text.slice(span.start, span.end)) ? /^\s*(?:si|și|et|and|y|e|и|і|та|&)\s+\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])/iu.exec(text.slice(span.end, span.end + 16)) : null;
    if (second) out.push({ start: span.end, end: span.end + second[0].length, kind: "address" });
    const building = BUILDING_KIND_BEFORE.exec(before);
    if (building) out.push({ start: span.start - before.length + building.index, end: span.start, kind: "address" });
    const spot = SPOT_BEFORE.exec(before);
    if (spot) out.push({ start: span.start - before.length + spot.index, end: span.start, kind: "address" });
  }
  return out;
}
