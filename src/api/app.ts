// The HTTP API as a Hono app built from its deps: security headers and the Host check on every answer, the
// read policy (open, or a token), a body size limit, one error handler (TAXII-shaped under /taxii2), and one
// folder per resource registering its routes. No I/O of its own: the store, catalogue, clock and
// authenticator are passed in.
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { EspialError } from "../core/index.ts";
import { registerActorRoutes } from "./actors/routes.ts";
import type { ApiEnv } from "./auth.ts";
import type { ApiApp, ApiDeps } from "./deps.ts";
import { createErrorHandler, errorResponse, validationHook } from "./errors.ts";
import { registerExtractRoutes } from "./extract/routes.ts";
import { registerIngestRoutes } from "./ingest/routes.ts";
import { registerIngestUrlRoutes } from "./ingest-url/routes.ts";
import { registerMetaRoutes } from "./meta/routes.ts";
import { describingDeps, openApiDocumentOf, registerSecuritySchemes } from "./openapi.ts";
import { registerReportRoutes } from "./reports/routes.ts";
import { registerSearchRoutes } from "./search/routes.ts";
import { registerEventRoutes } from "./events/routes.ts";
import { registerFactRoutes } from "./facts/routes.ts";
import { registerDocumentRoutes } from "./documents/routes.ts";
import { registerTaxiiRoutes } from "./taxii/routes.ts";
import { registerReviewRoutes } from "./review/routes.ts";
import { registerUiRoutes } from "./ui/routes.ts";
import { hostCheck, securityHeaders } from "./security.ts";
import { rateLimit } from "./rate-limit.ts";
import { readsOpen, requireReader } from "./read-access.ts";

/**
 * Builds the API app. Serve it with startServer, or call `app.request("/api/health")` in tests.
 * @example const app = createApp({ store, pipeline, limits: defaultLimits(), defaults, auth: null, allowedHosts: null, clock: () => new Date(), log: console.error })
 */
export function createApp(deps: ApiDeps): ApiApp {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.onError(createErrorHandler(deps.log));
  app.notFound((c) =>
    errorResponse(c, new EspialError("not-found", `no route ${c.req.method} ${c.req.path} (see /api/openapi.json)`)),
  );
  app.use("*", securityHeaders());
  app.use("*", hostCheck(deps.allowedHosts));
  if (deps.rateLimit) app.use("*", rateLimit(deps.rateLimit));
  app.use("/api/*", requireReader({ auth: deps.auth, open: readsOpen(deps) }));
  const maxSize = deps.limits.maxReportBytes;
  const limitBody = bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(
        c,
        new EspialError("too-large", `the request body is over ${maxSize} bytes (limit maxReportBytes)`),
      ),
  });
  app.use("/api/*", limitBody);
  app.use("/taxii2/*", limitBody);
  registerSecuritySchemes(app);
  for (const register of [
    registerMetaRoutes,
    registerActorRoutes,
    registerReportRoutes,
    registerSearchRoutes,
    registerIngestRoutes,
    registerIngestUrlRoutes,
    registerExtractRoutes,
    registerEventRoutes,
    registerFactRoutes,
    registerDocumentRoutes,
    registerTaxiiRoutes,
    registerReviewRoutes,
  ]) {
    register(app, deps);
  }
  registerUiRoutes(app, deps); // last: the UI answers the paths no route took
  return app;
}

/** The OpenAPI document, built without a store (for scripts/gen-openapi.ts). */
export function describeApi() {
  return openApiDocumentOf(createApp(describingDeps()));
}
