/**
 * Everyday French words (folded: lower case, no accents) that residents use in questions, on top of the
 * vocabulary of the catalogue and the bot's own texts. Used to tell a word everybody knows from a word
 * that may be a name (see unknown-words.ts). A word missing here only sends a question to an agent for
 * review before volunteers see it.
 */
export const COMMON_FRENCH_WORDS = `
a abord absent accepte accepter accord accueil accompagner achat acheter acte activite actuel actuellement adresse
adulte adultes affaire age agee agees agence agent agents ai aide aider aides ailleurs aime aimer ainsi aller allo
alors ami amis an ancien anglais annee annees annule annuler ans apprendre apres apres-midi argent arrete arriver
as assez association atelier ateliers attendre attente attestation au aucun aujourd'hui aupres aussi autre autres aux
avance avant avec avez avis avoir avons bail banque bas beaucoup besoin bien bientot billet blanc bloque bloquee bon
bonjour bonne bonsoir bout bus but ca cadre calcul carte cartes cas cause ce ceci cela celle celui centre certain ces
cet cette chaque changer chaque chercher chez choisir chose choses ci cinq classe code colis combien comme commencer
comment commune compte comprendre comprends comprend connais connaitre connexion conseil conseille contact contacter
contre copie cote coup courrier cours courses coute couter crois dans date de debut declaration declarer dedans
dehors deja demain demande demander demandes demenagement depuis dernier derniere des descendre desole desolee dessus
deux devant devoir dire dit dix document documents doit dois donc donne donner dont dossier dossiers droit droits
du ecole ecrire electricite elle elles email emploi en encore enfant enfants ensemble ensuite entre envoi envoye
envoyer epicerie erreur es espace est et etais etait etant ete etre eu eux exemple facture factures faire fais fait
faites falloir famille faut faux femme fermer ferme fin fini fois fond formulaire formulaires fort gare gens
gratuit gratuite gratuitement grand grande gros guichet habite habiter haut heure heures hier homme horaire horaires
ici idee il ils imprimer imprimante information informations inscription inscrire internet jamais je jeune jeunes
jour jours jusqu juste la la-bas laisser le lequel les lettre leur leurs libre lieu ligne lire logement loin long
longtemps lui lundi ma madame mai main maintenant mais maison mal malade manger manque marche matin me meme merci
message mes met mettre midi mien mieux mille mis mode moi moins mois moment mon monsieur mot mots moyen n ne neuf
ni niveau noel nom non nos notre nous nouveau nouvelle numero objet obtenir on ont ordinateur ou ouvert ouverte
ouverture oui page papier papiers par parce parents parfois parle parler part partie partir pas passe passer payer
pendant perdu permis personne personnes petit petite peu peut peut-etre peuvent peux photo photocopie piece pieces
place plus plusieurs pour pourquoi pourrais pourriez pouvez pouvoir premier premiere prendre pres presque prix
probleme problemes prochain proche propre quand quartier que quel quelle quelles quels quelqu'un quelque quelques
question questions qui quoi raison rappeler recevoir recu regarder remplir rendez-vous renseignement renseignements
repondre reponse reste rester retard retour rien role rue sa sais sait salut samedi sans savoir scanner se selon
semaine sept service services ses seul seule seulement si site six soir soit son sont sortir souvent suis suite sur
sure svp ta tard te telephone temps tenir tes toi ton tot toujours tous tout toute toutes train travail travailler
tres trois trop trouver tu un une urgent utiliser va vais valable venir vers veut veux vie ville vingt vite voici
voir vois voisin voisine voit votre vos voudrais voudrait voulez vouloir vous vrai vraiment y
janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi
vendredi dimanche
allocation allocations allocataire aah apl rsa caf cpam ccas mdph msa carsat impots impot ameli retraite pension
loyer loyers charges chauffage gaz eau energie cheque cheques assurance mutuelle sante medecin hopital pharmacie
lunettes dentiste soins ordonnance vitale securite sociale handicap invalidite chomage indemnite indemnites salaire
revenus ressources prime activite naissance mariage divorce deces enfant bebe creche cantine college lycee etudiant
bourse transport tram metro velo voiture permis conduire assurance logement hlm locataire proprietaire bailleur
expulsion impaye impayes dette dettes credit surendettement huissier tribunal avocat justice police plainte
prefecture titre sejour nationalite passeport identite naturalisation visa cours francais langue traduction
traducteur ecrivain public mairie france services conseiller numerique compte mot passe identifiant connexion
connecter connecte application appli smartphone tablette mail courriel adresse scanner scan imprimer photocopies
photocopier colis alimentaire restaurant social restos coeur secours populaire croix rouge vestiaire vetements
meubles electromenager epicerie solidaire solidarite benevole benevoles atelier ateliers numerique formation
stage apprentissage emploi travail embauche contrat cv lettre motivation mission locale france travail pole
inscription inscrire actualisation actualiser declaration declarer trimestrielle annuelle mensuelle montant
combien euros euro date delai delais rendez-vous horaires adresse bureau guichet accueil agence antenne
personne agee agees senior seniors aide domicile portage repas teleassistance canicule isolement isole isolee
famille familles enfants parent parents seul seule couple mariee pacse concubin garde alternee pension alimentaire
grossesse enceinte maternite paternite conge
gratuit gratuite tarif tarifs reduit reduction aide aides financiere urgence urgent vite besoin besoins
est-ce qu'est-ce c'est n'est j'ai j'habite s'il m'aider m'appelle d'accord aujourd'hui quelqu'un l'aide
svp stp ok merci cordialement salutations bonne journee soiree bjr slt cc coucou bsr stp pk pq tkt jsp
insta instagram facebook snap snapchat telegram whatsapp tiktok tel tel. portable mobile fixe nee ne naissance ddn nir
mme mlle mr m. vacances culture exactement distribue distribuer distribution existe exister encore appareil
conseille conseillee dit vu hier accueil ecrivez ecrivez-moi ecris appeler appelez joignable joindre pseudo domicile
avenue boulevard allee impasse chemin route quai cours residence batiment appartement etage escalier porte cite
place square passage faubourg lotissement hameau cedex
truc trucs machin chose ordi boulot taf job pote potes copain copine balles thune fric sous genre lol mdr ptdr koi
tt dej deja bosser bosse galere galerer nul nulle bug bugue panne marche marcher plante robot vraie vrai faux
hiver ete printemps automne noel paques vacances week-end weekend matin midi soir nuit semaine mois annee
un deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille premier deuxieme
enfin voila bref donc alors pourtant quand meme plutot surtout uniquement seulement vraiment correctement
souhaite souhaiterais voudrais aimerais pourrais devrais saurais serais aurais ferais irais
dispositif dispositifs demarche demarches formalite formalites procedure procedures explication explications
solliciter pretendre beneficier toucher percevoir percu recevoir recevable refuser refus accepter accord
retrouver retrouve perdre perdu oublier oublie refaire refait essayer essai essais changer change envoyer
louer loue location colocation coloc proprio bail caution depot garantie etat lieux quittance
diplome diplome etudes ecole fac universite bac brevet formation stage alternance apprenti interim cdd cdi
salaire paie fiche bulletin net brut impot impots declaration revenus fiscal avis
eaux eau electricite gaz chauffage facture factures energie fournisseur compteur regie
frere soeur fils fille pere mere parent parents enfant enfants bebe grand-mere grand-pere oncle tante cousin
voisin voisine ami amie amis copains collegue collegues chef patron patronne employeur
educateur educatrice assistante assistant social sociale conseiller conseillere referent referente medecin
infirmier infirmiere plombier electricien serrurier huissier avocat notaire banquier
venu venue venir arrive arrivee partir parti partie rester reste habiter vis vit vivons vivent dorment dormir
beau belle grand grande petit petite gros grosse jeune vieux vieille nouveau nouvel nouvelle ancien ancienne
intervenir aider aide accompagner accompagnement orienter orientation informer information conseiller
semestre trimestre annuel annuelle mensuel mensuelle hebdomadaire quotidien quotidienne
hernie dos genou jambe bras tete dents yeux lunettes sante soin soins malade maladie traitement
ose oser mette mettre mis sers sert servir finir fini termine commencer debut fin
`;
