// Shared by the console pages: strings (locales/<lng>/console.json) and JSON calls with the server's
// `{ error: { code, message } }` errors.

export class ApiError extends Error {
  constructor(status, code, message, details = {}) {
    super(message);
    this.status = status;
    this.code = code;
    // Values the message may show (e.g. retryAfterSeconds for rate_limited).
    this.details = details;
  }
}

export async function api(method, path, body) {
  const init = { method, credentials: "same-origin", headers: { accept: "application/json" } };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "network", "network");
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data?.error?.code || "generic", data?.error?.message || "", data?.error || {});
  return data;
}

export function consoleLanguage() {
  for (const tag of navigator.languages || [navigator.language || "fr"]) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (base === "fr" || base === "en") return base;
  }
  return "fr";
}

export async function loadStrings(lng) {
  const { strings } = await api("GET", `/console/api/locales/${lng}`);
  const t = (key, values = {}) => {
    let node = strings;
    for (const part of key.split(".")) node = node && typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => (values[name] === undefined ? "" : String(values[name])));
  };
  document.documentElement.lang = lng;
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t(element.getAttribute("data-i18n"));
  for (const element of document.querySelectorAll("[data-i18n-aria-label]")) element.setAttribute("aria-label", t(element.getAttribute("data-i18n-aria-label")));
  return t;
}

export function errorMessage(t, error) {
  const code = error instanceof ApiError ? error.code : "generic";
  const text = t(`errors.${code}`, error instanceof ApiError ? error.details : {});
  return text === `errors.${code}` ? t("errors.generic") : text;
}
