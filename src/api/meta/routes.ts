// GET /api/health and GET /api/openapi.json (the document generated from the routes' Zod schemas).
import { createRoute } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { apiVersion, openApiDocumentOf } from "../openapi.ts";
import { healthSchema, openApiDocumentSchema, type OpenApiDocument } from "./schema.ts";

export const healthRoute = createRoute({
  method: "get",
  path: "/api/health",
  operationId: "getHealth",
  tags: ["meta"],
  summary: "Whether the server and its store answer",
  responses: {
    200: {
      description: "The server is up and its store answers",
      content: { "application/json": { schema: healthSchema } },
    },
    ...errorResponses("store-failure"),
  },
});

export const openApiRoute = createRoute({
  method: "get",
  path: "/api/openapi.json",
  operationId: "getOpenApiDocument",
  tags: ["meta"],
  summary: "This API's OpenAPI 3 document",
  responses: {
    200: { description: "The document", content: { "application/json": { schema: openApiDocumentSchema } } },
  },
});

export function registerMetaRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(healthRoute, async (c) => {
    const counts = await deps.store.counts();
    const store = { reports: counts.reports, mentions: counts.mentions, claims: counts.claims };
    return c.json(
      {
        status: "ok" as const,
        version: apiVersion,
        time: deps.clock().toISOString(),
        writes: deps.auth !== null,
        store,
      },
      200,
    );
  });
  // Built on first request, once every route is registered; the routes do not change afterwards.
  let document: OpenApiDocument | null = null;
  // The generator's type allows `undefined` members that JSON drops; the document is plain JSON by construction.
  app.openapi(openApiRoute, (c) => c.json((document ??= openApiDocumentOf(app) as unknown as OpenApiDocument), 200));
}
