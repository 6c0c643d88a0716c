/**
 * The OpenFisca cross-check as lines for the terminal: what to update first (newer values with the text
 * they come from, mismatches, missing parameters), then the figures that agree, then a one-line summary.
 */
import { countByStatus, type CrossCheckReport, type CrossCheckResult } from "./cross-check.js";

function figure(r: CrossCheckResult): string {
  return `${r.entry}: "${r.label}"`;
}

function line(r: CrossCheckResult): string {
  const ours = `catalogue ${r.catalogue.value} from ${r.catalogue.from}`;
  switch (r.status) {
    case "match":
      return `match     ${figure(r)} = ${r.openfisca!.value} (OpenFisca from ${r.openfisca!.from}) — ${r.parameter}`;
    case "newer": {
      const refs = r.newer!.references.map((ref) => [ref.title, ref.href].filter(Boolean).join(" ")).join("; ");
      const value = r.newer!.value === null ? "no value (the parameter ended)" : String(r.newer!.value);
      return `NEWER     ${figure(r)}: ${ours}; OpenFisca has ${value} from ${r.newer!.from}${refs ? ` (${refs})` : ""} — ${r.parameter}`;
    }
    case "mismatch":
      return `MISMATCH  ${figure(r)}: ${ours}, OpenFisca ${r.openfisca!.value} from ${r.openfisca!.from} — ${r.parameter}`;
    case "missing":
      return `MISSING   ${figure(r)}: ${r.problem} — ${r.parameter}`;
  }
}

export function formatOpenFiscaReport(report: CrossCheckReport, commit?: string): string[] {
  const order = { newer: 0, mismatch: 1, missing: 2, match: 3 } as const;
  const sorted = [...report.results].sort((a, b) => order[a.status] - order[b.status] || a.entry.localeCompare(b.entry));
  const counts = countByStatus(report);
  return [
    `openfisca: parameters read from ${report.root}${commit ? ` (commit ${commit})` : ""}`,
    ...sorted.map((r) => `openfisca: ${line(r)}`),
    `openfisca: ${report.results.length} figure(s) name a parameter: ${counts.match} match, ${counts.newer} newer in OpenFisca, ${counts.mismatch} mismatch, ${counts.missing} missing; ${report.notModelled.length} figure(s) not modelled`,
  ];
}
