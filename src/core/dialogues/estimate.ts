/**
 * "Ai-je droit ?": a short conversation (8 questions at most, one at a time, with buttons where possible)
 * ending with an estimate of the RSA, the prime d'activité, the ASPA or the complémentaire santé solidaire
 * — or of all four ("vérifier mes droits", to find what a resident may be missing). The answer gives the
 * amount with the conditions that matter, the date of the figures, who decides, the official simulator,
 * and the next steps (the démarche, or a social worker). It never says "not entitled" flatly: it says what
 * would change the answer and offers a person.
 *
 * The answers live only in the conversation's dialogue state (erased with the conversation); nothing is
 * sent anywhere. The calculation is src/estimate, with content/estimate/parameters.yml.
 */
import { answersSchema, householdFromAnswers, type AgeBracket, type EstimateAnswers } from "../../estimate/answers.js";
import { estimate, type Benefit, type Estimate, type Reason } from "../../estimate/estimate.js";
import { householdSchema } from "../../estimate/household.js";
import type { EstimateDraft } from "../dialogue-state.js";
import { entryTitle, formatDate } from "../entry-view.js";
import { RTL_LANGUAGES } from "../command-payloads.js";
import type { Understanding } from "../understanding-port.js";
import { offer, say, type Turn } from "../turn.js";
import { showThemes } from "./welcome.js";

/** Catalogue entries that can be estimated, and the estimator's name for each. */
export const ESTIMABLE: Readonly<Record<string, Benefit>> = { rsa: "rsa", "prime-activite": "prime_activite", aspa: "aspa", css: "css" };
const ENTRY_OF: Record<Benefit, string> = { rsa: "rsa", prime_activite: "prime-activite", aspa: "aspa", css: "css" };
const ALL = "all";

type Step = "age" | "couple" | "children" | "pay" | "partner_pay" | "other" | "housing" | "housing_aid";

export function canEstimate(turn: Turn, entryId: string): boolean {
  return Boolean(turn.deps.estimate) && entryId in ESTIMABLE;
}

/** The questions still to ask, in order, given the target and the answers so far. */
function remainingSteps(target: string, a: EstimateAnswers): Step[] {
  if (target === "aspa") return (["age", "couple", "other"] as Step[]).filter((s) => !answered(s, a));
  const steps: Step[] = ["age", "couple", "children", "pay"];
  if (a.couple) steps.push("partner_pay");
  steps.push("other", "housing");
  if (a.housing === "tenant_aid") steps.push("housing_aid");
  return steps.filter((s) => !answered(s, a));
}

function answered(step: Step, a: EstimateAnswers): boolean {
  switch (step) {
    case "age":
      return a.age !== undefined;
    case "couple":
      return a.couple !== undefined;
    case "children":
      return a.children !== undefined;
    case "pay":
      return a.pay !== undefined;
    case "partner_pay":
      return a.partnerPay !== undefined;
    case "other":
      return a.otherIncome !== undefined;
    case "housing":
      return a.housing !== undefined;
    case "housing_aid":
      return a.housingAid !== undefined;
  }
}

function currentMonth(turn: Turn): string {
  return turn.now.toISOString().slice(0, 7);
}

/** Starts the questions for an entry (rsa, prime-activite, aspa, css) or for all four ("all"). */
export function startEstimate(turn: Turn, target: string): void {
  if (!turn.deps.estimate || (target !== ALL && !(target in ESTIMABLE))) return;
  turn.state.mode = "estimate";
  turn.state.estimate = { target, step: "age", period: currentMonth(turn), answers: {}, retries: 0 };
  if (target !== ALL) turn.state.entryId = target;
  const what = target === ALL ? "" : bidiName(turn, turn.t(`estimate.benefit.${ESTIMABLE[target]}`));
  say(turn, `${target === ALL ? turn.t("estimate.intro_all") : turn.t("estimate.intro", { what })} ${turn.t("estimate.privacy")}`);
  askNext(turn);
}

/**
 * A free-text message that asks whether one is entitled ("est-ce que j'ai droit au RSA ?", "à quoi j'ai
 * droit ?"): starts the estimate. False when the message is about something else, or an entry that cannot
 * be estimated (the usual routing then answers).
 */
export function startEstimateFromText(turn: Turn, understanding: Understanding): boolean {
  if (!turn.deps.estimate || !understanding.entitlement || understanding.intent === "human" || understanding.level === 3) return false;
  if (understanding.entitlement === "all") {
    startEstimate(turn, ALL);
    return true;
  }
  const entry = understanding.entries.find((id) => id in ESTIMABLE);
  if (!entry || understanding.entries[0] !== entry) return false;
  startEstimate(turn, entry);
  return true;
}

/** Buttons: `estimate:<entry>|all` starts, `estimate:a:<step>:<value>` answers, `estimate:reuse:all` checks the
 * other rights with the answers already given. */
export function handleEstimatePayload(turn: Turn, argument: string): void {
  const [kind = "", step = "", value = ""] = argument.split(":");
  if (kind === "a") {
    const draft = turn.state.estimate;
    if (!draft || draft.step === "done" || draft.step !== step) {
      // A button from an earlier question: ask the current one again (or start over).
      if (draft && draft.step !== "done") return askNext(turn);
      return startEstimate(turn, draft?.target ?? ALL);
    }
    turn.state.mode = "estimate";
    applyButton(turn, draft, step as Step, value);
    return;
  }
  if (kind === "reuse") {
    // The same answers for another estimate (or all four): only the questions not asked yet are asked.
    const draft = turn.state.estimate;
    const target = step === ALL || step in ESTIMABLE ? step : ALL;
    if (!draft) return startEstimate(turn, target);
    draft.target = target;
    draft.step = "reuse";
    draft.retries = 0;
    return askNext(turn);
  }
  if (!turn.deps.estimate || (kind !== ALL && !(kind in ESTIMABLE))) return showThemes(turn);
  startEstimate(turn, kind);
}

function applyButton(turn: Turn, draft: EstimateDraft, step: Step, value: string): void {
  const a = draft.answers;
  switch (step) {
    case "age":
      if (value === "under25" || value === "25to64" || value === "65plus") a.age = value;
      break;
    case "couple":
      a.couple = value !== "alone";
      if (value === "65plus" || value === "under65") a.partnerAge = value === "65plus" ? "65plus" : "25to64";
      break;
    case "children":
      a.children = [];
      a.expecting = value === "expecting";
      break;
    case "pay":
      a.pay = [0, 0, 0];
      break;
    case "partner_pay":
      a.partnerPay = [0, 0, 0];
      break;
    case "other":
      a.otherIncome = 0;
      break;
    case "housing":
      if (value === "tenant_aid" || value === "tenant" || value === "owner" || value === "free") a.housing = value;
      break;
    case "housing_aid":
      a.housingAid = null;
      break;
  }
  draft.retries = 0;
  askNext(turn);
}

/**
 * A typed answer while questions are asked. Returns false when the message is not an answer (twice in a
 * row, or the question wants a button): the pipeline then treats it as a new question.
 */
export function continueEstimate(turn: Turn, text: string): boolean {
  const draft = turn.state.estimate;
  if (!draft || draft.step === "done") return false;
  const a = draft.answers;
  const no = turn.deps.parseYesNo(text) === "no";
  let understood = true;
  switch (draft.step as Step) {
    case "age": {
      const [age] = integers(text);
      if (age === undefined || age > 120) understood = false;
      else a.age = bracketOf(age);
      break;
    }
    case "children": {
      if (no) {
        a.children = [];
        break;
      }
      const ages = childAges(text);
      if (ages.length === 0) understood = false;
      else a.children = ages;
      break;
    }
    case "pay":
    case "partner_pay": {
      const months = no ? [0, 0, 0] : threeAmounts(text);
      if (!months) understood = false;
      else if (draft.step === "pay") a.pay = months;
      else a.partnerPay = months;
      break;
    }
    case "other": {
      const [total] = no ? [0] : amounts(text);
      if (total === undefined) understood = false;
      else a.otherIncome = total;
      break;
    }
    case "housing_aid": {
      const [aid] = amounts(text);
      if (aid === undefined) understood = false;
      else a.housingAid = aid;
      break;
    }
    default:
      understood = false;
  }
  if (!understood) {
    draft.retries += 1;
    if (draft.retries >= 2) return false;
    say(turn, turn.t("estimate.retry"));
    askNext(turn);
    return true;
  }
  draft.retries = 0;
  askNext(turn);
  return true;
}

/** Leaves the questions (the answers given stay in the state until the conversation is erased). */
export function leaveEstimate(turn: Turn): void {
  turn.state.mode = "idle";
  if (turn.state.estimate && turn.state.estimate.step !== "done") turn.state.estimate = null;
}

/** Words that may come with numbers in an answer ("2 ans et 6 ans", "1 200 €"), in the UI languages. */
const NUMBER_WORDS = new Set(
  "ans an mois et euros euro eur environ par net years year months month and about per a y años año meses mes aprox al por و في سنوات سنين سنة شهر أشهر اشهر الشهر يورو років роки рік місяців місяці місяць на і та євро лет год месяцев и евро".split(" "),
);

/**
 * An answer made of numbers only ("2 ans et 6 ans", "1200, 1150, 1300"): the routing model may read a
 * danger in bare numbers; during the questions such a message is an answer, unless the crisis wording
 * itself is there (the pipeline checks the lexicon first).
 */
export function isNumericAnswer(raw: string): boolean {
  const text = asciiDigits(raw);
  const words = text
    .toLowerCase()
    .replace(/[\d\s.,;:/+€()-]+/gu, " ")
    .split(" ")
    .filter(Boolean);
  return /\d/.test(text) && words.every((w) => NUMBER_WORDS.has(w));
}

function bracketOf(age: number): AgeBracket {
  return age >= 65 ? "65plus" : age >= 25 ? "25to64" : "under25";
}

function askNext(turn: Turn): void {
  const draft = turn.state.estimate;
  if (!draft) return;
  const a = draft.answers;
  // Early answers: the ASPA before 65, the prime d'activité without any work.
  if (draft.target === "aspa" && a.age !== undefined && a.age !== "65plus") return finish(turn, draft);
  if (draft.target === "prime-activite" && a.pay !== undefined && (!a.couple || a.partnerPay !== undefined)) {
    const worked = [...(a.pay ?? []), ...(a.partnerPay ?? [])].some((v) => v > 0);
    if (!worked) return finish(turn, draft);
  }
  const [next] = remainingSteps(draft.target, a);
  if (!next) return finish(turn, draft);
  draft.step = next;
  turn.state.mode = "estimate";
  const t = turn.t;
  const button = (value: string, label: string) => ({ label, payload: `estimate:a:${next}:${value}` });
  const months = monthList(turn, draft.period);
  switch (next) {
    case "age":
      return offer(turn, t("estimate.q.age"), [button("under25", t("estimate.age.under25")), button("25to64", t("estimate.age.25to64")), button("65plus", t("estimate.age.65plus"))]);
    case "couple":
      if (draft.target === "aspa") {
        return offer(turn, t("estimate.q.couple"), [
          button("alone", t("estimate.couple.alone")),
          button("65plus", t("estimate.couple.partner_65plus")),
          button("under65", t("estimate.couple.partner_under65")),
        ]);
      }
      return offer(turn, t("estimate.q.couple"), [button("alone", t("estimate.couple.alone")), button("together", t("estimate.couple.together"))]);
    case "children":
      return offer(turn, t("estimate.q.children"), [button("none", t("estimate.children.none")), button("expecting", t("estimate.children.expecting"))]);
    case "pay":
      return offer(turn, t(a.couple ? "estimate.q.pay_you" : "estimate.q.pay", { months }), [button("none", t("estimate.pay.none"))]);
    case "partner_pay":
      return offer(turn, t("estimate.q.partner_pay", { months }), [button("none", t("estimate.pay.none"))]);
    case "other":
      return offer(turn, t(draft.target === "aspa" ? "estimate.q.pension" : "estimate.q.other"), [button("none", t("estimate.other.none"))]);
    case "housing":
      return offer(turn, t("estimate.q.housing"), [
        button("tenant_aid", t("estimate.housing.tenant_aid")),
        button("tenant", t("estimate.housing.tenant")),
        button("owner", t("estimate.housing.owner")),
        button("free", t("estimate.housing.free")),
      ]);
    case "housing_aid":
      return offer(turn, t("estimate.q.housing_aid"), [button("unknown", t("estimate.housing_aid.unknown"))]);
  }
}

function finish(turn: Turn, draft: EstimateDraft): void {
  const content = turn.deps.estimate!;
  draft.step = "done";
  draft.retries = 0;
  turn.state.mode = "idle";
  let result: Estimate;
  try {
    const answers = answersSchema.parse(draft.answers);
    result = estimate(householdSchema.parse(householdFromAnswers(answers, draft.period, content.timelines)), content.timelines);
  } catch (error) {
    turn.deps.logger.warn({ err: error }, "estimate failed");
    say(turn, turn.t("estimate.failed"));
    simulatorLink(turn, draft.target === ALL ? "all" : ESTIMABLE[draft.target]!);
    offer(turn, turn.t("entry.next"), [{ label: turn.t("choice.talk"), payload: "talk" }, { label: turn.t("choice.other"), payload: "other" }]);
    return;
  }
  if (draft.target === ALL) showAll(turn, draft, result);
  else showOne(turn, draft, ESTIMABLE[draft.target]!, result);
}

// ——— The answer ———

/** In right-to-left text, Latin words inside a name ("منحة النشاط (Prime d'activité)") are isolated as
 * left-to-right, so that the parentheses around them are drawn the right way round. */
function bidiName(turn: Turn, name: string): string {
  if (!RTL_LANGUAGES.has(turn.lang)) return name;
  return name.replace(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’. -]*[A-Za-zÀ-ÿ0-9]|[A-Za-zÀ-ÿ]/g, (latin) => `\u2066${latin}\u2069`);
}

/** The official simulator (content/estimate/simulators.yml), labelled in the resident's language. */
function simulatorLink(turn: Turn, which: Benefit | "all"): void {
  const simulator = turn.deps.estimate!.simulators[which];
  const site = new URL(simulator.url).hostname.replace(/^www[^.]*\./, "");
  turn.replies.push({ kind: "link", label: turn.lang === "fr" ? simulator.label : turn.t("estimate.simulator", { site }), url: simulator.url });
}

const money = new Map<string, Intl.NumberFormat>();
function euros(value: number, lang: string): string {
  let format = money.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 2 });
    money.set(lang, format);
  }
  return format.format(value);
}

function longDate(day: string, lang: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`), lang);
}

/** "février, mars et avril": the three months before the one estimated. */
function monthList(turn: Turn, period: string): string {
  const names = [-3, -2, -1].map((k) => {
    const [y, m] = period.split("-").map(Number) as [number, number];
    const date = new Date(Date.UTC(y, m - 1 + k, 1));
    return new Intl.DateTimeFormat(turn.lang, { month: "long", timeZone: "UTC" }).format(date);
  });
  return new Intl.ListFormat(turn.lang, { type: "conjunction" }).format(names);
}

const MONEY_VALUES = new Set(["resources", "socle", "forfait", "amount", "minimum", "bonus", "ceiling", "fee"]);

function reasonText(turn: Turn, reason: Reason): string {
  const values = Object.fromEntries(Object.entries(reason.values ?? {}).map(([k, v]) => [k, MONEY_VALUES.has(k) ? euros(v, turn.lang) : String(v)]));
  return turn.t(`estimate.reason.${reason.code.replace(".", "_")}`, values);
}

function headline(turn: Turn, benefit: Benefit, result: Estimate): { text: string; positive: boolean } {
  const name = bidiName(turn, turn.t(`estimate.benefit.${benefit}`));
  if (benefit === "css") {
    if (result.css === "gratuite") return { text: turn.t("estimate.result.css_free"), positive: true };
    if (result.css === "participation") return { text: turn.t("estimate.result.css_participation", { fee: euros(result.details.css.amount, turn.lang) }), positive: true };
    return { text: turn.t("estimate.result.none", { benefit: name }), positive: false };
  }
  const amount = benefit === "aspa" ? (result.aspa ?? 0) : result[benefit];
  if (amount > 0) return { text: turn.t("estimate.result.amount", { amount: euros(amount, turn.lang), benefit: name }), positive: true };
  return { text: turn.t("estimate.result.none", { benefit: name }), positive: false };
}

function assumptions(turn: Turn, draft: EstimateDraft): string {
  const parts = [turn.t("estimate.result.assumed")];
  if (draft.answers.couple && !draft.answers.partnerAge) parts.push(turn.t("estimate.result.assumed_partner"));
  if (draft.answers.housing === "owner") parts.push(turn.t("estimate.result.assumed_owner"));
  if ((draft.answers.children ?? []).some((age) => age < 3)) parts.push(turn.t("estimate.result.assumed_paje"));
  return parts.join(" ");
}

function showOne(turn: Turn, draft: EstimateDraft, benefit: Benefit, result: Estimate): void {
  const detail = result.details[benefit];
  const { text, positive } = headline(turn, benefit, result);
  const reasons = detail.reasons.map((r) => `• ${reasonText(turn, r)}`);
  const lines = [text];
  if (reasons.length) lines.push(turn.t(positive ? "estimate.result.conditions" : "estimate.result.what_changes"), ...reasons);
  say(turn, lines.join("\n"));
  const notes = [turn.t("estimate.result.figures", { date: longDate(detail.figuresFrom, turn.lang) })];
  if (detail.unconfirmed.length) notes.push(turn.t("estimate.result.unconfirmed"));
  notes.push(assumptions(turn, draft), turn.t("estimate.result.disclaimer", { who: turn.t(`estimate.who.${benefit}`) }));
  say(turn, notes.join(" "));
  simulatorLink(turn, benefit);
  const entryId = ENTRY_OF[benefit];
  const entry = turn.deps.catalogue.get(entryId);
  const choices: Array<{ label: string; payload: string }> = [];
  if (!positive) say(turn, turn.t("estimate.result.person"));
  if (positive && entry) choices.push({ label: turn.t("choice.how_to_apply"), payload: `apply:${entryId}` });
  choices.push({ label: turn.t("choice.talk"), payload: `talk:${entryId}` });
  if (!positive && entry) choices.push({ label: turn.t("choice.how_to_apply"), payload: `apply:${entryId}` });
  choices.push({ label: turn.t("estimate.check_all"), payload: "estimate:reuse:all" });
  choices.push({ label: turn.t("choice.other"), payload: "other" });
  offer(turn, turn.t("entry.next"), choices);
}

function showAll(turn: Turn, draft: EstimateDraft, result: Estimate): void {
  const lines = [turn.t("estimate.all.intro")];
  const found: Benefit[] = [];
  let figuresFrom = "";
  let unconfirmed = false;
  for (const benefit of ["rsa", "prime_activite", "aspa", "css"] as const) {
    const detail = result.details[benefit];
    if (benefit === "aspa" && result.aspa === null) continue;
    if (detail.figuresFrom > figuresFrom) figuresFrom = detail.figuresFrom;
    if (detail.unconfirmed.length) unconfirmed = true;
    const entry = turn.deps.catalogue.get(ENTRY_OF[benefit]);
    const name = bidiName(turn, entry ? entryTitle(entry, turn.lang) : turn.t(`estimate.benefit.${benefit}`));
    const { positive } = headline(turn, benefit, result);
    if (positive) found.push(benefit);
    if (benefit === "css" && result.css === "gratuite") lines.push(turn.t("estimate.all.line_css_free", { benefit: name }));
    else if (benefit === "css" && result.css === "participation") lines.push(turn.t("estimate.all.line_css_participation", { benefit: name, fee: euros(detail.amount, turn.lang) }));
    else if (positive) lines.push(turn.t("estimate.all.line_amount", { benefit: name, amount: euros(detail.amount, turn.lang) }));
    else {
      const why = detail.reasons.find((r) => !["rsa.housing", "rsa.family_benefits", "rsa.isolated_parent", "ppa.bonus"].includes(r.code));
      lines.push(turn.t("estimate.all.line_none", { benefit: name }) + (why ? ` ${reasonText(turn, why)}` : ""));
    }
  }
  say(turn, lines.join("\n"));
  say(turn, turn.t(found.length ? "estimate.all.non_take_up" : "estimate.all.nothing_found"));
  const notes = [turn.t("estimate.result.figures", { date: longDate(figuresFrom, turn.lang) })];
  if (unconfirmed) notes.push(turn.t("estimate.result.unconfirmed"));
  notes.push(assumptions(turn, draft), turn.t("estimate.all.disclaimer"));
  say(turn, notes.join(" "));
  simulatorLink(turn, "all");
  const choices: Array<{ label: string; payload: string }> = [];
  for (const benefit of found) {
    const entry = turn.deps.catalogue.get(ENTRY_OF[benefit]);
    if (entry) choices.push({ label: turn.t("estimate.apply_for", { title: bidiName(turn, entryTitle(entry, turn.lang)) }), payload: `apply:${entry.id}` });
  }
  choices.push({ label: turn.t("choice.talk"), payload: "talk" });
  choices.push({ label: turn.t("choice.other"), payload: "other" });
  offer(turn, turn.t("entry.next"), choices);
}

// ——— Reading typed answers ———

/** Arabic-Indic and Persian digits (and the Arabic decimal and thousands marks) as ASCII. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ",")
    .replace(/\u066c/g, " ")
    .replace(/\u060c/g, ", ");
}

function integers(text: string): number[] {
  return [...asciiDigits(text).matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** Ages of children: "3 et 8", "2, 7, 15", "un bébé de 6 mois" (months count as 0 years). */
function childAges(text: string): number[] {
  const ages: number[] = [];
  for (const m of asciiDigits(text).matchAll(/(\d+)\s*([\p{L}]*)/gu)) {
    const unit = (m[2] ?? "").toLowerCase();
    const months = /^(mois|month|months|mes|meses|міс|місяц|месяц|شهر|أشهر|اشهر|شهور)/u.test(unit);
    const value = Number(m[1]);
    if (months) ages.push(0);
    else if (value <= 30) ages.push(value);
  }
  return ages.slice(0, 15);
}

/** Amounts in euros: "1 200", "1200 €", "1.200", "1,300", "1 150,50", several separated by commas or words. */
export function amounts(text: string): number[] {
  const clean = asciiDigits(text).replace(/[\u00a0\u202f]/g, " ");
  const found: number[] = [];
  for (const m of clean.matchAll(/\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/g)) {
    const raw = m[0];
    const decimals = /[.,](\d{1,2})$/.exec(raw);
    const whole = (decimals ? raw.slice(0, decimals.index) : raw).replace(/[ .,]/g, "");
    found.push(Number(decimals ? `${whole}.${decimals[1]}` : whole));
  }
  return found.filter((n) => Number.isFinite(n));
}

/** One amount (the same each month) or three (oldest first). */
function threeAmounts(text: string): number[] | null {
  const found = amounts(text);
  if (found.length === 1) return [found[0]!, found[0]!, found[0]!];
  if (found.length === 3) return found;
  return null;
}
