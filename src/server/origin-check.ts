/**
 * Cross-site request forgery and cross-site push-channel reading are refused by checking where a
 * request comes from. Browsers always send Origin on POST/DELETE; on a same-origin EventSource GET
 * they may omit it, so the push channel also reads Sec-Fetch-Site. Comparing Origin with the Host
 * header is safe: a page on another site cannot choose the Host header its browser sends.
 */
import type { FastifyRequest } from "fastify";
import { HttpError } from "./http-error.js";

export class OriginPolicy {
  private readonly allowed: Set<string>;

  constructor(publicBaseUrl: string, allowedOrigins: string[]) {
    this.allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== null));
    const own = normalizeOrigin(publicBaseUrl);
    if (own) this.allowed.add(own);
  }

  isAllowed(origin: string, host: string | undefined): boolean {
    const normalized = normalizeOrigin(origin);
    if (!normalized) return false;
    if (this.allowed.has(normalized)) return true;
    return host !== undefined && new URL(normalized).host === host.toLowerCase();
  }

  /** POST, PUT, PATCH, DELETE: an allowed Origin is required. */
  assertStateChange(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (typeof origin !== "string" || !this.isAllowed(origin, request.headers.host)) {
      throw new HttpError(403, "forbidden_origin", "This request must come from the Accueil page itself.");
    }
  }

  /** GET of a private stream: refuse a foreign Origin, or a browser saying the request is cross-site. */
  assertRead(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (typeof origin === "string" && !this.isAllowed(origin, request.headers.host)) {
      throw new HttpError(403, "forbidden_origin", "This stream can only be read by the Accueil page itself.");
    }
    const site = request.headers["sec-fetch-site"];
    if (typeof origin !== "string" && (site === "cross-site" || site === "same-site")) {
      throw new HttpError(403, "forbidden_origin", "This stream can only be read by the Accueil page itself.");
    }
  }
}

function normalizeOrigin(value: string): string | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}
