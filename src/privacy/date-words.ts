/**
 * Dates written in words in the residents' other languages ("quince de marzo de mil novecientos
 * ochenta", "vinte e cinco de dezembro", "yirmi üç Nisan bin dokuz yüz seksen yedi", "двадцятого
 * травня", "the twenty-first of March"), and month names typed with a slip ("15 septmbre", "14 fevier",
 * "12 avrl 2024"). Read by date-spans.ts on folded text (lower case, no diacritics).
 */
import { withinOneEdit } from "../understanding/word-lookup.js";
import { foldWithMap } from "./normalize.js";

const fold = (s: string) => foldWithMap(s).text;
const list = (s: string) => s.split(/\s+/u).filter(Boolean).map(fold);

/** Days of the month in words, beyond French (date-spans.ts has those): cardinal and ordinal. */
const DAY_WORD_LIST = list(`
primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete
dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho
veintinueve treinta
primeiro um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze dezasseis dezesseis
dezassete dezessete dezoito dezanove dezenove vinte trinta
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
sixteenth seventeenth eighteenth nineteenth twentieth thirtieth
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty
intai unu doi trei patru cinci sase sapte opt noua zece unsprezece doisprezece douasprezece treisprezece paisprezece
cincisprezece saisprezece saptesprezece optsprezece nouasprezece douazeci treizeci
bir iki uc dort bes alti yedi sekiz dokuz yirmi otuz
первого второго третьего четвертого пятого шестого седьмого восьмого девятого десятого одиннадцатого двенадцатого
тринадцатого четырнадцатого пятнадцатого шестнадцатого семнадцатого восемнадцатого девятнадцатого двадцатого тридцатого
першого другого третього четвертого п'ятого шостого сьомого восьмого дев'ятого десятого одинадцятого дванадцятого
тринадцятого чотирнадцятого п'ятнадцятого шістнадцятого сімнадцятого вісімнадцятого дев'ятнадцятого двадцятого тридцятого
первое второе третье четвертое пятое шестое седьмое восьмое девятое десятое одиннадцатое двенадцатое тринадцатое
четырнадцатое пятнадцатое шестнадцатое семнадцатое восемнадцатое девятнадцатое двадцатое тридцатое
перше друге третє четверте п'яте шосте сьоме восьме дев'яте десяте одинадцяте дванадцяте тринадцяте чотирнадцяте
п'ятнадцяте шістнадцяте сімнадцяте вісімнадцяте дев'ятнадцяте двадцяте тридцяте
pershoho druhoho tretoho tretioho chetvertoho piatoho p'iatoho shostoho somoho vosmoho deviatoho desiatoho odynadtsiatoho
dvanadtsiatoho trynadtsiatoho chotyrnadtsiatoho piatnadtsiatoho shistnadtsiatoho simnadtsiatoho visimnadtsiatoho
deviatnadtsiatoho dvadtsiatoho trydtsiatoho
`);
/** Tens that take a unit after them: "veinte y uno", "vinte e cinco", "twenty-first", "yirmi üç", "двадцать первого" (not Turkish "on", ten: "born on March 3"). */
const TENS = list(`dvadtsiat dvadtsat dvadcyat dvadcat trydtsiat tridtsat veinte treinta vinte trinta twenty thirty douazeci treizeci yirmi otuz двадцать тридцать двадцять тридцять`);
const UNITS = list(`
uno dos tres cuatro cinco seis siete ocho nueve um dois tres quatro cinco seis sete oito nove
one two three four five six seven eight nine first second third fourth fifth sixth seventh eighth ninth
unu doi trei patru cinci sase sapte opt noua bir iki uc dort bes alti yedi sekiz dokuz
первого второго третьего четвертого пятого шестого седьмого восьмого девятого
першого другого третього четвертого п'ятого шостого сьомого восьмого дев'ятого
первое второе третье четвертое пятое шестое седьмое восьмое девятое
перше друге третє четверте п'яте шосте сьоме восьме дев'яте
pershoho druhoho tretoho tretioho chetvertoho piatoho p'iatoho shostoho somoho vosmoho deviatoho
`);

const alternation = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join("|");
/** A day in words: "quince", "vinte e cinco", "twenty-first", "yirmi uc", "двадцять першого". */
/** Arabizi says the unit first: "khamsa w 3achrin" (five and twenty). */
const ARABIZI_UNITS = `wahed wa7ed tnin jouj tlata tleta rb3a arb3a reb3a khamsa khmsa sitta stta setta sb3a seb3a sab3a tmanya tmenya tmnya ts3a tes3a`;
const ARABIZI_DAY = String.raw`(?:(?:${ARABIZI_UNITS.split(" ").join("|")})(?:\s+w\s*(?:3achrin|3echrin|3ishrin|3chrin|tlatin))?|3achra|3ashra|3chrin|hdach|7dach|tnach|tlatach|rb3tach|rba3tach|khmstach|sttach|sb3tach|tmntach|ts3tach|3achrin|tlatin)`;
export const OTHER_DAY_WORDS = String.raw`(?:${ARABIZI_DAY}|(?:${alternation(TENS)})(?:[\s-]+(?:y|e|si|и|і)?\s*(?:${alternation(UNITS)}))?|${alternation(DAY_WORD_LIST)})`;

/** A year in words after a date: "de mil novecientos ochenta", "bin dokuz yuz seksen yedi", "nineteen eighty". */
const YEAR_START = list(`mil mille bin thousand nineteen twenty dos tysiacha тысяча тисяча тисячі тысячи тисячу тисяча mie mii alf alfin douazeci`);
const YEAR_PARTS = list(`
mil novecientos novecentos ochocientos dos mil cien ciento cem cento novecentos e y and si
diez veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa uno dos tres cuatro cinco seis siete ocho nueve
dez vinte trinta quarenta cinquenta sessenta setenta oitenta noventa um dois tres quatro cinco seis sete oito nove
hundred thousand nineteen twenty thirty forty fifty sixty seventy eighty ninety one two three four five six seven eight nine ten
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
bin dokuz yuz on yirmi otuz kirk elli altmis yetmis seksen doksan bir iki uc dort bes alti yedi sekiz
mie noua sute doua zeci unu doi trei patru cinci sase sapte opt douazeci treizeci patruzeci cincizeci saizeci
saptezeci optzeci nouazeci zece unsprezece doisprezece douasprezece treisprezece paisprezece cincisprezece saisprezece
saptesprezece optsprezece nouasprezece si
tes3 ts3 tsa3 seb3 sb3 sba3 tmen tmn stt setta stta
novesentu oitosentu setesentu sinku seti oitu novi kuatu kuatru sinkuenta sesenta i di
deviatsot visimsot simsot shistsot dvi tysiachi dvokh tysiach shistdesiat simdesiat visimdesiat devianosto piatdesiat sorok
trydtsiat dvadtsiat odyn dva try chotyry piat shist sim visim deviat desiat pershomu druhomu tretomu tretiomu chetvertomu
дев'ятсот вісімсот сімсот шістсот девятьсот восемьсот семьсот шестьсот двадцять тридцять сорок п'ятдесят шістдесят сімдесят
вісімдесят дев'яносто двадцать тридцать пятьдесят шестьдесят семьдесят восемьдесят девяносто першого другого третього
четвертого п'ятого шостого сьомого восьмого дев'ятого десятого первого второго третьего пятого шестого седьмого восьмого
девятого десятого двадцятого тридцятого вісімдесятого дев'яностого сімдесятого шістдесятого восьмидесятого девяностого
одинадцятого дванадцятого тринадцятого чотирнадцятого п'ятнадцятого шістнадцятого сімнадцятого вісімнадцятого дев'ятнадцятого
piatomu shostomu somomu vosmomu deviatomu desiatomu pershoho druhoho devyatsot vosemsot shestdesyat semdesyat vosemdesyat
somoho vosmoho deviatoho piatoho shostoho chetvertoho tretoho druhoho pershoho devyanosto pyatdesyat pervom vtorom tretem chetvertom pyatom shestom sedmom vosmom devyatom
w mya mia miya tes3a tes3in tmanya tmanin sab3a sab3in sb3in sitta settin stin khamsa khamsin arb3a arb3in tlata tlatin
tnin 3achra 3achrin wahed wa7ed
once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veintiuno veintidos veintitres veinticuatro
veinticinco veintiseis veintisiete veintiocho veintinueve
onze doze treze catorze quinze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove
`);
/** A year said by its last two digits: "optzeci si unu", "noventa e dois", "eighty-one". */
const YEAR_TENS = list(`optzeci saptezeci saizeci cincizeci nouazeci patruzeci noventa oitenta setenta sessenta ochenta sesenta
eighty seventy sixty ninety fifty forty seksen yetmis altmis doksan elli kirk
двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто двадцать тридцать пятьдесят шестьдесят семьдесят
восемьдесят девяносто двадцятого тридцятого сорокового п'ятдесятого шістдесятого сімдесятого вісімдесятого дев'яностого
двадцатого тридцатого пятидесятого шестидесятого семидесятого восьмидесятого девяностого`);
const YEAR_UNITS = list(`unu doi trei patru cinci sase sapte opt noua um dois tres quatro cinco seis sete oito nove uno dos cuatro siete
ocho nueve one two three four five six seven eight nine bir iki uc dort bes alti yedi sekiz dokuz
першого другого третього четвертого п'ятого шостого сьомого восьмого дев'ятого
первого второго третьего четвертого пятого шестого седьмого восьмого девятого`);
const YEAR_IN_WORDS_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:de|del|of|din|in|di)\s+)?(?:(?:(?:two|dos|dois|doua|doi|iki|deux|o|дві|две|дви)[\s-]+)?(?:${alternation(YEAR_START)})(?![\p{L}])(?:[\s-]+(?:${alternation(YEAR_PARTS)})(?![\p{L}]))*|(?:${alternation(YEAR_TENS)})(?:[\s-]+(?:(?:si|e|y|and)[\s-]+)?(?:${alternation(YEAR_UNITS)}))?(?![\p{L}]))`,
  "u",
);
/** How far a year in words reaches at the start of `rest` (0 if none), never ending on a joining word ("… fifteen and he"). */
export function yearInWordsAfter(rest: string): number {
  const m = YEAR_IN_WORDS_AFTER.exec(rest);
  return m ? m[0].replace(/(?:[\s-]+(?:and|et|si|e|y|i|di|de|del|of|din|in))+$/u, "").length : 0;
}

const MONTHS_TO_CORRECT = list(`
janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
january february april june july august september october november december
enero febrero marzo abril junio julio agosto septiembre octubre noviembre diciembre
janeiro fevereiro abril junho julho setembro outubro novembro dezembro
ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
`);

/** A word one slip away from a month name (same first letter, five letters or more): "septmbre", "fevier", "avrl". */
export function isMistypedMonth(word: string): boolean {
  if (word.length < 4) return false;
  return MONTHS_TO_CORRECT.some((month) => month !== word && month.length >= 5 && month[0] === word[0] && withinOneEdit(word, month));
}

/**
 * The year someone arrived: "je suis arrivée de Mayotte en 2021", "je suis en France depuis 2019", "came
 * from Punjab in 2019". An arrival dates a life like a birth does; other years stay ("l'APL a baissé en
 * 2024", even "je suis au RSA depuis 2020", which residents write in general questions).
 */
export const LIFE_EVENT_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:arrivee?s?|arrive|venue?s?\s+en\s+france|installee?s?\s+en\s+france|(?:i|we)\s+(?:came|arrived|moved)|(?:came|arrived)\s+from|(?:je\s+suis|j['’]?\s?suis|jsuis|on\s+est|nous\s+sommes|je\s+vis|on\s+vit|nous\s+vivons)\s+en\s+france)(?![\p{L}])(?:(?!\.\s|[!?\n])[^]){0,40}?(?<![\p{L}])(?:en|depuis|since|in)\s+(?<v>19[5-9]\d|20[0-3]\d)(?![\p{N}])`,
  "gu",
);
