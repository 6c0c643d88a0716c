/**
 * Every error the HTTP server sends has one JSON shape: `{ error: { code, message } }`.
 * `code` is stable and snake_case; the widget and the console look it up in their locale files
 * (`errors.<code>`), so a resident reads it in their own language. `message` is plain English for
 * developers reading the API.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { CaseActionError } from "../core/accueil-core.js";

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export interface ErrorBody {
  error: { code: string; message: string } & Record<string, string | number>;
}

export function errorBody(code: string, message: string, details: Record<string, string | number> = {}): ErrorBody {
  return { error: { ...details, code, message } };
}

const CASE_ERROR_STATUS: Record<CaseActionError["code"], number> = {
  "not-found": 404,
  "already-claimed": 409,
  closed: 409,
  "not-assigned": 403,
  "supervisors-only": 403,
  "agent-disabled": 403,
  "not-reopenable": 409,
  "invalid-assignee": 422,
  "empty-text": 422,
  "too-long": 422,
};

/** Maps anything thrown in a route (ours, Fastify's body parser, the core's) to a status and a body. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof CaseActionError) {
    return new HttpError(CASE_ERROR_STATUS[error.code], error.code.replace(/-/g, "_"), error.message);
  }
  const fastifyError = error as Partial<FastifyError> | undefined;
  switch (fastifyError?.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new HttpError(400, "malformed_json", "The request body is not valid JSON.");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new HttpError(413, "body_too_large", "The request body is too large.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_TYPE":
      return new HttpError(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.");
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new HttpError(400, "bad_request", "The Content-Length header does not match the body.");
    default:
      break;
  }
  // Fastify's JSON parser reports prototype-poisoning attempts as a SyntaxError with statusCode 400.
  const status = fastifyError?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new HttpError(status, status === 404 ? "not_found" : "bad_request", "The request could not be understood.");
  }
  return new HttpError(500, "internal_error", "Something went wrong on our side.");
}

export function sendHttpError(reply: FastifyReply, error: HttpError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply.code(error.statusCode).type("application/json; charset=utf-8").send(errorBody(error.code, error.message, error.details));
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const httpError = toHttpError(error);
  if (httpError.statusCode >= 500) {
    request.log.error({ err: error, url: request.routeOptions.url }, "request failed");
  }
  return sendHttpError(reply, httpError);
}
