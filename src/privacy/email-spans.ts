/**
 * E-mail addresses, including obfuscated ones ("jean point dupont arobase gmail point com", "jean (at)
 * gmail (dot) com", "jean at gmail dot com", "jean.dupont @ gmail . com", "fatima92 sur gmail", letters
 * typed apart, a Russian keyboard layout, full-width characters — the redactor normalises with NFKC
 * before detection).
 */
import { spansOf, trimSpan as trim, type Span } from "./span.js";

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]+`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}\-]+`;
const PROVIDERS = String.raw`(?:gmail|jimail|djimail|g mail|g[ée] mail|hot mail|gmial|gmai|googlemail|hotmail|hotmal|hotmial|yahoo|yaho|outlook|outlok|msn|icloud|orange|wanadoo|live|free|sfr|laposte|bbox|numericable|protonmail|gmx|aol|yandex|ymail|caramail|voila|netcourrier|mail\.ru|ukr(?=\s*(?:\.|крапка|точка|dot|point|punct)\s*(?:net|нет))|mail(?=\s*(?:\.|punct|point|dot)\s*(?:md|ru|ro|com)(?![\p{L}]))|ukr\.net|джимейл|джімейл|джи мейл|гмейл|гмайл|хотмейл|хотмайл|яху|аутлук|яндекс|укрнет|лапост|оранж|жимейл|جيميل|جيمايل|جي ميل|ياهو|هوتميل|هوتمايل|اوتلوك|أوتلوك)`;
/** After "arobase" or "(at)" any of these ends an address; after a bare "at" or "chez" only the first four. */
const TLD = String.raw`(?:eff?[eè]rr?e?|كوم|فر|ру|ком|рф|юа|фр|нет|орг|уа|comme|com|con|fr|net|org|eu|be|ch|info|biz|io|me|ma|dz|tn|sn|ua|ru|es|pt|ro|tr|it|de|uk|co|us|ca|br|md|ci|cm|km|gouv|pl|nl|gr|cn|vn|cz|hu|bg|rs|ge|az|al|ba|mk|lt|lv|ee|sk|si|hr)`;

/** Plain addresses, with spaces allowed around "@" and the dots ("jean . dupont @ gmail . com"). */
const EMAIL = new RegExp(String.raw`${LOCAL}\s?(?:@{1,2}|%40|&#0?64;|&commat;)\s?${DOMAIN_LABEL}(?:\s?\.{1,2}\s?${DOMAIN_LABEL})*\s?\.{1,2}\s?\p{L}{2,}`, "gu");
/** An address without its end: "fatima.b92@gmail", "jean@hotmail". */
const EMAIL_NO_TLD = new RegExp(String.raw`${LOCAL}\s?@\s?${PROVIDERS}(?:\s?[,;]?\s?(?:com|fr|net|org)|com|fr|net)?(?![\p{L}\p{N}])`, "giu");
/** "@" said or bracketed in the residents' languages: "arobase", "(arroba)", "[at]", "arond", "собака". */
const AT_NAMES = String.raw`(?:a\s+dans\s+(?:le|un)\s+rond|a\s+entour[ée]|@|a|at|la|aro|arrobe|arobe|chez|arr?obaze?|arr?obass?e|arr?obas|arr?oba|arond|a rond|kuyruklu a|собака|собачка|равлик|ет)`;
// "@" in other languages as residents say it: "sobaka" (Russian), "ät", "chiocciola", "małpa", "a còng",
// "艾特", "papaki", "apenstaartje", "klammeraffe", "snabel-a"; "/at/", "a dans le rond".
const FOREIGN_AT = String.raw`(?<![\p{L}])(?:sobaka|sobachka|ravlyk|ravlik|ät|chiocciola|ma[łl]pa|a\s+c[òo]ng|papaki|apenstaartje|klammeraffe|snabel-a|a\s+dans\s+(?:le|un)\s+rond|(?:le\s+)?a\s+(?:avec\s+(?:le|un)\s+rond(?:\s+autour)?|entour[ée]))(?![\p{L}])|艾特|أروباز|اروباز|أروباس|أروبا|اروبا|\/\s*at\s*\/`;
const AT_WORD = String.raw`(?:,?\s*\bat\s+(?:the\s+rate|sign|symbol)\b\s*,?|[(\[{<]\s*${AT_NAMES}\s*[)\]}>]|-\s*at\s*-|${FOREIGN_AT}|(?<![\p{L}])coad[aă]\s+de\s+maimu[tţț][aă](?![\p{L}])|\ba\s+commercial\b|\ba[\s\-]rond\b|(?<![\p{L}])[aà]\s+robe?\s+base\b|(?<![\p{L}])a\s+r?robaz?s?e\b|\bet\s+i[sş]areti\b|\bkuyruklu\s+a\b|\barr?obaze?\b|\barr?obass?e\b|\barr?obe\b|\baro\b|\barr?obas\b|\barr?oba\b|\barond\b|собака|собачка|равлик|(?<![\p{L}])ет(?![\p{L}])|\barob\b|(?<![\p{L}])[aà]\s+robe\b|آت|أت|@)`;
const WEAK_AT_WORD = String.raw`(?:\bat\b|\bchez\b|\ba\b|\bla\b|\bpe\b|\bna\b|(?<![\p{L}])à(?![\p{L}]))`;
const DOT_WORD = String.raw`(?:,(?=(?:com|fr|net|org)(?![\p{L}]))|\.|[(\[{<]\s*(?:punto|ponto|punct|nokta|point|dot|pt|точка|крапка)\s*[)\]}>]|-\s*(?:point|dot)\s*-|\bpt\b|\bpoin\b|\bpoint(?=(?:com|fr|net|org)(?![\p{L}]))|(?<![\p{L}])(?:tochka|krapka|punkt|punt|kropka|teleia|ch[ấâa]m)(?![\p{L}])|点|\[\s*\.\s*\]|\(\s*\.\s*\)|\(\s*dot\s*\)|\[\s*dot\s*\]|\{\s*dot\s*\}|\(\s*point\s*\)|\[\s*point\s*\]|\bpoint\b|\bdot\b|\bpunto\b|\bponto\b|\bpunct\b|\bnokta\b|точка|крапка|نقطة|نقطه|دوت)`;
const LOCAL_JOIN = String.raw`(?:,?\s*\b(?:then\s+)?(?:hyphen|dash|underscore)\b\s*,?|\balt\s+[çc]izgi\b|\.|[(\[{]\s*(?:dot|point|punto|ponto|punct|nokta|точка|крапка)\s*[)\]}]|\(\s*dot\s*\)|\[\s*dot\s*\]|\(\s*point\s*\)|\[\s*point\s*\]|\bpoint\b|\bdot\b|\bpunto\b|\bponto\b|\bpunct\b|\bnokta\b|точка|крапка|(?:нижнє\s+)?підкреслення|(?:нижнее\s+)?подч[её]ркивание|\btiret(?:\s+(?:du\s+)?(?:bas|8|huit|6|six))?\b|\bunderscore\b|\bunder\b|تحت\s+خط|\bguion bajo\b|\bsublinhado\b|_|-)`;
/** "jean.dupont arobase gmail point com", "jean (at) gmail (dot) com", "jean point dupont at hotmail dot fr". */
const SPOKEN_EMAIL = new RegExp(
  String.raw`${LOCAL}(?:\s*${LOCAL_JOIN}\s*${LOCAL})*\s*${AT_WORD}\s*(?:la\s+poste|${DOMAIN_LABEL})(?:\s+tiret\s+${DOMAIN_LABEL})*(?:\s*${DOT_WORD}\s*${DOMAIN_LABEL})*\s*${DOT_WORD}\s*${TLD}(?![\p{L}\p{N}])`,
  "giu",
);
/** "jean at gmail dot com", "jean chez hotmail point fr", "fatima.b92 à gmail": a weak "at" needs more. */
const MARKED_LOCAL = String.raw`(?=[\p{L}\p{N}._%+\-]*[\p{N}._])[\p{L}\p{N}._%+\-]{2,}`;
const WEAK_SPOKEN_EMAIL = new RegExp(
  String.raw`(?:${MARKED_LOCAL}\s*${WEAK_AT_WORD}\s*${PROVIDERS}(?:\s*${DOT_WORD}\s*${TLD})?|${LOCAL}(?:\s*${LOCAL_JOIN}\s*${LOCAL})*\s*(?:\bat\b|\bchez\b)\s*${DOMAIN_LABEL}\s*(?:\bpoint\b|\bdot\b|\bpunto\b|\bponto\b|\bpunct\b|\bnokta\b|точка|крапка|\(dot\)|\[dot\])\s*${TLD})(?![\p{L}\p{N}])`,
  "giu",
);
/** Any local part, then a word for "at" (even a weak one: "et", "on", "على"), a provider, a dot and an ending. */
const PROVIDER_ADDRESS = new RegExp(
  String.raw`${LOCAL}(?:\s*${LOCAL_JOIN}\s*${LOCAL})*\s*(?:\bat\b|\bet\b|\bchez\b|\bon\b|\bna\b|\bno\b|\bpe\b|\bla\b|\b3a?nd\b|(?<![\p{L}])à(?![\p{L}])|\ba\b|на|على|عند|آت|أت|ات)\s*${PROVIDERS}\s*${DOT_WORD}\s*${TLD}(?![\p{L}\p{N}])`,
  "giu",
);
/** "claire point lebrun chez orange", "paz punto blanco en hotmail": parts tied by a spoken dot, then a provider. */
const SPOKEN_LOCAL_PROVIDER = new RegExp(
  String.raw`[\p{L}\p{N}]+(?:\s+(?:point|dot|punto|ponto|punct|nokta|tiret|underscore|puis un tiret puis|puis un point puis)\s+[\p{L}\p{N}]+)+\s*,?\s+(?:chez|at|en|sur(?:\s+(?:la\s+)?(?:bo[iî]te|messagerie|adresse))?|on|no|na|pe|de|arobase|arroba)\s+${PROVIDERS}(?![\p{L}\p{N}])`,
  "giu",
);
/** After a mail cue, any word then "chez orange", "at gmail" ("mon mail c mgriviere chez sfr"). */
const CUED_WORD_PROVIDER = new RegExp(String.raw`(?:e-?mail|mail|courriel|correo|adresse)[^.!?\n]{0,30}?(?<v>[\p{L}\p{N}._\-]{3,},?\s+(?:chez|at|en|sur|on|arobase|arroba),?\s+${PROVIDERS})(?![\p{L}\p{N}])`, "giu");
/** "m a r i n e . p a g e arobase gmail": letters one by one, then a word for "at" and a provider. */
const SPACED_LOCAL_PROVIDER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[\p{L}\p{N}._\-] ){3,}[\p{L}\p{N}]?\s*(?:${AT_WORD}|\bat\b)\s*${PROVIDERS}(?:\s*${DOT_WORD}\s*${TLD})?(?![\p{L}\p{N}])`, "giu");
/** "fatou.kone#hotmail.fr", "ibrahim.sow @ hot mail . fr": an at sign standing for itself or a "#", a provider split. */
const ODD_AT = new RegExp(String.raw`${LOCAL}\s?[#@à°]\s?(?:${PROVIDERS}|hot\s?mail|g\s?mail|ya\s?hoo|out\s?look)\s?(?:\.|°|${DOT_WORD})\s?${TLD}(?![\p{L}\p{N}])`, "giu");
/** "n-a-d-e-g-e-.-l-e-r-o-y-@-s-f-r-.-f-r", "m/o/r/g/a/n/e/@/…": one character at a time, joined by hyphens or slashes. */
const HYPHENATED_EMAIL = /(?<![\p{L}\p{N}])(?:(?:[\p{L}\p{N}._]-){3,}@(?:-[\p{L}\p{N}._]){3,}|(?:[\p{L}\p{N}._][/|]){3,}@(?:[/|][\p{L}\p{N}._]){3,})(?![\p{L}\p{N}])/gu;
/** "fatima.b92 sur gmail", "jeand34 on hotmail": a local part that cannot be a word, then a provider. */
const ON_PROVIDER = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-])(?<v>(?=[\p{L}\p{N}._\-]*[\p{N}._])[\p{L}\p{N}._\-]{2,}\s+(?:sur|chez|dans|on|at|en|no|na|pe|de)\s+${PROVIDERS})(?![\p{L}\p{N}])`, "giu");
/** "karine.moulin gmail.com" (no at sign to be found on the keyboard): a marked local part, then a provider's address. */
const LOCAL_THEN_DOMAIN = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-])(?=[\p{L}\p{N}._\-]*[\p{N}._])[\p{L}\p{N}._\-]{3,}\s+${PROVIDERS}\s?\.\s?${TLD}(?![\p{L}\p{N}])`, "giu");
/**
 * "mon adresse commence par aurelie.blanc84": a word, a dot or an underscore, a word ending in digits —
 * no word and no website is written so; an address's first part.
 */
const BARE_LOCAL = /(?<![\p{L}\p{N}._%+\-@/])\p{L}{2,}[._]\p{L}{2,}\p{N}{1,4}(?![\p{L}\p{N}@]|[._][\p{L}\p{N}])/gu;
/** "mon mail c'est fatimab92" (no domain): after a mail cue, a word with digits, dots or underscores. */
const CUED_LOCAL = new RegExp(
  String.raw`(?<![\p{L}])(?:e-?mail|mail|courriel|adresse (?:e-?)?mail|adresse [ée]lectronique|correo|e-posta|почта|пошта|email|gmail|hotmail|yahoo|outlook)\s*(?::|=|est|c'est|is|es|é|,)?\s*(?:le\s+)?(?<v>(?=[\p{L}\p{N}._\-]*[\p{N}._])[\p{L}\p{N}][\p{L}\p{N}._\-]{3,})`,
  "giu",
);

/** Nothing that can start an e-mail: most messages stop here. */
const EMAIL_HINT = /&#|\barob\b|(?<![\p{L}])ет(?![\p{L}])|[@#"°<点]|أروب|اروب|%40|maimu|艾特|sobak|ät|chiocciola|ma[łl]pa|c[òo]ng|papaki|apenstaartje|klammeraffe|snabel|dans le rond|\b3a?nd\b|\bpt\b|robe|commercial|rond|i[sş]areti|arr?obas|arr?obaz|\(a\)|arroba|arond|nokta|punct|punto|ponto|\bat\b|\bchez\b|point|\bdot\b|gmail|hotmail|yahoo|outlook|orange|free|sfr|laposte|wanadoo|icloud|mail|courriel|correo|posta|почт|пошт|собак|собач|равлик|ravlyk|ravlik|ايميل|إيميل|جيميل|ياهو|هوتميل|نقطة|دوت|آت/iu;

/** "j e a n . d u p o n t @ g m a i l . c o m": letters one by one. */
const SPACED_EMAIL = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}._\-] ){2,}@(?: [\p{L}\p{N}._\-]){3,}(?![\p{L}\p{N}])/gu;

/** Every shape of address, plain to disguised; each match is an e-mail (overlaps merge later). */
/** "…, e, arobase gmail point com": the at sign and the provider said after a first part spelled apart. */
/** "svetik.romanova собачка yandex ру": a strong word for "at", a provider, its ending without a dot word. */
const AT_WORD_PROVIDER = new RegExp(String.raw`${LOCAL}(?:\s*${LOCAL_JOIN}\s*${LOCAL})*\s*${AT_WORD}\s*${PROVIDERS}(?:\s*(?:${DOT_WORD}\s*)?${TLD})?(?![\p{L}\p{N}])`, "giu");
/** "mon prénom point mon nom chez gmail": an address described by its parts (the parts are the resident's name). */
const NAME_PART = String.raw`(?:(?:mon|ma|son|sa|my)\s+(?:pr[ée]nom|nom(?:\s+de\s+famille)?|date\s+de\s+naissance|ann[ée]e\s+de\s+naissance|first\s*name|last\s*name|surname|name)|\d{1,4})(?:\s+(?:en\s+minuscules?|en\s+majuscules?|attach[ée]s?|coll[ée]s?))?`;
const DESCRIBED_ADDRESS = new RegExp(String.raw`(?<![\p{L}])(?=(?:mon|ma|son|sa|my)\s)${NAME_PART}(?:\s*(?:point|dot|\.|tiret|underscore|_|-|et|puis|\+)\s*${NAME_PART})*\s*(?:chez|at|arobase|arroba|@|sur|on)\s*${PROVIDERS}(?:\s*${DOT_WORD}\s*${TLD})?(?![\p{L}\p{N}])`, "giu");
/** "email: divine tangwa 237 @ gmail com": after a mail cue, words typed apart up to an at sign and a provider. */
const CUED_WORDS_AT_PROVIDER = new RegExp(String.raw`(?:e-?mail|mail|courriel|correo|email)\s*:?\s*(?<v>(?:[\p{L}\p{N}._\-]+\s+){1,3}[\p{L}\p{N}._\-]+\s*(?:@|${AT_WORD})\s*${PROVIDERS}(?:\s*(?:${DOT_WORD}\s*)?${TLD})?)(?![\p{L}\p{N}])`, "giu");
const AT_PROVIDER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:arr?obaze?|arr?obase|arr?oba)\s+${PROVIDERS}\s*${DOT_WORD}\s*${TLD}(?![\p{L}\p{N}])`, "giu");
/**
 * Letters apart, by spaces or hyphens, in every part: "n i c o l a s (point) l e r o u x (arobase) g m a i l
 * (point) c o m", "g-u-i-l-l-a-u-m-e point p-e-r-e-z arobase l-a-p-o-s-t-e point n-e-t".
 */
const APART = String.raw`(?:(?:[\p{L}\p{N}] ){2,}[\p{L}\p{N}]|(?:[\p{L}\p{N}]-){2,}[\p{L}\p{N}]|[\p{L}\p{N}]+)`;
/** "c h i o m a 2 3 at g m a i l dot com", "i o n e l punct b a d e a la yahoo punct fr": letters apart make even a weak "at" an at sign. */
const LETTERS_APART_WEAK_AT = new RegExp(String.raw`(?<![\p{L}\p{N}])${APART}(?:\s*${DOT_WORD}\s*${APART})*\s*(?:\bat\b|\bla\b|\bchez\b|\bpe\b|\bna\b|\bsur\b|\bon\b)\s*(?:${PROVIDERS}|${APART})(?:\s*${DOT_WORD}\s*${APART})+(?![\p{L}\p{N}])`, "giu");
/** "b comme Bernard o u r g comme Gaston … arobase yahoo point fr": letters spelled with a word to tell them. */
const SPELLED_WITH_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[\p{L}\p{N}](?:\s+(?:comme|like|as\s+in|como)\s+\p{L}+)?[\s,]+){3,}(?:${DOT_WORD}\s*(?:[\p{L}\p{N}](?:\s+(?:comme|like|as\s+in|como)\s+\p{L}+)?[\s,]+)+)*(?:${AT_WORD}|\bat\b)\s*${PROVIDERS}(?:\s*${DOT_WORD}\s*${TLD})?(?![\p{L}\p{N}])`, "giu");
/** "gaelle.morin.arobase.free.fr": the at sign said between dots. */
const DOTTED_AT_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-@/])[\p{L}\p{N}._\-]{2,}[._\-](?:arr?obase|arroba|at|chez)[._\-]${DOMAIN_LABEL}[._]${TLD}(?![\p{L}\p{N}])`, "giu");
const LETTERS_APART_EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}])${APART}(?:\s*${DOT_WORD}\s*${APART})*\s*${AT_WORD}\s*${APART}(?:\s*${DOT_WORD}\s*${APART})+(?![\p{L}\p{N}])`, "giu");
/**
 * "didier.mouton·free·fr" (middle dots, read as dots, for both signs): a two-part first part, then a
 * provider and its ending (never "www.", which starts a website).
 */
const DOTTED_AT = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-@/])(?!www\.)[\p{L}\p{N}_\-]{2,}\.[\p{L}\p{N}_\-]{2,}\.${PROVIDERS}\.${TLD}(?![\p{L}\p{N}.])`, "giu");
/** "rf.oodanaw@inotnomla" (typed backwards, or cut short): an at sign between two words is an address. */
const AT_BETWEEN_WORDS = /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]*[\p{L}\p{N}]@[\p{L}\p{N}][\p{L}\p{N}\-]{2,}(?![\p{L}\p{N}@])/gu;
/** "lucie.martin gmail": a first part with a dot or an underscore, then a provider's name alone. */
const LOCAL_THEN_PROVIDER = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-@/])[\p{L}\p{N}\-]+[._][\p{L}\p{N}._\-]*[\p{L}\p{N}]\s+${PROVIDERS}(?![\p{L}\p{N}.@])`, "giu");
/** "grosu.ion at mail.md": a marked local part, a bare "at", then a domain with its dot. */
const AT_DOTTED_DOMAIN = new RegExp(String.raw`${MARKED_LOCAL}\s+at\s+${DOMAIN_LABEL}\.${TLD}(?![\p{L}\p{N}])`, "giu");
/** "gmail.com arobase karim.b13": an address written backwards (so that robots miss it). */
const REVERSED_EMAIL = new RegExp(String.raw`${PROVIDERS}\s?\.\s?${TLD}\s+(?:arobase|arroba|at|@|(?:et\s+)?(?:devant|avant)\s+l['’]\s?arobase\s+(?:c['’]?\s?est\s+)?)\s*[\p{L}\p{N}._\-]{2,}`, "giu");
/** "après l'arobase c'est orange point fr": a provider's domain said on its own (only an address ends so). */
const PROVIDER_DOMAIN_SAID = new RegExp(String.raw`(?<![\p{L}\p{N}])${PROVIDERS}\s+(?:point|dot|punto|ponto|punct|nokta|точка|крапка)\s+(?:fr|com|net|org)(?![\p{L}\p{N}])`, "giu");
/** "aurelie.pons et après l'arobase c'est laposte.net": the first part, then the rest said after "arobase". */
const SAID_AFTER_AT = new RegExp(String.raw`${LOCAL}\s+(?:et\s+)?(?:apr[eè]s|ensuite|puis)\s+l['’]\s?arobase\s+(?:c['’]?\s?est\s+)?${DOMAIN_LABEL}\s?(?:\.|point|dot)\s?${TLD}(?![\p{L}\p{N}])`, "giu");
const EMAIL_PATTERNS = [SAID_AFTER_AT, SPELLED_WITH_WORDS, DOTTED_AT_WORD, PROVIDER_DOMAIN_SAID, AT_DOTTED_DOMAIN, REVERSED_EMAIL, LOCAL_THEN_PROVIDER, DOTTED_AT, AT_BETWEEN_WORDS, AT_PROVIDER, AT_WORD_PROVIDER, DESCRIBED_ADDRESS, CUED_WORDS_AT_PROVIDER, SPACED_EMAIL, EMAIL, EMAIL_NO_TLD, SPOKEN_EMAIL, WEAK_SPOKEN_EMAIL, PROVIDER_ADDRESS, SPOKEN_LOCAL_PROVIDER, CUED_WORD_PROVIDER, SPACED_LOCAL_PROVIDER, ODD_AT, HYPHENATED_EMAIL, ON_PROVIDER, LOCAL_THEN_DOMAIN, CUED_LOCAL];

/**
 * An address typed with a Russian or Ukrainian keyboard layout: "@" comes out as '"', "." as "ю", so
 * "ivanova87@gmail.com" reads "шмфтщмф87"пьфшдюсщь" — a Cyrillic run around a quote sign.
 */
const WRONG_LAYOUT_EMAIL = /(?<![\p{L}\p{N}])[\p{Script=Cyrillic}\p{N}]{2,}(?:ю[\p{Script=Cyrillic}\p{N}]{1,})*"[\p{Script=Cyrillic}]{2,}(?:ю[\p{Script=Cyrillic}]{2,4})*(?![\p{L}\p{N}])/gu;

export function emailSpans(original: string): Span[] {
  if (!EMAIL_HINT.test(original)) return spansOf(original, BARE_LOCAL, "email");
  const layout = spansOf(original, WRONG_LAYOUT_EMAIL, "email");
  // Quotes around the parts ("clem.vasseur" @ "gmail.com") and slashes between parts given "en plusieurs
  // fois" ("dylan point martin / 2002 / arobase / gmail") read as spaces (same length).
  // (" + " too: "rayan.tlm + arobase + gmail + point + com".)
  const text = original.replace(/["“”«»]/gu, " ").replace(/ \/ /gu, "   ").replace(/ \+ /gu, "   ");
  // "[thomas.renard] [arobase] [gmail] [point] [com]": every part in brackets; read once more without them.
  const unbracketed = /\[[^\]]*\]\s*\[/u.test(text) ? [text.replace(/[[\]]/gu, " ")] : [];
  // (Only when some part is really typed apart: "insta arobase chez point nana" is a handle, read below.)
  const apart = [...spansOf(text, LETTERS_APART_EMAIL, "email"), ...spansOf(text, LETTERS_APART_WEAK_AT, "email")].filter((s) => /(?:^|[^\p{L}\p{N}])[\p{L}\p{N}][ -][\p{L}\p{N}][ -][\p{L}\p{N}](?:$|[^\p{L}\p{N}])/u.test(text.slice(s.start, s.end)));
  return [...layout, ...apart, ...[text, ...unbracketed].flatMap((t) => [...EMAIL_PATTERNS, BARE_LOCAL].flatMap((pattern) => spansOf(t, pattern, "email")).map((s) => trim(t, s)))];
}

