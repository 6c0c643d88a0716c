/**
 * Choice payloads are opaque strings from the core, but Telegram limits `callback_data` to 64 bytes.
 * Short payloads travel as they are; longer ones travel as "#" + a hash, and are resolved by asking the
 * core for the choice with that hash among those offered in the conversation (the transcript is the
 * truth, so this survives a restart and needs no table of its own).
 */
import { createHash } from "node:crypto";
import type { AccueilCore } from "../../core/accueil-core.js";

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
  lookup: { core: Pick<AccueilCore, "findOfferedChoice">; conversationId: string | undefined },
): Promise<string | undefined> {
  if (!data.startsWith(HASH_PREFIX)) return data;
  if (lookup.conversationId === undefined) return undefined;
  const wanted = data.slice(HASH_PREFIX.length);
  return lookup.core.findOfferedChoice(lookup.conversationId, (payload) => hashPayload(payload) === wanted);
}
