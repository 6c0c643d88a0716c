// Sign-in and sign-out.
import { api } from "../../shared/api.js";

export function signinView(app) {
  const { t, $, state } = app;

  $("signin-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    await app.guarded(async () => {
      const { agent } = await api("POST", "/console/api/login", {
        username: $("signin-username").value,
        password: $("signin-password").value,
      });
      $("signin-password").value = "";
      state.agent = agent;
      await app.route({ focus: true });
    });
  });

  $("sign-out").addEventListener("click", async () => {
    await api("POST", "/console/api/logout").catch(() => null);
    state.agent = null;
    window.location.hash = "#/";
    await app.route({ focus: true });
  });

  async function show() {
    $("who").hidden = true;
    $("supervisor-nav").hidden = true;
    app.alerts.clear();
    state.events?.close();
    state.events = null;
    app.showView("signin", t("signin.title"));
    const setup = await api("GET", "/console/api/setup").catch(() => ({ needed: false }));
    $("setup-needed").hidden = !setup.needed;
    $("signin-username").focus();
  }

  return { show };
}
