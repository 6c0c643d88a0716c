/**
 * The redactor's own idea of an ordinary word, in the residents' languages: every French word form
 * (content/privacy/lexicons/french-words.bloom.json, a Bloom filter of some 320,000 forms: 0.3 % of other words pass for French),
 * the frequent words of French, English, Spanish, Portuguese, Romanian, Turkish, Russian, Ukrainian,
 * Arabic, German and Italian (content/privacy/lexicons/common-words.txt), the everyday French of common-french-words.ts, the
 * words residents capitalise that are not people (known-words.ts), and rough French stems of all these.
 * Listed first names and surnames are never ordinary words, unless they are ordinary words too ("rose").
 *
 * It decides when a word in a name's place (after "je suis", "mon fils", "bonjour", "demandez à", at the
 * end of a message) is a name: a word nobody's vocabulary knows is taken for one. It needs no catalogue,
 * so the redactor stays a pure function of the text.
 */
import { COMMON_FRENCH_WORDS } from "./common-french-words.js";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from "./first-names.js";
import { readFrenchWordsBloom, readWordList } from "./lexicon-files.js";
import { KNOWN_CAPITALISED, NAME_STOP_WORDS } from "./known-words.js";
import { foldWithMap } from "./normalize.js";

const split = (s: string) => s.split(/\s+/u).filter(Boolean);

/** Words residents write that the frequency lists miss (texting, CCAS words, courtesy). */
const EXTRA = split(`
bjr bsr slt cc svp stp mdr lol ptdr dsl jsp jpp tkt bcp pk pq pcq qd tt ts ok okay oki merci mrc cdt cdlt
rdv rv asso ccas caf cpam msa rsa apl aah mdph cmu css pmi ase ehpad hlm sdf cv pdf rib iban nir dalo fsl ars
formulaire formulaires demarche demarches dossier dossiers aide aides allocation allocations prestation prestations
inscription inscriptions attestation attestations justificatif justificatifs logement loyer loyers facture factures
renseignement renseignements rendez-vous permanence permanences accueil guichet benevole benevoles epicerie
solidaire colis alimentaire ludotheque mediatheque cantine periscolaire creche numerique ordinateur imprimer
scanner photocopie wifi internet mail email courriel telephone portable bonjour bonsoir salut coucou cordialement
maitre docteur monsieur madame mademoiselle professeur viens vient venez allez aller ascenseur poubelle poubelles
moro moramos morar mora
bach bash kayna kayen kayn kaynin dyalha dyalo dyalou dyali dyalek dyalna dyalkom dyalhom smito smitou smitha wla wela ola
walla 3lach 3lah ghi ghir bzaf bezaf chwiya chwia daba doka dorka mazal lyoum lyom ghda wakha safi nta3 bla blach hadchi
hada hadi hadik hadak kifach kifech kifash chno chnou achno wesh wech ymken yemken lazem khassni khasni rani raha rahi
rahou rahom kanet kant wach wash ila fin tji nji ndir nmchi katji kayna bghina bghitou drari sakna sakin
cok yalniz evli bekar dul bosanmis hamile issiz ogrenci emekli multeci singura singur casatorit casatorita divortat
divortata vaduva vaduv somer somera pensionar pensionara refugiat refugiata gravida bolnav bolnava soltera soltero viuda
viudo divorciada divorciado casada casado sola solo refugiada refugiado jubilada jubilado embarazada desempleada
desempleado solteira solteiro viuva viuvo sozinha sozinho desempregada desempregado aposentada aposentado single divorced
dogdu dogurdu annem babam esim esi kocam kocasi karim ablam abim ona onu onun bana beni sana seni bize size vuruyo vuruyor dovuyor dovuyo dobryi dobryy dobrii den pryvit vitaiu diakuiu dyakuyu pidkazhit pidkazhite skazhit bud laska
tent tents caravan van street bridge station shelter hostel squat sleeping allahou allahu fik fikom fikoum fikum kkk kkkk rsrs
chy mozhna mozhu tilky ye ya my vy vin vona vony tse shcho yak koly skilky dlia pro ale abo nam meni yomu yii treba
potribno dopomoha dopomohu dopomozhit dopomozhyt duzhe vdiachna vdiachnyi tak nemaie nema ye pryikhaly pryikhala zhyvu
zhyvemo mozhno tolko gde kogda skolko pomoshch pomogite pozhaluysta spasibo ochen nuzhno menya zovut
подскажите підкажіть скажите скажіть помогите допоможіть widowed pregnant refugee unemployed retired homeless portugues portuguesa brasileiro brasileira angolano angolana
caboverdiano caboverdiana guineense roman romanca moldovean moldoveanca lucrator sezonier хазяїн хазяйка хозяин хозяйка
liya lia lya cuentan cuenta cuentas chhal ch7al chhal galt galet gali golt goulti galou we're you're they're i've we've don't can't won't isn't aren't doesn't didn't wasn't i'd she's he's let's pls plz thx cheers thanking respected regards helpline hotline renew renewal brexit samaritans expat expats pensia pensie pensiei maiu troie dvoie chetvero снеп снап lunii luna тел моб scam scams scammer phishing kay3tiw 3tiw y3tiw ya3tiw what's whats where's who's how's there's that's nha numeru obrigadu kel ki pa ku sta mininu mininus fidju fidjus kasa trabadju txiga mora bu nos dim kimn domestica domestice violenta violente заздалегідь заранее зазделегідь dyakuju dyakuiu diakuju dyakuju spasybi pratsiujut pratsiuiut zapysuvatysia zazdalehid kotrij kotryi
renda buletin buletinul romanesc romanesti twffa tweffa twfa twafa twfat twfaw mat matet nhar
dob assalam assalamu asalam alaikum alaykum aleikum numarului пошта пошту поштою пошти почта почту почтой дзвоніть передзвоніть подзвоніть звоніть звоните перезвоните позвоните пишіть напишіть щиро inna wha weh tek pickney jai dzvonit dzvonite dzvonyty pislia pislya narodylas narodyvsia narodilas narodylasia narodyvsya gamarjoba
`);

const FOLD = (w: string) => foldWithMap(w).text;
const WORDS = new Set<string>();
for (const w of readWordList("common-words.txt")) WORDS.add(w);
for (const w of split(COMMON_FRENCH_WORDS)) WORDS.add(FOLD(w));
for (const w of [...KNOWN_CAPITALISED, ...NAME_STOP_WORDS, ...EXTRA]) WORDS.add(FOLD(w));
// A listed first name or surname is no ordinary word, unless it is an ambiguous one ("rose", "pierre").
for (const w of [...WORDS]) if ((FIRST_NAMES.has(w) && !AMBIGUOUS_FIRST_NAMES.has(w)) || SURNAMES.has(w)) WORDS.delete(w);

const SUFFIXES = [
  "erions", "eriez", "aient", "erais", "erait", "erons", "eront", "ements", "ement", "ations", "ation", "ances", "ance",
  "euses", "euse", "eurs", "eur", "antes", "ante", "ants", "ant", "ions", "iez", "ons", "ez", "ais", "ait", "ent", "er",
  "ir", "ees", "ee", "es", "e", "s", "x",
];
function stemOf(word: string): string {
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}
const STEMS = new Set([...WORDS].filter((w) => w.length >= 5).map(stemOf));

const FRENCH_WORDS_BLOOM = readFrenchWordsBloom();
const BLOOM = FRENCH_WORDS_BLOOM.data;
// Must match scripts/build-privacy-lexicons.mjs.
function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
/** A form of the full French word list (Bloom filter: about 0.3 % of other words pass). */
export function isFrenchWord(folded: string): boolean {
  if (folded.length < 3 || !/^[a-z][a-z'-]*$/u.test(folded)) return false;
  const h1 = fnv(folded, 2166136261);
  const h2 = fnv(folded, 0x9747b28c) | 1;
  for (let i = 0; i < FRENCH_WORDS_BLOOM.hashes; i++) {
    const at = ((h1 + Math.imul(i, h2)) >>> 0) % FRENCH_WORDS_BLOOM.bits;
    if ((BLOOM[at >> 3]! & (1 << (at & 7))) === 0) return false;
  }
  return true;
}

/**
 * Words that end a name after a strong cue ("je m'appelle fatima ET…", "my name is john AND…"): the
 * function words of the residents' languages.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  split(`a au aux avec ce c ces cet cette chez comme dans de des du elle en est et eux il ils je j la le les leur lui ma mais me
  mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y
  ai suis es sommes etes sont etait avais avait ca car donc puis alors aussi tres merci bonjour svp stp
  and or but the a an of to in on at for with from by is am are was were be been have has had i i'm im my me we you he she it
  they this that what where when how why can could would should will do does did not no yes please thanks hello hi
  y o e el la los las un una de del en con por para que es soy estoy tengo mi mis su pero como
  e o a os as um uma de do da dos das em no na com por para que eu sou estou tenho meu minha mas
  si sau dar cu de la in pe din este sunt am eu meu mea nu
  ve veya ama ile bir bu su ben sen o biz siz benim adim
  и или но в на с у к по за из я ты он она мы вы они это мой моя не
  і або але в на з у до по за я ти він вона ми ви вони це мій моя не та й
  و او في من على مع انا هو هي
  ana nta nti howa hiya huwa 7na hna ntoma homa dyal dial mn men 3la ala wach wash kayn kain bghit bghat 3andi andi ila fin
  salam slm smiti esmi ismi ismy smiyti
  bach bash kayna kayen kayna kayn kaynin dyalha dyalo dyalou dyali dyalek dyalna dyalkom dyalhom smito smitou smitha smiytha
  wla wela ola walla 3lach 3lah ghi ghir bzaf bezaf chwiya chwia daba db doka dorka mazal lyoum lyom ghda lbare7 wakha safi
  ta3 nta3 bla blach hadchi hada hadi hadik hadak kifach kifech kifash chno chnou achno wesh wech ymken yemken lazem khassni
  khasni rani raha rahi rahou rahom kanet kant 3ndi 3ndha 3ndo 3andha 3ando m3a ma3a b7al 7ta 7tta ba3d 9bel bghina bghina`),
);

/** A frequent word (the frequency lists and the everyday French), without the full French word list. */
export function isFrequentWord(folded: string): boolean {
  return WORDS.has(folded) || WORDS.has(folded.replace(/^(?:[ldmnstjc]|qu)'/u, ""));
}

/** Pronouns after a hyphen ("appelez-moi", "peut-on", "dites-le"). */
const HYPHENATED_PRONOUN = /-(?:moi|toi|nous|vous|le|la|les|lui|leur|y|en|on|il|elle|ils|elles|je|tu|t-il|t-elle|t-on|ce)$/u;

/** Is this (folded) word an ordinary word of one of the residents' languages? */
export function isCommonWord(folded: string): boolean {
  if (WORDS.has(folded)) return true;
  if ((FIRST_NAMES.has(folded) && !AMBIGUOUS_FIRST_NAMES.has(folded)) || SURNAMES.has(folded)) return false;
  if (isFrenchWord(folded)) return true;
  if (folded.includes("-")) {
    const head = folded.replace(HYPHENATED_PRONOUN, "").replace(HYPHENATED_PRONOUN, "");
    if (head !== folded && head && isCommonWord(head)) return true;
    const parts = folded.split("-").filter(Boolean);
    if (parts.length > 1 && parts.every((p) => WORDS.has(p) || isFrenchWord(p))) return true;
  }
  const bare = folded.replace(/^(?:[ldmnstjc]|qu)'/u, "");
  if (bare !== folded && WORDS.has(bare)) return true;
  // An English possessive ("child's", "son's").
  if (/^[a-z]{3,}'s$/u.test(folded) && WORDS.has(folded.slice(0, -2)) && !FIRST_NAMES.has(folded.slice(0, -2)) && !SURNAMES.has(folded.slice(0, -2))) return true;
  // An English plural the frequency lists miss ("interpreters").
  if (folded.length >= 7 && folded.endsWith("s") && !folded.endsWith("ss") && /^[a-z]+$/u.test(folded) && !FIRST_NAMES.has(folded.slice(0, -1)) && !SURNAMES.has(folded.slice(0, -1)) && isCommonWord(folded.slice(0, -1))) return true;
  // Arabic clitics: "وأريد" is "أريد", "بالمدرسة" is "المدرسة".
  if (/^[وفبلك]\p{L}{2,}/u.test(folded) && /^\p{Script=Arabic}/u.test(folded) && (WORDS.has(folded.slice(1)) || WORDS.has(folded.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u, "")))) return true;
  if (FIRST_NAMES.has(bare) && !AMBIGUOUS_FIRST_NAMES.has(bare)) return false;
  if (SURNAMES.has(bare)) return false;
  return bare.length >= 6 && STEMS.has(stemOf(bare));
}
