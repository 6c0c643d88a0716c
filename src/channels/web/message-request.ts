/**
 * Validation of `POST /api/v1/messages`. Everything is checked before the core is called, so bad
 * input never reaches the store.
 */
import { z } from "zod";
import { TEXT_LIMITS } from "../../core/text-limits.js";
import { HttpError } from "../../server/http-error.js";

export const MAX_TEXT_LENGTH = TEXT_LIMITS.residentMessage;
export const MAX_PAYLOAD_LENGTH = TEXT_LIMITS.payload;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;
/** BCP 47-ish: "fr", "fr-FR", "uk-UA", "zh-Hant-TW". */
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
/** C0 control characters other than tab, line feed and carriage return (PostgreSQL refuses NUL). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A lone UTF-16 surrogate (JSON escapes can produce one): not text. */
const LONE_SURROGATE = /\p{Cs}/u;

const bodySchema = z
  .object({
    text: z.string().optional(),
    payload: z.string().min(1).max(MAX_PAYLOAD_LENGTH).optional(),
    locale: z.string().regex(LOCALE).optional(),
  })
  .strict();

export interface MessageRequest {
  text: string;
  payload?: string;
  locale?: string;
}

export function readIdempotencyKey(header: string | string[] | undefined): string {
  if (typeof header !== "string" || !IDEMPOTENCY_KEY.test(header)) {
    throw new HttpError(
      400,
      "invalid_idempotency_key",
      "Send an Idempotency-Key header of 1 to 128 letters, digits or . _ : - characters.",
    );
  }
  return header;
}

export function parseMessageRequest(body: unknown): MessageRequest {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(400, "invalid_body", "Expected a JSON object with text or payload, and an optional locale.");
  }
  const { text, payload, locale } = parsed.data;
  if (text !== undefined && (CONTROL_CHARACTERS.test(text) || LONE_SURROGATE.test(text))) {
    throw new HttpError(422, "invalid_text", "The text contains characters that are not allowed.");
  }
  // Code points, not UTF-16 units: a browser's maxlength counts units, so what it lets through passes here.
  if (text !== undefined && [...text].length > MAX_TEXT_LENGTH) {
    throw new HttpError(422, "text_too_long", `A message can have at most ${MAX_TEXT_LENGTH} characters.`, {}, {
      limit: MAX_TEXT_LENGTH,
    });
  }
  const hasText = text !== undefined && text.trim() !== "";
  if (hasText === (payload !== undefined)) {
    throw new HttpError(422, "empty_message", "Send either a non-empty text or the payload of a choice, not both.");
  }
  return { text: hasText ? text.trim() : "", ...(payload !== undefined ? { payload } : {}), ...(locale ? { locale } : {}) };
}
