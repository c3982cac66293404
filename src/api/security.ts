// Security headers on every response, and the Host check that keeps a loopback server from being read by
// a web page through DNS rebinding. The CSP allows only same-origin resources and no inline script, so the
// UI served later from this origin runs under the same policy.
import type { MiddlewareHandler } from "hono";
import { EspialError } from "../core/index.ts";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  // The UI needs no device or sensor access; deny it so injected content cannot ask for it either.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** Sets the security headers; API answers are also never cached (they may carry TLP:AMBER text). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
    if (c.req.path.startsWith("/api/")) c.res.headers.set("Cache-Control", "no-store");
  };
}

/**
 * Refuses requests whose Host names none of `allowed` (null: any); the port is not compared. The request URL's
 * host is the Host header on a Node server (and `localhost` for `app.request("/path")` in tests).
 */
export function hostCheck(allowed: readonly string[] | null): MiddlewareHandler {
  const hosts = allowed ? new Set(allowed.map((h) => h.toLowerCase())) : null;
  return async (c, next) => {
    if (hosts) {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!hosts.has(host))
        throw new EspialError("forbidden", `Host "${host}" is not served here: use ${[...hosts].join(" or ")}`);
    }
    await next();
  };
}

/** The host names a server bound to `host` answers to: loopback names for a loopback bind, else any (null). */
export function allowedHostsFor(host: string): readonly string[] | null {
  return isLoopback(host) ? ["127.0.0.1", "localhost", "[::1]"] : null;
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}
