#!/usr/bin/env node
// Redaction evaluation on a JSONL set of resident messages with planted personal data:
//
//   node --import tsx scripts/eval-redaction.ts SET.jsonl [--check] [--misses] [--json] [--variant lower|upper|noaccent]
//   npm run eval:redaction -- SET.jsonl --check
//
// Each line: {"id", "lang", "text", "planted": [{"kind", "value"}], "category"}; kinds are name, phone,
// email, address, postcode, date, nir, iban, id_number, handle, health; each value is an exact substring
// of the text; a message with "planted": [] is a negative (nothing personal in it).
//
// Every message goes through the decision the volunteers' dialogue makes (privacy/volunteer-share.ts:
// redaction, then "agents" for a personal story or a health detail, "review" when anything doubtful is
// left, "open" otherwise), with the same vocabulary (the catalogue and the bot's French texts). The
// crisis and understanding checks that come before it in the dialogue are left out: they only keep more
// from volunteers, so this measure is the stricter one.
//
// A planted value is CAUGHT when nothing of it is left where it was. Texts are compared after NFKC, in
// lower case and without diacritics. The value's tokens (runs of letters and digits) that count are every
// token holding a digit and every other token of three characters or more that is not a function word
// ("de", "des", "sous", "the"…); a value with no such token counts all its tokens. The original and
// the redacted texts are aligned token by token (longest common subsequence, a marker matching nothing),
// and the value LEAKED if one of its counting tokens survived at its place — or if the whole value still
// appears anywhere in the redacted text. (A looser scoring, "is the value still a substring of the
// output?", which some sets define, is reported beside it: a value partly redacted passes it.)
//
// Reported: recall over all planted values, per kind, per category and per language; health details
// reaching volunteers (a planted health value left in a text routed "open", and messages with a planted
// health value routed "open" at all); residual values not held (a value left in a text routed "open");
// on the negatives, the share altered by the redactor and the share held (review or agents); the time per
// message. `--variant` rewrites every message (and its values) in lower case, in capitals or without
// accents before the run, to see how the redactor holds when residents type that way. `--check` exits 1 unless recall ≥ 0.995, no health detail reaches volunteers and no residual
// value goes out unheld. `--misses` lists each value left (for a development set only: keep a held-out
// set's content unseen).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalogue } from "../src/catalogue/load-catalogue.js";
import { MARKER_PATTERN } from "../src/privacy/markers.js";
import { createVocabulary, stringsIn } from "../src/privacy/unknown-words.js";
import { decideVolunteerShare, type ShareRoute } from "../src/privacy/volunteer-share.js";

/** The goal (issue floors); CI may pass lower floors that hold today's measure against regressions. */
const numberAfter = (flag: string, fallback: number): number => {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
};
const RECALL_FLOOR = numberAfter("--min-recall", 0.995);
const MAX_NOT_HELD = numberAfter("--max-unheld", 0);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const path = args.find((a, i) => !a.startsWith("--") && !["--min-recall", "--max-unheld", "--variant"].includes(args[i - 1] ?? ""));
if (!path) {
  console.error("usage: node --import tsx scripts/eval-redaction.ts SET.jsonl [--check] [--misses] [--json]");
  process.exit(2);
}
const check = args.includes("--check");
const showMisses = args.includes("--misses");
const asJson = args.includes("--json");
const variant = args.includes("--variant") ? args[args.indexOf("--variant") + 1] : undefined;
const VARIANTS: Record<string, (s: string) => string> = {
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  noaccent: (s) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC"),
};
if (args.includes("--variant") && !VARIANTS[variant ?? ""]) {
  console.error(`--variant takes one of: ${Object.keys(VARIANTS).join(", ")}`);
  process.exit(2);
}

interface Planted {
  kind: string;
  value: string;
}
interface Message {
  id: string;
  lang?: string;
  text: string;
  planted: Planted[];
  category?: string;
}

const messages: Message[] = readFileSync(resolve(path), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l, i) => {
    try {
      return JSON.parse(l) as Message;
    } catch {
      throw new Error(`line ${i + 1} is not JSON`);
    }
  })
  .map((m) => {
    const change = variant ? VARIANTS[variant] : undefined;
    if (!change) return m;
    const text = change(m.text);
    const planted = m.planted.map((p) => ({ ...p, value: change(p.value) }));
    // A value whose rewritten form is no longer in the text (a rare case mapping) keeps the original message.
    return planted.every((p) => text.includes(p.value)) ? { ...m, text, planted } : m;
  });

// ---------------------------------------------------------------- the vocabulary the dialogue uses

function vocabulary() {
  const texts: string[] = [];
  const catalogue = loadCatalogue(join(root, "content", "rights"));
  for (const entry of catalogue.entries) texts.push(...stringsIn(entry));
  for (const ns of ["bot", "volunteer", "territory"]) {
    try {
      texts.push(...stringsIn(JSON.parse(readFileSync(join(root, "locales", "fr", `${ns}.json`), "utf8"))));
    } catch {
      // a namespace not shipped
    }
  }
  return createVocabulary(texts);
}

// ---------------------------------------------------------------- comparison

const norm = (s: string) => s.normalize("NFKC").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const FUNCTION_WORDS = new Set(
  `des les une aux sur sous mon mes ses son sans avec pour dans chez par une the and for with from del los las dos das din ile
  und der die das von les est qui que avec cette ces leur nos vos`.split(/\s+/),
);
const TOKEN = /[\p{L}\p{N}]+/gu;
const SENTINEL = "\u0000marker";

interface Tok {
  text: string;
  start: number;
  end: number;
}
function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: norm(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Which tokens of the original survived in the redacted text (LCS alignment). */
function survivors(original: Tok[], redacted: string): boolean[] {
  const red = tokens(redacted.replace(MARKER_PATTERN, ` ${SENTINEL} `)).map((t) => (t.text.includes("marker") && t.text.startsWith("\u0000") ? SENTINEL : t.text));
  const n = original.length;
  const m = red.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = original[i]!.text === red[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const kept = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (original[i]!.text === red[j]) {
      kept[i] = true;
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

function leaked(message: Message, planted: Planted, original: Tok[], kept: boolean[], redacted: string): boolean {
  const value = planted.value;
  const valueTokens = [...value.matchAll(TOKEN)].map((m) => norm(m[0]));
  let counting = valueTokens.filter((t) => /\p{N}/u.test(t) || (t.length >= 3 && !FUNCTION_WORDS.has(t)));
  if (counting.length === 0) counting = valueTokens;
  const countingSet = new Set(counting);
  // Every occurrence of the value in the original text.
  let from = 0;
  let found = false;
  for (;;) {
    const at = message.text.indexOf(value, from);
    if (at < 0) break;
    found = true;
    for (let k = 0; k < original.length; k++) {
      const t = original[k]!;
      if (t.end > at && t.start < at + value.length && kept[k] && countingSet.has(t.text)) return true;
    }
    from = at + 1;
  }
  if (!found) throw new Error(`${message.id}: planted value ${JSON.stringify(value)} is not in the text`);
  // The whole value still somewhere in the redacted text (at word boundaries).
  const whole = norm(value).trim();
  if (whole.length >= 3) {
    const hay = norm(redacted);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${whole.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
    if (re.test(hay)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- run

const vocab = vocabulary();
type Tally = { planted: number; caught: number };
const add = (map: Map<string, Tally>, key: string, caught: boolean) => {
  const t = map.get(key) ?? { planted: 0, caught: 0 };
  t.planted++;
  if (caught) t.caught++;
  map.set(key, t);
};
const perKind = new Map<string, Tally>();
const perCategory = new Map<string, Tally>();
const perLang = new Map<string, Tally>();
const routes: Record<ShareRoute, number> = { agents: 0, review: 0, open: 0 };
let planted = 0;
let caught = 0;
/** Values still whole in the output: the looser scoring some sets define ("is the value a substring?"). */
let survivingWhole = 0;
let healthValueToVolunteers = 0;
let healthMessagesOpen = 0;
let residualNotHeld = 0;
/** The same, were every question the redactor changed held for review (a stricter policy, not the dialogue's). */
let residualNotHeldIfRedactedHeld = 0;
let residualHeld = 0;
const negatives = { count: 0, altered: 0, held: 0, agents: 0, review: 0 };
const misses: string[] = [];
const alteredNegatives: string[] = [];
const times: number[] = [];

// Timing on a second pass (the first compiles the regular expressions and warms the caches).
for (const message of messages) decideVolunteerShare(message.text, vocab);
for (const message of messages) {
  const started = performance.now();
  decideVolunteerShare(message.text, vocab);
  times.push(performance.now() - started);
}

for (const message of messages) {
  const decision = decideVolunteerShare(message.text, vocab);
  const redacted = decision.redaction.text;
  routes[decision.route]++;
  if (message.planted.length === 0) {
    negatives.count++;
    if (redacted !== message.text.normalize("NFC")) {
      negatives.altered++;
      alteredNegatives.push(`${message.id} [${message.lang ?? "-"}] ${JSON.stringify(redacted)}`);
    }
    if (decision.route !== "open") negatives.held++;
    if (decision.route === "agents") negatives.agents++;
    if (decision.route === "review") negatives.review++;
    continue;
  }
  const original = tokens(message.text.normalize("NFC"));
  const kept = survivors(original, redacted);
  let anyLeak = false;
  const nfcMessage = { ...message, text: message.text.normalize("NFC") };
  for (const p of message.planted) {
    const leak = leaked(nfcMessage, { ...p, value: p.value.normalize("NFC") }, original, kept, redacted);
    planted++;
    if (redacted.includes(p.value.normalize("NFC"))) survivingWhole++;
    if (!leak) caught++;
    add(perKind, p.kind, !leak);
    add(perCategory, message.category ?? "-", !leak);
    add(perLang, message.lang ?? "-", !leak);
    if (leak) {
      anyLeak = true;
      misses.push(`${message.id} [${message.lang ?? "-"}] ${p.kind} ${JSON.stringify(p.value)} → ${decision.route}: ${JSON.stringify(redacted)}`);
      if (p.kind === "health" && decision.route === "open") healthValueToVolunteers++;
    }
  }
  if (message.planted.some((p) => p.kind === "health") && decision.route === "open") healthMessagesOpen++;
  if (anyLeak) {
    if (decision.route === "open" && decision.redaction.found.length === 0) residualNotHeldIfRedactedHeld++;
    if (decision.route === "open") residualNotHeld++;
    else residualHeld++;
  }
}

times.sort((a, b) => a - b);
const recall = planted ? caught / planted : 1;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(2)} %` : "-");
const table = (title: string, map: Map<string, Tally>) =>
  [`${title}:`, ...[...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => `  ${k.padEnd(22)} ${String(t.caught).padStart(5)}/${String(t.planted).padEnd(5)} ${pct(t.caught, t.planted)}`)].join("\n");

const summary = {
  messages: messages.length,
  planted,
  caught,
  recall,
  survivingWhole,
  healthValueToVolunteers,
  healthMessagesOpen,
  residualNotHeld,
  residualHeld,
  residualNotHeldIfRedactedHeld,
  routes,
  negatives,
  msPerMessage: { mean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), p50: times[Math.floor(times.length / 2)] ?? 0, p99: times[Math.floor(times.length * 0.99)] ?? 0 },
};
if (asJson) {
  console.log(JSON.stringify({ ...summary, perKind: Object.fromEntries(perKind), perCategory: Object.fromEntries(perCategory), perLang: Object.fromEntries(perLang) }, null, 2));
} else {
  console.log(
    [
      `Redaction on ${messages.length} messages (${messages.length - negatives.count} with planted values, ${negatives.count} negatives): ${path}${variant ? ` (variant: ${variant})` : ""}`,
      `recall: ${caught}/${planted} = ${pct(caught, planted)}`,
      `values still whole in the output (a looser scoring: the value a substring of the output): ${survivingWhole}/${planted} = ${pct(survivingWhole, planted)}`,
      table("per kind", perKind),
      table("per category", perCategory),
      table("per language", perLang),
      `routes: ${routes.open} open (to volunteers), ${routes.review} held for review, ${routes.agents} kept for agents`,
      `health details reaching volunteers: ${healthValueToVolunteers} values; messages with a health detail routed to volunteers: ${healthMessagesOpen}`,
      `messages with a value left: ${residualNotHeld + residualHeld} (${residualHeld} held or kept for agents, ${residualNotHeld} NOT held; ${residualNotHeldIfRedactedHeld} not held if every question the redactor changed were held)`,
      `negatives: ${negatives.count}; altered by the redactor ${negatives.altered} (${pct(negatives.altered, negatives.count)}); held ${negatives.held} (${pct(negatives.held, negatives.count)}: ${negatives.review} review, ${negatives.agents} agents)`,
      `time per message: mean ${summary.msPerMessage.mean.toFixed(3)} ms, p50 ${summary.msPerMessage.p50.toFixed(3)} ms, p99 ${summary.msPerMessage.p99.toFixed(3)} ms`,
      ...(showMisses ? ["values left:", ...misses.map((m) => `  ${m}`), "negatives altered:", ...alteredNegatives.map((m) => `  ${m}`)] : []),
    ].join("\n"),
  );
}

if (check) {
  const failures: string[] = [];
  if (recall < RECALL_FLOOR) failures.push(`recall ${recall.toFixed(4)} < ${RECALL_FLOOR}`);
  if (healthValueToVolunteers > 0 || healthMessagesOpen > 0) failures.push(`health details reaching volunteers: ${healthValueToVolunteers} values, ${healthMessagesOpen} messages`);
  if (residualNotHeld > MAX_NOT_HELD) failures.push(`${residualNotHeld} messages with a value left are not held (at most ${MAX_NOT_HELD})`);
  if (failures.length > 0) {
    console.error(`CHECK FAILED: ${failures.join("; ")}`);
    process.exit(1);
  }
  console.log("check passed");
}
