/**
 * First names common among residents of French towns, across generations and origins (French, Maghreb,
 * West and Central Africa, Portugal, Spain, Italy, Turkey, Eastern Europe, Ukraine, Comoros, Asia).
 * Used by the redactor to spot a name without any cue ("Fatima a reçu un courrier"), together with the
 * generated lists of content/privacy/lexicons/ (first names and surnames of many more origins). Written without
 * accents and in lower case: the redactor folds what it reads the same way. This file's list is also read
 * by scripts/build-privacy-lexicons.mjs, which trusts it.
 *
 * Some first names are also ordinary French words ("rose", "pierre", "claire"): they are listed in
 * AMBIGUOUS_FIRST_NAMES and only count as names when capitalised or next to a name cue.
 */
import { readWordList } from "./lexicon-files.js";
import { foldWord } from "./normalize.js";

const LIST = `
aaron abdel abdelkader abdellah abdou abdoulaye abdul abel abigail adam adel adele adeline adil adrian adrien agathe
agnes ahmed aicha aida aimee aissatou alain alan albert alberto alex alexandra alexandre alexandru alexis ali alice
alicia aline alix amadou amandine amar amel amelie amina aminata amine amir amira anais anastasia andre andrea andrei
andreea andres angele angelique anissa anna annabelle anne annette annick annie anouk antoine antoinette antonio anton
arnaud arthur assia audrey augustin aurelie aurelien axel aya aymeric aziz baptiste barbara bastien beatrice benedicte
benjamin benoit bernadette bernard bertrand bilal bintou blandine boris boubacar brahim brigitte bruno camille carla
carlos carole caroline catherine cecile celia celine chantal charles charlene charlotte cheikh chloe christelle
christian christiane christine christophe claude claudine clement clementine coline colette corinne cyril cyrille
dalila damien daniel daniela daniele danielle david delphine denis denise diane didier dimitri djamel dmytro dominique
dorian driss dylan edith edouard eleonore elena eliane elias elisa elisabeth elise ella elodie eloise emeline emile
emilie emma emmanuel emmanuelle enzo eric erwan estelle esther ethan etienne eugenie eva evelyne fabien fabienne
fabrice fadila fanny farah farid fatiha fatima fatimata fatou fatoumata florence florian francine francis francisco
franck francois francoise frederic frederique gabriel gabriela gabrielle gael gaelle gaston genevieve georges gerald
gerard gilbert gilles ginette gisele gregoire gregory guillaume guy habib hadja hakim halima hamid hamza hassan helene
henri herve hind hoang houria hugo hugues ibrahim ibrahima ilyes imane ines irene iryna isaac isabel isabelle ismael
jacqueline jacques jamal jean jeanine jeanne jeannine jerome jessica joao joel joelle johan jonathan jordan jorge jose
josee joseph josephine josiane juan jules julia julie julien juliette justine kader kadiatou kamel karim karima karine
kateryna katia kelly kenza kevin khadija khaled lahcen laetitia lamine lara larissa laura laure laurence laurent lea
leila leo leon leonie liliane lina linda lionel lisa loic louis louise luc luca lucas lucie lucien lucienne ludivine
ludovic luis lydia lyna mael maelle magali mahamadou mahmoud maite malik malika mamadou manon manuel manuela marc
marcel marcelle margaux margot maria mariam mariama marianne marie marina mario marion mariya marius marthe martin
martine mathias mathieu mathilde matteo matthieu maud maurice maxime mehdi melanie melissa michael michel micheline
michele mickael mikhail milan mireille mohamed mohammed monique moussa mustapha mykola nabil nadege nadia nadine nadir
naima najat nassim natalia natalie nathalie nathan nawel nicolas nicole nina noah noemie noel nora nordine norbert
nour oceane odette odile olga olena oleksandr oleksandra olivier omar oscar oumar ousmane pascal pascale patrice
patricia patrick paul paula paule paulette pauline pedro philippe pierrette quentin rachel rachid rafael rania raphael
raymond rayan rebecca regine remi remy renaud rene renee richard robert roger roland romain romane rosa roxane ruben
rudy sabine sabrina sacha safia said salima salma salome samia samir samira samuel sandra sandrine sara sarah
sebastien serge sergio sergiy severine sidi simon simone slimane sofia sofiane solene sonia sophie soraya souad
stephane stephanie steven suzanne sylvain sylvie tania tatiana taras theo therese thibault thierry thomas timothee
tiphaine tristan valentin valerie vanessa veronique victor victoria vincent virginie viviane vladimir wassim william
xavier yacine yanis yann yannick yasmina yassine yolande youssef yuliia yves yvette yvonne zahra zakaria zineb zohra
zoe zoubida anne-marie jean-pierre jean-claude jean-luc jean-marc jean-paul jean-michel marie-claire marie-christine
marie-france marie-therese pierre-yves jean-baptiste jean-louis jean-francois marie-laure marie-pierre
abdelaziz abderrahmane aboubacar adama ahmadou alassane alpha awa binta coumba daouda demba djeneba fode hawa issa
kadidia kalidou mariame modibo ndeye oumou rokia salif seydou souleymane tidiane yaya aminata-sy
costica costel costinel lenuta ionut ionel gigel gica gicu nelu fanel marioara viorica florica aurica mioara dorel viorel
sandu sorin sorina catalin catalina florin florina mirela nicusor petrica tudorel vasilica ileana anisoara lucica marinela
`;

const AMBIGUOUS = `
rose pierre claire olive marine france ange aime aimee blanche prudence constance modeste victoire grace patience
colombe capucine violette jade ambre prune basile sage noel iris lys aurore celeste clemence fleur lune mai perle
reine merveille alpha nadir romain said marc
esperance gloire bonheur joie chance baraka divine precieuse sagesse fidele prosper dieudonne providence exauce bienvenu
desire desiree benie innocent parfait tresor destin juste espoir fortune fortunee felicite honore honorine celestin
miracle sultana lucky dignite desir raja romana nada
mimi titi jojo lulu nono fifi kiki loulou dede riri zizou doudou lin hmad mhamed hmida kaddour miloud lakhdar larbi mokhtar rabah saadia khadidja ravi raj rajesh priya
anil sunil deepak amit arjun vijay lakshmi kavita sanjay imran asif farhan usman ayesha chinedu emeka ngozi chioma tunde bola
funmi segun kemi yemi elikia consolata consolation plamedie glodie`;

/** Arabic-script first names residents write (folded as the redactor reads them: no hamza, no tashkeel). */
const ARABIC_SCRIPT = `
محمد أحمد آدم يونس يوسف إبراهيم ابراهيم مصطفى خالد كريم رشيد سعيد عبدالله حسن حسين مهدي أمين ياسين إلياس بلال حمزة طارق
سفيان نبيل جمال عمر علي عثمان أنس أيوب إسماعيل زكرياء هشام نجاة فاطمة خديجة مريم عائشة زينب سارة ليلى سلمى نور أمينة
حليمة سعاد نادية سميرة كريمة رشيدة مليكة حياة منى هدى رانيا ديما سنية جورج ماري هند وفاء سناء أسماء إيمان لبنى نعيمة
دانة مارك نهى نفيسة بابكر ميساء نسرين سلوى سرى حيدر رنا نورهان إيلي ماريا كرم يارا بوشعيب الحبيب صالح باسل آرام مجتبى`;

/** Ukrainian and Russian first names and their everyday forms, in Cyrillic (folded when read: "й" is "и"). */
const CYRILLIC_SCRIPT = `
олена оксана наталія наталя тетяна таня ірина іра марія маша ольга оля світлана юлія юля анна аня ганна галина людмила
валентина катерина катя вікторія віка софія соня анастасія настя дарина даша мирослава алла лариса надія любов зоя ніна
раїса тамара христина уляна богдана зоряна олеся леся інна віра
андрій олександр саша сашко сергій микола коля володимир вова іван ваня дмитро діма петро василь олег юрій ігор богдан
тарас віталій віктор максим артем денис роман михайло павло степан ярослав остап назар євген костянтин антон вадим
руслан олексій леонід анатолій григорій мирослав святослав
наталья татьяна ирина мария ольга светлана юлия елена екатерина анна дарья анастасия людмила галина
александр сергей андрей дмитрий алексей николай владимир иван михаил павел евгений игорь юрий виктор константин`;
/**
 * Everyday words of the residents' languages that the generated lists hold as rare names: Maghrebi
 * "bach" (so that), "kayna" (there is), "ila" (if), Portuguese "renda" (income), Romanian "buletin".
 */
const NOT_NAMES = new Set(`bach kayna kayen ila wach renda buletin buletinul franta esi esim ona bud mae nu my alone`.split(/\s+/u));

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const GENERATED_FIRST = readWordList("first-names.txt");
const GENERATED_AMBIGUOUS = readWordList("ambiguous-first-names.txt");
const CURATED_AMBIGUOUS = new Set(words(AMBIGUOUS));

/** This file's own ambiguous names: French-speaking residents' names that are also French words. */
export const FRENCH_AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = CURATED_AMBIGUOUS;

/** Ordinary words that are also first names: names only when capitalised or next to a cue. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set([...CURATED_AMBIGUOUS, ...GENERATED_AMBIGUOUS]);

/**
 * Every first name: this file's list and the generated one (content/privacy/lexicons/first-names.txt, some 15,000 names of many
 * origins — see scripts/build-privacy-lexicons.mjs).
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...words(LIST), ...words(ARABIC_SCRIPT).map(foldWord), ...words(CYRILLIC_SCRIPT).map(foldWord), ...CURATED_AMBIGUOUS, ...GENERATED_FIRST, ...GENERATED_AMBIGUOUS].filter((w) => !NOT_NAMES.has(w)),
);

/** Surnames that are no ordinary word in any of the residents' languages (content/privacy/lexicons/surnames.txt). */
export const SURNAMES: ReadonlySet<string> = new Set(readWordList("surnames.txt").filter((w) => !FIRST_NAMES.has(w) && !NOT_NAMES.has(w)));
