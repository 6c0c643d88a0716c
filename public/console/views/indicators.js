// Supervisors: weekly indicators (questions, themes, levels, crises, cases) and the questions the bot
// did not understand, one table each, with captions and headers for screen readers; also as CSV.
import { api } from "../../shared/api.js";
import { el } from "../../shared/dom.js";

export function indicatorsView(app) {
  const { t, $ } = app;

  function query() {
    const params = new URLSearchParams();
    if ($("indicators-from").value) params.set("from", $("indicators-from").value);
    if ($("indicators-to").value) params.set("to", $("indicators-to").value);
    return params;
  }

  /** A table with a caption, column headers, and a row saying "none" when there are no rows. */
  function table(id, caption, headers, rows, emptyColumns) {
    const head = el("tr", null, ...headers.map((text) => el("th", { scope: "col" }, text)));
    const body = el("tbody", null, ...rows);
    if (rows.length === 0) body.append(el("tr", null, el("td", { colSpan: emptyColumns }, t("indicators.none"))));
    return el("div", { className: "table-wrap" }, el("table", { id, className: "indicators-table" }, el("caption", null, caption), el("thead", null, head), body));
  }

  /** One table per indicator: a row per key, a column per week, a total. */
  function weeklyTable(id, caption, weeks, rows, rowHeader) {
    const headers = [rowHeader, ...weeks.map((week) => t("indicators.week", { date: week })), t("indicators.total")];
    const lines = rows.map((r) => el("tr", null, el("th", { scope: "row" }, r.label), ...weeks.map((week) => el("td", null, r.counts[week] ?? 0)), el("td", null, r.total ?? "")));
    return table(id, caption, headers, lines, weeks.length + 2);
  }

  function unansweredTable(questions) {
    const headers = ["date", "language", "text"].map((key) => t(`indicators.unanswered.${key}`));
    const lines = questions.map((question) => el("tr", null, el("td", null, app.formatDate(question.at)), el("td", null, question.language), el("td", { dir: "auto" }, question.text)));
    return table("indicators-unanswered", t("indicators.unanswered.caption"), headers, lines, 3);
  }

  async function show({ focus }) {
    app.showView("indicators", t("indicators.title"));
    const data = await api("GET", `/console/api/indicators?${query()}`);
    $("indicators-from").value = data.from;
    $("indicators-to").value = data.to;
    const csv = new URLSearchParams({ from: data.from, to: data.to, format: "csv" });
    $("indicators-csv").href = `/console/api/indicators?${csv}`;
    const named = (rows, prefix) => rows.map((r) => ({ ...r, label: t(`${prefix}.${r.key}`) === `${prefix}.${r.key}` ? r.label || r.key : t(`${prefix}.${r.key}`) }));
    const q = data.questions;
    const c = data.cases;
    const median = { key: "median", label: t("indicators.cases.median"), counts: {}, total: null };
    for (const week of data.weeks) median.counts[week] = c.medianFirstAnswerMinutes[week] ?? "—";
    $("indicators-tables").replaceChildren(
      weeklyTable("indicators-questions", t("indicators.questions.caption"), data.weeks, [
        { ...q.all, label: t("indicators.questions.all") },
        { ...q.notUnderstood, label: t("indicators.questions.notUnderstood") },
      ], t("indicators.questions.header")),
      weeklyTable("indicators-themes", t("indicators.themes.caption"), data.weeks, data.byTheme, t("indicators.themes.header")),
      weeklyTable("indicators-levels", t("indicators.levels.caption"), data.weeks, named(data.byLevel, "level"), t("indicators.levels.header")),
      weeklyTable("indicators-crises", t("indicators.crises.caption"), data.weeks, named(data.crises, "crisis"), t("indicators.crises.header")),
      weeklyTable("indicators-cases", t("indicators.cases.caption"), data.weeks, [
        { ...c.opened, label: t("indicators.cases.opened") },
        { ...c.taken, label: t("indicators.cases.taken") },
        { ...c.closed, label: t("indicators.cases.closed") },
        median,
      ], t("indicators.cases.header")),
      unansweredTable(data.unanswered),
    );
    if (focus) $("indicators-title").focus();
  }

  $("indicators-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void app.guarded(() => show({ focus: false }));
  });

  return { show };
}
