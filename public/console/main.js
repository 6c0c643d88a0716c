// The agent console: sign-in, the list of cases (urgency, then age), one case with its conversation
// since consent and its history, and the actions the server says this agent may take. Supervisors also
// reassign and reopen cases, manage agents, read the audit log and the indicators. Each view is a module
// in views/; this one starts the page, routes by the address (#/cases/…, #/agents…) and follows live
// updates, which come as SSE hints: the page then re-reads the API. Every text from a resident is set as
// text, never as HTML (shared/dom.js).
import { api } from "../shared/api.js";
import { crisisAlerts } from "./alerts.js";
import { createApp } from "./app.js";
import { consoleStrings } from "./strings.js";
import { agentsView } from "./views/agents.js";
import { auditView } from "./views/audit.js";
import { caseListView } from "./views/case-list.js";
import { caseView } from "./views/case.js";
import { indicatorsView } from "./views/indicators.js";
import { signinView } from "./views/signin.js";

const { t, lang } = await consoleStrings();
const app = createApp(t, lang);
app.alerts = crisisAlerts(app);
const views = {
  signin: signinView(app),
  list: caseListView(app),
  case: caseView(app),
  agents: agentsView(app),
  audit: auditView(app),
  indicators: indicatorsView(app),
};
const { $, state, sections } = app;

// ---- Live updates ---------------------------------------------------------------------------------

function follow() {
  if (state.events) return;
  const source = new EventSource("/console/api/events");
  state.events = source;
  const refresh = async (event) => {
    const { caseId } = JSON.parse(event.data);
    const hash = window.location.hash;
    if (sections.list.hidden === false) {
      await views.list.show({ focus: false }).catch(() => null);
      app.announce(t("live.listUpdated"));
    } else if (state.currentCase && state.currentCase.id === caseId && hash.startsWith("#/cases/")) {
      await views.case.show(caseId, { focus: false }).catch(() => null);
      app.announce(t("live.caseUpdated"));
    } else {
      // On any other page, a crisis in a case still raises the banner.
      await app.alerts.check();
    }
  };
  source.addEventListener("case", refresh);
  source.addEventListener("message", refresh);
}

// ---- Routing --------------------------------------------------------------------------------------

async function route({ focus = true } = {}) {
  if (!state.agent) {
    const me = await api("GET", "/console/api/me").catch(() => null);
    state.agent = me?.agent ?? null;
  }
  if (!state.agent) return views.signin.show();
  $("who").hidden = false;
  $("who-name").textContent = t("signedInAs", { name: state.agent.displayName });
  $("supervisor-nav").hidden = !app.isSupervisor();
  follow();
  const hash = window.location.hash;
  const match = /^#\/cases\/(.+)$/.exec(hash);
  await app.guarded(() => {
    if (match) return views.case.show(decodeURIComponent(match[1]), { focus });
    if (hash === "#/agents" && app.isSupervisor()) return views.agents.show({ focus });
    if (hash === "#/audit" && app.isSupervisor()) return views.audit.show({ focus });
    if (hash === "#/indicators" && app.isSupervisor()) return views.indicators.show({ focus });
    return views.list.show({ focus });
  });
  // The list and a case's page read the alerts themselves; the other pages ask for them.
  if (sections.list.hidden && sections.case.hidden) await app.alerts.check();
}
app.route = route;

window.addEventListener("hashchange", () => route({ focus: true }));
await route({ focus: false });
document.body.classList.add("ready");
