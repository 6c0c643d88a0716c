// Supervisors: the console's accounts, with a button to disable (or enable again) each colleague's.
import { api } from "../../shared/api.js";
import { el } from "../../shared/dom.js";

export function agentsView(app) {
  const { t, $, state } = app;

  function row(agent) {
    const self = agent.id === state.agent.id;
    const cell = el("td");
    if (!self) {
      const disable = !agent.disabledAt;
      // The name is read with the button by screen readers, not shown twice on screen.
      const button = el(
        "button",
        { type: "button", className: disable ? "danger" : "secondary" },
        t(disable ? "agents.disable" : "agents.enable"),
        el("span", { className: "visually-hidden" }, ` ${agent.displayName}`),
      );
      button.addEventListener("click", () => setStatus(agent, disable));
      cell.append(button);
    }
    return el(
      "tr",
      null,
      el("td", null, agent.username),
      el("td", null, self ? `${agent.displayName} ${t("agents.you")}` : agent.displayName),
      el("td", null, t(`agents.role.${agent.role}`)),
      el("td", null, agent.disabledAt ? t("agents.disabled", { date: app.formatDate(agent.disabledAt) }) : t("agents.enabled")),
      el("td", null, agent.heldCases),
      cell,
    );
  }

  async function show({ focus }) {
    app.showView("agents", t("agents.title"));
    const { agents } = await api("GET", "/console/api/agents");
    $("agent-rows").replaceChildren(...agents.map(row));
    if (focus) $("agents-title").focus();
  }

  async function setStatus(agent, disable) {
    await app.guarded(async () => {
      await api("POST", `/console/api/agents/${encodeURIComponent(agent.id)}/${disable ? "disable" : "enable"}`);
      app.announce(t(disable ? "agents.disabledDone" : "agents.enabledDone", { name: agent.displayName }));
      await show({ focus: false });
    });
    $("agents-title").focus();
  }

  return { show };
}
