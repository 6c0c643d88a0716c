/**
 * Security headers sent on every response, including errors, 404s and the Server-Sent Events streams
 * (which bypass Fastify's onSend hooks, so they call this function directly).
 *
 * The CSP allows scripts and styles from this origin only: the widget and the console have no inline
 * script, no inline style and no framework, so nothing needs 'unsafe-inline'. Only the resident widget
 * may be framed, and only by this origin and the configured allowed origins (a CCAS site embedding it).
 */
export interface SecurityHeaderOptions {
  /** Origins allowed to frame the resident widget (e.g. the CCAS website). */
  frameOrigins: string[];
  /** True when the public URL is https: adds HSTS and upgrade-insecure-requests. */
  https: boolean;
}

/** Paths that may be displayed inside a frame on an allowed origin. */
function isFramable(path: string): boolean {
  return path === "/" || path.startsWith("/widget/");
}

export function securityHeaders(path: string, options: SecurityHeaderOptions): Record<string, string> {
  const framable = isFramable(path);
  const frameAncestors = framable ? ["'self'", ...options.frameOrigins].join(" ") : "'none'";
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const headers: Record<string, string> = {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    // Old browsers ignore frame-ancestors; modern ones ignore X-Frame-Options when frame-ancestors is set.
    "x-frame-options": framable ? "SAMEORIGIN" : "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
  };
  if (options.https) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
