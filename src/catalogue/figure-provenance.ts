/**
 * What `content check` says about each figure's provenance: a figure resting on a secondary site only, a
 * source that is not an official text, a period superseded by a yearly revaluation, an old check — and,
 * per entry, the list of what a person must re-read before the figure can be trusted.
 */
import { isOfficialSite } from "./official-sites.js";
import { supersededOn } from "./revaluation.js";
import type { Amount, CatalogueEntry } from "./schema.js";

const STALE_DAYS = 365;

const REVALUATION_WORDS = { january: "1 January", april: "1 April", august: "1 August" } as const;

export interface LabelledFigure {
  /** "amount \"…\"" or "ceiling \"…\"", for messages. */
  what: string;
  figure: Amount;
}

/** Amounts, then the resource ceilings of eligibility conditions, then the contest deadlines. */
export function entryFigureList(entry: CatalogueEntry): LabelledFigure[] {
  const figures: LabelledFigure[] = entry.amounts.map((figure) => ({ what: `amount "${figure.label}"`, figure }));
  for (const c of entry.eligibility.conditions) {
    if (c.kind === "resources" && c.ceiling) figures.push({ what: `ceiling "${c.ceiling.label}"`, figure: c.ceiling });
  }
  if (entry.contest?.deadline) figures.push({ what: `contest deadline "${entry.contest.deadline.label}"`, figure: entry.contest.deadline });
  if (entry.contest?.answer_within) figures.push({ what: `contest answer time "${entry.contest.answer_within.label}"`, figure: entry.contest.answer_within });
  return figures;
}

export interface ProvenanceFindings {
  errors: string[];
  warnings: string[];
  /** What a person must re-read, one line per figure. */
  reread: string[];
}

function daysSince(day: string, today: Date): number {
  return (today.getTime() - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
}

export function figureProvenance({ what, figure }: LabelledFigure, today: Date): ProvenanceFindings {
  const found: ProvenanceFindings = { errors: [], warnings: [], reread: [] };
  const checks = figure.checked_against ?? [];
  const reasons: string[] = [];

  if (!isOfficialSite(figure.source)) {
    found.warnings.push(`${what}: its source ${figure.source} is not an official site; give the official text as source`);
    reasons.push("find the official text");
  }
  if (!figure.verified_on) {
    reasons.push(`never checked: read ${figure.source}`);
  } else {
    const age = daysSince(figure.verified_on, today);
    if (age < -1) found.errors.push(`${what}: verified_on ${figure.verified_on} is in the future`);
    else if (age > STALE_DAYS) {
      found.warnings.push(`${what}: checked on ${figure.verified_on}, more than 12 months ago`);
      reasons.push(`last checked ${figure.verified_on}`);
    }
    if (checks.every((c) => c.kind === "secondary")) {
      found.warnings.push(`${what}: its only support is a secondary site (${checks.map((c) => c.url).join(", ")}); check it against ${figure.source}`);
      reasons.push(`only a secondary site supports it: read ${figure.source}`);
    }
    if (checks.some((c) => c.kind === "openfisca") && !figure.openfisca) {
      found.warnings.push(`${what}: checked against OpenFisca but names no parameter (openfisca: …), so --openfisca cannot follow it`);
    }
  }
  const superseded = supersededOn(figure, today);
  if (superseded) {
    const period = figure.effective_until ? `${figure.effective_from} to ${figure.effective_until}` : `from ${figure.effective_from}`;
    found.warnings.push(
      `${what}: its period (${period}) was superseded by the revaluation of ${superseded} (each ${REVALUATION_WORDS[figure.revalued!]}) and it has not been checked since`,
    );
    reasons.push(`revalued on ${superseded}: find the new value`);
  } else if (figure.effective_until) {
    reasons.push(`kept for reference, valid until ${figure.effective_until}: find the current value`);
  }
  if (reasons.length > 0) found.reread.push(`${figure.label} — ${reasons.join("; ")}`);
  return found;
}
