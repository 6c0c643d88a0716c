// What every view of the console shares: the strings, the page's state, the views' sections, and the
// few helpers they all use (title, errors, announcements, dates, readable names). main.js creates it once
// and gives it to each view; `route` and `alerts` are set there too.
import { api, ApiError, errorText } from "../shared/api.js";

/**
 * @param {(key: string, values?: Record<string, unknown>) => string} t
 * @param {string} lang
 */
export function createApp(t, lang) {
  const $ = (id) => document.getElementById(id);
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" });
  const sections = {
    signin: $("signin-view"),
    list: $("list-view"),
    case: $("case-view"),
    agents: $("agents-view"),
    audit: $("audit-view"),
    indicators: $("indicators-view"),
  };
  const state = { agent: null, currentCase: null, events: null, labels: null, title: "", alerted: new Set() };

  const app = {
    t,
    lang,
    $,
    state,
    sections,
    /** Set by main.js: shows the page the address names (or the sign-in). */
    route: async () => {},
    /** Set by main.js: the crisis banner (alerts.js). */
    alerts: { show: () => {}, check: async () => {}, clear: () => {} },

    isSupervisor: () => state.agent?.role === "supervisor",

    formatDate: (iso) => (iso ? dateFormat.format(new Date(iso)) : t("case.none")),

    /** Shows one view and names the tab after it. */
    showView(name, title) {
      for (const [key, section] of Object.entries(sections)) section.hidden = key !== name;
      state.title = `${title} — ${t("title")}`;
      app.applyTitle();
    },

    /** While a crisis waits unread in a case, the tab's title says so (seen from another tab or window). */
    applyTitle() {
      document.title = state.alerted.size > 0 ? `${t("alert.titlePrefix")} — ${state.title}` : state.title;
    },

    setError(text) {
      $("error").textContent = text;
    },

    announce(text) {
      $("live").textContent = text;
    },

    /** Runs an action, showing its failure in words; an expired session leads back to the sign-in. */
    async guarded(action) {
      app.setError("");
      try {
        return await action();
      } catch (error) {
        // Said before the sign-in page appears, so the agent (and a screen reader) finds the reason there.
        app.setError(errorText(t, error));
        if (error instanceof ApiError && error.code === "sign_in_required") {
          state.agent = null;
          await app.route();
        }
        return undefined;
      }
    },

    /** Catalogue titles and theme names in the console's language, instead of internal codes. */
    async labels() {
      if (!state.labels) state.labels = await api("GET", `/console/api/labels?lang=${lang}`).catch(() => ({ entries: {}, themes: {} }));
      return state.labels;
    },

    /** "theme:revenus" → "Argent, RSA, minima"; "apply:rsa" → "Comment faire la demande — RSA"… */
    payloadWords(payload) {
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
    },
  };
  return app;
}
