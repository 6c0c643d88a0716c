import { loadCatalogue } from "./src/catalogue/load-catalogue.js";
import { createUnderstander } from "./src/understanding/create-understander.js";
const u = createUnderstander(loadCatalogue("content/rights"));
const qs: [string, string, number][] = [
 ["moi pas travail, pas argent, besoin aide caf", "rsa", 1],
 ["jsui maman solo 2 gosses le pere paye r", "asf", 1],
 ["c ou kon fé la demande de logement", "logement-social", 2],
 ["ma caf a bloké mes apl pkoi", "aide-logement", 2],
 ["jpeu pa payé ma facture edf", "impayes-energie", 3],
 ["mon proprio veu me mettre dehors jai 3 mois de retard", "impayes-loyer-expulsion", 3],
 ["jcomprend rien au site ameli", "compte-ameli", 4],
 ["mot de pass caf perdu", "mot-de-passe-oublie", 4],
 ["keske je doi fournir pour la css", "css", 2],
 ["g besoin dun rdv avec une assistante social", "rendez-vous-travailleur-social", 3],
 ["mon fils handicape je veu faire dossier mdph", "mdph", 2],
 ["cheque energie pa recu", "cheque-energie", 2],
 ["kan tombe la prime de noel", "rsa", 1],
 ["ya des restos du coeur ici ?", "aide-alimentaire", 1],
 ["on vit a 6 dans un f2 c insalubre", "dalo", 3],
 ["jé pa de papier pour me soigné", "ame", 1],
 ["comment fair ma carte d'identité jlai perdu", "papiers-identite", 2],
 ["tro de crédits je m'en sort plu", "surendettement", 3],
 ["jarrive pas a envoyer mes papiers sur le site de la caf", "compte-caf", 4],
 ["c koi la domiciliation", "domiciliation", 1],
];
let ok = 0, lv = 0;
for (const [t, id, level] of qs) { const r = u.understand(t); if (r.entries[0] === id) ok++; else console.log("RANK", r.entries, "≠", id, "|", t); if (r.level === level) lv++; else console.log("LEVEL", r.level, "≠", level, "|", t); }
console.log(ok, "/", qs.length, "levels", lv);
