/** How the estimate's questions and answers are worded: names, amounts, dates, reasons, the simulator. */
import type { Benefit, Estimate, Reason } from "../../../estimate/estimate.js";
import { RTL_LANGUAGES } from "../../command-payloads.js";
import type { EstimateDraft } from "../../dialogue-state.js";
import { formatDate } from "../../entry-view.js";
import type { Turn } from "../../turn.js";

/** In right-to-left text, Latin words inside a name ("منحة النشاط (Prime d'activité)") are isolated as
 * left-to-right, so that the parentheses around them are drawn the right way round. */
export function bidiName(turn: Turn, name: string): string {
  if (!RTL_LANGUAGES.has(turn.lang)) return name;
  return name.replace(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’. -]*[A-Za-zÀ-ÿ0-9]|[A-Za-zÀ-ÿ]/g, (latin) => `\u2066${latin}\u2069`);
}

/** The official simulator (content/estimate/simulators.yml), labelled in the resident's language. */
export function simulatorLink(turn: Turn, which: Benefit | "all"): void {
  const simulator = turn.deps.estimate!.simulators[which];
  const site = new URL(simulator.url).hostname.replace(/^www[^.]*\./, "");
  turn.replies.push({ kind: "link", label: turn.lang === "fr" ? simulator.label : turn.t("estimate.simulator", { site }), url: simulator.url });
}

const money = new Map<string, Intl.NumberFormat>();
export function euros(value: number, lang: string): string {
  let format = money.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 2 });
    money.set(lang, format);
  }
  return format.format(value);
}

export function longDate(day: string, lang: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`), lang);
}

/** "février, mars et avril": the three months before the one estimated. */
export function monthList(turn: Turn, period: string): string {
  const names = [-3, -2, -1].map((k) => {
    const [y, m] = period.split("-").map(Number) as [number, number];
    const date = new Date(Date.UTC(y, m - 1 + k, 1));
    return new Intl.DateTimeFormat(turn.lang, { month: "long", timeZone: "UTC" }).format(date);
  });
  return new Intl.ListFormat(turn.lang, { type: "conjunction" }).format(names);
}

const MONEY_VALUES = new Set(["resources", "socle", "forfait", "amount", "minimum", "bonus", "ceiling", "fee"]);

export function reasonText(turn: Turn, reason: Reason): string {
  const values = Object.fromEntries(Object.entries(reason.values ?? {}).map(([k, v]) => [k, MONEY_VALUES.has(k) ? euros(v, turn.lang) : String(v)]));
  return turn.t(`estimate.reason.${reason.code.replace(".", "_")}`, values);
}

export function headline(turn: Turn, benefit: Benefit, result: Estimate): { text: string; positive: boolean } {
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

export function assumptions(turn: Turn, draft: EstimateDraft): string {
  const parts = [turn.t("estimate.result.assumed")];
  if (draft.answers.couple && !draft.answers.partnerAge) parts.push(turn.t("estimate.result.assumed_partner"));
  if (draft.answers.housing === "owner") parts.push(turn.t("estimate.result.assumed_owner"));
  if ((draft.answers.children ?? []).some((age) => age < 3)) parts.push(turn.t("estimate.result.assumed_paje"));
  return parts.join(" ");
}
