// First-start page: the one-time token is in the URL fragment (never sent to the server in a request
// line); it is read here, removed from the address bar, and posted with the new account.
import { api, errorText } from "../shared/api.js";
import { consoleStrings } from "./strings.js";

const { t } = await consoleStrings();
document.title = t("setup.title");
const token = window.location.hash.slice(1);
history.replaceState(null, "", window.location.pathname);

const form = document.getElementById("setup-form");
const error = document.getElementById("error");
const status = document.getElementById("status");
if (!/^[A-Za-z0-9_-]{43}$/.test(token)) error.textContent = t("setup.noToken");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.textContent = "";
  const password = document.getElementById("setup-password").value;
  if (password !== document.getElementById("setup-password-confirm").value) {
    error.textContent = t("setup.mismatch");
    document.getElementById("setup-password-confirm").focus();
    return;
  }
  try {
    await api("POST", "/console/api/setup", {
      token,
      username: document.getElementById("setup-username").value,
      displayName: document.getElementById("setup-display-name").value,
      password,
    });
    status.textContent = t("setup.done");
    window.location.assign("/console");
  } catch (failure) {
    error.textContent = errorText(t, failure);
  }
});
