/**
 * Cross-site request forgery and cross-site push-channel reading are refused by checking where a
 * request comes from. Browsers always send Origin on POST/DELETE; on a same-origin EventSource GET
 * they may omit it, so the push channel also reads Sec-Fetch-Site.
 *
 * Only the configured origins count (PUBLIC_BASE_URL, ALLOWED_ORIGINS, and the address the server really
 * listens on when its port was 0). An Origin equal to the Host header is not enough: behind a proxy that
 * forwards any Host, or with DNS rebinding, a foreign page can make the two agree.
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

  isAllowed(origin: string): boolean {
    const normalized = normalizeOrigin(origin);
    return normalized !== null && this.allowed.has(normalized);
  }

  /** Adds the server's own address once it is known (a port of 0 is chosen when listening). */
  allowOwnAddress(baseUrl: string): void {
    const own = normalizeOrigin(baseUrl);
    if (!own) return;
    this.allowed.add(own);
    // A development server on this machine is reached as localhost or 127.0.0.1 alike.
    const url = new URL(own);
    if (url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1")) {
      for (const host of ["localhost", "127.0.0.1"]) this.allowed.add(`http://${host}${url.port ? `:${url.port}` : ""}`);
    }
  }

  /** POST, PUT, PATCH, DELETE: an allowed Origin is required. */
  assertStateChange(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (typeof origin !== "string" || !this.isAllowed(origin)) {
      throw new HttpError(403, "forbidden_origin", "This request must come from the Accueil page itself.");
    }
  }

  /** GET of a private stream: refuse a foreign Origin, or a browser saying the request is cross-site. */
  assertRead(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (typeof origin === "string" && !this.isAllowed(origin)) {
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
