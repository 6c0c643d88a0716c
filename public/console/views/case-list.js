// The list of cases (urgency, then age; or the closed ones), the search by reference, and for
// supervisors the state of message delivery above it.
import { api, ApiError } from "../../shared/api.js";
import { el } from "../../shared/dom.js";
import { showReminders } from "../reminders.js";

export function caseListView(app) {
  const { t, $ } = app;

  function caseRow(record) {
    const urgency = el("td", { className: `urgency ${record.urgency}` }, t(`urgency.${record.urgency}`));
    if (record.crisisSinceRead) urgency.append(el("strong", null, ` — ${t("list.crisisSinceRead")}`));
    if (record.reminder) urgency.append(el("strong", { className: "reminder-marker" }, ` — ${t("list.reminder")}`));
    const fresh = el("td");
    if (record.newMessages > 0) fresh.append(el("span", { className: "new-marker" }, t("new")), ` ${t("list.newMessages", { count: record.newMessages })}`);
    return el(
      "tr",
      { className: `urgency-${record.urgency}${record.crisisSinceRead ? " crisis-since-read" : ""}` },
      urgency,
      el("td", null, el("a", { href: `#/cases/${encodeURIComponent(record.id)}` }, record.reference)),
      fresh,
      el("td", { dir: "auto" }, record.summary),
      el("td", null, t(`level.${record.level}`)),
      el("td", null, record.language),
      el("td", null, t(`status.${record.status}`)),
      el("td", null, app.formatDate(record.createdAt)),
      el("td", null, record.assignedAgentName || t("list.unassigned")),
    );
  }

  async function show({ focus }) {
    const closed = $("list-filter").value === "closed";
    const title = t(closed ? "list.closedTitle" : "list.title");
    app.showView("list", title);
    $("list-title").textContent = title;
    $("case-table").querySelector("caption").textContent = t(closed ? "list.closedCaption" : "list.caption");
    $("list-empty").textContent = t(closed ? "list.closedEmpty" : "list.empty");
    const { cases } = await api("GET", `/console/api/cases${closed ? "?status=closed,cancelled" : ""}`);
    if (!closed) app.alerts.show(cases);
    showReminders(t, closed ? [] : cases, $("reminder-alert"));
    $("case-rows").replaceChildren(...cases.map(caseRow));
    if (app.isSupervisor()) await showDelivery();
    $("list-empty").hidden = cases.length > 0;
    $("case-table").hidden = cases.length === 0;
    if (focus) $("list-title").focus();
  }

  // Supervisors see undelivered and late messages above the list (the text changes only when the figures
  // do, so a screen reader is not told the same thing at every refresh).
  async function showDelivery() {
    const status = await api("GET", "/console/api/delivery").catch(() => null);
    if (!status) return;
    const set = (id, text) => {
      const element = $(id);
      element.hidden = !text;
      if (element.textContent !== text) element.textContent = text;
    };
    set("delivery-late", status.late ? t("delivery.late", { minutes: Math.ceil(status.oldestPendingSeconds / 60), count: status.pending }) : "");
    set("delivery-dead", status.deadLetters > 0 ? t("delivery.dead", { count: status.deadLetters }) : "");
    $("delivery-alert").hidden = !status.late && status.deadLetters === 0;
  }

  $("list-filter").addEventListener("change", () => app.guarded(() => show({ focus: false })));
  $("reference-search").addEventListener("submit", (event) => {
    event.preventDefault();
    const reference = $("reference-input").value.trim();
    const result = $("reference-search-result");
    result.textContent = "";
    if (!reference) return;
    void app.guarded(async () => {
      try {
        const found = await api("GET", `/console/api/cases/by-reference/${encodeURIComponent(reference)}`);
        window.location.hash = `#/cases/${encodeURIComponent(found.case.id)}`;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) result.textContent = t("list.search.none", { reference });
        else throw error;
      }
    });
  });

  return { show };
}
