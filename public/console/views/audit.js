// Supervisors: the audit log (who did what, when, on which case), newest first, older entries on demand.
// The words for an entry are shared with a case's own log (case.js).
import { api } from "../../shared/api.js";
import { el } from "../../shared/dom.js";

/** Who, what and the detail of one audit entry, in words. */
export function auditWords(app) {
  const { t } = app;
  return {
    who: (entry) => (entry.agentId === null ? t("audit.resident") : entry.agentName || entry.agentId),
    action: (entry) => t(`audit.actions.${entry.action}`),
    detail(entry) {
      const d = entry.detail || {};
      switch (entry.action) {
        case "opened":
          return d.urgency ? t("audit.detail.opened", { urgency: t(`urgency.${d.urgency}`), level: d.level || "" }) : "";
        case "reassigned":
          return t("audit.detail.reassigned", { from: d.fromName || t("list.unassigned"), to: d.toName || t("list.unassigned") });
        case "closed":
          return d.outcome ? t("audit.detail.closed", { outcome: t(`outcome.${d.outcome}`) }) : "";
        case "reopened":
          return d.previousOutcome ? t("audit.detail.reopened", { outcome: t(`outcome.${d.previousOutcome}`) }) : "";
        default:
          return "";
      }
    },
  };
}

export function auditView(app) {
  const { t, $ } = app;
  const words = auditWords(app);
  let before = null;

  function row(entry) {
    const caseCell = entry.caseReference
      ? el("td", null, el("a", { href: `#/cases/${encodeURIComponent(entry.caseId)}` }, entry.caseReference))
      : el("td", null, t("audit.gone"));
    return el("tr", null, el("td", null, app.formatDate(entry.at)), el("td", null, words.who(entry)), el("td", null, words.action(entry)), caseCell, el("td", null, words.detail(entry)));
  }

  async function show({ focus, more = false }) {
    app.showView("audit", t("audit.title"));
    const query = more && before ? `?before=${before}` : "";
    const { entries, nextBefore } = await api("GET", `/console/api/audit${query}`);
    const rows = entries.map(row);
    if (more) $("audit-rows").append(...rows);
    else $("audit-rows").replaceChildren(...rows);
    before = nextBefore;
    $("audit-more").hidden = nextBefore === null;
    const empty = $("audit-rows").children.length === 0;
    $("audit-empty").hidden = !empty;
    $("audit-table").hidden = empty;
    if (focus) $("audit-title").focus();
    // The first of the rows just added gets the focus, so a keyboard user goes on reading from there.
    if (more && rows[0]) {
      rows[0].tabIndex = -1;
      rows[0].focus();
    }
  }

  $("audit-more").addEventListener("click", () => app.guarded(() => show({ focus: false, more: true })));

  return { show };
}
