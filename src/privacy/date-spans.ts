/**
 * Dates, in every format residents write them: numeric ("02/11/1985", "2.11.85", "02-11-85", ISO
 * "1985-11-02", "le 02/11", "11/1985"), with a month name in French or another language ("17 mai",
 * "le 3 février 85", "1er janvier 1990", "3 de marzo de 1985", "March 3rd, 1985", "3 марта 1985 г.",
 * "15 Mart 1990", "3 يناير 1985"), written-out days ("le vingt-deux juin"), a month and a year ("mars
 * 1990"), and a bare year after a birth cue ("née en 1962", "born in 1985").
 *
 * Any such date is removed: a date of birth identifies, and so does the date of an event of someone's
 * life (an appointment, an arrival, an eviction) told alongside the rest. After a birth cue the marker
 * says so ("[date de naissance]"); otherwise it is "[date]". Matched on folded text, mapped back.
 */
import { isMistypedMonth, LIFE_EVENT_YEAR, OTHER_DAY_WORDS, yearInWordsAfter } from "./date-words.js";
import { foldWithMap } from "./normalize.js";
import type { Span } from "./span.js";

const MONTH_NAMES = `
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
janvie fevrie avri juie septanbre septenbre octob novanbre novenbre desanbre decanbre desembre
january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie
ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik
januar februar marz april mai juni juli august september oktober november dezember
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель маи июнь июль август сентябрь октябрь ноябрь декабрь
январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре
січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні
января февраля
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
сiчня сiчень січень лютии березень квітень травень червень липень серпень вересень жовтень листопад грудень
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
جانفي فيفري افريل ماي جوان جويلية اوت
يوليوز غشت شتنبر نونبر دجنبر شباط اذار نيسان ايار حزيران تموز ايلول تشرين كانون
janfi jenfi janvi yanayer yanayir fivri fevri fbrayr febrayer fibrayir fibrayer maris abril ibril mayo mayu jwan jouan juan
yunyu yonyo yunyo jwilya jouiliya jwiliya yulyu yolyoz youliouz yulyuz ghosht ghusht ghocht ghoucht aghostos aghustus
sebtamber septamber shutanbir shtenbir sbtamber oktobar oktobr nouvembre nufembir nonbir novembir dujanbir dejanbir
disambir dujember adhar aylul ayloul tammouz tamouz hzeiran huzayran ayyar shbat
sichnia liutoho bereznia kvitnia travnia chervnia lypnia serpnia veresnia zhovtnia lystopada hrudnia
sichen liutyi lyutyi liutyj berezen kviten traven cherven lypen serpen veresen zhovten lystopad hruden
sichni liutomu lyutomu berezni kvitni travni cherveni lypni serpni veresni zhovtni lystopadi hrudni
sichnja ljutoho liutoho bereznja kvitnja travnja chervnja lypnja serpnja veresnja zhovtnja hrudnja grudnja sichnya lyutogo lutogo liutogo bereznya kvitnya travnya chervnya lypnya serpnya veresnya zhovtnya lystopada grudnya hrudnya
yanvarja fevralja marta aprelja iyunja iyulja sentjabrja oktjabrja nojabrja dekabrja
yanvarya fevralya aprelya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya
janeru fevereru marsu maiu junhu junu julhu agostu setembru otubru outubru novembru dezembru
nouanbir nouambir nofambir novambir nuvambir nwanbir nuvembir
meskerem tikimt tekemt hidar tahsas yekatit megabit miyazia ginbot hamle nehase adar fifri ktober oktober nouvembir 7zayran hzayran yennayer yenayer mayyu sebtembre sebtember sabtambar
`;
/** Abbreviations, only after a day ("3 janv. 1985", "12 sept"). */
const MONTH_ABBREVIATIONS = `janv fevr fev avr juil sept oct nov dec jan feb apr jun jul aug sep ian iun iul febr
січ лют бер берез квіт трав черв лип серп вер верес жовт лист листоп груд янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек`;

const words = (s: string) => [...new Set(s.split(/\s+/).filter(Boolean).map((w) => foldWithMap(w).text))].sort((a, b) => b.length - a.length);
/** The Levant's two-word months ("تشرين الأول", "كانون الثاني"), folded: before their first word alone. */
const TWO_WORD_MONTHS = String.raw`(?:تشرين|كانون)\s+(?:الاول|الثاني)`;
const MONTH = `(?:${TWO_WORD_MONTHS}|${words(MONTH_NAMES).join("|")})`;
const MONTH_OR_ABBR = `(?:${TWO_WORD_MONTHS}|${words(MONTH_NAMES).join("|")}|(?:${words(MONTH_ABBREVIATIONS).join("|")})\\.?)`;

const DAY_WORDS = [
  "premier", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
  "quatorze", "quinze", "seize", "dix[\\s-]sept", "dix[\\s-]huit", "dix[\\s-]neuf",
  "vingt(?:[\\s-]et[\\s-]un|[\\s-](?:deux|trois|quatre|cinq|six|sept|huit|neuf))?", "trente(?:[\\s-]et[\\s-]un)?",
  "first", "second", "third",
  // As people who write as they speak type them: "le douz juin", "le premié janvié", "vin e un novanbre".
  "premie", "deu", "katre", "sink", "sis", "sete?", "uit", "nef", "diz", "onz", "douz", "treiz", "katorz", "kinz", "seiz",
  "vin(?:t)?(?:[\\s-](?:(?:e|et)[\\s-](?:un|in)|deu|deux|troi|trois|katre|quatre|sinq|cinq|sis|six|set|sept|uit|huit|nef|neuf))?", "trante", "sinq",
].sort((a, b) => b.length - a.length);
/** "Jan the fifth", "March twenty-first": English ordinals in words (a day before a month reads them from date-words.ts). */
const ENGLISH_ORDINAL_WORDS = String.raw`(?:twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[\s-]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const DAY_NUMBER = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:er|re|eme|e|st|nd|rd|th|º|ª|o|-?го|-?е)?`;
const DAY = `(?:${DAY_NUMBER}|${DAY_WORDS.join("|")}|${OTHER_DAY_WORDS})`;
const YEAR4 = String.raw`(?:1[89]\d\d|20\d\d)`;
const YEAR = String.raw`(?:${YEAR4}|'?\d\d)`;
const YEAR_SUFFIX = String.raw`(?:\s*(?:г\.?|года|год|року|рік|р\.|yilinda|yili|م))?`;

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** "17 mai", "le 3 février 85", "3 de marzo de 1985", "3rd of March 1985", "15 mart 1990". */
const DAY_MONTH = new RegExp(`${B}${DAY}(?:\\s*|[\\-/.])(?:de\\s+|d['’]\\s*|d\\s+|di\\s+|of\\s+|the\\s+|dyal\\s+|ta3\\s+|nta3\\s+|mta3\\s+|fi\\s+|f\\s+)?${MONTH_OR_ABBR}(?:'?(?:nda|nde|da|de|ta|te|dan|den|tan|ten))?(?:(?:[\\s,]*|[\\-/.])(?:de\\s+|di\\s+|del\\s+|of\\s+)?${YEAR}${YEAR_SUFFIX}|\\s+(?:dernier|prochain|passe|last|next))?(?![\\p{L}\\p{N}])`, "gu");
/** "March 3rd, 1985", "March 3, 87", "mai 17" (English order; a two-digit year only after a comma). */
const MONTH_DAY = new RegExp(`${B}(?:${YEAR4},?\\s+)?${MONTH}\\s+(?:the\\s+)?(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ENGLISH_ORDINAL_WORDS})(?:,?\\s*${YEAR4}|,\\s*'?\\d\\d)?${E}`, "gu");
/** "2019 Eylül", "2016 Ekim'de": Turkish puts the year first. */
const YEAR_MONTH = new RegExp(`${B}${YEAR4}\\s+${MONTH}(?:'?(?:nda|nde|da|de|ta|te))?${E}`, "gu");
/** "mars 1990", "de março de 1990", "September, 1985". */
const MONTH_YEAR = new RegExp(`${B}${MONTH}(?:\\s+de|\\s+of|,)?\\s+${YEAR4}${YEAR_SUFFIX}${E}`, "gu");
/** "5 out 2015": Maghrebi "out" (August) only between a day and a year (elsewhere an English word). */
const DAY_OUT_YEAR = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])\\s+out\\s+${YEAR4}${E}`, "gu");
/** "Aug 14", "Jan. 5, 1982": an English abbreviated month before the day. */
const ABBR_MONTH_DAY = new RegExp(`${B}(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+(?:the\\s+)?(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ENGLISH_ORDINAL_WORDS})(?:,?\\s+${YEAR4}|,\\s*'?\\d\\d)?${E}`, "gu");
/** "nhar 9 out": Maghrebi "out" (August) after a word that announces a day. */
const CUED_OUT = /(?<=(?<![\p{L}])(?:nhar|le|f|fi|b)\s)(?:[12]\d|3[01]|0?[1-9])\s+out(?![\p{L}])/gu;
/** "12 tishrin el awwal 2022", "3 kanoun el tani": the Levant's two-word months in Latin letters. */
const LEVANT_LATIN = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])\\s+(?:tishrin|tichrin|teshrin|kanoun|kanun)\\s+(?:el|al|l)?\\s*(?:awwal|awal|tani|thani)(?:\\s+${YEAR4})?${E}`, "gu");
/** "١٢ شوال ١٤٤٤ هـ", "٥ ربيع الأول ١٤٤٠": a hijri date (folded: no hamza). */
const HIJRI = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])\\s+(?:محرم|صفر|ربيع الاول|ربيع الثاني|ربيع الاخر|جمادى الاولى|جمادى الاخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)(?:\\s+14\\d\\d)?(?:\\s*هـ)?(?![\\p{L}\\p{N}])`, "gu");
/** "sept. 2024", "janv 2023": an abbreviated month and a year. */
const MONTH_ABBR_YEAR = new RegExp(`${B}(?:janv|fevr|fev|avr|juil|sept|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug|sep)\\.?\\s?${YEAR4}${E}`, "gu");
/** "15 Hamal 1401", "3 mehr 1365": the Afghan and Iranian solar months (after a day). */
const SOLAR_HIJRI = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])\\s+(?:hamal|hamel|saur|sawr|jawza|jauza|saratan|asad|sonbola|sunbula|sumbula|mizan|meezan|aqrab|akrab|qaws|qaus|jadi|jaddi|dalw|dalv|hoot|hut|hout|farvardin|ordibehesht|khordad|tir|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)(?:\\s+1[34]\\d\\d)?${E}`, "gu");
/** "abril del 79": a month and a two-digit year (Spanish). */
const MONTH_DEL_YEAR = new RegExp(`${B}${MONTH}\\s+del\\s+'?\\d\\d${E}`, "gu");
/** Numeric dates, day first or ISO, with any of / . - and spaces around them. */
const SEP = String.raw`\s?(?:[/.\-_]|//)\s?`;
const NUMERIC = new RegExp(
  String.raw`(?<![\p{N}\p{L}/.\-])(?:(?:[12]\d|3[01]|0?[1-9])${SEP}(?:1[0-2]|0?[1-9])${SEP}(?:${YEAR4}|\d\d)|${YEAR4}${SEP}(?:1[0-2]|0?[1-9])${SEP}(?:[12]\d|3[01]|0?[1-9])|(?:1[0-2]|0?[1-9])${SEP}(?:[12]\d|3[01])${SEP}${YEAR4})(?![\p{N}]|[/.\-]\d)`,
  "gu",
);
/**
 * A date in Arabic words: "الخامس عشر من شهر ايار سنة الف وتسعمائة وثمانين", "في الخامس عشر من يناير
 * ألفين وعشرة" (folded: no hamza). The day is an ordinal or a number, the year a run of number words.
 */
const AR_DAY = String.raw`(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|واحد|اثنين|ثلاثة|تلاتة|اربعة|خمسة|ستة|سبعة|ثمانية|تمانية|تسعة|عشرة|حداش|احداش|طناش|اطناش|تلطاش|تلتاش|ربعطاش|ارباطاش|خمسطاش|خمستاش|خمستاشر|ستاش|ستاشر|سبعطاش|سبعتاش|سبعتاشر|تمنطاش|تمنتاش|تسعطاش|تسعتاش|خمسطعش|ستطعش|سبعطعش|تمنطعش|تسعطعش|اربعطعش|تلتطعش|حدعش)(?:\s+(?:عشر|و(?:ال)?عشرين|و(?:ال)?عشرون|و(?:ال)?ثلاثين))?`;
const AR_YEAR_WORD = String.raw`و?(?:الف|الفين|الفان|تسعماية|تسعمية|ثمانماية|تمنمية|مية|ماية|عشرة|عشر|عشرين|ثلاثين|تلاتين|اربعين|خمسين|ستين|سبعين|ثمانين|تمانين|تسعين|واحد|اثنين|ثلاثة|تلاتة|اربعة|خمسة|ستة|سبعة|ثمانية|تمانية|تسعة|حداش|طناش|تلطاش|ربعطاش|خمسطاش|ستاش|سبعطاش|تمنطاش|تسعطاش|احدعش|طنعش|تلتعش|اربعتعش|خمستعش|ستعش|سبعتعش|تمنتعش|تسعتعش|تسعتاشر|تمنتاشر|سبعتاشر|ستاشر|خمستاشر)`;
const ARABIC_DATE_WORDS = new RegExp(String.raw`(?<![\p{L}])${AR_DAY}\s+(?:من\s+)?(?:شهر\s+)?(?:${MONTH}|اب)(?:\s+(?:(?:سنة|عام)\s+)?${AR_YEAR_WORD}(?:\s+${AR_YEAR_WORD}){0,5})?(?![\p{L}])`, "gu");
/** "bin dokuz yüz kırk üç doğumlu": a Turkish year in words before "born" (folded). */
const TURKISH_YEAR_BORN = /(?<![\p{L}])(?:bin|iki bin)(?:\s+(?:dokuz|sekiz|yuz|on|yirmi|otuz|kirk|elli|altmis|yetmis|seksen|doksan|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz)){1,5}(?=\s+dogum)/gu;
/** "last Tuesday the 4th", "on the 1st", "monday 10th": an English ordinal day without its month. */
const WEEKDAY_ORDINAL = /(?<![\p{L}])(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\s+(?:the\s+)?|(?<=(?:on|by|from|since|until|till|before|after)\s+the\s+)|(?<=(?:last|this|next|born|birth|dob)\s+(?:on\s+)?(?:the\s+)?))(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\p{L}\p{N}])(?!\s+(?:floor|time|class|grade|year|child|baby|one|step|place|round|of|day|week|month|stage|trimester))/gu;
/** "evicted the 5th", "the day before yesterday, the 14th": an English ordinal day with its article (never a floor, a time, a district). */
const THE_ORDINAL_DAY = /(?<![\p{L}])the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?!\s*(?:floor|time|century|arrondissement|arr|district|grade|place|position|person|child|one|birthday|anniversary|week|year|month|of\s+(?:each|every|the\s+month)|each|every)(?![\p{L}]))(?![\p{L}\p{N}])/gu;
/** US order after a cue: "out by 03/15", "born 5-17-88" (the day over 12 tells the order). */
const US_MONTH_DAY = /(?<![\p{N}\p{L}/.\-])(?:1[0-2]|0?[1-9])[/\-](?:1[3-9]|2\d|3[01])(?:[/\-](?:(?:19|20)\d\d|\d\d))?(?![\p{N}]|[/.\-]\d)/gu;
/** Turkish "geçen ayın 15'inde" (on the 15th of last month). */
const TURKISH_DAY_OF_MONTH = /(?<![\p{L}])(?:gecen|bu|onumuzdeki|gelecek)\s+ayin\s+(?:[12]\d|3[01]|0?[1-9])(?![\p{N}])/gu;
/** "17.VIII.1980", "2 VIII 2018": the month in Roman numerals (Romania, Moldova, Poland). */
const ROMAN_MONTH = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])(?:[./\\-](?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)[./\\-](?:${YEAR4}|\\d\\d)|\\s(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\\s${YEAR4}|\/(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii))${E}`, "gu");
/** Romanian "pe 3 ale lunii" (the 3rd of this month). */
const DAY_OF_THIS_MONTH = new RegExp(String.raw`(?<![\p{N}\p{L}])(?:[12]\d|3[01]|0?[1-9]|${OTHER_DAY_WORDS})\s+a(?:le)?\s+lunii(?:\s+(?:viitoare|asteia|acesteia|trecute))?(?![\p{L}])`, "gu");
/** "23rd of the 6th, 1949": an English day of a month given by its number. */
const DAY_OF_THE_NTH = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+of\\s+(?:the\\s+)?(?:1[0-2]|0?[1-9])(?:st|nd|rd|th)(?:,?\\s+${YEAR4})?${E}`, "gu");
/** "dia 5 do 3 de 1978", "desde o 15 do 1": Portuguese day "do" month, a year or not. */
const DAY_DO_MONTH = /(?<![\p{N}\p{L}])(?:dia\s+)?(?:[12]\d|3[01]|0?[1-9])\s+do\s+(?:1[0-2]|0?[1-9])(?:\s+de\s+(?:\d{4}|\d{2}))?(?![\p{N}])/gu;
/** "le 12 du 6 79": day "du" month, then the year. */
const DAY_DU_MONTH = /(?<![\p{N}])(?:[12]\d|3[01]|0?[1-9])\s+du\s+(?:1[0-2]|0?[1-9])\s+(?:\d{4}|\d{2})(?![\p{N}])/gu;
/** "le 12 du mois prochain", "le quinze du mois dernier", "le 5 de ce mois", "le 10 du 8e mois lunaire": a day of a month named by where it stands. */
const DAY_OF_NAMED_MONTH = new RegExp(String.raw`(?<![\p{N}\p{L}])(?:[12]\d|3[01]|0?[1-9]|${DAY_WORDS.join("|")})(?:er)?\s+(?:du\s+moi[sx]?\s+(?:prochain|dernier|passe|d['’]?\s?avant)|du\s+moi[sx]?\s+(?:de\s+|d['’]\s?)(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|de\s+ce\s+mois(?:[\s-]ci)?|du\s+(?:1[0-2]|0?[1-9])\s?(?:e|eme|er)\s+mois(?:\s+lunaire)?)(?![\p{L}])`, "gu");
/** A Romanian day in digits or words, and a month by its rank: "luna a noua" (the ninth month). */
const RO_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9]|${OTHER_DAY_WORDS})`;
const RO_RANK = String.raw`(?:doua|treia|patra|cincea|sasea|saptea|opta|noua|zecea|unsprezecea|douasprezecea)`;
/** "the 15th of next month", "pe 5, luna trecută", "3 a lunii a patra", "ziua 12 luna 3", "2019 luna a noua": a day of a month said by where it stands or by its rank. */
const DAY_OF_RELATIVE_MONTH = new RegExp(
  String.raw`(?<![\p{N}\p{L}])(?:(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?:next|last|this)\s+month|${RO_DAY},?\s+(?:din\s+)?luna\s+(?:trecuta|viitoare|asta|aceasta|curenta)|${RO_DAY}\s+a\s+lunii\s+a\s+${RO_RANK}(?:\s+${YEAR4})?|ziua\s+${RO_DAY}\s+luna\s+(?:1[0-2]|0?[1-9]|${MONTH}|a\s+${RO_RANK})(?:\s+(?:anul\s+)?${YEAR4})?|${YEAR4},?\s+luna\s+a\s+${RO_RANK}|luna\s+a\s+${RO_RANK}\s+(?:din|a\s+anului)\s+${YEAR4})(?![\p{L}])`,
  "gu",
);
/** "le 3 du 4": a day and a month's number, after "le" (a year or not). */
const LE_DAY_DU_MONTH = /(?<=(?<![\p{L}])le\s)(?:[12]\d|3[01]|0?[1-9])\s+du\s+(?:1[0-2]|0?[1-9])(?![\p{N}]|\s*(?:pieces?|p|ans|enfants|€|euros?|%|e\s+etage|eme)(?![\p{L}]))/gu;
/** "1 Ramadan 1380", "12 rabi al awal": a hijri date in Latin letters (after a day). */
const HIJRI_LATIN = /(?<![\p{N}\p{L}])(?:[12]\d|3[01]|0?[1-9])(?:er)?\s+(?:muharram|moharram|safar|rabi(?:[\s-](?:al|el|ul)[\s-]?(?:awwal|awal|thani|tani|akhir))?|jumad[ae](?:[\s-](?:al|el|ul)[\s-]?(?:ula|oula|akhira|thania))?|rajab|redjeb|sha'?ban|chaabane?|ramadan|ramadhan|ramazan|shawwal|chawwal|dhu(?:l|\s+al)[\s-]?(?:qi'?da|qa'?da|hijja)h?|dhou el hijja)(?:\s+1[34]\d\d)?(?![\p{L}\p{N}])/gu;
/** "в січні цього року", "в марте прошлого года": a month of this or last year. */
const MONTH_OF_RELATIVE_YEAR = new RegExp(`${B}(?!may\\b|mai\\b)${MONTH}\\s+(?:цього|минулого|наступного|этого|прошлого|следующего)\\s+(?:року|года)${E}`, "gu");
/** A month on its own (never English "may", Romanian "mai": "more"), read with the year in words after it. */
const MONTH_ALONE = new RegExp(`${B}(?!may\\b|mai\\b)${MONTH}${E}`, "gu");
/** "16-го", "на 3-е": a day of the month alone, as Ukrainian and Russian write it (never a floor, a class or a year). */
const SLAVIC_DAY_ALONE = /(?<![\p{N}\p{L}])(?:[12]\d|3[01]|0?[1-9])-(?:го|ого|е)(?![\p{L}\p{N}])(?!\s*(?:поверх\p{L}*|поверс\p{L}*|этаж\p{L}*|подъезд\p{L}*|під'?їзд\p{L}*|корпус\p{L}*|клас\p{L}*|року|года|р\.|г\.|числа))/gu;
/** "summer '21", "autumn 2016", "l'hiver 2019": a season and its year. */
const SEASON_YEAR = new RegExp(`${B}(?:spring|summer|autumn|fall|winter|printemps|ete|automne|hiver|primavara|vara|toamna|iarna)\\s+(?:of\\s+|de\\s+|d'\\s*)?(?:${YEAR4}|['’]\\d\\d)${E}`, "gu");
/** "2019 au mois de juin", "en 2019 en juin": a year, then its month. */
const YEAR_THEN_MONTH = new RegExp(`${B}${YEAR4}[\\s,]+(?:au\\s+mois\\s+(?:de\\s+|d['’]\\s*)|en\\s+|in\\s+|luna\\s+)${MONTH}${E}`, "gu");
/** Vietnamese "ngày 5 tháng 3 năm 1957", "tháng 3 năm 1957" (folded). */
const VIETNAMESE_DATE = /(?<![\p{L}\p{N}])(?:(?:ngay\s+)?(?:[12]\d|3[01]|0?[1-9])\s+)?thang\s+(?:1[0-2]|0?[1-9])(?:\s+nam\s+(?:1[89]\d\d|20\d\d))?(?![\p{L}\p{N}])/gu;
/** Romanian "pe 8 a lunii mai 1979", "11 a lunii 11 2010", "7 noi 1970" (November, shortened: only with a year). */
const ROMANIAN_DAY_OF_MONTH = new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9])\\s+(?:a\\s+lunii\\s+(?:${MONTH}|1[0-2]|0?[1-9])(?:\\s+${YEAR4})?|noi\\.?\\s+${YEAR4})${E}`, "gu");
/** "вона 1962 року", "мама 1958 г.": someone "of" a year, as Ukrainian and Russian give a year of birth. */
const SOMEONE_OF_YEAR = /(?<=(?<![\p{L}])(?:вона|він|я|мама|тато|бабуся|дідусь|она|он|мать|отец|бабушка|дедушка|син|донька|сын|дочь)\s+)(?:19|20)\d\d(?=\s+(?:року|р\.|года|г\.|рік))/gu;
/** "martie '21", "june '98": a month and a two-digit year after an apostrophe. */
const MONTH_APOSTROPHE_YEAR = new RegExp(`${B}(?:${MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janv|fevr|avr|juil)\\.?)\\s+['’]\\d\\d${E}`, "gu");
/** "1 2 / 0 3 / 1 9 8 8": digits typed one by one, with spaces. */
const SPACED_DIGITS_DATE = /(?<![\p{N}])(?<d>\d ?\d)\s?[/.\-]\s?(?<m>\d ?\d)\s?[/.\-]\s?(?<y>\d ?\d ?\d ?\d|\d ?\d)(?![\p{N}])/gu;
/** "le 02/11", "du 3.11" (no year): after a word that announces a date, or "02/11" with two-digit parts. */
const DAY_MONTH_CUED = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:bday is|birthday is|bday|birthday|expires|expire|exp|ends|закінчується|закінчився|le|du|au|depuis le|ne le|nee le|dia|since|from|until|till|born|dob|nasi|nasc|(?:interview|appointment|hearing|rdv|convocation)(?: [\p{L}\p{N}]+){0,2} (?:is|was|on)|date|on the|for the|desde|hasta|hospital a|on|el|em|am|vom|den|до|с|по|к|від|з|until|by|before|hasta|ate|pana la|pana pe|pe|la|desde|ab|bis)\s)(?:[12]\d|3[01]|0?[1-9])(?:[/.]|\/\s)(?:1[0-2]|0?[1-9])(?![\p{N}]|[/.,]\d)`,
  "gu",
);
// ("15.11", "20.12": the dotted day and month of Russian and Ukrainian writing, never an amount in euros.)
const DAY_MONTH_NUMERIC = new RegExp(String.raw`(?<![\p{N}\p{L}.,/])(?:[12]\d|3[01]|0[1-9])(?:/|\.(?!\d\d\s?(?:€|eur|euros?|e\b|h|hr)))(?:1[0-2]|0[1-9])(?![\p{N}]|[/.,]\d|\s?(?:€|eur|euros?\b|e\b|%|h\b|kg|km))`, "giu");
/** "11/1985", "03-2019": a month and a year. */
const MONTH_YEAR_NUMERIC = new RegExp(String.raw`(?<![\p{N}\p{L}/.\-])(?:1[0-2]|0?[1-9])[/.\-]${YEAR4}(?![\p{N}]|[/.\-]\d)`, "gu");

/** "la veille de Noël 2023", "depuis Pâques 2022", "le lendemain du nouvel an 2024": a day told by a feast of a given year
 * (a feast and a year alone, "Noël 2025 : des colis ?", is a general question). */
const FEAST_YEAR = new RegExp(String.raw`${B}(?:(?:veille|lendemain|jour|nuit|soir|soiree)\s+(?:de\s+(?:la\s+)?|du\s+|d['’]\s?)?|(?<=depuis\s))(?:noel|nouvel\s+an|paques|toussaint|pentecote|saint[\s-]sylvestre|christmas|easter|new\s+year(?:['’]s)?(?:\s+eve)?)\s+${YEAR4}${E}`, "gu");

/** Words that announce a date of birth. */
const BIRTH_CUE = new RegExp(
  String.raw`${B}(?:b\.(?=\s?['’]?\d)|ne|nee|nes|nees|ne\(e\)|nee?s?\s*\(e\)|date de naissance|date et lieu de naissance|naissance|ddn|nais|anniversaire|born|birth|birthday|date of birth|dob|nacid[oa]s?|naci|nacio|nasci|nasceu|nacut|m-am nascut|fecha de nacimiento|nacimiento|nascid[oa]s?|data de nascimento|nascut[aă]?|data nasterii|dogum tarihi|dogum|dogumlu|родил(?:ся|ась|ись)|дата рождения|рождения|народил(?:ся|ася|ись)|дата народження|народження|تاريخ الميلاد|تاريخ ميلادي|مواليد|ولدت|ولد|mawloud|mawlouda|mawlud|mawluda|mouloud|dogum yili|mwalid|mouwalid|tzadit|tzadet|tzadite|tzadet|مزداد|مزدادة|مزداده|تزاد|تزادت|تزاديت|tzadt|tzedt|zdt|مولود|مولودة|مزيود|مزيودة|mzyoud|mzyouda|mezyoud|nta3 l3am|nta3|rodyvsia|rodylasia|nasi|nasc|narodyvsia|narodyvsya|narodylasia|narodylasya|narodylas|narodilas|narodilsya|rodilsia|rodilsya|rodilas|rodilas'|г\.\s?р|р\.\s?н)${E}`,
  "gu",
);
/** A bare year after a birth cue: "née en 1962", "born in 1985", "né en mars 1990" is a month-year. */
const CUED_YEAR = new RegExp(
  String.raw`${BIRTH_CUE.source}[\s:,\-]*(?:(?:vers|environ|autour de|around|about|circa|cerca de|por volta de)\s+)?(?:le|en|in|em|el|in anul|в|у|سنة|عام|في|ف|fi|f)?\s*(?:l'an\s+)?(?<v>(?:${MONTH}\s+)?(?:${YEAR4}|'?\d\d)${YEAR_SUFFIX})${E}`,
  "gu",
);
/** "nés tous les deux en 1960": a year a few words after the cue. */
const CUED_YEAR_LATER = new RegExp(String.raw`${BIRTH_CUE.source}(?:\s+[\p{L}']+){1,4}?\s+(?:en|in|em)\s+(?<v>${YEAR4})${E}`, "gu");
/** "1985 doğumluyum", "1985 born": a year before the cue. */
const YEAR_BEFORE_CUE = new RegExp(String.raw`${B}(?<v>${YEAR4})(?:'?(?:de|da|te|ta|yilinda|yılında))?\s*(?:(?:года|року|г\.?|р\.?)\s*)?(?:dogumlu\p{L}*|dogdum|born|nascut\p{L}*|рождения|народження|г\.\s?р|р\.\s?н|g\.\s?r\.?|r\.\s?n\.?|goda rozhdeniya|goda rozhdenia|roku narodzhennia)(?![\p{L}\p{N}])`, "gu");
/** "né le 02 11 1985": spaces for separators, after a birth cue only. */
/** "date de naissance : 140692", "né le 03121985": a date written without separators after a birth cue. */
const COMPACT_AFTER_CUE = new RegExp(String.raw`${BIRTH_CUE.source}[\s:,\-]*(?:le|on|el)?\s*(?<v>(?:[12]\d|3[01]|0[1-9])(?:1[0-2]|0[1-9])(?:${YEAR4}|\d\d))${E}`, "gu");
// ("né 12 0 3 85", "né 3 0 7 41": a digit of the month typed apart too.)
const SPACED_AFTER_CUE = new RegExp(String.raw`${BIRTH_CUE.source}[\s:,\-]*(?:le|on|el)?\s*(?<v>(?:[12]\d|3[01]|0?[1-9])\s(?:1[0-2]|0?\s?[1-9])\s(?:${YEAR4}|\d\s?\d))${E}`, "gu");

const WEEKDAYS = words(`lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday
sunday lunes martes miercoles jueves viernes sabado domingo segunda terca quarta quinta sexta sabado domingo luni marti
miercuri joi vineri sambata duminica pazartesi sali carsamba persembe cuma cumartesi pazar понедельник вторник среда
четверг пятница суббота воскресенье понеділок вівторок середа четвер п'ятниця субота неділя الاثنين الثلاثاء الاربعاء
الخميس الجمعة السبت الاحد`);
/** "mardi 3 juin": the day of the week goes with the date. */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WEEKDAYS.join("|")})[\\s,]*$`, "u");
/** "… juin mille neuf cent soixante", "… 1960" written out. */
const YEAR_WORDS_AFTER = /^[\s,]*(?:de\s+)?(?:(?:mille|mil|deux mille|dix[\s-]neuf[\s-]cents?)(?![\p{L}])(?:[\s-]+(?:neuf[\s-]cents?|cents?|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|et)(?![\p{L}]))*|(?:quatre[\s-]vingts?|soixante|cinquante|quarante|trente)(?:[\s-]+(?:et[\s-]+)?(?:dix[\s-](?:sept|huit|neuf)|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))?(?![\p{L}]))/u;
/** "… лютого двадцять другого року", "… марта девяносто пятого года": a year in words, ended by "year". */
const SLAVIC_YEAR_WORDS_AFTER = /^[\s,]*(?:(?:дві|две)\s+тисяч[іи]\s+)?(?:[\p{L}'’]+\s+){0,4}[\p{L}'’]+(?:ого|его|го)\s+(?:року|года|р\.|г\.)/u;

/** "lundi 12", "le mardi 3", "vendredi 14 prochain": a weekday and a day of the month. */
const WEEKDAY_DAY = new RegExp(`${B}(?:${WEEKDAYS.join("|")})\\s+(?:[12]\\d|3[01]|0?[1-9])(?:er)?(?![\\p{L}\\p{N}]|[h:.,]\\d)(?:\\s+(?:prochain|dernier|passe|next|last)(?![\\p{L}]))?`, "gu");
/** "15 septmbre", "le 12 avrl 2024": a day, then a word that may be a mistyped month (checked after). */
const DAY_MISTYPED_MONTH = new RegExp(String.raw`${B}(?:[12]\d|3[01]|0?[1-9])(?:er)?(?:\s+|-)(?<month>\p{L}{4,10})(?:[\s,]+${YEAR4}|-${YEAR4})?${E}`, "gu");
/** "né le 5": a day of birth alone. */
const BIRTH_DAY = new RegExp(String.raw`${B}(?:ne|nee|nes|nees)\s+le\s+(?<v>(?:[12]\d|3[01]|0?[1-9])(?:er)?)(?![\p{L}\p{N}]|[/.\-]\d)`, "gu");

/** Arabic glues "in", "to", "on" to the next word ("ب٣٠ حزيران", "فالخمسة وعشرين", "بشباط"): read them apart. */
const ARABIC_PROCLITIC = /(?<![\p{L}])[بلفوك](?=\d|ال|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|كانون|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|جانفي|فيفري|افريل|ماي|جوان|جويلية|اوت|يوليوز|غشت|شتنبر|نونبر|دجنبر)/gu;

export function dateSpans(text: string): Span[] {
  const folded = foldWithMap(text);
  const f = folded.text.replace(ARABIC_PROCLITIC, " ");
  const raw: Array<{ start: number; end: number }> = [];
  for (const pattern of [NUMERIC, DAY_MONTH, MONTH_DAY, MONTH_YEAR, MONTH_ABBR_YEAR, YEAR_MONTH, SOLAR_HIJRI, MONTH_DEL_YEAR, DAY_OUT_YEAR, LEVANT_LATIN, HIJRI, ABBR_MONTH_DAY, CUED_OUT, DAY_MONTH_CUED, DAY_MONTH_NUMERIC, MONTH_YEAR_NUMERIC]) {
    for (const m of f.matchAll(pattern)) {
      const value = m[0].replace(/[\s,]+$/u, "");
      if (pattern === DAY_MONTH && !plausibleDayMonth(value)) continue;
      // ("you may first call": English "may" before an ordinal word is rather the verb.)
      if (pattern === MONTH_DAY && /^may\s+(?:the\s+)?\p{L}/u.test(value)) continue;
      let start = m.index;
      let end = m.index + value.length;
      const weekday = WEEKDAY_BEFORE.exec(f.slice(Math.max(0, start - 20), start));
      if (weekday) start -= weekday[0].length;
      // French or another language's words for the year, whichever reads further.
      const yearWords = Math.max(YEAR_WORDS_AFTER.exec(f.slice(end))?.[0].length ?? 0, yearInWordsAfter(f.slice(end)), SLAVIC_YEAR_WORDS_AFTER.exec(f.slice(end))?.[0].length ?? 0);
      end += yearWords;
      raw.push({ start, end });
    }
  }
  for (const pattern of [TURKISH_YEAR_BORN, SOMEONE_OF_YEAR, ROMANIAN_DAY_OF_MONTH, MONTH_APOSTROPHE_YEAR, DAY_OF_NAMED_MONTH, YEAR_THEN_MONTH, VIETNAMESE_DATE, DAY_DU_MONTH, DAY_DO_MONTH, DAY_OF_THE_NTH, DAY_OF_THIS_MONTH, WEEKDAY_ORDINAL, US_MONTH_DAY, ROMAN_MONTH, TURKISH_DAY_OF_MONTH, DAY_OF_RELATIVE_MONTH, LE_DAY_DU_MONTH, HIJRI_LATIN, MONTH_OF_RELATIVE_YEAR, SLAVIC_DAY_ALONE, THE_ORDINAL_DAY, SEASON_YEAR]) {
    for (const m of f.matchAll(pattern)) {
      // (A year in words may follow: "the 1st of the 4th, twenty twenty-five".)
      const end = m.index + m[0].length;
      raw.push({ start: m.index, end: end + yearInWordsAfter(f.slice(end)) });
    }
  }
  // "березня двадцять другого", "marzo de mil novecientos ochenta": a month, then its year in words.
  for (const m of f.matchAll(MONTH_ALONE)) {
    const words = yearInWordsAfter(f.slice(m.index + m[0].length));
    if (words > 0) raw.push({ start: m.index, end: m.index + m[0].length + words });
  }
  // "né en mille neuf cent cinquante deux": a year in words after a birth cue.
  for (const m of f.matchAll(BIRTH_CUE)) {
    const rest = f.slice(m.index + m[0].length);
    const lead = /^\s*(?:en|in|em|el|in anul|v|u|в|у)\s+/u.exec(rest);
    if (!lead) continue;
    const words = Math.max(YEAR_WORDS_AFTER.exec(rest.slice(lead[0].length))?.[0].length ?? 0, yearInWordsAfter(rest.slice(lead[0].length)));
    if (words > 0) raw.push({ start: m.index + m[0].length + lead[0].length, end: m.index + m[0].length + lead[0].length + words });
  }
  for (const m of f.matchAll(ARABIC_DATE_WORDS)) raw.push({ start: m.index, end: m.index + m[0].length });
  for (const m of f.matchAll(SPACED_DIGITS_DATE)) {
    const day = Number(m.groups!.d!.replace(/ /gu, ""));
    const month = Number(m.groups!.m!.replace(/ /gu, ""));
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) raw.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of f.matchAll(WEEKDAY_DAY)) raw.push({ start: m.index, end: m.index + m[0].length });
  for (const m of f.matchAll(FEAST_YEAR)) raw.push({ start: m.index, end: m.index + m[0].length });
  // ("15 mais 2012": "mais" is a word, a month only between a day and a year.)
  for (const m of f.matchAll(DAY_MISTYPED_MONTH)) if (isMistypedMonth(m.groups!.month!) || (m.groups!.month === "mais" && /\d{4}$/u.test(m[0]))) raw.push({ start: m.index, end: m.index + m[0].length });
  for (const m of [...f.matchAll(CUED_YEAR), ...f.matchAll(CUED_YEAR_LATER), ...f.matchAll(YEAR_BEFORE_CUE), ...f.matchAll(SPACED_AFTER_CUE), ...f.matchAll(COMPACT_AFTER_CUE), ...f.matchAll(BIRTH_DAY), ...f.matchAll(LIFE_EVENT_YEAR)]) {
    const value = m.groups!.v!;
    const start = m.index + m[0].lastIndexOf(value);
    raw.push({ start, end: start + value.length });
  }
  // A birth cue shortly before makes it a date of birth.
  const cues = [...f.matchAll(BIRTH_CUE)].map((m) => m.index + m[0].length);
  for (const m of f.matchAll(YEAR_BEFORE_CUE)) cues.push(m.index);
  // "du 3 au 17 mars", "from the 3rd to the 17th of May", "з 3 по 17 березня": the first day of a range goes with the date.
  for (const s of raw) {
    const first = /(?<![\p{L}\p{N}])(?:du|from(?:\s+the)?|del|de|desde\s+el|din|з|с|від|entre\s+le|between(?:\s+the)?)\s+(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th|-го)?\s*(?:au|-|–|to|until|till|and(?:\s+the)?|al|a|ao|et\s+le|pana\s+la|la|по|до)\s*$/u.exec(f.slice(Math.max(0, s.start - 40), s.start));
    if (first) s.start -= first[0].length - first[0].search(/\p{N}/u);
  }
  // "fin mars 2024", "début janvier 2023", "mi-avril 2022": the part of the month goes with it.
  for (const s of raw) {
    const part = /^\p{L}/u.test(f.slice(s.start, s.start + 1)) ? /(?<![\p{L}])(?:fin|debut|mi|courant)(?:\s+|\s?-\s?)$/u.exec(f.slice(Math.max(0, s.start - 12), s.start)) : null;
    if (part) s.start -= part[0].length;
  }
  const out: Span[] = [];
  for (const s of raw) {
    const birth = cues.some((c) => c <= s.start && s.start - c <= 24 && !/[.!?\n]/u.test(f.slice(c, s.start)));
    out.push({ start: folded.start[s.start]!, end: folded.end[s.end - 1]!, kind: birth ? "birthdate" : "date" });
  }
  return out;
}

/** "un mai", "sept mars" are dates; "un mars" (a planet?) rarely, but "en mars" never reaches here. */
function plausibleDayMonth(value: string): boolean {
  // "1 an", "2 mars" fine; reject a lone "may"/"mar"-like English word read as a month after a number of
  // things ("3 may come"): only full month names or abbreviations reach here, so "may" needs a year or
  // a day number before it.
  if (/^(?:un|une)\s+(?:mai|mars)$/u.test(value)) return false;
  if (/\bmay$/u.test(value) && !/^\d/u.test(value) && !/\sof\s+may$/u.test(value)) return false;
  return true;
}
