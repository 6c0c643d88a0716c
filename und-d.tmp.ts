import { loadCatalogue } from "./src/catalogue/load-catalogue.js";
import { createUnderstander } from "./src/understanding/create-understander.js";
const u = createUnderstander(loadCatalogue("content/rights"));
const qs: [string, string][] = [
 ["Do I have the right to the RSA if I'm 23 with a baby?", "rsa"],
 ["Where do I apply for the disability allowance for adults?", "aah"],
 ["My mother is 80 and needs help at home every day, is there an allowance?", "apa"],
 ["We need a bigger flat, how do we apply for a council flat?", "logement-social"],
 ["I lost my job, how do I sign up at France Travail?", "inscription-france-travail"],
 ["Is the school canteen cheaper for low-income families?", "tarif-social-cantine"],
 ["What is the back to school allowance and when is it paid?", "ars"],
 ["Who can give me free legal advice about my landlord?", "acces-au-droit"],
 ["¿Qué es la prima de actividad y cuánto se cobra?", "prime-activite"],
 ["Mi padre tiene 75 años y cobra muy poca pensión", "aspa"],
 ["¿Dónde hay un banco de alimentos?", "aide-alimentaire"],
 ["No tengo tarjeta sanitaria, ¿cómo me doy de alta en la seguridad social?", "puma"],
 ["Quanto é o abono de família para três filhos?", "allocations-familiales"],
 ["Não consigo entrar na minha conta da CAF", "compte-caf"],
 ["Onde posso ter ajuda com a comida?", "aide-alimentaire"],
 ["Elektrik faturamı ödeyemiyorum, kesecekler", "impayes-energie"],
 ["Çocuğum engelli, MDPH dosyası nasıl hazırlanır?", "mdph"],
 ["Sosyal asistanla randevu almak istiyorum", "rendez-vous-travailleur-social"],
 ["Я не можу оплатити оренду, власник хоче мене виселити", "impayes-loyer-expulsion"],
 ["Як отримати стипендію в університеті?", "bourse-etudiant"],
 ["Де знаходиться CCAS і коли він працює?", "ccas-contact"],
 ["Як створити електронну пошту?", "adresse-email"],
 ["واش نقدر ناخد منحة الدخول المدرسي؟", "ars"],
 ["بغيت نعرف واش عندي الحق في لابل", "aide-logement"],
 ["كيف أسجل في فرانس ترافاي؟", "inscription-france-travail"],
 ["نسيت كلمة السر ديال الحساب ديالي", "mot-de-passe-oublie"],
 ["عندي ديون بزاف وما بقيتش قادر نخلص", "surendettement"],
 ["Am pierdut cardul vitale, ce fac?", "puma"],
 ["Мне нужна бесплатная юридическая помощь", "aide-juridictionnelle"],
];
let ok = 0;
for (const [t, id] of qs) { const r = u.understand(t); if (r.entries[0] === id) ok++; else console.log("RANK", r.entries, "≠", id, "|", t); }
console.log(ok, "/", qs.length);
