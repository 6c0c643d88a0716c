// The agent console: sign-in, the list of cases (urgency, then age), one case with its conversation
// since consent and its history, and the actions the server says this agent may take (a colleague's
// case offers a note only). Supervisors also reassign and reopen cases, manage agents and read the
// audit log. Live updates come as SSE hints; the page then re-reads the API. Every text from a resident
// is set with textContent, never innerHTML.
import { api, ApiError, consoleLanguage, errorMessage, loadStrings } from "./common.js";
import { reminderText, showReminders } from "./reminders.js";

const $ = (id) => document.getElementById(id);
const lang = consoleLanguage();
const t = await loadStrings(lang);
const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" });
const views = {
  signin: $("signin-view"),
  list: $("list-view"),
  case: $("case-view"),
  agents: $("agents-view"),
  audit: $("audit-view"),
  indicators: $("indicators-view"),
};
const state = { agent: null, currentCase: null, events: null, auditBefore: null, labels: null, title: "", alerted: new Set() };
const isSupervisor = () => state.agent?.role === "supervisor";

function el(tag, text, className) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) element.textContent = String(text);
  if (className) element.className = className;
  return element;
}

const formatDate = (iso) => (iso ? dateFormat.format(new Date(iso)) : t("case.none"));

function showView(name, title) {
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
  state.title = `${title} — ${t("title")}`;
  applyTitle();
}

// While a crisis waits unread in a case, the tab's title says so (seen from another tab or window).
function applyTitle() {
  document.title = state.alerted.size > 0 ? `${t("alert.titlePrefix")} — ${state.title}` : state.title;
}

// ---- Readable names: catalogue titles and theme names instead of internal codes -------------------

async function labels() {
  if (!state.labels) state.labels = await api("GET", `/console/api/labels?lang=${lang}`).catch(() => ({ entries: {}, themes: {} }));
  return state.labels;
}

/** "theme:revenus" → "Argent, RSA, minima"; "apply:rsa" → "Comment faire la demande — RSA"… */
function payloadWords(payload) {
  const index = payload.indexOf(":");
  if (index < 0 || !state.labels) return null;
  const kind = payload.slice(0, index);
  const id = payload.slice(index + 1);
  if (kind === "theme" && state.labels.themes[id]) return state.labels.themes[id];
  const title = state.labels.entries[id];
  if (!title) return null;
  const key = `payloadKinds.${kind}`;
  const words = t(key, { title });
  return words === key ? title : words;
}

// ---- Crisis alerts --------------------------------------------------------------------------------

let audio = null;
const soundWanted = () => localStorage.getItem("console.alertSound") === "on";
$("alert-sound").checked = soundWanted();
$("alert-sound").addEventListener("change", () => {
  localStorage.setItem("console.alertSound", $("alert-sound").checked ? "on" : "off");
  // Browsers allow sound once the page was used: turning it on is that use.
  if ($("alert-sound").checked && typeof AudioContext === "function") audio ??= new AudioContext();
});

/** A short tone, only if the agent asked for one (the banner and the title are always there). */
function beep() {
  if (!soundWanted()) return;
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.4);
  } catch {
    // No sound available: the banner says it.
  }
}

/** The banner names every case where a crisis arrived since this agent last opened it. */
function showAlerts(cases) {
  const alerted = cases.filter((record) => record.crisisSinceRead && (record.status === "open" || record.status === "claimed"));
  const fresh = alerted.some((record) => !state.alerted.has(record.id));
  state.alerted = new Set(alerted.map((record) => record.id));
  const banner = $("crisis-alert");
  if (alerted.length === 0) {
    banner.replaceChildren();
  } else if (fresh || banner.childElementCount !== alerted.length) {
    // Rewritten only when it changes: a screen reader hears a new alert once, not at every refresh.
    banner.replaceChildren(
      ...alerted.map((record) => {
        const p = el("p", `${t("alert.crisis", { reference: record.reference, category: t(`crisis.${record.crisisSinceRead.category}`) })} `);
        const link = el("a", t("alert.open", { reference: record.reference }));
        link.href = `#/cases/${encodeURIComponent(record.id)}`;
        p.append(link);
        return p;
      }),
    );
    if (fresh) beep();
  }
  applyTitle();
}

async function checkAlerts() {
  const data = await api("GET", "/console/api/cases").catch(() => null);
  if (data) showAlerts(data.cases);
}

function setError(text) {
  $("error").textContent = text;
}

function announce(text) {
  $("live").textContent = text;
}

async function guarded(action) {
  setError("");
  try {
    return await action();
  } catch (error) {
    if (error instanceof ApiError && error.code === "sign_in_required") {
      state.agent = null;
      await route();
    }
    setError(errorMessage(t, error));
    return undefined;
  }
}

// ---- Sign-in --------------------------------------------------------------------------------------

async function showSignIn() {
  $("who").hidden = true;
  $("supervisor-nav").hidden = true;
  state.alerted = new Set();
  $("crisis-alert").replaceChildren();
  state.events?.close();
  state.events = null;
  showView("signin", t("signin.title"));
  const setup = await api("GET", "/console/api/setup").catch(() => ({ needed: false }));
  $("setup-needed").hidden = !setup.needed;
  $("signin-username").focus();
}

$("signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  await guarded(async () => {
    const { agent } = await api("POST", "/console/api/login", {
      username: $("signin-username").value,
      password: $("signin-password").value,
    });
    $("signin-password").value = "";
    state.agent = agent;
    await route({ focus: true });
  });
});

$("sign-out").addEventListener("click", async () => {
  await api("POST", "/console/api/logout").catch(() => null);
  state.agent = null;
  window.location.hash = "#/";
  await route({ focus: true });
});

// ---- Case list ------------------------------------------------------------------------------------

async function showList({ focus }) {
  const closed = $("list-filter").value === "closed";
  const title = t(closed ? "list.closedTitle" : "list.title");
  showView("list", title);
  $("list-title").textContent = title;
  $("case-table").querySelector("caption").textContent = t(closed ? "list.closedCaption" : "list.caption");
  $("list-empty").textContent = t(closed ? "list.closedEmpty" : "list.empty");
  const { cases } = await api("GET", `/console/api/cases${closed ? "?status=closed,cancelled" : ""}`);
  if (!closed) showAlerts(cases);
  showReminders(t, closed ? [] : cases, $("reminder-alert"), el);
  const rows = cases.map((record) => {
    const row = el("tr", null, `urgency-${record.urgency}${record.crisisSinceRead ? " crisis-since-read" : ""}`);
    const urgency = el("td", t(`urgency.${record.urgency}`), `urgency ${record.urgency}`);
    if (record.crisisSinceRead) urgency.append(el("strong", ` — ${t("list.crisisSinceRead")}`));
    if (record.reminder) urgency.append(el("strong", ` — ${t("list.reminder")}`, "reminder-marker"));
    row.append(urgency);
    const refCell = el("td");
    const link = el("a", record.reference);
    link.href = `#/cases/${encodeURIComponent(record.id)}`;
    refCell.append(link);
    row.append(refCell);
    const fresh = el("td");
    if (record.newMessages > 0) fresh.append(el("span", t("new"), "new-marker"), ` ${t("list.newMessages", { count: record.newMessages })}`);
    row.append(fresh);
    const summary = el("td", record.summary);
    summary.dir = "auto";
    row.append(
      summary,
      el("td", t(`level.${record.level}`)),
      el("td", record.language),
      el("td", t(`status.${record.status}`)),
      el("td", formatDate(record.createdAt)),
      el("td", record.assignedAgentName || t("list.unassigned")),
    );
    return row;
  });
  $("case-rows").replaceChildren(...rows);
  if (isSupervisor()) await showDelivery();
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

// ---- One case -------------------------------------------------------------------------------------

function messageText(message) {
  if (message.direction === "in") {
    if (message.text || message.choiceLabel) return message.text || message.choiceLabel;
    // A command sent by a widget shortcut ("cmd:human"): said in words.
    const key = `payloads.${message.payload}`;
    const words = t(key);
    return words === key ? payloadWords(message.payload || "") || message.payload || "" : words;
  }
  const parts = [];
  for (const reply of message.replies) {
    if (reply.kind === "text") parts.push(reply.text);
    else if (reply.kind === "choices") parts.push(`${reply.text} [${reply.choices.map((c) => c.label).join(" | ")}]`);
    else if (reply.kind === "link") parts.push(`${reply.label} <${reply.url}>`);
    else if (reply.kind === "entry") parts.push(`${reply.title} — ${reply.summary}`);
    else if (reply.kind === "place") parts.push(`${reply.place.name}, ${reply.place.address}`);
    else if (reply.kind === "emergency") parts.push(`${reply.text} ${reply.numbers.map((n) => `${n.number} (${n.label})`).join(", ")}`);
  }
  return parts.join("\n");
}

function messageAuthor(message) {
  if (message.direction === "in") return t("author.resident");
  if (message.author === "agent") return t("author.agent", { name: message.authorName || "" });
  if (message.author === "volunteer") return t("author.volunteer", { name: message.authorName || "" });
  return t("author.bot");
}

/** Status events are written by the core as "claimed", "closed: appointment", "reassigned: Paul"…; shown in words. */
function statusText(text, name) {
  const index = text.indexOf(":");
  const status = (index < 0 ? text : text.slice(0, index)).trim();
  const outcome = index < 0 ? "" : text.slice(index + 1).trim();
  if (status === "reassigned") return t("history.reassigned", { to: outcome, name: name || "" });
  if (status === "reopened") return t("history.reopened", { name: name || "" });
  const known = t(`status.${status}`);
  if (known === `status.${status}`) return text;
  const who = name ? ` (${name})` : "";
  return outcome ? `${known} — ${t(`outcome.${outcome}`)}${who}` : `${known}${who}`;
}

function detail(list, label, value) {
  const dd = el("dd", value === null || value === undefined || value === "" ? t("case.none") : value);
  dd.dir = "auto";
  list.append(el("dt", label), dd);
}

function renderCase({ case: record, messages, events, permissions, lastReadAt }) {
  state.currentCase = record;
  $("case-title").textContent = t("case.title", { reference: record.reference });
  const details = $("case-details");
  details.replaceChildren();
  detail(details, t("case.status"), t(`status.${record.status}`));
  detail(details, t("case.urgency"), t(`urgency.${record.urgency}`));
  if (record.reminder) detail(details, t("case.reminder"), reminderText(t, record));
  if (record.crisis) detail(details, t("case.crisis"), t(`crisis.${record.crisis}`));
  detail(details, t("case.summary"), record.summary);
  detail(details, t("case.description"), record.description);
  detail(details, t("case.level"), t(`level.${record.level}`));
  detail(details, t("case.entry"), record.entryTitle || (record.entryId && state.labels?.entries[record.entryId]) || record.entryId);
  detail(details, t("case.language"), record.language);
  const contact = t(`contact.${record.contactMethod}`);
  detail(details, t("case.contact"), record.contactValue ? `${contact} : ${record.contactValue}` : contact);
  detail(details, t("case.contactTime"), record.contactTime);
  detail(details, t("case.consentAt"), formatDate(record.consentAt));
  detail(details, t("case.assigned"), record.assignedAgentName || t("list.unassigned"));

  // What the resident wrote since this agent last opened the case (or, the first time, while the case
  // waited) is marked as new.
  const since = lastReadAt ?? record.createdAt;
  let fresh = 0;
  const items = messages.map((message) => {
    const isNew = message.direction === "in" && message.createdAt > since;
    const li = el("li", null, `message ${message.direction === "in" ? "from-resident" : `from-${message.author}`}${isNew ? " is-new" : ""}`);
    const meta = el("p", `${messageAuthor(message)} — ${formatDate(message.createdAt)}`, "meta");
    if (isNew) {
      fresh += 1;
      meta.prepend(el("strong", t("new"), "new-marker"), " ");
    }
    li.append(meta);
    const text = el("p", messageText(message), "text");
    text.dir = "auto";
    li.append(text);
    return li;
  });
  $("case-messages").replaceChildren(...(items.length ? items : [el("li", t("case.noMessages"))]));
  $("case-new-count").textContent = fresh > 0 ? t("case.newCount", { count: fresh }) : "";
  $("case-new-count").hidden = fresh === 0;

  const history = events.map((event) => {
    const li = el("li", null, `event event-${event.kind}`);
    // A note and a reply must never be confused: each says in words who sees it.
    if (event.kind === "note") li.append(el("p", t("note.internal"), "kind-label"));
    if (event.kind === "agent-message") li.append(el("p", t("note.reply"), "kind-label"));
    li.append(el("p", `${t(`events.${event.kind}`, { name: event.authorName || "" })} — ${formatDate(event.createdAt)}`, "meta"));
    const shown = event.kind === "status" ? statusText(event.text, event.authorName) : event.kind === "crisis" ? t(`crisis.${event.text}`) : event.text;
    const text = el("p", shown, "text");
    text.dir = "auto";
    li.append(text);
    return li;
  });
  $("case-events").replaceChildren(...(history.length ? history : [el("li", t("case.noEvents"))]));

  // The server says what this agent may do: a colleague's case is theirs to answer and close (or a
  // supervisor's); anyone may note it. Actions not allowed are not shown at all.
  $("claim-button").hidden = !permissions.claim;
  $("reply-form").hidden = !permissions.reply;
  $("note-form").hidden = !permissions.note;
  $("close-form").hidden = !permissions.close;
  $("reopen-button").hidden = !permissions.reopen;
  $("reassign-form").hidden = !permissions.reassign;
  const heldByOther = record.status === "claimed" && !permissions.reply;
  $("case-held").hidden = !heldByOther;
  $("case-held").textContent = heldByOther ? t("actions.heldBy", { name: record.assignedAgentName || t("list.unassigned") }) : "";
}

async function showCase(id, { focus }) {
  await labels();
  const data = await api("GET", `/console/api/cases/${encodeURIComponent(id)}`);
  showView("case", t("case.title", { reference: data.case.reference }));
  renderCase(data);
  if (isSupervisor()) await showCaseSupervision(data.case, data.permissions);
  else $("case-audit-section").hidden = true;
  // Opening the case has read its crisis: the banner drops it.
  await checkAlerts();
  if (focus) $("case-title").focus();
}

// Supervisors: whom the case may be given to, and the case's audit log.
async function showCaseSupervision(record, permissions) {
  const [{ agents }, { entries }] = await Promise.all([
    permissions.reassign ? api("GET", "/console/api/agents") : Promise.resolve({ agents: [] }),
    api("GET", `/console/api/cases/${encodeURIComponent(record.id)}/audit`),
  ]);
  if (permissions.reassign) {
    const select = $("reassign-agent");
    const chosen = select.value;
    const placeholder = el("option", t("actions.reassign.choose"));
    placeholder.value = "";
    const options = agents
      .filter((agent) => !agent.disabledAt && agent.id !== record.assignedAgentId)
      .map((agent) => {
        const option = el("option", agent.displayName);
        option.value = agent.id;
        return option;
      });
    select.replaceChildren(placeholder, ...options);
    if (options.some((option) => option.value === chosen)) select.value = chosen;
  }
  const items = entries.map((entry) => {
    const li = el("li", null, "event");
    li.append(el("p", `${auditAction(entry)} — ${formatDate(entry.at)}`, "meta"));
    const detail = auditDetail(entry);
    li.append(el("p", detail ? `${auditWho(entry)} · ${detail}` : auditWho(entry), "text"));
    return li;
  });
  $("case-audit").replaceChildren(...(items.length ? items : [el("li", t("case.noAudit"))]));
  $("case-audit-section").hidden = false;
}

async function caseAction(path, body, doneKey, { focusAfter, values } = {}) {
  const record = state.currentCase;
  if (!record) return false;
  const ok = await guarded(async () => {
    await api("POST", `/console/api/cases/${encodeURIComponent(record.id)}/${path}`, body);
    $("action-status").textContent = t(doneKey, values);
    await showCase(record.id, { focus: false });
    return true;
  });
  // Refused (a colleague took the case meanwhile, say): the page shows what is now possible.
  if (ok !== true) await showCase(record.id, { focus: false }).catch(() => null);
  (focusAfter && !focusAfter.closest("[hidden]") ? focusAfter : $("case-title")).focus();
  return ok === true;
}

$("claim-button").addEventListener("click", () => caseAction("claim", undefined, "actions.claimed", { focusAfter: $("reply-text") }));
$("reply-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("reply-text").value.trim();
  if (!text) return setError(t("errors.empty_text"));
  if (await caseAction("reply", { text }, "actions.reply.sent", { focusAfter: $("reply-text") })) $("reply-text").value = "";
});
$("note-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("note-text").value.trim();
  if (!text) return setError(t("errors.empty_text"));
  if (await caseAction("note", { text }, "actions.note.added", { focusAfter: $("note-text") })) $("note-text").value = "";
});
$("close-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const note = $("close-note").value.trim();
  const body = { outcome: $("close-outcome").value, ...(note ? { note } : {}) };
  if (await caseAction("close", body, "actions.close.done", { focusAfter: $("case-title") })) $("close-note").value = "";
});

$("reassign-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const select = $("reassign-agent");
  if (!select.value) return setError(t("errors.invalid_assignee"));
  const name = select.selectedOptions[0]?.textContent ?? "";
  await caseAction("reassign", { agentId: select.value }, "actions.reassign.done", { values: { name }, focusAfter: $("case-title") });
});
$("reopen-button").addEventListener("click", () => caseAction("reopen", undefined, "actions.reopen.done", { focusAfter: $("case-title") }));
$("list-filter").addEventListener("change", () => guarded(() => showList({ focus: false })));
$("reference-search").addEventListener("submit", (event) => {
  event.preventDefault();
  const reference = $("reference-input").value.trim();
  const result = $("reference-search-result");
  result.textContent = "";
  if (!reference) return;
  void guarded(async () => {
    try {
      const found = await api("GET", `/console/api/cases/by-reference/${encodeURIComponent(reference)}`);
      window.location.hash = `#/cases/${encodeURIComponent(found.case.id)}`;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) result.textContent = t("list.search.none", { reference });
      else throw error;
    }
  });
});

// ---- Supervisors: agents and the audit log --------------------------------------------------------

async function showAgents({ focus }) {
  showView("agents", t("agents.title"));
  const { agents } = await api("GET", "/console/api/agents");
  const rows = agents.map((agent) => {
    const row = el("tr");
    const self = agent.id === state.agent.id;
    row.append(
      el("td", agent.username),
      el("td", self ? `${agent.displayName} ${t("agents.you")}` : agent.displayName),
      el("td", t(`agents.role.${agent.role}`)),
      el("td", agent.disabledAt ? t("agents.disabled", { date: formatDate(agent.disabledAt) }) : t("agents.enabled")),
      el("td", agent.heldCases),
    );
    const cell = el("td");
    if (!self) {
      const disable = !agent.disabledAt;
      const button = el("button", t(disable ? "agents.disable" : "agents.enable"), disable ? "danger" : "secondary");
      button.type = "button";
      // The name is read with the button by screen readers, not shown twice on screen.
      button.append(el("span", ` ${agent.displayName}`, "visually-hidden"));
      button.addEventListener("click", () => setAgentStatus(agent, disable));
      cell.append(button);
    }
    row.append(cell);
    return row;
  });
  $("agent-rows").replaceChildren(...rows);
  if (focus) $("agents-title").focus();
}

async function setAgentStatus(agent, disable) {
  await guarded(async () => {
    await api("POST", `/console/api/agents/${encodeURIComponent(agent.id)}/${disable ? "disable" : "enable"}`);
    announce(t(disable ? "agents.disabledDone" : "agents.enabledDone", { name: agent.displayName }));
    await showAgents({ focus: false });
  });
  $("agents-title").focus();
}

function auditWho(entry) {
  return entry.agentId === null ? t("audit.resident") : entry.agentName || entry.agentId;
}

function auditAction(entry) {
  return t(`audit.actions.${entry.action}`);
}

function auditDetail(entry) {
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
}

function auditRow(entry) {
  const row = el("tr");
  const caseCell = el("td");
  if (entry.caseReference) {
    const link = el("a", entry.caseReference);
    link.href = `#/cases/${encodeURIComponent(entry.caseId)}`;
    caseCell.append(link);
  } else caseCell.textContent = t("audit.gone");
  row.append(el("td", formatDate(entry.at)), el("td", auditWho(entry)), el("td", auditAction(entry)), caseCell, el("td", auditDetail(entry)));
  return row;
}

async function showAudit({ focus, more = false }) {
  showView("audit", t("audit.title"));
  const query = more && state.auditBefore ? `?before=${state.auditBefore}` : "";
  const { entries, nextBefore } = await api("GET", `/console/api/audit${query}`);
  const rows = entries.map(auditRow);
  if (more) $("audit-rows").append(...rows);
  else $("audit-rows").replaceChildren(...rows);
  state.auditBefore = nextBefore;
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

$("audit-more").addEventListener("click", () => guarded(() => showAudit({ focus: false, more: true })));

// ---- Supervisors: indicators ----------------------------------------------------------------------

function indicatorsQuery() {
  const params = new URLSearchParams();
  if ($("indicators-from").value) params.set("from", $("indicators-from").value);
  if ($("indicators-to").value) params.set("to", $("indicators-to").value);
  return params;
}

/** One table per indicator: a row per key, a column per week, a total; captions and headers for screen readers. */
function indicatorTable(id, caption, weeks, rows, rowHeader) {
  const table = el("table", null, "indicators-table");
  table.id = id;
  table.append(el("caption", caption));
  const head = el("tr");
  head.append(el("th", rowHeader));
  for (const week of weeks) head.append(el("th", t("indicators.week", { date: week })));
  head.append(el("th", t("indicators.total")));
  for (const th of head.children) th.scope = "col";
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const r of rows) {
    const tr = el("tr");
    const th = el("th", r.label);
    th.scope = "row";
    tr.append(th, ...weeks.map((week) => el("td", r.counts[week] ?? 0)), el("td", r.total ?? ""));
    tbody.append(tr);
  }
  if (rows.length === 0) {
    const tr = el("tr");
    const td = el("td", t("indicators.none"));
    td.colSpan = weeks.length + 2;
    tr.append(td);
    tbody.append(tr);
  }
  table.append(thead, tbody);
  const wrap = el("div", null, "table-wrap");
  wrap.append(table);
  return wrap;
}

async function showIndicators({ focus }) {
  showView("indicators", t("indicators.title"));
  const params = indicatorsQuery();
  const data = await api("GET", `/console/api/indicators?${params}`);
  $("indicators-from").value = data.from;
  $("indicators-to").value = data.to;
  const csv = new URLSearchParams({ from: data.from, to: data.to, format: "csv" });
  $("indicators-csv").href = `/console/api/indicators?${csv}`;
  const named = (rows, prefix) => rows.map((r) => ({ ...r, label: t(`${prefix}.${r.key}`) === `${prefix}.${r.key}` ? r.label || r.key : t(`${prefix}.${r.key}`) }));
  const q = data.questions;
  const c = data.cases;
  const median = { key: "median", label: t("indicators.cases.median"), counts: {}, total: null };
  for (const week of data.weeks) median.counts[week] = c.medianFirstAnswerMinutes[week] ?? "—";
  const unanswered = el("div", null, "table-wrap");
  const list = el("table", null, "indicators-table");
  list.id = "indicators-unanswered";
  list.append(el("caption", t("indicators.unanswered.caption")));
  const head = el("tr");
  for (const key of ["date", "language", "text"]) {
    const th = el("th", t(`indicators.unanswered.${key}`));
    th.scope = "col";
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const question of data.unanswered) {
    const tr = el("tr");
    const text = el("td", question.text);
    text.dir = "auto";
    tr.append(el("td", formatDate(question.at)), el("td", question.language), text);
    tbody.append(tr);
  }
  if (data.unanswered.length === 0) {
    const tr = el("tr");
    const td = el("td", t("indicators.none"));
    td.colSpan = 3;
    tr.append(td);
    tbody.append(tr);
  }
  list.append(thead, tbody);
  unanswered.append(list);
  $("indicators-tables").replaceChildren(
    indicatorTable("indicators-questions", t("indicators.questions.caption"), data.weeks, [
      { ...q.all, label: t("indicators.questions.all") },
      { ...q.notUnderstood, label: t("indicators.questions.notUnderstood") },
    ], t("indicators.questions.header")),
    indicatorTable("indicators-themes", t("indicators.themes.caption"), data.weeks, data.byTheme, t("indicators.themes.header")),
    indicatorTable("indicators-levels", t("indicators.levels.caption"), data.weeks, named(data.byLevel, "level"), t("indicators.levels.header")),
    indicatorTable("indicators-crises", t("indicators.crises.caption"), data.weeks, named(data.crises, "crisis"), t("indicators.crises.header")),
    indicatorTable("indicators-cases", t("indicators.cases.caption"), data.weeks, [
      { ...c.opened, label: t("indicators.cases.opened") },
      { ...c.taken, label: t("indicators.cases.taken") },
      { ...c.closed, label: t("indicators.cases.closed") },
      median,
    ], t("indicators.cases.header")),
    unanswered,
  );
  if (focus) $("indicators-title").focus();
}

$("indicators-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void guarded(() => showIndicators({ focus: false }));
});

// ---- Live updates and routing ---------------------------------------------------------------------

function follow() {
  if (state.events) return;
  const source = new EventSource("/console/api/events");
  state.events = source;
  const refresh = async (event) => {
    const { caseId } = JSON.parse(event.data);
    const hash = window.location.hash;
    if (views.list.hidden === false) {
      await showList({ focus: false }).catch(() => null);
      announce(t("live.listUpdated"));
    } else if (state.currentCase && state.currentCase.id === caseId && hash.startsWith("#/cases/")) {
      await showCase(caseId, { focus: false }).catch(() => null);
      announce(t("live.caseUpdated"));
    } else {
      // On any other page, a crisis in a case still raises the banner.
      await checkAlerts();
    }
  };
  source.addEventListener("case", refresh);
  source.addEventListener("message", refresh);
}

async function route({ focus = true } = {}) {
  if (!state.agent) {
    const me = await api("GET", "/console/api/me").catch(() => null);
    state.agent = me?.agent ?? null;
  }
  if (!state.agent) return showSignIn();
  $("who").hidden = false;
  $("who-name").textContent = t("signedInAs", { name: state.agent.displayName });
  $("supervisor-nav").hidden = !isSupervisor();
  follow();
  const hash = window.location.hash;
  const match = /^#\/cases\/(.+)$/.exec(hash);
  await guarded(() => {
    if (match) return showCase(decodeURIComponent(match[1]), { focus });
    if (hash === "#/agents" && isSupervisor()) return showAgents({ focus });
    if (hash === "#/audit" && isSupervisor()) return showAudit({ focus });
    if (hash === "#/indicators" && isSupervisor()) return showIndicators({ focus });
    return showList({ focus });
  });
  // The list and a case's page read the alerts themselves; the other pages ask for them.
  if (views.list.hidden && views.case.hidden) await checkAlerts();
}

window.addEventListener("hashchange", () => route({ focus: true }));
await route({ focus: false });
document.body.classList.add("ready");
