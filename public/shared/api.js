// The one client for the server's JSON APIs (docs/api.md), used by the widget and the console. Every
// failure is an ApiError carrying the server's stable `code`, which a page looks up in its strings
// (errors.<code>), so everyone reads it in their own language. A request that got no answer at all (the
// network, a server that is down) is the code "network", with status 0.

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status; 0 when no answer came
   * @param {string} code the server's error code ("network" without an answer, "generic" when unknown)
   * @param {string} message the server's explanation, in English (for logs, never shown)
   * @param {Record<string, unknown>} details values a message may show, e.g. retryAfterSeconds
   */
  constructor(status, code, message, details = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Seconds to wait before trying again (429 rate_limited), when the server said. */
  get retryAfterSeconds() {
    const seconds = Number(this.details.retryAfterSeconds);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
  }

  /** True when the request may have reached the server or not: the answer was lost on the way. */
  get isNetwork() {
    return this.status === 0;
  }
}

/**
 * One JSON request: `body` is sent as JSON; a 204 answers null. Cookies are same-origin only.
 * @param {string} method
 * @param {string} path
 * @param {{ body?: unknown, headers?: Record<string, string> }} [options]
 */
export async function request(method, path, { body, headers = {} } = {}) {
  const init = { method, credentials: "same-origin", headers: { accept: "application/json", ...headers } };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "network", "no answer from the server");
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data && typeof data.error === "object" && data.error !== null ? data.error : {};
    const details = { ...error };
    const retryAfter = Number(response.headers.get("retry-after"));
    if (retryAfter > 0) details.retryAfterSeconds = retryAfter;
    throw new ApiError(response.status, typeof error.code === "string" ? error.code : "generic", error.message || response.statusText, details);
  }
  return data;
}

/** The console's shorthand: `api("POST", path, body)`. */
export const api = (method, path, body) => request(method, path, body === undefined ? {} : { body });

/**
 * What to tell a person about a failure: errors.<code> from the page's strings, filled with the error's
 * values ({{seconds}} and {{retryAfterSeconds}} for rate limits), else errors.generic.
 * @param {(key: string, values?: Record<string, unknown>) => string} t
 * @param {unknown} error
 */
export function errorText(t, error) {
  if (!(error instanceof ApiError)) return t("errors.generic");
  const key = `errors.${error.code}`;
  const text = t(key, { ...error.details, seconds: error.retryAfterSeconds ?? 60 });
  return text === key ? t("errors.generic") : text;
}
