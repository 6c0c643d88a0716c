// One case: its details, the conversation since consent (what is new since this agent last opened it
// marked as such), its history, for supervisors its audit log, and the actions the server says this
// agent may take (a colleague's case offers a note only).
import { api } from "../../shared/api.js";
import { el } from "../../shared/dom.js";
import { auditWords } from "./audit.js";
import { reminderText } from "../reminders.js";

export function caseView(app) {
  const { t, $, state } = app;
  const audit = auditWords(app);

  function messageText(message) {
    if (message.direction === "in") {
      if (message.text || message.choiceLabel) return message.text || message.choiceLabel;
      // A command sent by a widget shortcut ("cmd:human"): said in words.
      const key = `payloads.${message.payload}`;
      const words = t(key);
      return words === key ? app.payloadWords(message.payload || "") || message.payload || "" : words;
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
    list.append(el("dt", null, label), el("dd", { dir: "auto" }, value === null || value === undefined || value === "" ? t("case.none") : value));
  }

  function renderDetails(record) {
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
    detail(details, t("case.consentAt"), app.formatDate(record.consentAt));
    detail(details, t("case.assigned"), record.assignedAgentName || t("list.unassigned"));
  }

  /** The conversation; what the resident wrote after `since` is marked new. Returns how many are. */
  function renderMessages(messages, since) {
    let fresh = 0;
    const items = messages.map((message) => {
      const isNew = message.direction === "in" && message.createdAt > since;
      const meta = el("p", { className: "meta" }, `${messageAuthor(message)} — ${app.formatDate(message.createdAt)}`);
      if (isNew) {
        fresh += 1;
        meta.prepend(el("strong", { className: "new-marker" }, t("new")), " ");
      }
      const from = message.direction === "in" ? "from-resident" : `from-${message.author}`;
      return el("li", { className: `message ${from}${isNew ? " is-new" : ""}` }, meta, el("p", { className: "text", dir: "auto" }, messageText(message)));
    });
    $("case-messages").replaceChildren(...(items.length ? items : [el("li", null, t("case.noMessages"))]));
    return fresh;
  }

  function renderHistory(events) {
    const history = events.map((event) => {
      const shown = event.kind === "status" ? statusText(event.text, event.authorName) : event.kind === "crisis" ? t(`crisis.${event.text}`) : event.text;
      return el(
        "li",
        { className: `event event-${event.kind}` },
        // A note and a reply must never be confused: each says in words who sees it.
        event.kind === "note" && el("p", { className: "kind-label" }, t("note.internal")),
        event.kind === "agent-message" && el("p", { className: "kind-label" }, t("note.reply")),
        el("p", { className: "meta" }, `${t(`events.${event.kind}`, { name: event.authorName || "" })} — ${app.formatDate(event.createdAt)}`),
        el("p", { className: "text", dir: "auto" }, shown),
      );
    });
    $("case-events").replaceChildren(...(history.length ? history : [el("li", null, t("case.noEvents"))]));
  }

  function render({ case: record, messages, events, permissions, lastReadAt }) {
    state.currentCase = record;
    $("case-title").textContent = t("case.title", { reference: record.reference });
    renderDetails(record);
    // What the resident wrote since this agent last opened the case (or, the first time, while the case
    // waited) is marked as new.
    const fresh = renderMessages(messages, lastReadAt ?? record.createdAt);
    $("case-new-count").textContent = fresh > 0 ? t("case.newCount", { count: fresh }) : "";
    $("case-new-count").hidden = fresh === 0;
    renderHistory(events);

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

  async function show(id, { focus }) {
    await app.labels();
    const data = await api("GET", `/console/api/cases/${encodeURIComponent(id)}`);
    app.showView("case", t("case.title", { reference: data.case.reference }));
    render(data);
    if (app.isSupervisor()) await showSupervision(data.case, data.permissions);
    else $("case-audit-section").hidden = true;
    // Opening the case has read its crisis: the banner drops it.
    await app.alerts.check();
    if (focus) $("case-title").focus();
  }

  // Supervisors: whom the case may be given to, and the case's audit log.
  async function showSupervision(record, permissions) {
    const [{ agents }, { entries }] = await Promise.all([
      permissions.reassign ? api("GET", "/console/api/agents") : Promise.resolve({ agents: [] }),
      api("GET", `/console/api/cases/${encodeURIComponent(record.id)}/audit`),
    ]);
    if (permissions.reassign) {
      const select = $("reassign-agent");
      const chosen = select.value;
      const options = agents
        .filter((agent) => !agent.disabledAt && agent.id !== record.assignedAgentId)
        .map((agent) => el("option", { value: agent.id }, agent.displayName));
      select.replaceChildren(el("option", { value: "" }, t("actions.reassign.choose")), ...options);
      if (options.some((option) => option.value === chosen)) select.value = chosen;
    }
    const items = entries.map((entry) => {
      const said = audit.detail(entry);
      return el(
        "li",
        { className: "event" },
        el("p", { className: "meta" }, `${audit.action(entry)} — ${app.formatDate(entry.at)}`),
        el("p", { className: "text" }, said ? `${audit.who(entry)} · ${said}` : audit.who(entry)),
      );
    });
    $("case-audit").replaceChildren(...(items.length ? items : [el("li", null, t("case.noAudit"))]));
    $("case-audit-section").hidden = false;
  }

  async function action(path, body, doneKey, { focusAfter, values } = {}) {
    const record = state.currentCase;
    if (!record) return false;
    const ok = await app.guarded(async () => {
      await api("POST", `/console/api/cases/${encodeURIComponent(record.id)}/${path}`, body);
      // The page shows the case as it now is, then says what was done (a screen reader hears it once
      // the details it speaks of are there).
      await show(record.id, { focus: false });
      $("action-status").textContent = t(doneKey, values);
      return true;
    });
    // Refused (a colleague took the case meanwhile, say): the page shows what is now possible.
    if (ok !== true) await show(record.id, { focus: false }).catch(() => null);
    (focusAfter && !focusAfter.closest("[hidden]") ? focusAfter : $("case-title")).focus();
    return ok === true;
  }

  $("claim-button").addEventListener("click", () => action("claim", undefined, "actions.claimed", { focusAfter: $("reply-text") }));
  $("reply-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("reply-text").value.trim();
    if (!text) return app.setError(t("errors.empty_text"));
    if (await action("reply", { text }, "actions.reply.sent", { focusAfter: $("reply-text") })) $("reply-text").value = "";
  });
  $("note-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("note-text").value.trim();
    if (!text) return app.setError(t("errors.empty_text"));
    if (await action("note", { text }, "actions.note.added", { focusAfter: $("note-text") })) $("note-text").value = "";
  });
  $("close-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const note = $("close-note").value.trim();
    const body = { outcome: $("close-outcome").value, ...(note ? { note } : {}) };
    if (await action("close", body, "actions.close.done", { focusAfter: $("case-title") })) $("close-note").value = "";
  });
  $("reassign-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const select = $("reassign-agent");
    if (!select.value) return app.setError(t("errors.invalid_assignee"));
    const name = select.selectedOptions[0]?.textContent ?? "";
    await action("reassign", { agentId: select.value }, "actions.reassign.done", { values: { name }, focusAfter: $("case-title") });
  });
  $("reopen-button").addEventListener("click", () => action("reopen", undefined, "actions.reopen.done", { focusAfter: $("case-title") }));

  return { show };
}
