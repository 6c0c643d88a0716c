// The resident API (docs/api.md). Errors carry the server's stable `code`, which the widget looks up in
// its strings (errors.<code>) so the resident reads them in their own language.

export class ApiError extends Error {
  constructor(status, code, message, retryAfterSeconds) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

async function call(method, path, { body, headers = {} } = {}) {
  const init = { method, credentials: "same-origin", headers: { accept: "application/json", ...headers } };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("retry-after")) || undefined;
    throw new ApiError(response.status, data?.error?.code || "generic", data?.error?.message || response.statusText, retryAfter);
  }
  return data;
}

export const getInfo = () => call("GET", "/api/v1");
export const getDesk = (lang) => call("GET", `/api/v1/desk?lang=${encodeURIComponent(lang)}`);
export const startSession = () => call("POST", "/api/v1/session", { body: {} });
export const eraseSession = () => call("DELETE", "/api/v1/session");
export const listMessages = (after) => call("GET", `/api/v1/messages?after=${after}`);

/** A random key; works on plain http too, where crypto.randomUUID is unavailable. */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends one message. A network failure is retried with the same Idempotency-Key, so the message has one
 * effect even if the first attempt reached the server and only the answer was lost.
 */
export async function sendMessage(message, key = newIdempotencyKey()) {
  const delays = [1000, 3000];
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call("POST", "/api/v1/messages", { body: message, headers: { "idempotency-key": key } });
    } catch (error) {
      if (error instanceof ApiError || attempt >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}
