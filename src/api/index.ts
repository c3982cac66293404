// The HTTP API: a JSON API under /api, built by createApp from its deps (store, pipeline, limits, clock,
// authenticator) and served by startServer. Guarantees: every route is described by one Zod schema that
// validates its input and documents it in the OpenAPI 3 document (/api/openapi.json, docs/openapi.json);
// every error is `{ "error": { "code", "message" } }` with the status of its code in errorTable; writes need
// a user from the Authenticator; every answer carries the security headers; bodies over maxReportBytes get 413.
export { createApp, describeApi } from "./app.ts";
export type { ApiApp, ApiDeps } from "./deps.ts";
export { createTokenAuthenticator, bearerToken, MIN_TOKEN_LENGTH, type ApiUser, type Authenticator } from "./auth.ts";
export { allowedHostsFor, isLoopback, CONTENT_SECURITY_POLICY } from "./security.ts";
export { startServer, type RunningServer, type ServerOptions } from "./server.ts";
export { apiVersion } from "./openapi.ts";
