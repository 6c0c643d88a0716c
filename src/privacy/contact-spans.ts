/**
 * Phone numbers (French and international, any separators, "+33", "0033", "(0)", a letter O for a zero,
 * digits spelled out in French or English: "zéro six douze trente-quatre…") and social-network handles
 * ("@jean_d", "insta : jeand34", facebook.com/jean.dupont). E-mail addresses are in email-spans.ts.
 */
import { foldWithMap, lookAlikeDigits } from "./normalize.js";
import { spansOf, trimSpan as trim, type Span } from "./span.js";

/** French numbers: 0X XX XX XX XX or +33 (0)X XX XX XX XX, any separators among space . - / */
const FRENCH_PHONE = /(?<![\p{N}])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]|0\s?[1-9])(?:[\s.\-/~_|+:\[\]°◦#*•·]{0,5}\p{N}{2}){4}(?!\p{N})/gu;
/** International numbers: a country code then 6 to 14 digits in groups. */
const INTERNATIONAL_PHONE = /(?<![\p{N}\p{L}])(?:\+|00)\s?[1-9]\p{N}{0,2}(?:[\s.\-/]{0,2}\(?\p{N}{1,4}\)?){2,6}(?!\p{N})/gu;
/** Any run of digits and separators: classified by how many digits it holds. */
const DIGIT_RUN = /(?<![\p{N}\p{L}])(?:\+\s?)?\(?\p{N}(?:(?:[\s.\-/();,_~|+]{0,3}|\s?\*{1,2}\s?|\s*(?:\.{2,3}|…)\s*)\p{N})+\)?(?![\p{N}])/gu;
/** A phone number after a cue: "mon numéro c'est le 06 12 34 56" (short or partial). */
const CUED_PHONE = /(?<![\p{L}])(?:t[ée]l[ée]?phone|t[ée]l\.?|tel|portable|mobile|fixe|num[ée]ro(?:\s+de\s+(?:t[ée]l[ée]phone|portable))?|joignable\s+au|appele[rz]?(?:-moi)?\s+au|rappele[rz]?(?:-moi)?\s+au|whatsapp|phone|call me(?:\s+on|\s+at)?|cell|celular|tel[ée]fono|telefone|telefon|numara|номер|телефон|رقم|هاتف|نمرة|ra9mi|raqmi|nmra)\s*(?::|au|c'est(?:\s+le)?|est(?:\s+le)?|le|is|es|é|e|on|at)?\s*(?<v>\+?\p{N}(?:[\s.\-/]{0,2}\p{N}){5,14})/giu;

/** A North American number: "(917) 555-0163". */
const US_PHONE = /(?<![\p{N}])\(\d{3}\)\s?\d{3}[\s.\-]\d{4}(?![\p{N}])/gu;
/** A Brazilian number as Brazilians write it: "(11) 98765-4321", "11 98765-4321". */
const BRAZILIAN_PHONE = /(?<![\p{N}])\(?\d{2}\)?\s?9?\d{4}-\d{4}(?![\p{N}])/gu;
/** The start of a French mobile number ("commence par 06 31 27"), or its end after a cue ("la fin c'est 98 44"). */
const PARTIAL_MOBILE = /(?<![\p{N}\p{L},.])0[67](?:[\s.\-]\d{2}){1,3}(?![\p{N}]|[.,]\d)/gu;
const PHONE_PART_CUE = /(?<![\p{L}])(?:commence par|commen[cç]ant par|d[ée]but(?:e)?(?:\s+c'?\s?est|\s*:)?|la fin(?:\s+c'?\s?est|\s*:)?|fini[tr]? par|se termine par|termine par|derniers? chiffres?(?:\s+c'?\s?est|\s+c|\s+sont|\s*:)?|starts with|ends with|ends|ending in|acaba em|acaba en|termina em|se termina en|последние цифры|заканчивается на|останні цифри|закінчується на|son rakamlar[ıi]|sonu|ultimele cifre|se termina cu|empieza por|termina en|come[cç]a (?:com|por)|termina (?:com|em))\s*(?:le\s+|par\s+)?(?<v>\d{2}(?:[\s.\-]\d{2}){0,4})(?![\p{N}])/giu;
const HANDLE_AT = /(?<![\p{L}\p{N}._%+\-@])@[\p{L}\p{N}_.]{2,30}/gu;
const HANDLE_CUE = /\b(?:insta(?:gram)?|snap(?:chat)?|facebook|fb|tiktok|twitter|telegram|whatsapp|discord|skype|linkedin|messenger|signal|pseudo|identifiant|login|username|user|compte insta|compte snap)\s*(?::|=|->|→|c'est|est|is)\s*(?<v>@?[\p{L}\p{N}_.\-]{2,40})/giu;
const HANDLE_URL = /\b(?:https?:\/\/)?(?:www\.)?(?:facebook|fb|instagram|tiktok|twitter|x|linkedin|snapchat|t|m|wa|youtube|vk|ok)\.(?:com|me|ru)\/[\p{L}\p{N}_.\-/@]+/giu;
/** "snap : k e n z a a _ d z", "insta arobase tonton point momo point 77": spelled after a network name. */
const HANDLE_SPELLED = /(?<![\p{L}])(?:insta(?:gram)?|snap(?:chat)?|tiktok|telegram|facebook|fb)(?:[ıi]m|[ıi]n|[ıi]mdan)?\s*(?::|=|->|→|c'est|cé|c|at|on)?\s*(?<v>(?:@\s?|arobase\s+)?(?:(?:[\p{L}\p{N}._] ){3,}[\p{L}\p{N}._]|[\p{L}\p{N}_]+(?:(?:\s+(?:point|dot|tiret|underscore|nokta|alt [çc]izgi)\s+|\s\.\s)[\p{L}\p{N}_]+)+))(?![\p{L}\p{N}])/giu;
/** "mon insta jeand34", "sur snap lea.du34": a network name, then a word with digits, dots or underscores. */
const HANDLE_LOOSE = /(?<![\p{L}])(?:insta(?:gram)?|IG|ig|snap(?:chat)?|tiktok|twitter|telegram|discord|facebook|fb)\s+(?:c'est\s+|is\s+)?(?<v>@?(?=[\p{L}\p{N}_.\-]*[\p{N}_.])[\p{L}\p{N}][\p{L}\p{N}_.\-]{2,39})/giu;

const NUMBER_WORD_HINT = /(?:double|triple|\btwo\b|\bone\b|\boh\b|z[ée]ro|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|zero|three|four|five|seven|eight|nine|twelve|twenty|thirty|forty|fifty|sixty)/giu;

export function phoneSpans(text: string): Span[] {
  const spelled = (text.match(NUMBER_WORD_HINT)?.length ?? 0) >= 1 || countNumberWords(text) >= (/\p{N}\s+\p{L}+\s+\p{N}/u.test(text) ? 1 : 2) || /\d{2}\s+et\s+\d{2}\s+et\s+\d{2}/u.test(text) || /\d[\s,]+(?:et\s+)?(?:puis|pui|pis|apr[eè]s|ensuite|point|tiret|euh|heu|then|luego|depois|apoi|sonra)\s+\d/iu.test(text);
  const azerty = [...spansOf(text, UNSHIFTED_AZERTY_PHONE, "phone"), ...spansOf(text, SHIFTED_QWERTY_PHONE, "phone")];
  if (!/\p{N}|[oO][\s.\-]?\d/u.test(text)) return [...azerty, ...(spelled ? withKeyAndPlus(text, spelledPhoneSpans(text).map((s) => trim(text, s))) : [])];
  // A letter O typed for a zero ("O6 12 34 56 78"): the same text with such O's as zeros (same length).
  // Letters typed for digits were read once already (redact.ts); read again once the O's next to digits
  // are zeros, a run such as "o6 4l 28 s5 l9" is then mostly digits.
  // "zéro 6 ~ 74 ~ …": a zero said before the digits reads as one (same length: "zéro " is "    0").
  const zeroWord = text.replace(/(?<![\p{L}])(z[ée]ro)([\s\-]?)(?=\d)/giu, (_, word: string, gap: string) => " ".repeat(word.length + gap.length - 1) + "0");
  const zeroed = lookAlikeDigits(zeroWord.replace(/(?<![\p{L}])[oO°](?=[\s.\-]?\d)|(?<=\d[\s.\-]?)[oO°](?=[\s.\-]?\d)|(?<=\d)°(?=\s\d\d)/gu, "0"));
  const out = [...spansOf(zeroed, FRENCH_PHONE, "phone"), ...spansOf(zeroed, INTERNATIONAL_PHONE, "phone"), ...spansOf(zeroed, CUED_PHONE, "phone"), ...spansOf(zeroed, PARTIAL_MOBILE, "phone"), ...spansOf(zeroed, PHONE_PART_CUE, "phone"), ...spansOf(zeroed, BRAZILIAN_PHONE, "phone"), ...spansOf(zeroed, MOBILE_WITH_FILLER, "phone"), ...spansOf(zeroed, US_PHONE, "phone")];
  for (const m of zeroed.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/gu, "");
    const international = /^\+|^00/u.test(m[0].trim());
    // Ten digits from 0 (French), a country code, or nine to fifteen digits in groups: a number from
    // another country ("912 345 678", "8 (916) 123-45-67", "0532 123 45 67") is still someone's phone.
    // (Groups of at most four digits, the first may be "07700": a file number "34-2023-00871" is not one.)
    // Commas and semicolons separate a list ("115, 3114, 17") unless every group is a pair ("02 ; 98 ; 44…").
    if (/[;,]/u.test(m[0]) && !m[0].split(/[^\d]+/u).filter(Boolean).every((g) => g.length === 2)) continue;
    // ("07700 900123": a British mobile, five digits then six.)
    const groups = m[0].split(/[^\d]+/u).filter(Boolean);
    const grouped = /[\s.\-/()]/u.test(m[0].trim()) && (groups.every((g, k) => g.length <= 4 || (k === 0 && g.length === 5 && g.startsWith("0"))) || (groups.length === 2 && /^0[1-9]\d{3}$/u.test(groups[0]!) && groups[1]!.length === 6));
    if ((digits.length === 10 && digits.startsWith("0")) || (international && digits.length >= 8 && digits.length <= 15) || (/^33[1-9]/u.test(digits) && digits.length === 11) || (grouped && digits.length >= 9 && digits.length <= 15)) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: "phone" });
    }
  }
  for (const m of zeroed.matchAll(REMARK_PHONE)) if (m[0].replace(/\D/gu, "").length === 10) out.push({ start: m.index, end: m.index + m[0].length, kind: "phone" });
  if (spelled) out.push(...spelledPhoneSpans(text));
  out.push(...spansOf(text, SAID_START_PHONE, "phone"), ...azerty);
  return withKeyAndPlus(text, out.map((s) => trim(text, s)));
}

/** ", clé soixante-huit" after a number said in words (a social security number's key). */
const KEY_AFTER = /^\s*,?\s*(?:cl[ée]|key|cle)\s*:?\s*(?:\d{2}(?!\d)|(?:(?:quatre[\s-]vingts?|soixante|cinquante|quarante|trente|vingt|dix|onze|douze|treize|quatorze|quinze|seize|z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|et)(?:[\s-]+|(?![\p{L}]))){1,4})/iu;
/** The words between the parts of one number: "06 42, ensuite 17 puis 83 et ça finit par 59". */
const FILLER_BETWEEN = /^[\s,]*(?:(?:et\s+)?(?:ensuite|puis|pui|pis|apr[eè]s|pour\s+finir|enfin|euh|heu|then|luego|depois|apoi|sonra|потом|потім|далі|дальше|(?:і\s+|и\s+)?(?:в|у)\s+(?:кінці|конце)|(?:et\s+)?(?:ça|ca)\s+fini[tr]?\s+par|fini[tr]?\s+par|se\s+termine\s+par|(?:et\s+)?(?:la\s+)?fin(?:\s+c'?\s?est)?|(?:et\s+)?(?:la\s+)?suite(?:\s+c'?\s?est)?)\s*,?\s*:?\s*)+$/iu;
/** "04 72 10 33 58 poste 214", "poste quarante-deux", "extensión 305": an extension goes with its number. */
const EXTENSION_WORDS = String.raw`(?:quatre[\s-]vingts?|soixante|cinquante|quarante|trente|vingt|dix|onze|douze|treize|quatorze|quinze|seize|cents?|z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|et)`;
const EXTENSION_AFTER = new RegExp(String.raw`^\s*,?\s*(?:poste|ext\.?|extension|extensi[óo]n|ramal|interne|int\.)\s*:?\s*(?:n°\s*)?(?:\d{1,5}(?!\d)|(?!et(?![\p{L}]))(?:${EXTENSION_WORDS}(?:[\s-]+|(?![\p{L}]))){1,4})`, "iu");
/** A number's key or extension after it, and a "+" said before it, go with it (the words between its parts are joined once all parts are found: fillersBetweenParts). */
function withKeyAndPlus(text: string, spans: Span[]): Span[] {
  return spans.map((s) => {
    const key = KEY_AFTER.exec(text.slice(s.end)) ?? EXTENSION_AFTER.exec(text.slice(s.end));
    // "plus 33 6 11…": the "+" said before a country code goes with the number.
    const plus = /^\d/u.test(text.slice(s.start, s.end)) ? /(?<![\p{L}])(?:plus|\+)\s*$/iu.exec(text.slice(Math.max(0, s.start - 6), s.start)) : null;
    return { ...s, start: plus ? s.start - plus[0].length : s.start, end: key ? s.end + key[0].trimEnd().length : s.end };
  });
}

/** The words between parts of one number ("06 42, ensuite 17 … et pour finir 59", "далі", "і в кінці") go with it. */
export function fillersBetweenParts(text: string, phones: readonly Span[]): Span[] {
  const out: Span[] = [];
  const sorted = [...phones].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const gap = text.slice(sorted[i - 1]!.end, sorted[i]!.start);
    if (sorted[i]!.start > sorted[i - 1]!.end && gap.length <= 30 && FILLER_BETWEEN.test(gap)) out.push({ start: sorted[i - 1]!.end, end: sorted[i]!.start, kind: "phone" });
  }
  return out;
}


/**
 * A network named, then within the same clause a word shaped like a handle ("tiktok hesabım
 * kebapci_ali_34", "o tiktok da minha filha é mariaeduarda.oficial"), or the word right after "I am" /
 * "is" / ":" ("en tiktok soy cocinaconrosa", "on telegram, jake_morrow").
 */
const NETWORK = String.raw`(?:insta(?:gram)?|snap(?:chat)?|tiktok|tik tok|twitter|telegram|discord|facebook|fb|threads|vk|вк|вконтакте|инстаграм|інстаграм|инста|інста|инсту|інсту|инсте|інсті|الانستا|الانستغرام|الانستجرام|السناب|الفيسبوك|الفايسبوك|التيك توك|телеграм|тикток|тікток|سناب|سناب شات|انستا|انستغرام|انستجرام|تيك توك|تيكتوك|فيسبوك|فايسبوك|تيليغرام)`;
const HANDLE_SHAPED = new RegExp(String.raw`(?<![\p{L}])${NETWORK}(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}\p{N}_.@])(?<v>@?(?=[\p{L}\p{N}_.\-]*[\p{L}\p{N}][_.][\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}_.\-]{2,39}|@?\p{L}{2,}\d{2,}[\p{L}\p{N}_]*)(?![\p{L}\p{N}_@])`, "giu");
const HANDLE_AFTER_COPULA = new RegExp(
  String.raw`(?<![\p{L}])${NETWORK}(?![\p{L}])[^.!?\n]{0,25}?(?:\s(?:soy|sou|sunt|je suis|i'm|im|i am|c'est|est|is|es|é|este|eu sou|hesabım|hesabim|benim|я|мій|мой|:)|[,:])\s*(?<v>@?[\p{L}\p{N}][\p{L}\p{N}_.\-]{3,39})(?![\p{L}\p{N}_@])`,
  "giu",
);
/** Words that follow a network name without being a handle ("sur insta c'est plus simple"). */
const NOT_A_HANDLE = /^(?:plus|pas|mieux|possible|simple|facile|aussi|the|mon|ma|mes|le|la|les|un|une|des|de|du|my|your|his|her|our|their|el|la|mi|meu|minha|o|a|da|do|hesab\p{L}*|profil\p{L}*|account|compte|cont|conta|cuenta|pseudo|nom|name|nick\p{L}*|user\p{L}*|ник|нік|аккаунт|акаунт)$/iu;

/** "loupgarou#4821": a Discord name with its four-digit tag. */
const DISCORD_TAG = /(?<![\p{L}\p{N}_.])[\p{L}\p{N}_.]{2,32}#\d{4}(?![\p{N}])/gu;
/** "@ mehdi . off": an at sign, then parts spaced around their dots. */
const SPACED_AT_HANDLE = /(?<![\p{L}\p{N}])@\s[\p{L}\p{N}_]+(?:\s\.\s[\p{L}\p{N}_]+)+/gu;
/**
 * "06 c'est 43 27 90 15", "le 06 : 2 1 4 8 9 3 7 0", "02 62 (Réunion) 41 - 77 - 08": the first two digits,
 * a word, a colon or a remark in brackets, then the eight digits left.
 */
const MOBILE_WITH_FILLER = /(?<![\p{N}\p{L}])0\s?[1-9](?:\s?\d{2})?\s*(?:c'?\s?est|:|puis|ensuite|et|then|\([^()\d]{1,20}\))\s*(?:\d[\s.\-]{0,3}){7}\d(?!\p{N})/giu;
/** "02 62 (Réunion) 41 - 77 - 08": a remark in brackets inside a number (kept when the digits make ten). */
const REMARK_PHONE = /(?<![\p{N}])0\s?[1-9](?:[\s.\-]{0,3}\d{2}){0,3}\s*\([^()\d]{1,20}\)\s*(?:[\s.\-]{0,3}\d{2}){1,4}(?!\p{N})/gu;
/** "zéro six 48195362": the start said, the rest in digits. */
const SAID_START_PHONE = /(?<![\p{L}])(?:z[ée]ro|cero|s[ıi]f[ıi]r|sifr|ноль|нуль)\s+(?:six|sept|seis|siete|sete|[sşș]ase|[sşș]apte|alt[ıi]|yedi|setta|sab3a|шесть|семь|шість|сім)\s*(?:\d[\s.\-]?){7}\d(?!\p{N})/giu;
/**
 * "à-é_&ç'(àè": a French number typed on an AZERTY keyboard without Shift (à 0, & 1, é 2, " 3, ' 4,
 * ( 5, - 6, è 7, _ 8, ç 9), starting with its 0.
 */
const UNSHIFTED_AZERTY_PHONE = /(?<![\p{L}\p{N}])à[&é"'(\-è_çà](?:\s?[&é"'(\-è_çà]{2}){4}(?![\p{L}\p{N}&é"'(\-è_çà])/gu;
/** ")^ !( #$ %@ &*": the same typed with Shift on an English keyboard () 0, ! 1, @ 2, # 3, $ 4, % 5, ^ 6, & 7, * 8, ( 9). */
const SHIFTED_QWERTY_PHONE = /(?<![^\s:])\)[!@#$%^&*()](?:\s?[!@#$%^&*()]{2}){4}(?![!@#$%^&*()])/gu;
/** A Skype id as Skype shows it: "live:.cid.4f2a9c81b07e3d11", "live:jean.dupont_1". */
const SKYPE_LIVE = /(?<![\p{L}])live:[\p{L}\p{N}._\-]{3,}/gu;
/** "lina_dz13", "@moussa_officiel": a word with an underscore inside is a handle, whatever the network's name. */
const UNDERSCORE_HANDLE = /(?<![\p{L}\p{N}._%+\-@/])@?\p{L}[\p{L}\p{N}]*_[\p{L}\p{N}_]*[\p{L}\p{N}](?![\p{L}\p{N}@]|[._][\p{L}\p{N}])/gu;

/** "в інстаграм? мій kateryna.art.nice": a network named in Cyrillic, then a Latin handle with a dot, digit or underscore. */
const CYRILLIC_NETWORK_HANDLE = /(?<![\p{L}])(?:інстаграм|инстаграм|інста|инста|тікток|тикток|телеграм|фейсбук|снепчат|снапчат|снеп|снап|тг|тік)\p{L}*[^\n\p{N}]{0,16}?(?<v>@?(?=[A-Za-z0-9_.]*[0-9_.])[A-Za-z][A-Za-z0-9_.]{2,29})(?![\p{L}\p{N}])/giu;
export function handleSpans(text: string): Span[] {
  const loose = [...spansOf(text, HANDLE_SHAPED, "handle"), ...spansOf(text, HANDLE_AFTER_COPULA, "handle")].filter((s) => !NOT_A_HANDLE.test(text.slice(s.start, s.end).replace(/^@/u, "")));
  return [...spansOf(text, DISCORD_TAG, "handle"), ...spansOf(text, HANDLE_SPELLED, "handle"), ...spansOf(text, SKYPE_LIVE, "handle"), ...spansOf(text, SPACED_AT_HANDLE, "handle"), ...spansOf(text, UNDERSCORE_HANDLE, "handle"), ...spansOf(text, HANDLE_URL, "handle"), ...spansOf(text, HANDLE_CUE, "handle"), ...spansOf(text, HANDLE_LOOSE, "handle"), ...spansOf(text, HANDLE_AT, "handle"), ...spansOf(text, CYRILLIC_NETWORK_HANDLE, "handle"), ...loose];
}


// ---------------------------------------------------------------- digits spelled out

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, "z\u00e9ro": 0, oh: 0, un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5,
  five: 5, six: 6, sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10, onze: 11, eleven: 11,
  douze: 12, twelve: 12, treize: 13, thirteen: 13, quatorze: 14, fourteen: 14, quinze: 15, fifteen: 15, seize: 16,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, vingt: 20, vingts: 20, twenty: 20, trente: 30, thirty: 30,
  quarante: 40, forty: 40, cinquante: 50, fifty: 50, soixante: 60, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  septante: 70, huitante: 80, octante: 80, nonante: 90, double: -2, triple: -4, cent: 100, fois: -3,
  // As some write them when spelling is hard ("zero sis, katorz, vin-deu, trante, douz").
  sis: 6, set: 7, sinq: 5, sink: 5, cink: 5, uit: 8, nef: 9, diz: 10, onz: 11, douz: 12, trez: 13, katorz: 14, katorze: 14, kinz: 15,
  kinze: 15, sez: 16, saize: 16, seze: 16, vin: 20, vain: 20, deu: 2, trante: 30, karant: 40, karante: 40, sinkant: 50, sinkante: 50, swasant: 60,
  swasante: 60, soissante: 60, soisante: 60, katre: 4, quatr: 4, trwa: 3, dis: 10, cinkante: 50, cinquant: 50, quarente: 40,
  // Romanian as spoken ("doișpe" for doisprezece) and misspelt.
  unspe: 11, doispe: 12, treispe: 13, paispe: 14, cinspe: 15, saispe: 16, saptispe: 17, optispe: 18, nouaspe: 19, seapte: 7,
  ving: 20, trent: 30, zairo: 0, zairau: 0, troi: 3, ui: 8, uite: 8,
  // Spanish
  cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21,
  veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28,
  veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  // Portuguese
  um: 1, uma: 1, dois: 2, duas: 2, quatro: 4, sete: 7, doze: 12, catorze: 14, cinquenta: 50, oito: 8, nove: 9, dez: 10, treze: 13, dezasseis: 16, dezesseis: 16,
  dezassete: 17, dezessete: 17, dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40, sessenta: 60,
  oitenta: 80,
  // Cape Verdean Kriolu ("zeru seti, sinkuenta i dos")
  zeru: 0, seti: 7, oitu: 8, novi: 9, sinku: 5, kuatu: 4, kuatru: 4, sinkuenta: 50, korenta: 40, vinti: 20,
  // Romanian (folded: "șase" is "sase")
  unu: 1, doi: 2, doua: 2, trei: 3, patru: 4, cinci: 5, sase: 6, sapte: 7, opt: 8, noua: 9, zece: 10, unsprezece: 11,
  doisprezece: 12, douasprezece: 12, treisprezece: 13, paisprezece: 14, cincisprezece: 15, saisprezece: 16,
  saptesprezece: 17, optsprezece: 18, nouasprezece: 19, douazeci: 20, treizeci: 30, patruzeci: 40, cincizeci: 50,
  saizeci: 60, saptezeci: 70, optzeci: 80, nouazeci: 90,
  // Turkish (folded: "sıfır" is "sifir"; 12 is "on iki")
  sifir: 0, bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9, yirmi: 20, otuz: 30, kirk: 40,
  elli: 50, altmis: 60, yetmis: 70, seksen: 80, doksan: 90,
  // Hundreds ("three hundred and eighty", "trescientos", "trezentos", "trei sute"): a country code said in words.
  hundred: 100, cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600,
  setecientos: 700, ochocientos: 800, novecientos: 900, cem: 100, cento: 100, duzentos: 200, trezentos: 300,
  quatrocentos: 400, quinhentos: 500, seiscentos: 600, setecentos: 700, oitocentos: 800, novecentos: 900, suta: 100, sute: 100,
};
// Ukrainian and Russian number words as typed in Latin letters ("nul sim, sorok visim").
for (const [words, value] of [
  ["nul nol", 0], ["odyn odin", 1], ["dva dvi", 2], ["try tri", 3], ["chotyry chetyre", 4], ["piat pyat p'iat p'yat pjat p'jat", 5], ["shist shest", 6], ["sim sem", 7],
  ["visim vosem vosim", 8], ["deviat devyat", 9], ["desiat desyat", 10], ["odynadtsiat odinnadtsat", 11], ["dvanadtsiat dvenadtsat", 12],
  ["trynadtsiat trinadtsat", 13], ["chotyrnadtsiat chetyrnadtsat", 14], ["piatnadtsiat pyatnadtsat", 15], ["shistnadtsiat shestnadtsat", 16],
  ["simnadtsiat semnadtsat", 17], ["visimnadtsiat vosemnadtsat", 18], ["deviatnadtsiat devyatnadtsat", 19], ["dvadtsiat dvadtsat dvadcyat dvadcat", 20],
  ["trydtsiat tridtsat tridcyat tridcat trydcyat", 30], ["sorok", 40], ["piatdesiat pyatdesyat p'iatdesiat p'yatdesiat pjatdesiat p'jatdesiat", 50], ["shistdesiat shestdesyat", 60], ["simdesiat semdesyat", 70],
  ["visimdesiat vosemdesyat", 80], ["devianosto devyanosto", 90], ["sto", 100], ["dvisti dvesti", 200], ["trysta trista", 300],
  ["chotyrysta chetyresta", 400], ["piatsot p'iatsot pyatsot", 500], ["shistsot shestsot", 600], ["simsot semsot", 700],
  ["visimsot vosemsot", 800], ["deviatsot devyatsot", 900],
] as const) {
  for (const word of words.split(" ")) NUMBER_WORDS[word] ??= value;
}
/** Russian and Ukrainian number words (folded: "й" is "и", "ї" is "і"). */
for (const [words, value] of [
  ["ноль нуль", 0], ["один одна одно", 1], ["два две дві", 2], ["три", 3], ["четыре чотири", 4], ["пять п'ять", 5], ["шесть шість", 6],
  ["семь сім", 7], ["восемь вісім", 8], ["девять дев'ять", 9], ["десять", 10], ["одиннадцать одинадцять", 11],
  ["двенадцать дванадцять", 12], ["тринадцать тринадцять", 13], ["четырнадцать чотирнадцять", 14],
  ["пятнадцать п'ятнадцять", 15], ["шестнадцать шістнадцять", 16], ["семнадцать сімнадцять", 17],
  ["восемнадцать вісімнадцять", 18], ["девятнадцать дев'ятнадцять", 19], ["двадцать двадцять", 20],
  ["тридцать тридцять", 30], ["сорок", 40], ["пятьдесят п'ятдесят", 50], ["шестьдесят шістдесят", 60],
  ["семьдесят сімдесят", 70], ["восемьдесят вісімдесят", 80], ["девяносто дев'яносто", 90],
  ["сто", 100], ["двести двісті", 200], ["триста", 300], ["четыреста чотириста", 400], ["пятьсот п'ятсот", 500],
  ["шестьсот шістсот", 600], ["семьсот сімсот", 700], ["восемьсот вісімсот", 800], ["девятьсот дев'ятсот", 900],
] as const) {
  for (const word of words.split(" ")) NUMBER_WORDS[foldWithMap(word).text] = value;
}
const TURKISH_UNITS = new Set(["bir", "iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz"]);
/** Words that string the groups of one number together: "06 puis 51 puis 39", "then". */
const SEQUENCE_WORDS = new Set(["puis", "pui", "pis", "apres", "ensuite", "enfin", "point", "tiret", "euh", "heu", "then", "luego", "depois", "apoi", "sonra", "потом", "потім"]);
/** Words that join the parts of one number: "quarenta e um", "ochenta y siete", "patruzeci și unu". */
const NUMBER_JOINERS = new Set(["et", "y", "e", "i", "si", "and", "и", "і"]);
const NUMBER_TOKEN = /\p{L}+(?:'\p{L}+)?|\p{N}+/gu;

function countNumberWords(text: string): number {
  let n = 0;
  for (const m of foldWithMap(text).text.matchAll(NUMBER_TOKEN)) if (m[0] in NUMBER_WORDS) n++;
  return n;
}

/** "zéro six douze trente-quatre cinquante-six soixante-dix-huit", "06 douze 34 cinquante-six 78". */
export function spelledPhoneSpans(text: string): Span[] {
  const folded = foldWithMap(text);
  const f = folded.text;
  const tokens = [...f.matchAll(NUMBER_TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A run of number words and short digit groups, joined by spaces, hyphens, dots, commas or "et".
    let j = i;
    const run: string[] = [];
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (j > i && !/^[\s\-.,/>()|~[\]]*$/u.test(f.slice(tokens[j - 1]!.end, t.start))) break;
      // "06 puis 51 puis 39…", "zero six, then 45": a word that only strings digits together.
      // "07 et après 49…": the "et" before a sequence word goes with it.
      if (j > i && t.text === "et" && tokens[j + 1] && SEQUENCE_WORDS.has(tokens[j + 1]!.text)) {
        j++;
        continue;
      }
      if (j > i && SEQUENCE_WORDS.has(t.text) && tokens[j + 1] && (tokens[j + 1]!.text in NUMBER_WORDS || /^\p{N}{1,4}$/u.test(tokens[j + 1]!.text))) {
        run.push("et");
        j++;
        continue;
      }
      // Turkish "on" (ten) only before a unit ("on iki"): elsewhere it is the French pronoun.
      const turkishTen = t.text === "on" && tokens[j + 1] !== undefined && (NUMBER_WORDS[tokens[j + 1]!.text] ?? 10) < 10 && TURKISH_UNITS.has(tokens[j + 1]!.text);
      // "3 fois le 9": the article after "fois" goes with it.
      if (j > i && t.text === "le" && run.at(-1) === "fois" && tokens[j + 1] && /^\p{N}$/u.test(tokens[j + 1]!.text)) {
        j++;
        continue;
      }
      // ("8 et 6", "06 et 11 et 58…": "et" between two digits or pairs strings them too.)
      if (t.text in NUMBER_WORDS || turkishTen || /^\p{N}{1,4}$/u.test(t.text) || (NUMBER_JOINERS.has(t.text) && j > i && tokens[j + 1] && (tokens[j + 1]!.text in NUMBER_WORDS || (/^\p{N}{1,2}$/u.test(tokens[j + 1]!.text) && /^\p{N}{1,2}$/u.test(tokens[j - 1]!.text))))) {
        run.push(t.text);
        j++;
      } else break;
    }
    const words = run.filter((w) => (w in NUMBER_WORDS && NUMBER_WORDS[w] !== -3) || w === "on").length;
    const digitTokens = run.filter((w) => /^\p{N}/u.test(w)).length;
    const joined = run.includes("et");
    if (words >= 2 || (words >= 1 && digitTokens >= 2) || (joined && digitTokens >= 4)) {
      const digits = digitsOf(run);
      // Eight digits or more is a phone or a file number; five number words in a row say a number too
      // ("deux trois quatre cinq six sept huit", a CAF number learnt by heart).
      // (A mobile's start said in words is a phone too: "zéro six quatre-vingt-quinze… non".)
      const mobileStart = words >= 2 && digits.length >= 4 && /^0[67]/u.test(digits) && /^z/u.test(run[0]!);
      // "plus trente-trois, six…": the "+" said goes with the number.
      const plus = /(?<![\p{L}])(?:plus|плюс|plius|pljus|plyus|mas)\s+$/u.exec(f.slice(Math.max(0, tokens[i]!.start - 7), tokens[i]!.start));
      const from = plus ? tokens[i]!.start - plus[0].length : tokens[i]!.start;
      if ((digits.length >= 8 && digits.length <= 15) || (words >= 5 && digits.length >= 5) || mobileStart) out.push({ start: folded.start[from]!, end: folded.end[tokens[j - 1]!.end - 1]!, kind: "phone" });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The digits a run of number words and digits says, read two by two as French speakers give numbers. */
function digitsOf(run: string[]): string {
  let out = "";
  let chunk: number | null = null;
  let repeat = 1;
  let lastDigit: string | null = null;
  const flush = () => {
    if (chunk !== null) out += String(chunk).repeat(repeat);
    chunk = null;
    repeat = 1;
  };
  for (const w of run) {
    if (NUMBER_JOINERS.has(w)) continue;
    if (/^\p{N}+$/u.test(w)) {
      // "double 8", "triple 0": the digit after the word is said two or three times.
      const times = chunk === null && repeat > 1 && w.length === 1 ? repeat : 1;
      flush();
      out += w.repeat(times);
      lastDigit = w.length === 1 && times === 1 ? w : null;
      continue;
    }
    lastDigit = null;
    const v = w === "on" ? 10 : NUMBER_WORDS[w]!;
    if (v === -2 || v === -4) {
      flush();
      repeat = v === -2 ? 2 : 3;
      continue;
    }
    // "trois fois sept": the count said before "fois" repeats the digit after it.
    if (v === -3) {
      // ("3 fois le 9": the count may be a digit just written.)
      const count = chunk ?? (lastDigit !== null && /\d$/u.test(out) ? Number(out.slice(-1)) : null);
      if (chunk === null && count !== null) out = out.slice(0, -1);
      repeat = count !== null && count >= 2 && count <= 4 ? count : 1;
      chunk = null;
      continue;
    }
    if (chunk === null) {
      chunk = v;
      continue;
    }
    const c: number = chunk;
    if (c >= 20 && c % 10 === 0 && c !== 80 && v >= 1 && v <= 9) chunk = c + v; // trente-quatre
    else if ((c === 60 || c === 80) && v >= 10 && v <= 19) chunk = c + v; // soixante-dix-huit, quatre-vingt-douze
    else if (c === 80 && v >= 1 && v <= 9) chunk = c + v; // quatre-vingt-un
    else if (c === 4 && v === 20) chunk = 80; // quatre-vingt
    else if (c === 10 && v >= 1 && v <= 9) chunk = c + v; // dix-sept, "on iki"
    else if (c >= 100 && c <= 900 && c % 100 === 0 && v >= 1 && v <= 99) chunk = c + v; // cent-douze, trois cent quarante
    else if (c >= 1 && c <= 9 && v === 100) chunk = c * 100; // deux cents
    else {
      flush();
      chunk = v;
    }
  }
  flush();
  return out;
}
