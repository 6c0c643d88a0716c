/**
 * Postal addresses: "12 bis rue des Lilas", "3, allée Jean Moulin 34000 Montpellier", "rue Paul Bert",
 * "rue des lilas" (no number, lower case), "bâtiment B appartement 12", "3e étage", "résidence Les
 * Tilleuls", "lieu-dit la Fontaine", "34070 Montpellier", a postcode on its own ("34070", never "500 €"),
 * "j'habite à Lunel", "mon adresse : …".
 * After a street type, the street name runs over particles, capitalised words and short numbers
 * ("avenue du 8 Mai 1945"); in lower case, up to three words are taken ("12 rue des lilas", "impasse des
 * roses") after a street type that is rarely anything else ("rue", "avenue", "impasse", "allée"…). Types
 * that are also common words ("place", "cours", "route", "passage") need a number or a capital.
 */
import { FIRST_NAMES } from "./first-names.js";
import { KNOWN_CAPITALISED } from "./known-words.js";
import { isCommonWord } from "./lexicon.js";
import { foldWord } from "./normalize.js";
import { FOREIGN_COUNTRY, NAME_THEN_TYPE, placesAroundAddresses, placeSpans } from "./place-spans.js";
import { fold, type Span } from "./span.js";

const STREET_TYPES = [
  "rue", "avenue", "av", "av.", "ave", "boulevard", "bd", "bld", "bvd", "place", "pl", "pl.", "allée", "allee", "allées",
  "impasse", "imp", "chemin", "ch.", "route", "rte", "quai", "cours", "square", "sq", "passage", "faubourg", "fbg",
  "rond-point", "chaussée", "chaussee", "sentier", "voie", "esplanade", "promenade", "parvis", "mail", "montée", "montee",
  "traverse", "cité", "cite", "résidence", "residence", "lotissement", "lot.", "hameau", "lieu-dit", "lieudit", "domaine",
  "quartier", "ruelle", "venelle", "cour", "carrefour", "rocade", "zac", "za", "zi", "mas", "clos", "parc", "camping", "village", "section",
];
/** Street types as residents who write as they speak type them ("ru des lila", "avnu jean jaures", "impase"). */
const PHONETIC_TYPES = ["ru", "avnu", "avnue", "avenu", "aveneu", "impase", "inpasse", "inpase", "boulvar", "boulevar", "bouleva", "chemain", "lotisemen", "lotissemen", "lotisement", "residanse", "résidance", "residance", "rezidence", "hamo", "amo", "alé", "allé"];
const STREET_TYPE_SET = new Set([...STREET_TYPES, ...PHONETIC_TYPES, "r.", "res", "hlm", "chem.", "all.", "res.", "rés.", "bd.", "sq.", "fg.", "imp.", "rte.", "street", "st.", "road", "rd", "lane", "drive", "calle", "avenida", "rua", "travessa", "strada", "str.", "str", "bulevardul", "sokak", "sokagi", "cadde", "caddesi", "mahallesi", "ulitsa", "ulitse", "ulitsy", "vulytsi", "vulytsia", "vulytsya", "vulytsiu", "vul.", "vul", "prov.", "prosp.", "bulv.", "улица", "улице", "улицы", "улицу", "ул.", "вулиця", "вулиці", "вулицю", "вул.", "проспект", "проспекте", "переулок", "провулок", "شارع", "زنقة", "حي", "satul", "sat", "comuna", "köy", "koy", "mahalle", "douar", "село", "деревня", "поселок", "посёлок", "селище", "aldea", "barrio", "bairro", "vila", "lugar", "plaza", "paseo", "camino", "praça", "praca", "largo", "calea", "bulevardul", "aleea", "soseaua", "şoseaua", "piata", "piața", "derb", "zan9a", "zanqa", "zenqa", "zenka", "zankat", "7ay", "пр.", "просп.", "пров.", "бул.", "نهج", "درب", "ساحة", "زقاق", "авеню", "рю", "ру", "canal", "алле", "пляс", "імпас", "импасс", "шмен", "шемен", "шмін", "galerie", "бульвар", "бульв.", "бульварі", "бульваре", "бульвару", "проспекті", "проспекту", "площі", "площади", "провулку", "переулке", "шосе", "набережна", "набережній", "набережная", "набережной", "шоссе", "площадь", "площа"].map(fold));
/** Street types that are rarely anything else: a lower-case name may follow without a number. */
const STRONG_TYPES = new Set(["ru", "hamo", "avnu", "avnue", "avenu", "impase", "inpasse", "boulvar", "boulevar", "lotisemen", "lotissemen", "residanse", "residance", "rue", "r.", "res", "hlm", "chem.", "all.", "res.", "bd.", "imp.", "rte.", "avenue", "av", "av.", "ave", "boulevard", "bd", "bld", "bvd", "allee", "allees", "impasse", "imp", "chemin", "quai", "faubourg", "fbg", "ruelle", "venelle", "lieu-dit", "lieudit", "hameau", "lotissement", "residence", "cite", "square", "sentier", "chaussee", "street", "calle", "avenida", "rua", "strada", "str.", "улица", "улице", "улицы", "вулиця", "вулиці", "شارع", "زنقة", "نهج", "درب", "рю", "авеню", "бульвар", "шмен", "шемен", "derb", "zan9a", "zanqa", "zenqa", "zankat"].map(fold));
/** Words after a street type that make it a common word ("place en crèche", "cours de français"). */
const NOT_A_STREET_NAME = new Set(
  `francais anglais arabe informatique cuisine couture sport natation yoga danse musique dessin theatre soutien alphabetisation
  creche parking stationnement hebergement urgence libre disponible disponibles assise assises travail fer vie ecole college
  lycee maternelle primaire eau gaz retraite chauffage visite cinema marche marches telephone internet web
  general generale municipal municipale ville mairie commune principale secondaire fiscale alternee habituelle
  autonomie senior seniors etudiante universitaire permit permits card tous toutes tout chaque`.split(/\s+/).filter(Boolean),
);
const PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "saint", "sainte", "st", "ste", "en", "sur", "sous", "aux", "au"]);
const MONTH_WORDS = new Set(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]);
/** Words that end a lower-case street name ("12 rue des lilas depuis 3 ans"). */
const STREET_STOP = new Set([
  "since", "faz", "desde", "ha", "din", "beri", "from", "with", "for",
  "a", "et", "ou", "mais", "depuis", "avec", "pour", "chez", "dans", "je", "j", "on", "il", "elle", "nous", "vous", "qui",
  "que", "est", "c", "mon", "ma", "mes", "merci", "svp", "car", "donc", "alors", "pres", "vers", "quand", "comment",
  "pourquoi", "ce", "cette", "y", "ne", "n", "pas", "plus", "bonjour", "merci", "cordialement", "bonne", "svp", "stp",
  "tel", "mon", "au", "le", "la", "les", "de", "des", "du",
]);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-.]*|\p{N}+(?:\s?(?:bis|ter|quater)(?![\p{L}]))?/giu;

interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    // A trailing dot belongs to abbreviations ("av.", "bd.") only; elsewhere it ends the sentence.
    let value = m[0];
    if (value.endsWith(".") && !STREET_TYPE_SET.has(foldWord(value))) value = value.slice(0, -1);
    return { text: value, folded: foldWord(value), start: m.index, end: m.index + value.length };
  });
}

const isCapitalised = (t: Token) => /^(?:[dl]['’])?\p{Lu}/u.test(t.text); // ("rue Jeanne d'Arc")
/** A house number, also written out ("douze rue des écoles"). */
// ("un" is an article far more often: "un cours de français" is no address.)
const NUMBER_WORDS = new Set(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent"]);
const isNumber = (t: Token) => /^\p{N}/u.test(t.text) || NUMBER_WORDS.has(t.folded) || (t.folded.includes("-") && t.folded.split("-").every((w) => NUMBER_WORDS.has(w) || w === "et" || w === "un"));
/** Only spaces (and commas right after a number) between two tokens of the same address. */
const joined = (text: string, a: Token, b: Token, allowComma = false) => (allowComma ? /^[\s,]*$/ : /^[\s]*$/).test(text.slice(a.end, b.start)) && !text.slice(a.end, b.start).includes("\n");

const POSTCODE_CITY = /(?<![\p{N}])(?:[0-9]{5}|[0-9]{2}\s[0-9]{3})\s+(?:(?:cedex|CEDEX|Cedex)\s+)?[\p{Lu}][\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|le|la|les|de|du|en|lès|lez|l'|d')[\s\-]+)?[\p{Lu}][\p{L}'’\-]+)*(?:\s+(?:cedex|CEDEX|Cedex)(?:\s+\d{1,2})?)?/gu;
/** A French postcode on its own: 01000–95999 and 97100–98999, not an amount, a count or part of a number. */
const POSTCODE = /(?<![\p{N}\p{L}€$£.,*]|[\p{N}][\s.,]|[€$£]\s?|cerfa\s?(?:n°\s?)?|n°\s?)(?:(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-8]\d\d|98[0-9]\d\d)(?![\p{N}*]|[.,\-]\d|\s?(?:€|\$|£|k€|euros?\b|eur\b|e\b|habitants|km|m2|m²|kg|pages|personnes|dossiers|fois|ans|par\s|\/|brut|net|bruts|nets|dollars|dh|dinars|lei|hryvnias?|gr|g\b))/giu;
/** "code postal : 34 000", "CP 34070". */
const CUED_POSTCODE = /(?<![\p{L}])(?:code postal|cp|c\.p\.|postcode|zip|c[oó]digo postal)\s*(?::|=|est|c'est)?\s*(?:le\s+)?(?<v>\d{2}[\s\-]?\d{3}|\d(?: \d){4})(?!\p{N})/giu;
/** "j'habite au 13 015", "on vit dans le 93 200": a postcode in two groups after a verb of living. */
const LIVES_IN_POSTCODE = /(?<![\p{L}])(?:j'habite|habite|habitons|vis|vit|vivons|suis|sommes|dors)\s+(?:au|dans le|à|a)\s+(?<v>(?:0[1-9]|[1-8]\d|9[0-5])\s\d{3})(?!\p{N})/giu;
/** "dans le l3OO4": a postcode typed with letters for digits (l, I for 1; O for 0). */
const LOOK_ALIKE_POSTCODE = /(?<![\p{L}\p{N}])(?=[0-9OolI]*\d[0-9OolI]*\d)(?=[0-9OolI]*[OolI])[0-9OolI]{5}(?![\p{L}\p{N}])/gu;
/** "bâtiment B", "appartement 12", "porte 3B", "esc. A", "bât c": the id is a number or a letter (so
 * "un appartement sur internet", "la porte et" are not addresses). */
const BUILDING = /(?<![\p{L}])(?:[Bb]ati(?:man|men)?|[Aa]pp?artem[ae]n|[Aa]partman|[Bb][âa]timent|BATIMENT|[Bb][âa]t\.?|BAT\.?|[Aa]pp?artement|APPARTEMENT|[Aa]ppart\.?|[Aa]ppt\.?|[Aa]pt\.?|[Aa]pp\.?|[Ee]scalier|[Ee]sc\.?|[Bb]o[iî]te aux lettres|BAL|[Ll]ogement|[Cc]hambre|[Bb]loc|[Aa]partment|[Ff]lat|[Ff]loor|[Tt]ower|[Ll]ogt\.?|[Aa]partamento|[Aa]partament|[Ii]mmeuble|[Tt]our|[Vv]illa|[Ee]ntr[ée]e|[Pp]orte|[Ee]mplacement|[Ee]mpl\.|[Pp]arcelle|[Bb]loco|[Aa]pto\.?|[Cc]aravane|[Mm]obil-?home|[Cc]h\.?|[Rr]oom|[Cc]hamber|[Tt]orre|[Bb]ed|[Kk]imnata|[Kk]omnata|[Bb]ud\.|[Kk]v\.|[Aa]part\.?|[Аа]парт\.?|[Кк]імната|[Кк]омната|[Кк]омн\.?|[Кк]ом\.)\s*(?:n°|no|nº|num[ée]ro|number)?\s*(?:\p{N}{1,4}(?:[\-/]\p{N}{1,3}(?![\p{N}]))?(?:-|\s?)\p{L}?|\p{Lu}\p{N}{0,3}|(?<=(?:[Bb][âa]timent|[Bb][âa]t\.?|[Ee]scalier|[Ee]sc\.?|[Bb]loc|[Ii]mmeuble|[Tt]our)\s+)\p{Ll}\p{N}{0,3})(?![\p{L}\p{N}])/gu;
/** "tour d'Assas", "immeuble Le Corail", "villa des Roses": a named building. */
const NAMED_BUILDING = /(?<![\p{L}])(?:[Hh]ostel|[Aa]partman\p{L}*|[Rr]esid[eê]ncia(?:\s+sociale?)?|[Tt]our|[Ii]mmeuble|[Vv]illa|[Bb]loc|[Rr][ée]sidence|[Rr][ée]si|[Cc]it[ée]|[Ff]oyer(?: de jeunes travailleurs| des jeunes travailleurs| d['’]h[ée]bergement)?|FJT|HLM|[Bb][âa]timent|[Bb][âa]t\.?|[Cc]amping|[Aa]ire d['’ ]\s*accueil|[Hh][ôo]tel|[Gg]otel|[Гг]отел\p{L}*|[Гг]остиниц\p{L}*|[Hh]ay|[Hh]otelul|7ay|حي|резиденці\p{L}*|резиденци\p{L}*)\s+['"“«‘]?(?:(?:d['’]|de\s|du\s|des\s|les?\s|la\s|l['’])\s*)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*/gu;
/** House, flat and floor parts abroad and in short: "nr. 5", "No: 12", "д. 5", "кв. 12", "km 3". */
const FOREIGN_PARTS = /(?<![\p{L}])(?:nr\.?|no\s?:|n°|nº|num[ăa]rul|bl\.?|bloc(?:ul)?|sc\.?|scara|ap\.?|apt\.?|et\.|etaj(?:ul)?|д\.|дом|кв\.?|квартира|корп\.?|корпус|под\.?|подъезд|эт\.|этаж|буд\.?|km|daire|kat|blok|комната|кімната|kimn\.?|місце|место|rulot[aă]|oda|quarto|habitaci[oó]n|باب|camera|chambre|room|piso|planta|puerta|escalera|esc\.|bloque|portal|escada|porta|andar|lote|flat|unit|floor|ra9m|raqm|rakm|رقم|شقة|الشقة|عمارة|الطابق|طابق|daire|d\s?:|apartament(?:ul)?|kimnata|komnata|depto\.?|dpto\.?|departamento|studio|lot|casa|cave|box|rua|бат\.?|кімн\.?|комн\.?|n[ºo°]|kv\.?|bldg\.?|building|logt\.?|غرفة|الغرفة|شامبر|شومبر)\s?\d{1,4}[a-zA-Zа-яА-ЯіІєЄ]?(?![\p{L}\p{N}])/giu;
/** The same parts named by a capital letter ("bl. A2", "escalera B", "scara C"): case matters here. */
const FOREIGN_LETTER_PARTS = /(?<![\p{L}])(?:[Bb]l\.|[Bb]loc(?:ul)?|[Ss]c\.|[Ss]cara|[Ee]sc\.|[Ee]scalera|[Ee]scada|[Bb]loque|[Bb]loco|[Bb]lok|[Pp]orta|[Pp]uerta|[Ff]lat|[Uu]nit|[Pp]ortal|عمارة|العمارة)\s?[A-Z]\d{0,3}(?![\p{L}\p{N}])|(?<![\p{L}])[A-Z]\s?[Bb]lok(?![\p{L}])|(?<![\p{L}])(?:[Кк]орпус|[Пп]ід['’]?їзд|[Пп]одъезд|[Сс]екці[яї]|[Сс]екция|[Bb]ldg\.?|[Bb]ina|[Bb]lok|[Сс]ходи|[Сс]ходы)\s?[А-ЯІЇЄA-Z]\d{0,2}(?![\p{L}\p{N}])|(?<![\p{L}])(?:الدرج|درج|المدخل)\s?[\u0621-\u064A](?![\p{L}])/gu;
/** "résidence les marronniers", "إقامة الزيتون": a residence named in lower case (an article says it is a name: never "résidence principale"). */
const NAMED_RESIDENCE = /(?<![\p{L}])(?:r[ée]sidence|residencia|resid[êe]ncia|rezidenta|rezidența)\s+(?:les|le|la|l['’]|du|des|de la|los|las|os|as)\s*[\p{L}][\p{L}'’\-]{2,}|(?<![\p{L}])(?:إقامة|اقامة|الإقامة|الاقامة|عمارة)\s+ال\p{L}{2,}/giu;
/** "Maison Bidartea", "Mas Rouge", "Ferme Kerlann": a house or farm named as an address (no particle). */
const HOUSE_NAME = /(?<![\p{L}])(?:Maison|Mas|Villa|Domaine|Ferme|Chalet|Case)\s+(?!France\s+[Ss]ervices)\p{Lu}[\p{L}'’\-]+/gu;
/** "PK 42 de la RN2", "PK 12,5": a kilometre point on a road (overseas and rural addresses). */
const KILOMETRE_POINT = /(?<![\p{L}])PK\s?\d{1,3}(?:[.,]\d{1,3})?(?:\s+(?:de la|sur la|de l['’]|route)\s+(?:RN|RD|N|D|route nationale|route d[ée]partementale)\s?\d{1,4})?(?![\p{L}\p{N}])/gu;
/** "j'habite kerlann izella": a place with no preposition, in words no vocabulary knows. */
const LIVES_BARE = /(?<![\p{L}])(?:j'habite|habite|habitons|je vis|on vit|nous vivons)\s+(?<v>\p{L}[\p{L}'’\-]{2,}(?:\s+\p{L}[\p{L}'’\-]{2,})?)/giu;
/** "aire d'accueil des gens du voyage", "terrain familial": the kind of place, kept with the address next to it. */
const TRAVELLERS_PLACE = /(?<![\p{L}])(?:(?:l['’])?aire d['’]accueil|(?:l['’])?aire de grand passage|terrain familial)(?:\s+des gens du voyage)?/giu;
/** "we used to live at 221 Kingsway": a number and a capitalised name after "live at". */
const LIVE_AT_NUMBER = /(?<![\p{L}])(?:live|lived|living|lives|stay|staying|stayed|reside|residing)\s+(?:at|in|on)\s+(?<v>\d{1,4}[a-zA-Z]?,?\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})/gu;
/** A floor or a door after its number: "3º izquierda", "2º esq", "3ºB", "4º andar", "2. kat", "5-й этаж". */
const NUMBERED_FLOOR = /(?<![\p{L}\p{N}])\d{1,2}(?:\s?(?:º|ª|°|o|a|\.|-?[йяе])\s?(?:[A-Z](?![\p{L}])|[Ii]zq\p{L}*|[Dd]cha|[Dd]er\p{L}*|[Ee]sq\p{L}*|[Dd]to|[Dd]ir\p{L}*)|\s?(?:º|ª|°|o|a|\.|-?[йяе])?\s?(?:andar|piso|planta|kat(?:ta)?(?:\s+(?:sol|sa[gğ]))?|etaj|etazh\p{L}*|poverkh\p{L}*|[еэ]таж\p{L}*|поверх\p{L}*|floor))(?![\p{L}])/gu;
/** "lieu dit les bruyères", "foyer coallia", "foyer de la rue…": a place type in lower case, then its name. */
const LOWER_PLACE = /(?<![\p{L}])(?:lieu[\s-]?dit|foyer|h[ôo]tel|camping|cit[ée])\s+["“«]?\s*(?:(?:les|le|la|l'|du|des|de la|de)\s+)?(?!(?:de|du|des|la|le|les|pour|qui|et|est|a|ou|en|dans|avec|sans|social|d'urgence|d'accueil|familial|jeunes|travailleurs|tous|toutes|tout|chaque|toujours|depuis|encore|aussi)\b)[\p{L}][\p{L}'’\-]{2,}/giu;
/** Turkish numbered streets: "1203 Sok.", "45. Sokak", "12 Cd.". */
const NUMBERED_STREET = /(?<![\p{L}\p{N}])\d{1,5}\.?\s?(?:sokak|sokağı|sokagi|sok\.|sk\.|cadde(?:si)?|cad\.|cd\.)(?![\p{L}])/giu;
const FLOOR = /(?<![\p{L}\p{N}])(?:\d{1,2}\s?(?:e|è|ème|eme|er|re|ieme|ième|°)\s*(?:[ée]tage|[ée]t\.|etaj(?:ul)?|[еэ]таж\p{L}*|поверх\p{L}*)|[ée]tage\s*(?:n°\s*)?\d{1,2}|rez[\s\-]de[\s\-]chauss[ée]e|rdc|(?:\d{1,2}\s?(?:e|è|ème|eme|er|re)\s)?porte\s(?:de\s|a\s|à\s)?(?:gauche|droite|face|du fond)|(?:\d{1,2}\s?(?:e|è|ème|eme|er)\s)?(?:gauche|droite)(?=\s*(?:$|[,.;)]))(?<=(?:[ée]tage|\d\s?(?:e|è|ème|eme|er))\s(?:gauche|droite)))(?![\p{L}])/giu;
/** "au 12 bis", "le 3 ter": a number with bis or ter is a house number. */
const HOUSE_NUMBER = /(?<![\p{L}\p{N}])\d{1,4}\s?(?:bis|ter|quater)(?![\p{L}])/giu;
const POSTBOX = /\b(?:bp|cs|tsa)\s?\d{2,6}\b/giu;
const CITY_WORDS = String.raw`[\p{L}][\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|le|la|les|de|du|en|lès|d')[\s\-]+)?[\p{Lu}][\p{L}'’\-]+)*`;
/** "j'habite à Lunel", "je vis à Saint-Jean-de-Védas", "domiciliée à Sète", "j'habite a lunel". */
const LIVES_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:j'habite|habite|habitons|habitez|vis|vit|vivons|domicili[ée]e?s?|demeurant|r[ée]sid(?:e|ant|ons)|dors|dort|dormons|log[ée]e?s?|loge|h[ée]berg[ée]e?s?|install[ée]e?s?|i live|we live|vivo|moro|locuiesc|yaşıyorum|oturuyorum|живу|мешкаю|نسكن|أسكن|اسكن)\s+(?:[àa]|au|aux|en|sur|dans\s+le|dans\s+la|in|at|en|em|no|na|în|в|у|في|ف)\s+(?<v>${CITY_WORDS})`,
  "giu",
);
/**
 * "je dors chez un pote à Lattes", "sa fille est à Lyon": a town after "à" in a sentence that tells where
 * someone lives or stays (a verb of living before it). Countries and regions are left ("arrivée en France").
 */
const AT_TOWN = /(?<![\p{L}])(?:à|a|au)\s+(\p{L}[\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|le|la|les|de|du|en|lès|d')[\s\-]+)?\p{Lu}[\p{L}'’\-]+)*)/gu;
const LIVING_VERB = /(?<![\p{L}])(?:habite\p{L}*|vis|vit|vivons|vivent|dors|dort|dorment|dormons|log(?!ement)\p{L}*|h[ée]berg(?!ement)\p{L}*|install[ée]\p{L}*|r[ée]sid\p{L}*|d[ée]m[ée]nag\p{L}*|live|lives|living|stay\p{L}*|vivo|vive|moro|mora)(?![\p{L}])[^.!?\n]{0,40}$/iu;
const NOT_A_TOWN_PLACE = new Set(
  `france algerie maroc tunisie senegal mali cameroun comores turquie portugal espagne italie ukraine russie roumanie pologne
  syrie afghanistan chine vietnam belgique suisse allemagne angleterre europe afrique occitanie herault gard bretagne
  normandie corse guadeloupe martinique guyane reunion mayotte caf cpam ccas mairie pole france-travail
  couple colocation coloc famille location concubinage`.split(/\s+/).filter(Boolean),
);

/** "mon adresse : …", "adresse 12 …": the rest of the clause. */
const CUED_ADDRESS = /(?<![\p{L}])(?:mon adresse|notre adresse|adresse postale|adresse|my address|address|mi direcci[oó]n|direcci[oó]n|endere[çc]o|adresa|adresim|адрес|адреса|عنواني|العنوان)\s*(?:est|c'est|is|es|é|este|:|=)\s*(?<v>[^.!?;\n]{3,80})/giu;

export function addressSpans(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!STREET_TYPE_SET.has(token.folded)) continue;
    const next = tokens[i + 1];
    if (!next || !joined(text, token, next)) continue;
    // "17 de la rue Gambetta", "au 17 de la rue…": the number, then "de la" before the street type.
    // "12 B rue …": a letter after the house number.
    const lettered = i > 1 && isNumber(tokens[i - 2]!) && /^[A-H]$/u.test(tokens[i - 1]!.text) && joined(text, tokens[i - 2]!, tokens[i - 1]!) && joined(text, tokens[i - 1]!, token);
    const ofThe = i > 2 && isNumber(tokens[i - 3]!) && tokens[i - 2]!.folded === "de" && tokens[i - 1]!.folded === "la" && joined(text, tokens[i - 3]!, tokens[i - 2]!) && joined(text, tokens[i - 2]!, tokens[i - 1]!) && joined(text, tokens[i - 1]!, token);
    // "nº 45 da rua Victor Hugo", "45 de la rue": a number, then "da"/"do" before the street type (Portuguese).
    const ofThePt = !ofThe && i > 1 && isNumber(tokens[i - 2]!) && /^(?:da|do)$/u.test(tokens[i - 1]!.folded) && joined(text, tokens[i - 2]!, tokens[i - 1]!) && joined(text, tokens[i - 1]!, token);
    const numbered = ofThe || ofThePt || lettered || (i > 0 && isNumber(tokens[i - 1]!) && joined(text, tokens[i - 1]!, token, true));
    const strong = STRONG_TYPES.has(token.folded) || isCapitalised(token);
    // Without a house number a street type must be followed by a name ("rue Paul Bert", "rue des
    // lilas"), not a word ("la rue est fermée", "une place en crèche"); particles before the name are fine.
    let j = i + 1;
    while (j < tokens.length && PARTICLES.has(tokens[j]!.folded) && joined(text, tokens[j - 1]!, tokens[j]!)) j++;
    const head = tokens[j];
    if (!head || !joined(text, tokens[j - 1]!, head)) continue;
    // "place saint denis", "place jean jaurès": a weak type in lower case, with a saint's or a person's name.
    const saintOrPerson = (j > i + 1 && /^(?:saint|sainte|st|ste)$/u.test(tokens[j - 1]!.folded)) || FIRST_NAMES.has(head.folded);
    const unknownHead = !isCapitalised(head) && /^\p{L}{3,}$/u.test(head.text) && !isCommonWord(head.folded) && !NOT_A_STREET_NAME.has(head.folded) && token.folded !== "mail";
    // "elle vit encore seule route de la forêt": a verb of living just before makes a weak type a street.
    const afterLiving = !numbered && !strong && LIVING_VERB.test(text.slice(Math.max(0, token.start - 40), token.start));
    const lowerOk = numbered || strong || saintOrPerson || unknownHead || afterLiving;
    if (!lowerOk && !isCapitalised(head) && !isNumber(head)) continue;
    // "cours FLE", "place CAF": after a type that is also a common word, an acronym is no street name.
    if (!numbered && !STRONG_TYPES.has(token.folded) && /^\p{Lu}{2,5}$/u.test(head.text)) continue;
    if (STREET_STOP.has(head.folded) && !isCapitalised(head)) continue;
    if (!numbered && !isCapitalised(head) && NOT_A_STREET_NAME.has(head.folded)) continue;
    let end = head.end;
    let k = j + 1;
    let lowerWords = 0;
    // Then capitalised words, particles followed by one, numbers and months ("avenue du 8 Mai 1945").
    // (An initial's dot may sit inside the name: "r. V. Hugo".)
    const initialThen = (a: Token, b: Token) => /^\p{Lu}$/u.test(a.text) && /^\.\s+$/u.test(text.slice(a.end, b.start));
    while (k < tokens.length && k - i <= 8 && (joined(text, tokens[k - 1]!, tokens[k]!) || initialThen(tokens[k - 1]!, tokens[k]!))) {
      const t = tokens[k]!;
      const after = tokens[k + 1];
      if ((isCapitalised(t) && !STREET_STOP.has(t.folded)) || MONTH_WORDS.has(t.folded)) {
        end = t.end;
      } else if ((PARTICLES.has(t.folded) || isNumber(t)) && after && joined(text, t, after) && (isCapitalised(after) || MONTH_WORDS.has(after.folded) || (lowerOk && !isCapitalised(head) && !STREET_STOP.has(after.folded) && !isNumber(after)))) {
        end = t.end;
      } else if (lowerOk && !isCapitalised(head) && lowerWords < 2 && !STREET_STOP.has(t.folded) && !isNumber(t)) {
        // "46 place jean moulin", "rue des lilas": a street typed in lower case runs on for a few words.
        lowerWords++;
        end = t.end;
      } else {
        break;
      }
      k++;
    }
    // "12 rue …" or "12, rue …", and the number before the street type may itself follow "au".
    let start = ofThe ? tokens[i - 3]!.start : ofThePt || lettered ? tokens[i - 2]!.start : numbered ? tokens[i - 1]!.start : token.start;
    // "deux cent douze rue…": a house number in several words.
    for (let k = i - 2; numbered && !ofThe && !ofThePt && !lettered && k >= 0 && isNumber(tokens[k]!) && joined(text, tokens[k]!, tokens[k + 1]!) && !/^\p{N}/u.test(tokens[k]!.text); k--) start = tokens[k]!.start;
    // "calle Mayor 12", "Strada Florilor 12": the number after the name; then ", Lunel" or "à Lunel".
    if (!numbered) {
      const house = /^,?\s?(?:(?:n°|nº|no\.?:?|n\.|n(?=\s\d)|nr\.?|num[ée]ro|número|numarul|numărul)\s?)?\d{1,4}(?:\s?(?:bis|ter|[a-zA-Z]))?(?![\p{L}\p{N}])/u.exec(text.slice(end));
      if (house && !/^\s?\d{5}/u.test(text.slice(end))) end += house[0].length;
    }
    end = extendWithPostcode(text, end);
    end = extendWithTown(text, end);
    spans.push({ start, end, kind: "address" });
  }
  for (const pattern of [POSTCODE_CITY, BUILDING, FLOOR, POSTBOX, FOREIGN_PARTS, FOREIGN_LETTER_PARTS, NUMBERED_FLOOR, HOUSE_NUMBER, NAME_THEN_TYPE, NAMED_BUILDING, NUMBERED_STREET, LOWER_PLACE, NAMED_RESIDENCE, HOUSE_NAME, KILOMETRE_POINT]) {
    for (const m of text.matchAll(pattern)) {
      // "le foyer de la Croix-Rouge" names an institution, not where someone lives.
      if (pattern === LOWER_PLACE && KNOWN_CAPITALISED.has(foldWord(m[0].split(/\s+/u).at(-1)!))) continue;
      let end = m.index + m[0].length;
      // "Jan Jores caddesi no 40", "Kingsway Road, No. 12": the house number after the street.
      if (pattern === NAME_THEN_TYPE) end += /^\s*,?\s*(?:no|No|NO|nr|Nr|n°|nº|numara)\.?\s?:?\s?\d{1,4}(?:\/\d{1,3})?(?![\p{N}])/u.exec(text.slice(end))?.[0].length ?? 0;
      spans.push({ start: m.index, end, kind: "address" });
    }
  }
  spans.push(...placeSpans(text));
  for (const m of text.matchAll(POSTCODE)) {
    spans.push({ start: m.index, end: m.index + m[0].length, kind: "postcode" });
    // "34170 castelnau-le-lez": a town in lower case after a postcode.
    const town = /^\s+(\p{Ll}[\p{L}'’]*(?:-[\p{L}'’]+)*)/u.exec(text.slice(m.index + m[0].length));
    if (town && (KNOWN_CAPITALISED.has(foldWord(town[1]!)) || !isCommonWord(foldWord(town[1]!))) && !NOT_A_TOWN_PLACE.has(foldWord(town[1]!))) {
      const start = m.index + m[0].length + town[0].length - town[1]!.length;
      spans.push({ start, end: start + town[1]!.length, kind: "address" });
    }
  }
  for (const m of text.matchAll(AT_TOWN)) {
    const town = m[1]!;
    if (NOT_A_TOWN_PLACE.has(foldWord(town.split(/[\s\-]/u)[0]!)) || COMMON_PLACE_WORDS.has(foldWord(town))) continue;
    // In lower case, only a town the project knows or a word no vocabulary knows ("à lattes").
    if (/^\p{Ll}/u.test(town) && !KNOWN_CAPITALISED.has(foldWord(town)) && isCommonWord(foldWord(town))) continue;
    if (!LIVING_VERB.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const start = m.index + m[0].length - town.length;
    spans.push({ start, end: start + town.length, kind: "address" });
  }
  for (const m of text.matchAll(LOOK_ALIKE_POSTCODE)) {
    const digits = m[0].replace(/[Oo]/gu, "0").replace(/[lI]/gu, "1");
    if (/^(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3}$/u.test(digits)) spans.push({ start: m.index, end: m.index + m[0].length, kind: "postcode" });
  }
  for (const pattern of [LIVES_IN, CUED_POSTCODE, CUED_ADDRESS, LIVE_AT_NUMBER, LIVES_IN_POSTCODE]) {
    for (const m of text.matchAll(pattern)) {
      let value = m.groups?.v ?? "";
      if (pattern === LIVES_IN) value = cityPart(value);
      // ("je vis en France", "locuiesc în Franța": a country or a region is no address.)
      if (pattern === LIVES_IN && (NOT_A_TOWN_PLACE.has(foldWord(value.split(/[\s\-]/u)[0] ?? "")) || FOREIGN_COUNTRY.test(value) || /^(?:una?|une|uma?|an?)(?:\s|$)/iu.test(value))) continue;
      if (pattern === CUED_ADDRESS) {
        value = value.replace(/\s+(?:et|depuis|mais|car|pour|and|since|merci|svp|je|j'|est-ce)\b.*$/iu, "").trimEnd();
        // Something that looks like an address: a number, a street type or a capitalised word.
        if (!/\p{N}|\s\p{Lu}|^\p{Lu}/u.test(value) && !value.split(/\s+/u).some((w) => STREET_TYPE_SET.has(fold(w)))) continue;
      }
      if (!value) continue;
      const offset = m[0].lastIndexOf(value);
      spans.push({ start: m.index + offset, end: m.index + offset + value.length, kind: pattern === CUED_POSTCODE || pattern === LIVES_IN_POSTCODE ? "postcode" : "address" });
    }
  }
  // "rue de la Gare 9.": the house number after the street's name, as many countries write it.
  for (const span of spans.filter((s) => s.kind === "address" && /\p{L}$/u.test(text.slice(s.start, s.end)))) {
    const m = /^\s\d{1,4}(?:\s?(?:bis|ter|[a-dA-D]))?(?=\s*(?:[,.;)]|$))/u.exec(text.slice(span.end));
    if (m) spans.push({ start: span.start, end: span.end + m[0].length, kind: "address" });
  }
  // "… bât 12 59100 roubaix": a postcode right after an address, even after its number.
  for (const span of spans.filter((s) => s.kind === "address")) {
    const m = /^[\s,]*(\d{5}|\d{2}\s\d{3}|\d(?: \d){4})(?!\p{N})(?:\s+(\p{L}[\p{L}'’\-]+))?/u.exec(text.slice(span.end));
    if (!m) continue;
    const start = span.end + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + m[1]!.length, kind: "postcode" });
    if (m[2] && !STREET_STOP.has(foldWord(m[2])) && !NOT_A_TOWN.has(foldWord(m[2]))) spans.push({ start: span.end + m[0].length - m[2].length, end: span.end + m[0].length, kind: "address" });
  }
  for (const m of text.matchAll(LIVES_BARE)) {
    const words = m.groups!.v!.split(/\s+/u);
    // The leading words that no vocabulary knows ("kerlann izella"; never "seule", "ici").
    const placeWord = (w: string) => !isCommonWord(foldWord(w)) && !KNOWN_CAPITALISED.has(foldWord(w)) && !STREET_STOP.has(foldWord(w));
    const firstOther = words.findIndex((w) => !placeWord(w));
    const kept = firstOther < 0 ? words : words.slice(0, firstOther);
    if (kept.length === 0) continue;
    const start = m.index + m[0].length - m.groups!.v!.length;
    spans.push({ start, end: start + kept.join(" ").length, kind: "address" });
  }
  // "aire d'accueil …, route de Pontivy": the kind of place goes with the address right after or before it.
  for (const m of text.matchAll(TRAVELLERS_PLACE)) {
    const end = m.index + m[0].length;
    const next = spans.find((s) => s.kind === "address" && s.start >= end && /^[\s,]*$/u.test(text.slice(end, s.start)));
    if (next) spans.push({ start: m.index, end: next.start, kind: "address" });
  }
  spans.push(...placesAroundAddresses(text, spans));
  // "…, 2e", "– 3ème G", "tour B 11e": a floor right after an address; "5 villa du Bel-Air": a number
  // right before a named place.
  for (const span of spans.filter((s) => s.kind === "address")) {
    const floor = /^[\s,–—-]*(?:(?:premier|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me)\s+[ée]tage|\d{1,2}\s?(?:e|è|ème|eme|er|re|st|nd|rd|th)(?:\s?(?:[GD](?![\p{L}])|gauche|droite|[ée]tage|floor|esc\.?|escalier|b[âa]t\.?|b[âa]timent))?(?:\s(?:left|right|gauche|droite))?|chambre de bonne|fond de cour|au fond de la cour|sans ascenseur|dernier [ée]tage|rez[\s-]de[\s-]chauss[ée]e)(?![\p{L}\p{N}])/iu.exec(text.slice(span.end));
    if (floor) spans.push({ start: span.end, end: span.end + floor[0].length, kind: "address" });
    const number = /(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s+$/u.exec(text.slice(Math.max(0, span.start - 10), span.start));
    if (number) spans.push({ start: span.start - number[0].length, end: span.start, kind: "address" });
  }
  // "hotel Formule 1 room 9", "Résidence du Lac, bloco 3, porta 21": a short number between two parts
  // of one address belongs to it.
  const parts = spans.filter((s) => s.kind === "address").sort((a, b) => a.start - b.start);
  for (let i = 1; i < parts.length; i++) {
    const gap = text.slice(parts[i - 1]!.end, parts[i]!.start);
    // ("cave nº 12 do 14 rue Mozart": "do", "du", "au" between two parts too.)
    if (parts[i]!.start > parts[i - 1]!.end && /^[\s,]*(?:\p{N}{1,4}|do|da|du|de|au)[\s,]*$/u.test(gap)) spans.push({ start: parts[i - 1]!.end, end: parts[i]!.start, kind: "address" });
  }
  // (Spanish and Portuguese "más de 25 años", "mais de 3 anos": "mas" is no farm there.)
  return spans.filter((s) => !/^m[aá]i?s\s+de\s+\p{N}+$/iu.test(text.slice(s.start, s.end)) || !/^\s*(?:a[ñn]os|ans|ani|euros?|€|%|meses|mois)/iu.test(text.slice(s.end, s.end + 8)));
}

/** "lunel depuis 3 ans" → "lunel"; a common word ("côté", "la rue") is no town. */
function cityPart(value: string): string {
  const words = value.split(/(?<=\S)(?=\s)/u);
  let out = "";
  for (const w of words) {
    const f = fold(w.trim());
    if (STREET_STOP.has(f) || COMMON_PLACE_WORDS.has(f)) break;
    out += w;
    if (!/^\p{Lu}/u.test(w.trim())) break; // one lower-case word at most ("j'habite à lunel")
  }
  return out.trim();
}

const COMMON_PLACE_WORDS = new Set(
  `cote l'hotel hotel foyer rue maison domicile campagne ville centre centre-ville etranger france l'etranger dehors
  gauche droite proximite deux trois quatre cinq six sept huit neuf dix la-bas ici un une cote paris home`.split(/\s+/).filter(Boolean),
);

/** ", Lunel", " à Saint-Jean-de-Védas" right after a street belongs to the same address. */
function extendWithTown(text: string, end: number): number {
  const m = /^(?:,\s*|\s+(?:à|a|in|en|em|din|în)\s+)(\p{Lu}[\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|le|la|les|de|du|en|lès|d')[\s\-]+)?\p{Lu}[\p{L}'’\-]+)*)/u.exec(text.slice(end));
  if (!m) {
    // In lower case: a town the project knows, or a word no vocabulary knows ("… à lunel", ", pignan").
    const lower = /^(?:,\s*|\s+(?:à|a)\s+)(\p{Ll}[\p{L}'’\-]{2,})(?![\p{L}])/u.exec(text.slice(end));
    if (!lower) return end;
    const word = foldWord(lower[1]!);
    if (STREET_STOP.has(word) || COMMON_PLACE_WORDS.has(word) || NOT_A_TOWN.has(word) || NOT_A_TOWN_PLACE.has(word)) return end;
    if (!KNOWN_CAPITALISED.has(word) && isCommonWord(word)) return end;
    return end + lower[0].length;
  }
  const first = foldWord(m[1]!.split(/[\s\-]/u)[0]!);
  if (STREET_STOP.has(first) || COMMON_PLACE_WORDS.has(first) || NOT_A_TOWN.has(first)) return end;
  return end + m[0].length;
}
const NOT_A_TOWN = new Set(["merci", "bonjour", "cordialement", "est-ce", "je", "j'ai", "depuis", "mais", "et", "pour", "svp", "the", "is", "it", "i"]);

/** ", 34000 Montpellier" right after a street belongs to the same address. */
function extendWithPostcode(text: string, end: number): number {
  const rest = text.slice(end);
  const m = /^[\s,]*(?:[0-9]{5}|[0-9]{2}\s[0-9]{3})(?:\s+(?:cedex\s+)?[\p{Lu}][\p{L}'’\-]+(?:[\s\-]+[\p{Lu}][\p{L}'’\-]+)*)?/u.exec(rest);
  return m ? end + m[0].length : end;
}
