/**
 * How a catalogue entry is shown to a resident: title and summary in their language when a translation
 * exists (French otherwise, with a word saying so), figures with their unit, period and "as of" date.
 */
import type { TFunction } from "i18next";
import type { Amount, CatalogueEntry } from "../catalogue/schema.js";
import type { Figure, OutboundReply } from "./messages.js";
import { phraseTranslator } from "../catalogue/translations.js";

/** The most figures an entry card shows; the official page has the rest. */
const MAX_FIGURES = 4;

export function entryTitle(entry: CatalogueEntry, lang: string): string {
  if (lang === "fr") return entry.title;
  return entry.translations[lang as keyof typeof entry.translations]?.title ?? entry.title;
}

// Building an Intl formatter costs far more than using one: keep one per language.
const currencyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function currencyFormat(lang: string): Intl.NumberFormat {
  let format = currencyFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 2 });
    currencyFormats.set(lang, format);
  }
  return format;
}

/** A long date; in French the first of the month is written "1er" ("1er avril 2026"), as it is read. */
export function formatDate(date: Date, lang: string): string {
  const text = dateFormat(lang).format(date);
  return lang === "fr" && date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, "1er") : text;
}

function dateFormat(lang: string): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(lang, format);
  }
  return format;
}

export function formatFigure(amount: Amount, lang: string, t: TFunction): Figure {
  const period = t(`figure.period.${amount.period}`);
  let value: string;
  if (amount.unit === "EUR") {
    value = currencyFormat(lang).format(amount.value);
  } else {
    value = t(`figure.unit.${amount.unit}`, { count: amount.value });
  }
  const date = formatDate(new Date(`${amount.effective_from}T00:00:00Z`), lang);
  return {
    label: amount.label,
    value: maximumWording(amount, period ? `${value} ${period}` : value, t),
    asOf: t("figure.as_of", { date }),
    confirmed: amount.confirmed,
    sourceUrl: amount.source,
  };
}

// ---- Maxima --------------------------------------------------------------------------------------

export type FigureKind = "maximum" | "fixed" | "threshold";

/** The figure's kind as written in the catalogue, else read from its label ("(montant maximum)"). */
export function figureKind(amount: Amount): FigureKind {
  if (amount.kind) return amount.kind;
  return /\(montant maximum\)/i.test(amount.label) ? "maximum" : "fixed";
}

/**
 * A maximum is said as one: "jusqu'à 651,69 € par mois, selon vos ressources", never a bare amount a
 * resident would take for what they will receive.
 */
function maximumWording(amount: Amount, value: string, t: TFunction): string {
  return figureKind(amount) === "maximum" ? t("figure.maximum", { value }) : value;
}

/** Amounts first, then resource ceilings given in eligibility conditions. */
export function entryFigures(entry: CatalogueEntry, lang: string, t: TFunction): Figure[] {
  const ceilings = entry.eligibility.conditions.flatMap((c) => (c.kind === "resources" && c.ceiling ? [c.ceiling] : []));
  return [...entry.amounts, ...ceilings].slice(0, MAX_FIGURES).map((a) => formatFigure(a, lang, t));
}

export function entryCard(entry: CatalogueEntry, lang: string, t: TFunction): Extract<OutboundReply, { kind: "entry" }> {
  const translation = lang === "fr" ? undefined : entry.translations[lang as keyof typeof entry.translations];
  // Entry text in the resident's language (content/translations), French where a phrase is missing.
  const phrases = phraseTranslator(entry, lang);
  const figures = entryFigures(entry, lang, t).map((f) => ({ ...f, label: phrases.tr(f.label) }));
  const card: Extract<OutboundReply, { kind: "entry" }> = {
    kind: "entry",
    entryId: entry.id,
    title: translation?.title ?? entry.title,
    summary: translation?.summary ?? entry.summary,
    figures,
    decidedBy: t("entry.decided_by", { who: phrases.tr(entry.decided_by) }),
    officialUrl: entry.sources[0]?.url ?? entry.online?.url ?? "https://www.service-public.fr/",
  };
  // One line in the resident's language whenever anything on the card stayed French.
  if (lang !== "fr" && (!translation || phrases.missing)) card.fallbackNote = t("entry.fallback_note");
  // Only when a figure on this card could not be confirmed, naming it: a warning on every card would teach
  // residents to ignore it.
  const unconfirmed = figures.filter((f) => !f.confirmed).map((f) => f.label);
  if (unconfirmed.length > 0) card.caution = t("entry.caution", { figures: unconfirmed.join(" ; "), count: unconfirmed.length });
  return card;
}
