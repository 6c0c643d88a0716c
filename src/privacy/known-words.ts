/**
 * Words the name detector must not take for names. Folded (lower case, no accents).
 * - KNOWN_CAPITALISED: words residents capitalise that are not people — institutions and services,
 *   schemes, places a volunteer needs to answer (large towns, regions), days, months, languages, brands.
 *   A town missing here is redacted as "[nom]": a loss of context, never a leak.
 * - NAME_STOP_WORDS: common words that end a name after a cue ("je m'appelle fatima ET je…",
 *   "je suis MALADE") and never start one.
 */
import { foldWord } from "./normalize.js";

// (Folded as the detectors read words: "франції" is matched as "франціі".)
function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
}

export const KNOWN_CAPITALISED = set(`
caf cpam cnaf msa carsat cnav cram urssaf mdph cdaph ccas cias cdas cmp cmpp pmi ase crous cnous anah adil afpa apec
pole emploi france travail services service public publics ameli impots impot gouv gouvernement mairie prefecture
sous-prefecture tribunal justice droit police gendarmerie hopital chu clinique sante securite sociale assurance maladie
retraite vieillesse allocations familiales allocation familiale conseil departement departemental departementale
region regional regionale etat republique francaise francais europe europeen europeenne ue brexit education nationale
ecole college lycee universite fac mission locale maison solidarites solidarite espace emploi agence
restos resto coeur secours populaire catholique croix-rouge croix rouge emmaus banque alimentaire poste laposte
orange sfr free bouygues edf engie gdf veolia suez totalenergies enedis grdf sncf ratp tam tan tcl tisseo
internet google gmail hotmail outlook yahoo apple iphone android samsung whatsapp facebook messenger instagram
telegram tiktok snapchat twitter youtube zoom teams skype doctolib leboncoin amazon paypal lydia
franceconnect connect ants antai dgfip anct cnil defenseur droits adie udaf unaf apf adapei unafam
rsa apl als alf aah aspa asi ass are aeeh paje prime activite cmu css ame cmi cpf vitale navigo pass culture sport
cheque energie cheques vacances mobilite inclusion invalidite handicap logement social hlm opac opah
noel paques ramadan aid toussaint nouvel an fete
lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie janeiro fevereiro maio junho julho setembro outubro novembro dezembro
ocak subat nisan mayis haziran temmuz agustos eylul ekim kasim aralik січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
anglais arabe espagnol ukrainien russe portugais italien allemand turc chinois roumain polonais
ліон ліоні ліону парижі париж марсель марселі venissieux villeurbanne champigny vaulx-en-velin
british english-speaking french-speaking afghan afghans syrian syrians sudanese eritrean eritreans somali nigerian nigerians ghanaian pakistani bangladeshi indian ukrainians romanian romanians algerian moroccan tunisian senegalese malian ivorian congolese cameroonian guinean
париж парижі париже марсель марселі марселе ліон ліоні лион лионе тулуза тулузі тулузе ніцца ніцці ницца ницце нант нанті нанте страсбург страсбурзі страсбурге монпельє монпелье бордо лілль ліллі лилль лилле ренн ренні ренне реймс тулон гренобль греноблі гренобле діжон дижон нансі нанси мец меці анже нім нім ліможі лимож руан руані
ain aisne allier ardeche ardennes ariege aube aveyron calvados cantal charente charente-maritime correze cote-d'or cotes-d'armor creuse dordogne doubs drome eure finistere gironde haute-garonne gers ille-et-vilaine indre isere jura landes loire loire-atlantique loiret lozere marne mayenne meurthe-et-moselle meuse morbihan moselle nievre oise orne pas-de-calais puy-de-dome bas-rhin haut-rhin rhone saone-et-loire sarthe savoie haute-savoie seine-maritime seine-et-marne yvelines somme tarn vaucluse vendee vosges yonne essonne hauts-de-seine seine-saint-denis val-de-marne val-d'oise auvergne bourgogne hauts-de-france nouvelle-aquitaine paca
republica dear sir sirs madam stimata stimate stimat шановні шановна шановний шановне панове тема запит subject subiect objet
aps apj spada pada complementaire marsella marselha tolosa burdeos niza estrasburgo lion renov renov' france-renov
франция франции францию францией франція франції францію францією україна україни україні україну украина украины украине украину польща польщі германия німеччина німеччині европа європа європі
god bless salamat po turkiye ofii ofpra cnda caes cada huda spada prahda marseli paryzhi lioni lili лілі strasburzi strasburg nansi nanti tuluzi tuluza nitstsi nitsi nitstsa montpelie montpelieu montpeliie bordo renni ruani lilli franta romania italia spania germania anglia ucraina turcia moldova bulgaria portugalia belgia elvetia
turkce kurtce arapca fransizca ingilizce almanca rusca ispanyolca farsca portekizce
paris marseille lyon toulouse nice nantes montpellier strasbourg bordeaux lille rennes reims toulon grenoble dijon
angers nimes villeurbanne clermont-ferrand aix-en-provence brest tours amiens limoges perpignan metz besancon orleans
rouen mulhouse caen nancy argenteuil montreuil roubaix tourcoing avignon beziers sete lunel lattes castelnau-le-lez
frontignan agde narbonne carcassonne ales beaucaire valence poitiers pau bayonne la rochelle calais dunkerque
le havre le mans havre mans rochelle saint-denis cergy creteil nanterre versailles boulogne vitry colombes aubervilliers
occitanie herault gard aude lozere bouches-du-rhone ile-de-france bretagne normandie alsace provence corse
france algerie maroc tunisie senegal mali cameroun cote ivoire comores turquie portugal espagne italie ukraine
russie roumanie pologne syrie afghanistan chine vietnam belgique suisse allemagne angleterre royaume-uni
dom-tom drom guadeloupe martinique guyane reunion mayotte
italie italy france franca francia frankreich spain espana germany alemania canada quebec belgium belgica
guinee guinea congo rdc gabon niger nigeria ghana mauritanie tchad burkina faso benin togo madagascar haiti
egypte egypt liban lebanon irak iraq iran pakistan inde india bangladesh sri lanka georgie georgia armenie armenia
albanie albania kosovo serbie serbia moldavie moldova bulgarie bulgaria hongrie hungary venezuela colombie colombia
bresil brasil brazil perou peru chili chile argentine argentina mexique mexico cuba usa america amerique europe
french english spanish arabic ukrainian russian portuguese italian german turkish
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
english french arabic spanish christmas easter
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
i i'm i've i'd i'll im ive id can could would should will hi hello thanks thank yes no please sorry honestly
hola gracias buenos buenas como cuando donde que quien eres estoy tengo soy puedo necesito mi mis
ola bom boa obrigado obrigada
fsl ehpad apa dalo dahlia anef rqth assedic rmi ame puma ald cmg clca prepare asf ars paje aeeh ajpp cesu
om psg gp rsa rsa-activite visale action logement locapass garantie jeunes cej epide ape adie bafa bafd
ccas cias caf msa cpam crous cnil siao samu sos croix-rouge
iban rib bic nir secu ddn nom prenom adresse tel telephone mail email e-mail courriel portable cerfa cv pdf sms mms wifi ok svp stp merci bonjour bonsoir salut coucou hello oui non
qui que quoi quand comment pourquoi combien ou est-ce quel quelle quels quelles
je tu il elle nous vous ils elles on moi toi lui eux
le la les un une des du de au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
et ou mais donc car ni or si
madame monsieur mademoiselle mme mlle mr
`);

export const NAME_STOP_WORDS = set(`
kindly back later tomorrow asap please now again soon today tonight urgently anytime
a au aux avec ce ces cet cette chez comme comment dans de des du elle elles en est et eux il ils je j la le les leur
leurs lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton
tu un une vos votre vous y ai as avons avez ont suis es sommes etes sont etait etais avait avais c ca cela ceci
merci bonjour bonsoir salut svp stp oui non ok d'accord madame monsieur mademoiselle depuis aussi tres bien mal
besoin voudrais voudrait veux veut voulons voulez peux peut pouvez pourrais pourriez savoir sais sait faire fais fait
demande demander demandes aide aider aides question questions dossier dossiers habite habites vis vit vivons
malade seul seule perdu perdue enceinte retraite retraitee handicape handicapee etudiant etudiante chomeur chomeuse
demandeur demandeuse desole desolee inquiet inquiete bloque bloquee allocataire proprietaire locataire nouveau
nouvelle veuf divorce divorcee marie mariee celibataire separe separee la ici la-bas age agee ans an mois jour jours
semaine semaines heure heures quoi quand pourquoi combien quel quelle quels quelles ou si alors donc car puis ensuite
apres avant encore toujours jamais rien tout tous toute toutes plus moins peu beaucoup trop deja bientot maintenant
aujourd'hui demain hier ce matin soir svp urgent urgence probleme problemes souci soucis
appelle appelles appelons nomme prenomme et/ou bonne bon journee soiree cordialement salutations bisous bises
amicalement respectueusement bientot remercie remercions nom prenom adresse tel telephone mail email portable numero
travaille travaillait cherche cherchons recherche attends attend voudrions pouvons devons dois doit va vais vont allons
m'a m'ont conseille conseillee dit parle parlee explique envoye aidee aide
jabite jabit jabiteu jhabit mapel mapelle jmapel jmapelle japel sui jsui enfan enfans droi droa kan koi komen comen fo fau fai
kel kelle kelkun bokou bocou travay travaye toujour depui avek ya pa lapl larsa laspa lcaf laide lalocation alocation alocatere
ساكن ساكنة ساكنه ساكنين ساكنون عايش عايشين قاعد قاعدة قاعده قاعدين خدام خدامة يخدم تخدم يشتغل تشتغل بيشتغل بتشتغل راح راحت مشى مشات جا جات هنا معايا معانا معنا معاي

`);
