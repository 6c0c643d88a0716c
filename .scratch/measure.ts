import { redactPersonalData } from "/work/main/src/privacy/redact.ts";
import { syntheticMessages, leaked } from "/work/main/test/privacy/synthetic-messages.ts";
const { withData, clean } = syntheticMessages();
const per = new Map<string, { total: number; caught: number }>();
const misses: string[] = [];
for (const m of withData) {
  const r = redactPersonalData(m.text);
  for (const p of m.planted) {
    const e = per.get(p.kind) ?? { total: 0, caught: 0 };
    e.total++;
    if (!leaked(p, r.text)) e.caught++; else misses.push(`${p.kind} ${JSON.stringify(p.value)}\n   IN: ${m.text}\n  OUT: ${r.text}`);
    per.set(p.kind, e);
  }
}
let T=0,C=0; for (const [k,v] of per) { T+=v.total; C+=v.caught; console.log(k, v.caught, "/", v.total); }
console.log("overall", C, "/", T, (C/T*100).toFixed(2)+"%");
let changed = 0; for (const c of clean) { const r = redactPersonalData(c.text); if (r.text !== c.text) { changed++; console.log("FP:", c.text, "=>", r.text); } }
console.log("clean changed", changed, "/", clean.length);
console.log(misses.slice(0, 60).join("\n"));
console.log("samples:"); for (const m of withData.slice(0,8)) console.log(m.text, "\n=>", redactPersonalData(m.text).text);
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "/work/main/node_modules/yaml/dist/index.js";
import { createVocabulary, unknownWords, stringsIn } from "/work/main/src/privacy/unknown-words.ts";
const texts: string[] = [];
for (const f of readdirSync("/work/main/content/rights")) texts.push(...stringsIn(parse(readFileSync("/work/main/content/rights/"+f,"utf8"))));
texts.push(...stringsIn(JSON.parse(readFileSync("/work/main/locales/fr/bot.json","utf8"))));
const vocab = createVocabulary(texts);
let review = 0, leakedShared = 0;
for (const m of withData) { const r = redactPersonalData(m.text); const u = unknownWords(r.text, vocab); if (u.length) review++; else { for (const p of m.planted) if (leaked(p, r.text)) { leakedShared++; console.log("LEAK", p.value, r.text);} } }
console.log("review", review, "/", withData.length, "leaks in direct shares", leakedShared);
let cr = 0; for (const c of clean) { const u = unknownWords(redactPersonalData(c.text).text, vocab); if (u.length) { cr++; console.log("clean review:", u.join(","), "|", c.text); } }
console.log("clean review", cr, "/", clean.length);
const hist = new Map<string, number>();
for (const m of withData) for (const w of unknownWords(redactPersonalData(m.text).text, vocab)) hist.set(w, (hist.get(w) ?? 0) + 1);
console.log([...hist].sort((a,b)=>b[1]-a[1]).map(([w,n])=>`${w}:${n}`).join(" "));
