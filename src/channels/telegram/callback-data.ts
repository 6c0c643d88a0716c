/**
 * Choice payloads are opaque strings from the core, but Telegram limits `callback_data` to 64 bytes.
 * Short payloads travel as they are; longer ones travel as "#" + a hash, and are resolved by looking
 * for the choice with that hash in the conversation's recent bot messages (the store is the truth, so
 * this survives a restart and needs no table of its own).
 */
import { createHash } from "node:crypto";
import type { OutboundReply } from "../../core/messages.js";
import type { Store } from "../../store/store.js";

const MAX_BYTES = 64;
const HASH_PREFIX = "#";

export function encodeCallbackData(payload: string): string {
  if (!payload.startsWith(HASH_PREFIX) && Buffer.byteLength(payload, "utf8") <= MAX_BYTES) return payload;
  return HASH_PREFIX + hashPayload(payload);
}

function hashPayload(payload: string): string {
  // 20 bytes of SHA-256 in base64url: 27 characters, far below the limit, collisions out of reach.
  return createHash("sha256").update(payload).digest().subarray(0, 20).toString("base64url");
}

/** The payload a pressed button stands for, or undefined when it cannot be found any more. */
export async function decodeCallbackData(
  data: string,
  lookup: { store: Store; conversationId: string | undefined },
): Promise<string | undefined> {
  if (!data.startsWith(HASH_PREFIX)) return data;
  if (lookup.conversationId === undefined) return undefined;
  const wanted = data.slice(HASH_PREFIX.length);
  const messages = await lookup.store.listMessages(lookup.conversationId);
  for (const message of messages.reverse()) {
    if (message.direction !== "out" || !("replies" in message.body)) continue;
    for (const reply of message.body.replies as OutboundReply[]) {
      if (reply.kind !== "choices") continue;
      const found = reply.choices.find((c) => hashPayload(c.payload) === wanted);
      if (found) return found.payload;
    }
  }
  return undefined;
}
