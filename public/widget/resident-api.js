// The resident API's endpoints (docs/api.md), over the shared client.
import { ApiError, request } from "../shared/api.js";

export const getInfo = () => request("GET", "/api/v1");
export const getDesk = (lang) => request("GET", `/api/v1/desk?lang=${encodeURIComponent(lang)}`);
export const startSession = () => request("POST", "/api/v1/session", { body: {} });
export const eraseSession = () => request("DELETE", "/api/v1/session");
export const listMessages = (after) => request("GET", `/api/v1/messages?after=${after}`);

/** A random key; works on plain http too, where crypto.randomUUID is unavailable. */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends one message and returns the server's answer, which carries the turn's messages. A request that
 * got no answer is retried with the same Idempotency-Key, so the message has one effect even if the
 * first attempt reached the server and only the answer was lost.
 */
export async function sendMessage(message, key = newIdempotencyKey()) {
  const delays = [1000, 3000];
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await request("POST", "/api/v1/messages", { body: message, headers: { "idempotency-key": key } });
    } catch (error) {
      if (!(error instanceof ApiError && error.isNetwork) || attempt >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}
