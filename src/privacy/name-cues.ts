/**
 * The words that announce a name, matched on folded text (lower case, no accents): strong cues ("je
 * m'appelle", "mon nom est"), titles, relatives and helpers, greetings, closings, introductions, and the
 * places of a name in a request ("demandez à", "avec").
 */
// ---------------------------------------------------------------- cues (matched on folded text)

/** Strong cues: what follows is a name even in lower case. */
export const STRONG_CUES = [
  /\bje m ?'? ?app?el+e?s?\b/,
  /\bjm'?app?el+e?\b/,
  /\bje me (?:nomme|prenomme)\b/,
  /\b(?:mon|notre) (?:nom|prenom|nom de famille|nom de naissance|nom d'usage|nom de jeune fille)(?: complet)? (?:est|c'est|c est|c|:|,)/,
  /\b(?:nom|prenom|prenoms|nom de famille|nom de naissance|nom d'usage|nom de jeune fille|nom et prenom|prenom et nom|nom prenom|nom\/prenom|signe|signature|name|first name|last name|surname|full name|nombre|apellido|nome|sobrenome|nume|prenume|ad|soyad|soyadi|имя|фамилия|им'я|прізвище|الاسم|اسم)\s*:/,
  /\bmoi,? c'est\b/,
  /\bc moi\b/, // "c moi gloire"
  /\b(?:mon|notre) nom(?: de famille)?(?= \p{L})/u, // "mon nom tkachuk"
  /\b(?:nom de famille|nom de naissance|nom de jeune fille|nom d'usage)(?= \p{L})/u, // "…, nom de famille lapointe"
  /(?:^|[:,]\s*)nom(?= \p{L})/u, // "la fiche dit : nom kravchuk"
  /\b(?:on|monde|gens|ils|elles|tous|tout le monde) m ?'? ?appel+e(?:nt)?\b/, // "tout le monde m'appelle titi"
  /\bc'est moi,?\b/,
  /\b(?:un|une) (?:denomme|denommee|nomme|nommee)\b/, // "un nommé dieudonné mbarga"
  // "un certain dieudonné mbarga" (never "un certain montant", "une certaine somme").
  /\b(?:un|une) (?:certain|certaine)\b(?! (?:montant|nombre|temps|age|moment|point|niveau|plafond|delai|seuil|revenu|pourcentage|type|cas|jour|mois|somme|periode|duree|limite|quota|taux|prix|cout|poids|degre|stade|ordre)\b)/,
  /\bau nom de\b/,
  /\bde la part de\b/,
  /\b(?:a|à) l'attention de\b/,
  /\baux bons soins de\b/,
  /\bpour le compte de\b/,
  /\b(?:attn|c\/o)\b\s*:?/,
  /\bsous le nom (?:de )?\b/,
  /\bsigne\b/,
  /\bmy name(?: is|'s)\b/,
  /(?:^|\n)\s*(?:from|de|expediteur|sender)\s*:/u, // a mail header: "from: Margaret (Maggie) Hill"
  /\bmy name(?= \p{L})(?! (?:is|was|and|in|on|na)\b)/u, // "my name joseph tarr"
  /\bname's\b/,
  /\b(?:adi|ismi)\b/, // Turkish "his/her name (is)"
  /\b(?:nha |n |ami )?nomi (?:e|é|i)\b/, // Cape Verdean Kriolu "my name is"
  /\b(?:todo mundo |toda gente )?me chama(?:m)? de\b/,
  /\bmy name na\b/, // Nigerian and Cameroonian pidgin
  /\bs ?['’]? ?appel+e?\b/, // ("il s'appel junior": the final e forgotten)
  /\bnous nous appelons\b/,
  /\bs'appel+ent\b/,
  /\bse (?:nomme|prenomme)\b/,
  /\b(?:his|her) name(?: is|'s)\b/,
  /(?:,|\band)\s+name is\b/, // "…, name is chinedu okafor": the subject left out
  /\b(?:he|she)(?: is|'s) called\b/,
  /\bse (?:llama|chama|numeste)\b/,
  /\bchama-se\b/,
  /\b(?:его|ее|её|його|її) (?:зовут|звати)\b/,
  /\badi\b(?= \p{Lu})/u,
  /(?:^|\s)(?:سميناها|سميناه|سموها|سموه|سمينا|يعرفوني|يعرفني|ينادوني|ينادونني|يسموني)(?:\s|$)/u, // "سمّيناها ياسمينا", "يعرفوني أبو صالح"
  /\bi(?: am|'m) called\b/,
  /\bcall me\b/,
  /\bme llamo\b/,
  /\bmi (?:nombre|apellido) es\b/,
  /\b(?:o )?meu nome (?:e|é)\b/,
  /\b(?:me )?chamo\b/,
  /\bchamo-me\b/,
  /\bma numesc\b/,
  /\bnumele meu (?:este|e)\b/,
  /\bma cheama\b/,
  /\b(?:benim )?ad[iı]m\b/,
  /\bismim\b/,
  /\bменя зовут\b/,
  /\bмене звати\b/,
  /\bмое (?:имя|им'я|ім'я)\b/,
  /\bмоя фамилия\b/,
  /\bмоє ім'я\b/,
  /(?:^|\s)(?:انا )?(?:اسمي|إسمي)(?:\s|$)/u,
  /(?:^|\s)و?(?:اسمه|اسمها|اسمو|إسمه|إسمها|سميتها|سميتو|سميته|سميتي|سميتك)(?:\s|$)/u, // "ولدي الصغير اسمه آدم"
  /\b(?:(?:kan|kay|n|t)?3ayt(?:ou|o|ek|kom)? (?:lih|liha|li)|smito|smitha|smiytou|smiyetha)\b/, // "3ayt lih momo"
  /\b(?:ana )?(?:ismi|esmi|smiti|smiyti|smyti|ismy)\b/,
  /\b(?:epouse|epoux|veuve|nee|ne) (?=\p{Lu})/u, // "Marie Dupont née Martin" (never "née le 3 mars": dates go first)
];

export const STRONG = new RegExp(STRONG_CUES.map((cue) => `(?:${cue.source})`).join("|"), "gu");

/** Weak cues: what follows is a name if it looks like one or no vocabulary knows it. */
export const TITLE = /^(?:المسيو|المدام|الحاج|الحاجة|حاج|حاجة|m|mr|mme|dame|mmes|mlle|mlles|mm|monsieur|madame|mademoiselle|messieurs|mesdames|dr|docteur|docteure|pr|professeur|professeure|maitre|me|mrs|ms|miss|sir|senor|senora|sr|sra|srta|senhor|senhora|dona|dom|seu|tanti|nea|nenea|tusa|domnul|doamna|dl|dna|sayin|bay|bayan|господин|госпожа|пан|пани|пані|السيد|السيدة|مدام|مسيو|الآنسة|الانسة|الأستاذ|الاستاذ|الأستاذة|الاستاذة|الدكتور|الدكتورة)$/u;
/** What follows a title that is no name ("madame la directrice", "monsieur le maire"). */
export const TITLE_NOT_NAME = new Set(`directrice directeur maire president presidente adjoint adjointe responsable conseiller conseillere assistante assistant juge docteur avocat avocate professeur`.split(/\s+/u));
/** "my son", "my wife", "my daughters"… in Arabic and its dialects (one word each). */
const ARABIC_RELATIVES = String.raw`(?:بناتي|ولادي|أولادي|اولادي|أطفالي|اطفالي|أبنائي|ابنائي|ابني|ابنتي|بنتي|زوجي|زوجتي|مرتي|مراتي|راجلي|جوزي|امي|أمي|ابي|أبي|اخي|أخي|اختي|أختي|جاري|جارتي|صديقي|صديقتي|رفيقي|رفيقتي|صاحبي|صاحبتي|والدتي|والدي|خالتي|عمتي|خالي|عمي)`;
/** Turkish titles follow the name ("Ayşe Hanım", "Mehmet Bey"). */
export const TITLE_AFTER = /^(?:hanim|bey|abla|abi|amca|teyze)$/u;
export const RELATION = new RegExp(
  String.raw`(?:\b(?:tata|tatie|tati|tonton|tantine|mamie|papi|papy|meme|pepe|husband|wife|daughter)\b(?=\s+\p{L})` +
    String.raw`|\b(?:mon|ma|mes|notre|nos|son|sa|ses|votre|vos|ton|ta|leur|leurs)\s+(?:(?:ex|futur|future|nouveau|nouvelle|petit|petite|grand|grande)[\s\-])?(?:fils|fille|filles|mari|femme|epouse|epoux|conjoint|conjointe|compagnon|compagne|copain|copine|ami|amie|amis|pere|mere|papa|maman|frere|soeur|grand-mere|grand-pere|grands-parents|petit-fils|petite-fille|neveu|niece|oncle|tante|cousin|cousine|voisin|voisine|voisins|bebe|enfant|enfants|beau-pere|belle-mere|beau-frere|belle-soeur|belle-fille|gendre|assistante sociale|assistant social|assistante|conseiller|conseillere|referent|referente|medecin|docteur|proprietaire|proprio|bailleur|employeur|patron|patronne|collegue|aide a domicile|auxiliaire de vie|aidant|aidante|tuteur|tutrice|curateur|curatrice|avocat|avocate|colocataire|coloc|locataire|chef|belle-soeur|mamie|papi|papy|tata|tonton|ainee|aine|cadet|cadette)` +
    String.raw`|\b(?:my|our|his|her)\s+(?:gf|bf|hubby|wifey|missus|grandson|granddaughter|stepson|stepdaughter|son-in-law|daughter-in-law|mother-in-law|father-in-law|son|daughter|husband|wife|partner|boyfriend|girlfriend|mother|mum|mom|father|dad|brother|sister|neighbour|neighbor|friend|child|kid|baby|grandmother|grandfather|social worker|caseworker|landlord|lawyer|carer|caregiver|uncle|aunt|cousin|nephew|niece)(?!['’]s)` +
    String.raw`|\b(?:mi|mis|su)\s+(?:hijo|hija|hijos|esposo|esposa|marido|mujer|madre|padre|mama|papa|hermano|hermana|vecino|vecina|amigo|amiga|abuela|abuelo|bebe|tio|tia|primo|prima|novio|novia|trabajadora social)` +
    String.raw`|\b(?:meu|minha|o meu|a minha)\s+(?:filho|filha|marido|mulher|esposa|mae|pai|irmao|irma|vizinho|vizinha|amigo|amiga|avo|bebe|tio|tia|primo|prima|namorado|namorada)` +
    String.raw`|\b(?:nevasta|sotu|sotul|sotia|barbatu|barbatul|fata|baiatu|baiatul|mama|sora|fratele|frate|tata|copilu|copilul)-(?:mea|meu|miu)(?![\p{L}])|\b(?:fiul|fiu|fiica|sotul|sotu|sotia|sotie|barbatul|barbatu|nevasta|mama|tatal|tata|fratele|fratu|sora|vecinul|vecina|prietenul|prietena|bunica|bunicul|cumnatul|cumnata|nepotul|nepoata|baiatul|baiatu|copilul|socrul|soacra)\s+(?:meu|mea)` +
    String.raw`|\b(?:oglum|kizim|esim|annem|babam|kardesim|komsum|arkadasim|ablam|agabeyim|kocam|karim|annesi|babasi|kizi|oglu|esi|abim|abisi|ablasi|teyzem|dayim|amcam|halam|yegenim|bebegim)` +
    String.raw`|(?:з|с|зі|со)\s+(?:донькою|донечкою|сином|синочком|чоловіком|дружиною|мамою|сестрою|братом|дочерью|дочкой|сыном|мужем|женой|мамой|сестрой|братом|бабусею|бабушкой|онуком|внуком)` +
    String.raw`|(?:мой|моя|мои|мій|моя|мої|наш|наша)\s+(?:сын|дочь|дочка|муж|жена|мама|мать|папа|отец|брат|сестра|сосед|соседка|подруга|друг|бабушка|дедушка|син|донька|доня|чоловік|дружина|мати|тато|батько|сусід|сусідка|бабуся|дідусь|онук|онука|внук|внучка)` +
    String.raw`|(?:و?${ARABIC_RELATIVES}(?:\s+و?${ARABIC_RELATIVES})*)` +
    String.raw`|\b(?:wlid 3ami|wld 3ami|bent 3ami|bnt 3ami|wlid khali|bent khali|3ami|khali|khalti|3amti|wldi|weldi|wlidi|bnti|benti|khouya|khoya|khti|okhti|mrati|rajli|ommi|yemma|baba|jarti|jari|sahbi|sahbti))\b\s*,?`,
  "gu",
);
/** "ми з андрієм", "мы с Олей": "we with" someone, named in the instrumental. */
export const WE_WITH = /(?:^|\s)(?:ми|мы)\s+(?:з|с|зі|со)\s+/gu;
/** "le mari de lenuța", "la fille de Mme…", "the son of": someone named through a relative. */
export const RELATION_OF = /\b(?:(?:le|la|l'|the)\s*|(?<=,\s?|\s)(?=(?:maman|papa|mere|pere|mari|femme|epouse|epoux|fils|fille|soeur|frere)\s))(?:mari|femme|epouse|epoux|fils|fille|pere|mere|frere|soeur|voisin|voisine|copain|copine|compagnon|compagne|enfant|bebe|neveu|niece|tante|oncle|cousin|cousine|grand-mere|grand-pere|belle-mere|beau-pere|maman|papa|husband|wife|son|daughter|mother|father|brother|sister)\s+(?:de|d'|of)\s*/gu;
export const GREETING = /\b(?:gamarjoba|bonjour|bonsoir|salut|coucou|hello|hi|hey|allo|cher|chere|chers|dear|hola|buenos dias|buenas tardes|ola|oi|bom dia|boa tarde|buna|buna ziua|merhaba|selam|salam|salam alikoum|salam alaykoum|slm|bjr|bsr|привет|здравствуйте|добрый день|привіт|добрий день|вітаю|مرحبا|السلام عليكم)\b\s*,?/gu;
export const CLOSING = /\b(?:bonne soiree a vous|bonne journee a vous|bonne soiree a tous|bonne journee a tous|cordialement|bien cordialement|bien a vous|bien a toi|salutations|sinceres salutations|respectueusement|amicalement|merci d'avance|merci par avance|merci beaucoup|merci bien|merci encore|merci|mrc|cdlt|cdt|bonne journee|bonne soiree|a bientot|bisous|bises|signe|thanks|thank you|thx|ta|regards|best regards|kind regards|best|cheers|gracias|saludos|obrigado|obrigada|multumesc|tesekkurler|tesekkur ederim|sagol|спасибо|с уважением|дякую|з повагою|شكرا|barak allahou fik|choukran|chokran|shukran)\b\s*[,.!:\-–—]*\s*/gu;
/** "c'est Karim", "je suis Fatima Benali", "ici Paul": introductions. */
/** (Romanian "io sunt fănica": a participle after it, "eu sunt plecată", is how someone is, not who.) */
export const INTRO = /\b(?:(?:mon nom|moi|bjr|bonjour|bonsoir|slt|salut|allo|alo)\s+(?:ses|sé|cé)|c'est|c est|c|ici|je suis|jsuis|jsui|chui|chuis|i am|i'm|im|this is|it's|its|i be|me na|na me|sou o|sou a|eu sou o|eu sou a|ami e|ami i|ami é|(?:io|eu) sunt(?!\s+\p{L}*(?:at|ata|it|ita|ut|uta|os|oasa|are|ire|ind|and|ilor|ul|ului)\b))\b\s*/gu;
/** In the other languages (smaller vocabularies) an introduction counts for a listed or capitalised name. */
export const INTRO_OTHER = /\b(?:soy|sou|eu sou|sunt|eu sunt|ben|я|это|це|ana)\b\s*/gu;
/** Arabic has no capitals: after "أنا" a word no vocabulary knows is taken. */
// ("أنا ومرتي وبناتي…": "me and my wife" is no introduction.)
export const INTRO_ARABIC = new RegExp(String.raw`(?:^|\s|،)(?:انا|وانا|اني|واني)\s+(?!و${ARABIC_RELATIVES}(?![\p{L}]))`, "gu");
/**
 * The places of a name in a request: "demandez à loubna", "j'ai parlé avec kenza", "chez mme x", "pour
 * yanis", "j'ai croisé benchekroun". In French a word no vocabulary knows is taken there; in the other
 * languages (whose vocabularies are smaller) only a listed or capitalised name.
 */
export const NAME_PLACE = /(?:\b(?:a|avec|chez|famille|aupres de|vu|vue|croise|croisee|rencontre|rencontree|appele|appelee|contacte|contactee|prevenu|prevenue|voir|appeler|contacter|rencontrer|remercier|remercie|demandez|demande|a lui|lui)\b|(?<=\s)à)\s+/gu;
export const NAME_PLACE_STRICT = /\b(?:pour|et|par|selon|la famille|question de|demande de|message de|reponse pour|dossier de)\b\s+/gu;
export const NAME_PLACE_ENGLISH = /\b(?:with|ask for|asked for|ask|asked|met|saw|tell|told)\b\s+/gu;
export const NAME_PLACE_OTHER = /\b(?:to|called|con|para|com|cu|pentru|ile|с|со|для|з|مع|عند)\b\s+/gu;
