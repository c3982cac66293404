// Who may read /api. A server whose reads are open answers anyone; otherwise every request but the health
// check and the OpenAPI document needs a user from the Authenticator port (a bearer token, or HTTP Basic with
// a store token as password). Writes check their own token on top (requireWriter), open reads or not.
import type { MiddlewareHandler } from "hono";
import { EspialError } from "../core/index.ts";
import type { ApiEnv, Authenticator } from "./auth.ts";
import type { ApiDeps } from "./deps.ts";

/** Paths anyone may read: a liveness probe and the API's description hold nothing of the store. */
const ALWAYS_OPEN = new Set(["/api/health", "/api/openapi.json"]);

/** Whether this server serves reads without a token: `deps.openReads`, else open on a loopback server (Host check on). */
export function readsOpen(deps: Pick<ApiDeps, "openReads" | "allowedHosts">): boolean {
  return deps.openReads ?? deps.allowedHosts !== null;
}

/** Middleware for /api: passes when reads are open, else 401 without a valid user (403 when no token can help). */
export function requireReader(options: {
  readonly auth: Authenticator | null;
  readonly open: boolean;
}): MiddlewareHandler<ApiEnv> {
  const { auth, open } = options;
  return async (c, next) => {
    if (open || ALWAYS_OPEN.has(c.req.path)) return next();
    if (auth === null)
      throw new EspialError("forbidden", "this server reads to no one: start espial serve with a token");
    if ((await auth.authenticate(c.req.raw)) === null) {
      const message = c.req.raw.headers.has("authorization")
        ? "the credentials given are not valid"
        : "this server needs a bearer token for reads too: Authorization: Bearer TOKEN (espial serve --open-reads opens reads)";
      throw new EspialError("unauthorized", message);
    }
    await next();
  };
}
